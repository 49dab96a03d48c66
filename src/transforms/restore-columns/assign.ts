/**
 * Which column each piece of a run of side-by-side lines belongs to. A row's pieces stand left to right
 * in the columns' order, one per column, but a row need not hold every column (a column's paragraph
 * ended, or its lines sit on other baselines). A row with a piece for every column is placed as it
 * stands; a row with fewer is placed where its pieces read on best from the columns' last pieces:
 * the text of a column reads on from line to line (a broken word goes on with its rest, a sentence
 * goes on in lower case, a new one starts with a capital), which holds in any newspaper.
 */
import type { Piece } from './cut.js';
import { endsSentence } from '../classify/features.js';
import { isWord } from '../../lexicon/index.js';

/** A broken word completed by the piece (`syn-` + `tactic`): the strongest sign the piece goes on from that line. */
export const COMPLETES_WORD = 4;
/** A broken word not completed to a known word by a lower-case start: a name's rest, or no rest at all. */
export const UNKNOWN_REST = -1;
/** A broken word not completed: the next word starts with a capital. */
export const BREAKS_WORD = -3;
/** A line that ends in a hyphen, in a column the row skips: its rest should be on the next row. */
export const SKIPS_BROKEN = -0.5;
/** A sentence goes on in lower case, or a new one starts with a capital. */
export const READS_ON = 1;
/** A lower-case start after a sentence end. */
export const LOWER_AFTER_END = -1.5;
/**
 * A column that has gone longer without a line: where columns' lines stand on different baselines, the
 * extractor prints them alternately, one row each, so a row of fewer pieces goes on in the column
 * waiting longest. A tie-breaker only (per row waited, up to MAX_WAIT rows): far below any evidence
 * of the text.
 */
export const WAITED = 0.1;
export const MAX_WAIT = 3;
/**
 * Two placements of a row scoring within this of each other are a toss-up; the run counts them
 * (index.ts MAX_TOSS_UPS) and is left as printed when it holds too many.
 */
export const TOSS_UP = 0.5;

const LEAD_LETTERS = /^[^\p{L}\p{N}]*(\p{L}*)/u;
const TAIL_FRAGMENT = /(\p{L}+)-$/u;

/** How well `piece` reads on from `prev`, the last piece of a column (none yet: 0). */
export function readsOn(prev: Piece | undefined, piece: Piece): number {
  if (!prev) return 0;
  const first = LEAD_LETTERS.exec(piece.text)![1]!;
  const broken = TAIL_FRAGMENT.exec(prev.text);
  if (broken) {
    const frag = broken[1]!;
    if (first === '') return BREAKS_WORD;
    if (isWord(frag + first)) return COMPLETES_WORD;
    return first === first.toLowerCase() ? UNKNOWN_REST : BREAKS_WORD;
  }
  const lower = first !== '' && first[0] === first[0]!.toLowerCase();
  if (endsSentence(prev.text)) return lower ? LOWER_AFTER_END : READS_ON;
  return lower ? READS_ON : 0;
}

/** Every way to place n pieces in k columns, left to right (column indexes, ascending). */
function placements(n: number, k: number): number[][] {
  const out: number[][] = [];
  const pick = (from: number, acc: number[]): void => {
    if (acc.length === n) return void out.push([...acc]);
    for (let c = from; c <= k - (n - acc.length); c++) pick(c + 1, [...acc, c]);
  };
  pick(0, []);
  return out;
}

export interface Placement {
  /** The pieces of each column, top to bottom. */
  columns: Piece[][];
  /** Rows with fewer pieces than columns whose best placement was a toss-up. */
  tossUps: number;
}

/** Place the rows (each a list of pieces, left to right) of a run in `k` columns. */
export function placeRows(rows: readonly Piece[][], k: number): Placement {
  const columns: Piece[][] = Array.from({ length: k }, () => []);
  /** The row each column last had a piece in. */
  const lastRow = new Array<number>(k).fill(-1);
  let tossUps = 0;
  rows.forEach((row, r) => {
    let best: number[] | null = null;
    let bestScore = -Infinity;
    let bestWaited = 0;
    let second = -Infinity;
    for (const cols of placements(row.length, k)) {
      let score = 0;
      for (let i = 0; i < row.length; i++) score += readsOn(columns[cols[i]!]!.at(-1), row[i]!);
      let waited = 0;
      for (const c of cols) waited += Math.min(MAX_WAIT, r - lastRow[c]!) * WAITED;
      for (let c = 0; c < k; c++) {
        const last = columns[c]!.at(-1);
        if (!cols.includes(c) && last && TAIL_FRAGMENT.test(last.text)) score += SKIPS_BROKEN;
      }
      if (score + waited > bestScore + bestWaited) {
        if (score > second) second = bestScore;
        bestScore = score;
        bestWaited = waited;
        best = cols;
      } else if (score > second) second = score;
    }
    if (row.length < k && bestScore - second < TOSS_UP) tossUps++;
    best!.forEach((c, i) => {
      columns[c]!.push(row[i]!);
      lastRow[c] = r;
    });
  });
  return { columns, tossUps };
}
