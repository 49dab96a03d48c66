/**
 * Column edges: a gutter is where one column's lines start (or another's end)
 * at the same x, to the point, down consecutive lines. ./lines.ts asks
 * whether a gap between two words lies on such an edge.
 */
import type { Row } from './rows.js';
import type { PWord } from './types.js';

/** A gutter is at least this wide (em). Narrowest column gap in the dev PDFs: 1.0 em (TeX columnsep at 10 pt). */
export const MIN_GUTTER_EM = 0.5;
/** Column edges line up within this many points (PDF producers place them exactly). */
export const EDGE_ALIGN_PT = 0.5;
/**
 * Neighbouring lines sharing the edge needed to call a gap a gutter. In
 * 7-column justified text a word starts within 0.5 pt of a given x after a
 * wide space in ~1.5 % of lines by chance; in the two lines next to it both,
 * ~0.02 %.
 */
export const ALIGNED_ROWS = 2;
/**
 * Aligned lines next to the line tested (so RIVER_ROWS = 2 means three lines in all, that one
 * included), this many or fewer, with text across the edge (crossing it, or ending just before it in
 * the gutter's place) in the line right before and right after the run, and the gap at the edge no
 * wider than a word space of its line in each of them (RIVER_SPACE_RATIO), are chance: in
 * justified text two or three consecutive lines can have a word space within EDGE_ALIGN_PT of the
 * same x (d2_001: `with`, `of`, `of` starting at 70.3–71.0 pt, hemmed in by `The` ending at 70.5 above
 * and `guished` at 68.8 below), while a real column's edge ends where the column does, and its
 * gap is wider than the word spaces beside it (a short two-column box of three lines between two
 * full-width lines is hemmed in just as a river is). Applies to aligned starts and aligned ends.
 */
export const RIVER_ROWS = ALIGNED_ROWS;
/**
 * Word spaces each side of a gap compared with it (widerThanWordSpaces): the nearest ones, which
 * belong to the line (or lines) the gap lies in; farther ones may be another column's.
 */
export const SPACES_AROUND = 2;
/** Fewer other word spaces than this in a row compare with nothing. */
export const MIN_SPACES = 2;
/**
 * A gap wider than this many times the median of its row's word spaces nearby (plus
 * WORD_SPACE_SLACK_EM) is not a word space of that row. A justified line spreads its spacing
 * evenly (d2_001's river gaps are 11.6 pt among 11.6 pt spaces, 7.7 among 7.7): a river gap is one
 * of its line's word spaces, ratio ≈ 1; a gutter is white between two lines' spacing (a 1.7 em
 * gutter between lines spaced 0.25 em: ratio ≈ 7). 1.5 leaves room for a wider space after a
 * sentence (TeX's) and for rounding.
 */
export const RIVER_SPACE_RATIO = 1.5;
export const WORD_SPACE_SLACK_EM = 0.1;
/** A line starting up to this many em right of a column edge is an indented first line of that column. */
export const INDENT_MAX_EM = 3;
/** Rows up and down searched for column edges inside a gap. */
export const INNER_EDGE_ROWS = 3;
/** Consecutive lines of one column edge are at most this far apart (em): leading, or a blank line. */
export const EDGE_RUN_LEADING_EM = 2.6;

/**
 * Column edges run down consecutive lines: count the lines next to row i
 * (up and down, each the nearest row with words near that edge, each within
 * EDGE_RUN_LEADING_EM of the last) that also have a word starting exactly
 * where `right` starts after a gap (or at the row start), or ending exactly
 * where `left` ends before a gap (or at the row end). The larger count wins.
 * A column edge may also lie inside the gap (a paragraph's short last line
 * on the left, an indented first line on the right): edges that nearby rows
 * show inside the gap are tried too.
 */
export function alignedEdges(rows: readonly Row[], i: number, left: PWord, right: PWord, em: number): number {
  const best = Math.max(edgeRun(rows, i, em, right.x0, 'start'), edgeRun(rows, i, em, left.x1, 'end'));
  if (best >= ALIGNED_ROWS) return best;
  // Several candidate edges are tried inside the gap, so one more aligned line is asked of each (chance grows with tries).
  const inner = innerEdges(rows, i, left.x1 + MIN_GUTTER_EM * em, right.x0 - EDGE_ALIGN_PT, em);
  for (const x of inner.starts) if (edgeRun(rows, i, em, x, 'start') > ALIGNED_ROWS) return ALIGNED_ROWS;
  for (const x of inner.ends) if (edgeRun(rows, i, em, x, 'end') > ALIGNED_ROWS) return ALIGNED_ROWS;
  return best;
}

/**
 * Does a row have a word starting at x after a gutter-wide gap (`side` start), or ending at x before
 * one (`side` end)? null: no word near x. The two tests are mirror images: an end is a start with x
 * negated and the neighbour taken on the other side. (The test for one x, em and side: EdgeTest,
 * made once per edge run; rows are tested with edgeAt.)
 */
interface EdgeTest {
  /** +1 for a start, −1 for an end. */
  s: number;
  /** x in the mirrored coordinates. */
  edge: number;
  minGap: number;
  slack: number;
}

function edgeTest(x: number, em: number, side: 'start' | 'end'): EdgeTest {
  const s = side === 'start' ? 1 : -1;
  // A column line starting a little right of the edge (a first-line indent), or ending short of it
  // (a paragraph's last line, ragged text), neither confirms nor breaks it.
  return { s, edge: s * x, minGap: MIN_GUTTER_EM * em, slack: side === 'start' ? INDENT_MAX_EM * em : Infinity };
}

function edgeAt(r: Row, t: EdgeTest, em: number): boolean | null {
  const { s, edge, minGap, slack } = t;
  const ws = r.words;
  let near = false;
  for (let j = 0; j < ws.length; j++) {
    const w = ws[j]!;
    const lead = s > 0 ? w.x0 : -w.x1;
    const trail = s > 0 ? w.x1 : -w.x0;
    // A word ending inside the gutter band just before the edge, with the row going on past it, is
    // text where the gutter should be white (a river of word spaces, not a gutter).
    if (trail <= edge + EDGE_ALIGN_PT && trail > edge - minGap && farLead(ws[j + s], s) > edge) {
      near = true;
      continue;
    }
    // Only words reaching past the edge into the column tell: a row holding just the other column's line says nothing.
    if (trail <= edge + EDGE_ALIGN_PT || lead > edge + 3 * em) continue;
    const neighbour = ws[j - s];
    const atGap = !neighbour || lead - (s > 0 ? neighbour.x1 : -neighbour.x0) >= minGap;
    if (Math.abs(lead - edge) <= EDGE_ALIGN_PT && atGap) return true;
    if (atGap && lead > edge && lead - edge <= slack) continue;
    near = true;
  }
  return near ? false : null;
}

/** A word's lead edge in the mirrored coordinates of edgeAt (start: x0; end: −x1); −∞ when there is no word. */
function farLead(w: PWord | undefined, s: number): number {
  return w ? (s > 0 ? w.x0 : -w.x1) : -Infinity;
}

/** Word starts and ends after / before a gutter-wide gap, between x0 and x1, in the rows next to row i. */
function innerEdges(rows: readonly Row[], i: number, x0: number, x1: number, em: number): { starts: number[]; ends: number[] } {
  const starts = new Set<number>();
  const ends = new Set<number>();
  if (x1 <= x0) return { starts: [], ends: [] };
  const minGap = MIN_GUTTER_EM * em;
  for (let k = i - INNER_EDGE_ROWS; k <= i + INNER_EDGE_ROWS; k++) {
    const r = rows[k];
    if (!r || k === i || Math.abs(r.base - rows[i]!.base) > EDGE_RUN_LEADING_EM * em * INNER_EDGE_ROWS) continue;
    const ws = r.words;
    for (let j = 0; j < ws.length; j++) {
      const w = ws[j]!;
      const before = ws[j - 1];
      const after = ws[j + 1];
      if (w.x0 > x0 && w.x0 < x1 && (!before || w.x0 - before.x1 >= minGap)) starts.add(Math.round(w.x0 * 4) / 4);
      if (w.x1 > x0 && w.x1 < x1 && (!after || after.x0 - w.x1 >= minGap)) ends.add(Math.round(w.x1 * 4) / 4);
    }
  }
  return { starts: [...starts], ends: [...ends] };
}

function edgeRun(rows: readonly Row[], i: number, em: number, x: number, side: 'start' | 'end'): number {
  const test = edgeTest(x, em, side);
  let count = 0;
  let closed = 0;
  const run: Row[] = [rows[i]!];
  for (const dir of [-1, 1]) {
    let lastBase = rows[i]!.base;
    // No decision needs more than ALIGNED_ROWS + 1 lines: stop there (pages of tiny type have thousands of rows).
    for (let k = i + dir; k >= 0 && k < rows.length && count <= ALIGNED_ROWS; k += dir) {
      const r = rows[k]!;
      if (Math.abs(r.base - lastBase) > EDGE_RUN_LEADING_EM * em) break;
      const t = edgeAt(r, test, em);
      if (t === null) continue;
      if (!t) {
        closed++;
        break;
      }
      count++;
      run.push(r);
      lastBase = r.base;
    }
  }
  // Text across the edge both in the line right above the run and in the line right below it: a
  // short run of aligned word starts (or ends) hemmed in by the same flowing text, where the gap at
  // the edge is a word space of its line, is a river of word spaces; a column edge that short is
  // bounded by something else (a blank, a rule, another item).
  if (closed === 2 && count <= RIVER_ROWS && run.every((r) => !widerThanWordSpaces(r, x, em))) return Math.min(count, ALIGNED_ROWS - 1);
  // Or, however the run is bounded, a gap that is to the point the word space of its line on both
  // sides, in every line of a run that short, is a river too (evenlySpaced).
  if (count <= RIVER_ROWS && run.every((r) => evenlySpaced(r, x, em))) return Math.min(count, ALIGNED_ROWS - 1);
  return count;
}

/**
 * A justified line spreads its white evenly: its word spaces are equal to within this many em (d2_006
 * PDF, three lines under a subhead: 7.4 / 7.44 / 7.5 pt, 6.5 / 6.47 / 6.3, 6.4 / 6.4 / 6.4 at 10 pt).
 */
export const EVEN_SPACE_EM = 0.03;

/**
 * Is the gap of row r at x one of its line's evenly spread word spaces: the word space right before it
 * and the one right after it both within EVEN_SPACE_EM of it? Between two columns the gutter is set
 * apart from the two lines' spacing, which each column's justification chose on its own: in one line
 * the three agree by chance, in every line of a run of two or three they do not. (d2_006 PDF: under
 * `HISTORY`, `The first | inhabitants of`, `Coron were | the Tagbanuas`, `who belong | to the second`,
 * word ends lined up at 188.9 pt; the lines above are a subhead's, so the run is not hemmed in.)
 */
export function evenlySpaced(r: Row, x: number, em: number): boolean {
  const ws = r.words;
  for (let j = 1; j + 2 < ws.length; j++) {
    if (!(ws[j]!.x1 <= x + EDGE_ALIGN_PT && ws[j + 1]!.x0 >= x - EDGE_ALIGN_PT)) continue;
    const gap = ws[j + 1]!.x0 - ws[j]!.x1;
    const before = ws[j]!.x0 - ws[j - 1]!.x1;
    const after = ws[j + 2]!.x0 - ws[j + 1]!.x1;
    const tol = EVEN_SPACE_EM * em;
    return Math.abs(before - gap) <= tol && Math.abs(after - gap) <= tol;
  }
  return false;
}

/**
 * Is the gap of row r at x (the one between the word ending at or before x and the one starting at
 * or after it) clearly wider than the row's other word spaces near it (RIVER_SPACE_RATIO × their
 * median)? A justified line spreads its spacing evenly, so a gap of a river is one of its line's
 * word spaces; a gutter is white added between two lines' spacing. false when the row shows no
 * such gap, or too few other spaces to compare with.
 */
export function widerThanWordSpaces(r: Row, x: number, em: number): boolean {
  const ws = r.words;
  let at = -1;
  for (let j = 0; j + 1 < ws.length; j++) {
    if (ws[j]!.x1 <= x + EDGE_ALIGN_PT && ws[j + 1]!.x0 >= x - EDGE_ALIGN_PT) {
      at = j;
      break;
    }
  }
  if (at < 0) return false;
  const gap = ws[at + 1]!.x0 - ws[at]!.x1;
  const others: number[] = [];
  for (let j = Math.max(0, at - SPACES_AROUND); j < Math.min(ws.length - 1, at + 1 + SPACES_AROUND); j++) {
    if (j !== at) others.push(ws[j + 1]!.x0 - ws[j]!.x1);
  }
  if (others.length < MIN_SPACES) return false;
  others.sort((a, b) => a - b);
  const median = others[others.length >> 1]!;
  return gap > RIVER_SPACE_RATIO * median + WORD_SPACE_SLACK_EM * em;
}
