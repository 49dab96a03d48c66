/**
 * Split one line in two while keeping both halves' source spans true.
 *
 * `Line.text` is the normalised line (ligatures expanded, odd dashes mapped,
 * in-line repairs), `Line.original` the line as read; the span covers the
 * original. A split point is given in `text`; its place in `original` is found
 * by re-applying the character normalisation one character at a time (exact
 * when the text is the plain normalisation of the original) and otherwise by
 * aligning the common prefix and suffix of the two strings (in-line repairs
 * such as a restored dash change only the middle of a line).
 */
import type { Line, Point } from '../model/types.js';
import { hasSpecial, normaliseLine } from './normalise.js';

/** Split `line` at `at` (an index into `line.text`). Both halves are trimmed; `at` must be inside the text. */
export function splitLine(line: Line, at: number): [Line, Line] {
  const cut = Math.max(0, Math.min(line.text.length, at));
  const leftText = line.text.slice(0, cut).trimEnd();
  const rightText = line.text.slice(cut).trimStart();
  // The white space at the cut belongs to neither half.
  const leftEnd = originalIndex(line, leftText.length);
  const rightStart = Math.max(leftEnd, originalIndex(line, line.text.length - rightText.length));
  const left: Line = { ...line, text: leftText, original: line.original.slice(0, leftEnd), source: { ...line.source } };
  const right: Line = { ...line, text: rightText, original: line.original.slice(rightStart), source: { ...line.source } };
  // The left half continues into the right half only as the line's own text did: as a plain space.
  left.join = undefined;
  delete left.words;
  delete right.words;
  delete left.packedWords;
  delete right.packedWords;
  delete left.wordFonts;
  delete right.wordFonts;
  const span = line.source.span;
  if (span) {
    left.source.span = { start: span.start, end: shift(span.start, leftEnd) };
    right.source.span = { start: shift(span.start, rightStart), end: span.end };
  }
  return [left, right];
}

/** Index in `line.original` of the character at `at` in `line.text`. */
export function originalIndex(line: Line, at: number): number {
  const map = charMap(line.original);
  if (map.text === line.text) return map.index[at] ?? line.original.length;
  // In-line repairs changed the text: align the common prefix, else the common suffix.
  const t = line.text;
  const n = map.text;
  let p = 0;
  while (p < t.length && p < n.length && t[p] === n[p]) p++;
  if (at <= p) return map.index[at] ?? line.original.length;
  let s = 0;
  while (s < t.length - p && s < n.length - p && t[t.length - 1 - s] === n[n.length - 1 - s]) s++;
  const fromEnd = t.length - at;
  if (fromEnd <= s) return map.index[n.length - fromEnd] ?? line.original.length;
  // Inside the changed middle: the nearest aligned point before it.
  return map.index[p] ?? line.original.length;
}

/** The normalised text of `original` with, for each of its characters (and its end), the index it came from. */
function charMap(original: string): { text: string; index: number[] } {
  // Nearly every line has no character the normalisation changes: each maps to itself (what the
  // loop below gives, without normalising each character on its own).
  if (!hasSpecial(original)) {
    const trimmed = original.trimEnd();
    const index: number[] = [];
    for (let i = 0; i < trimmed.length; i++) index.push(i);
    index.push(original.length);
    return { text: trimmed, index };
  }
  let text = '';
  const index: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const ch = original[i]!;
    // Wrapped in letters so that trimming inside normaliseLine cannot touch the character itself.
    const out = normaliseLine(`a${ch}a`).text.slice(1, -1);
    for (let k = 0; k < out.length; k++) index.push(i);
    text += out;
  }
  // The reader trims trailing white space; its text may be shorter than the mapped one.
  const trimmed = text.trimEnd();
  index.length = trimmed.length;
  index.push(original.length);
  return { text: trimmed, index };
}

function shift(p: Point, by: number): Point {
  return { line: p.line, column: p.column + by, offset: p.offset + by };
}
