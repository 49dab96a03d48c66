/** Small text helpers shared by the dash rules. */

/** At most this many characters of context on each side of an edit (a hostile line may be one long word). */
export const MAX_CONTEXT = 40;

const SPACE = /\s/u;

/** The range of the words touching `[start, end)` on each side (for before/after in messages), capped at MAX_CONTEXT. */
export function wordContext(text: string, start: number, end: number): { from: number; to: number } {
  const min = Math.max(0, start - MAX_CONTEXT);
  const max = Math.min(text.length, end + MAX_CONTEXT);
  let from = start;
  while (from > min && SPACE.test(text[from - 1]!)) from--;
  while (from > min && !SPACE.test(text[from - 1]!)) from--;
  let to = end;
  while (to < max && SPACE.test(text[to]!)) to++;
  while (to < max && !SPACE.test(text[to]!)) to++;
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
