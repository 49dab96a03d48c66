/**
 * Drop caps: the first letter of a story set large, sunk into the first two
 * or three lines (`K` + `IARA Perkins, a second…` in dev001, `F` + `ort Lee
 * is…` in d2_004). Text extraction reads it as a word of its own, often on
 * the wrong line (its baseline is the second or third line's): `A s the`.
 * A drop cap is found before lines are built (so that it joins no line by
 * its baseline) and put back at the start of the first line beside it, glued
 * to that line's first word when that word goes on in lower case.
 */
import { LETTER, LOWER, QUOTES } from '../../../text/chars.js';
import { makeWord } from './words.js';
import { lineFrom } from './lines.js';
import type { PLine, PWord } from './types.js';

/** A drop cap is at least this many times the body size (dev PDFs: 2.4× for two lines, 3.5× for three). */
export const DROP_CAP_MIN_RATIO = 1.9;
/** Text beside the drop cap starts within this many body em of its right edge. */
export const DROP_CAP_GAP_EM = 1.5;
/** Lines beside the cap are body text: at most this many times the body size. */
export const BESIDE_MAX_RATIO = 1.3;
/** Lines wrapping around a cap reach this far (body em) below its box. */
export const BESIDE_BELOW_EM = 1.2;
/** A word at least this share of the cap's size on the same baseline next to it means a headline, not a drop cap. */
export const HEADLINE_NEIGHBOUR_RATIO = 0.6;

export interface DropCap {
  word: PWord;
}

export interface DropCapRepair {
  line: PLine;
  cap: string;
  before: string;
  after: string;
  /** Lines beside the cap (indented by it): not paragraph indents. */
  beside: PLine[];
}

/** Split the page's words into drop caps and the rest. */
export function findDropCaps(words: readonly PWord[], bodySize: number): { caps: DropCap[]; rest: PWord[] } {
  const caps: DropCap[] = [];
  const capSet = new Set<PWord>();
  for (const w of words) {
    if (w.rotated || !isCapText(w.text) || w.size < DROP_CAP_MIN_RATIO * bodySize) continue;
    const capTop = w.y0;
    const reach = DROP_CAP_GAP_EM * bodySize;
    const beside = words.some((o) => o !== w && o.size <= BESIDE_MAX_RATIO * bodySize && o.x0 >= w.x1 - 0.5 && o.x0 - w.x1 <= reach && o.base > capTop && o.base < w.base - 0.5 * bodySize);
    if (!beside) continue;
    const headline = words.some((o) => o !== w && o.size >= HEADLINE_NEIGHBOUR_RATIO * w.size && Math.abs(o.base - w.base) < 0.3 * w.size && (Math.abs(o.x0 - w.x1) < 2 * w.size || Math.abs(w.x0 - o.x1) < 2 * w.size));
    if (headline) continue;
    caps.push({ word: w });
    capSet.add(w);
  }
  return { caps, rest: words.filter((w) => !capSet.has(w)) };
}

/** One letter, possibly with an opening quote: `K`, `“A`. */
function isCapText(text: string): boolean {
  const chars = [...text];
  if (chars.length === 1) return LETTER.test(chars[0]!);
  return chars.length === 2 && QUOTES.includes(chars[0]!) && LETTER.test(chars[1]!);
}

/** Put each drop cap back into the first line beside it (lines are changed in place). */
export function attachDropCaps(caps: readonly DropCap[], lines: PLine[], bodySize: number): { repairs: DropCapRepair[]; unattached: DropCap[] } {
  const repairs: DropCapRepair[] = [];
  const unattached: DropCap[] = [];
  for (const cap of caps) {
    const w = cap.word;
    const reach = DROP_CAP_GAP_EM * bodySize;
    // Lines beside the cap: starting right of it, from its top down to one line below its box
    // (a floated cap's margin makes one more line wrap around it: dev2 d2_010).
    const beside = lines
      .filter((l) => !l.rotated && l.x0 >= w.x1 - 0.5 && l.x0 - w.x1 <= reach && l.base > w.y0 && l.base <= w.y1 + BESIDE_BELOW_EM * bodySize)
      .sort((a, b) => a.base - b.base);
    const first = beside[0];
    if (!first) {
      unattached.push(cap);
      continue;
    }
    const before = first.words.map((x) => x.text).join(' ');
    const head = first.words[0]!;
    const glue = LOWER.test([...head.text][0] ?? '');
    const words = glue ? [joinCap(w, head), ...first.words.slice(1)] : [w, ...first.words];
    const rebuilt = lineFrom(words);
    // The line keeps its own baseline, size and font; only its words and box grow.
    Object.assign(first, { words, x0: rebuilt.x0, y0: rebuilt.y0 });
    repairs.push({ line: first, cap: w.text, before, after: words.map((x) => x.text).join(' '), beside: beside.slice(1) });
  }
  return { repairs, unattached };
}

function joinCap(cap: PWord, head: PWord): PWord {
  const word = makeWord([...cap.glyphs, ...head.glyphs]);
  // The word sits on the line's baseline, in the line's type; the cap only widens its box.
  return { ...word, base: head.base, font: head.font, size: head.size, spaceBefore: cap.spaceBefore };
}
