/** Small text helpers shared by the dash rules. */

/** The range of the words touching `[start, end)` on each side (for before/after in messages). */
export function wordContext(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && /\s/u.test(text[from - 1]!)) from--;
  while (from > 0 && !/\s/u.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && /\s/u.test(text[to]!)) to++;
  while (to < text.length && !/\s/u.test(text[to]!)) to++;
  return { from, to };
}

/** `before` and `after` strings of an edit: the touched words with the old and the new middle. */
export function beforeAfter(text: string, start: number, end: number, replacement: string): { before: string; after: string } {
  const { from, to } = wordContext(text, start, end);
  return {
    before: text.slice(from, to),
    after: text.slice(from, start) + replacement + text.slice(end, to),
  };
}
