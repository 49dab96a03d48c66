/**
 * Move a cut by one word where a column's broken word says where it goes. The cuts (./cut.ts) rest on
 * estimated widths, and a short word either side of a cut is within their spread (`that semantics plays
 * a crucial role` | `in ance. [7] [8]`). Once the pieces are placed in columns, a column whose line ends
 * in a broken word (`… context of utter-`) expects its rest at the start of its next piece: when that
 * piece's first word does not complete it but its second does (`in` `ance`), the first word belongs to
 * the piece before it on the line; when the piece before it ends in the word that completes it
 * (`… a group of sity` | `of California …` after `Univer-`), that word belongs to it. A broken word goes
 * on with its rest in any newspaper; the move is made only where the rest is a known word and the
 * word where the cut stands is not.
 */
import type { Piece } from './cut.js';
import { brokenStem } from './cut.js';
import { printedWidth } from '../reflow/printed-width.js';
import { isWord } from '../../lexicon/index.js';

const TOKEN = /\S+/g;
const LETTERS = /^[^\p{L}]*(\p{L}+)/u;

/** The letters a token starts with (`ance` of `ance.`), or ''. */
function lettersOf(token: string): string {
  return LETTERS.exec(token)?.[1] ?? '';
}

/** Does `frag` + the token's letters make a word, the token starting in lower case? */
function completes(frag: string, token: string): boolean {
  const w = lettersOf(token);
  return w !== '' && w === w.toLowerCase() && isWord(frag + w);
}

function tokens(text: string, start: number, end: number): Array<{ s: number; e: number }> {
  const out: Array<{ s: number; e: number }> = [];
  for (const m of text.slice(start, end).matchAll(TOKEN)) out.push({ s: start + m.index!, e: start + m.index! + m[0].length });
  return out;
}

/** Set a piece's span in its line, and its text and width with it. */
function reshape(p: Piece, line: string, start: number, end: number, measure: number): void {
  p.start = start;
  p.end = end;
  const raw = line.slice(start, end);
  p.text = p.restoredHyphen ? `${raw}-` : raw;
  p.ratio = printedWidth(p.text) / measure;
}

/**
 * Shift the cuts of a placed run where a broken word's rest is one word off. `cuts`: each line's pieces
 * (left to right), `texts`: the lines' texts, `columns`: the placement. Returns how many cuts moved.
 */
export function shiftCuts(cuts: readonly Piece[][], texts: readonly string[], columns: readonly Piece[][], measure: number): number {
  const where = new Map<Piece, { line: number; index: number }>();
  cuts.forEach((pieces, line) => pieces.forEach((p, index) => where.set(p, { line, index })));
  let moved = 0;
  for (const column of columns) {
    for (let k = 1; k < column.length; k++) {
      const frag = brokenStem(column[k - 1]!.text);
      const cur = column[k]!;
      if (frag === undefined || cur.rowStart) continue;
      const at = where.get(cur)!;
      const left = cuts[at.line]![at.index - 1];
      if (!left || left.restoredHyphen) continue;
      const text = texts[at.line]!;
      const own = tokens(text, cur.start, cur.end);
      if (own.length === 0 || completes(frag, text.slice(own[0]!.s, own[0]!.e))) continue;
      const before = tokens(text, left.start, left.end);
      // The word before the cut completes the broken word: it opens this piece.
      const last = before.at(-1)!;
      if (before.length > 1 && completes(frag, text.slice(last.s, last.e))) {
        reshape(left, text, left.start, before.at(-2)!.e, measure);
        reshape(cur, text, last.s, cur.end, measure);
        moved++;
        continue;
      }
      // The piece's second word completes it: its first word closes the piece before.
      if (own.length > 1 && completes(frag, text.slice(own[1]!.s, own[1]!.e))) {
        reshape(left, text, left.start, own[0]!.e, measure);
        reshape(cur, text, own[1]!.s, cur.end, measure);
        moved++;
      }
    }
  }
  return moved;
}
