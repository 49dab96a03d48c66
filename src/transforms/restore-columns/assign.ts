/**
 * Which column each piece of a run of side-by-side lines belongs to. A row's pieces stand left to right
 * in the columns' order, one per column, but a row need not hold every column (a column's paragraph
 * ended, or its lines sit on other baselines). A row with a piece for every column is placed as it
 * stands; a row with fewer is placed where its pieces read on best from the columns' last pieces:
 * the text of a column reads on from line to line (a broken word goes on with its rest, a sentence
 * goes on in lower case, a new one starts with a capital), which holds in any newspaper.
 */
import { brokenStem, FULL_LOW, type Piece } from './cut.js';
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

/** How well `piece` reads on from `prev`, the last piece of a column (none yet: 0). */
export function readsOn(prev: Piece | undefined, piece: Piece): number {
  if (!prev) return 0;
  const first = LEAD_LETTERS.exec(piece.text)![1]!;
  const frag = brokenStem(prev.text);
  if (frag !== undefined) {
    if (first === '') return BREAKS_WORD;
    if (isWord(frag + first)) return COMPLETES_WORD;
    return first === first.toLowerCase() ? UNKNOWN_REST : BREAKS_WORD;
  }
  const lower = first !== '' && first[0] === first[0]!.toLowerCase();
  // A sentence end, or a line short of the measure (a paragraph's last line, a heading): what follows
  // in that column starts anew.
  if (endsSentence(prev.text) || prev.ratio < FULL_LOW) return lower ? LOWER_AFTER_END : READS_ON;
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

/** Rows' placements kept at each step of the search (the best this many partial readings of the run). */
export const BEAM = 8;

interface Reading {
  /** Each column's last piece and the row it was in. */
  last: Array<Piece | undefined>;
  lastRow: number[];
  /** Evidence of the text summed over the rows so far, and the tie-breaker apart. */
  score: number;
  waited: number;
  /** Each row's placement so far, the last row's first (a list the readings that grew from this one share: copying it per reading made the search quadratic in a run's rows). */
  placed: { cols: number[]; prev: Reading['placed'] } | null;
  tossUps: number;
}

/** The evidence for one row's placement given the columns' last pieces (and the tie-breaker apart). */
function rowScore(reading: Reading, row: readonly Piece[], cols: readonly number[], r: number, k: number): { score: number; waited: number } {
  let score = 0;
  let waited = 0;
  for (let i = 0; i < row.length; i++) score += readsOn(reading.last[cols[i]!], row[i]!);
  for (const c of cols) waited += Math.min(MAX_WAIT, r - reading.lastRow[c]!) * WAITED;
  for (let c = 0; c < k; c++) {
    const last = reading.last[c];
    if (!cols.includes(c) && last && brokenStem(last.text) !== undefined) score += SKIPS_BROKEN;
  }
  return { score, waited };
}

/**
 * Place the rows (each a list of pieces, left to right) of a run in `k` columns. The placements are
 * searched together (a beam of BEAM readings): a row placed where it reads on a little better may leave
 * the next rows nowhere to go, and the reading that suits the run as a whole wins.
 */
export function placeRows(rows: readonly Piece[][], k: number): Placement {
  let beam: Reading[] = [{ last: new Array(k).fill(undefined), lastRow: new Array<number>(k).fill(-1), score: 0, waited: 0, placed: null, tossUps: 0 }];
  rows.forEach((row, r) => {
    const next: Reading[] = [];
    // The ways to place the row depend on its length alone: made once for every reading.
    const ways = placements(row.length, k);
    for (const reading of beam) {
      const options = ways.map((cols) => ({ cols, ...rowScore(reading, row, cols, r, k) }));
      const scores = options.map((o) => o.score).sort((a, b) => b - a);
      const tossUp = row.length < k && scores.length > 1 && scores[0]! - scores[1]! < TOSS_UP;
      for (const o of options) {
        const last = [...reading.last];
        const lastRow = [...reading.lastRow];
        o.cols.forEach((c, i) => {
          last[c] = row[i]!;
          lastRow[c] = r;
        });
        next.push({
          last,
          lastRow,
          score: reading.score + o.score,
          waited: reading.waited + o.waited,
          placed: { cols: o.cols, prev: reading.placed },
          tossUps: reading.tossUps + (tossUp && o.score === scores[0] ? 1 : 0),
        });
      }
    }
    // Stable: among equal readings the one placing pieces leftmost (enumerated first) stays first.
    next.sort((a, b) => b.score + b.waited - (a.score + a.waited));
    beam = next.slice(0, BEAM);
  });
  const best = beam[0]!;
  const placed: number[][] = [];
  for (let p = best.placed; p; p = p.prev) placed.push(p.cols);
  placed.reverse();
  const columns: Piece[][] = Array.from({ length: k }, () => []);
  placed.forEach((cols, r) => cols.forEach((c, i) => columns[c]!.push(rows[r]![i]!)));
  return { columns, tossUps: best.tossUps };
}
