/**
 * Undo what an OCR engine glued across white space: a line whose words jump
 * over a gap wider than a column (`HISTORY` ……… `FRIDAY 15 FEBRUARY 2013`; two
 * side-by-side headlines read as one line) and a block whose lines are
 * separated by a gap no paragraph has (a running head and the kickers below
 * it; a folio at the foot glued to the advert above it). Such lines are cut
 * into pieces and such blocks into groups of lines that sit together, each a
 * block of its own; every cut is recorded (`reader/split-line`,
 * `reader/split-block`) with the gap. Text is never changed: each piece keeps
 * its words, boxes and ids, and its part of the line's `original`.
 *
 * Evidence (ALTO and hOCR from Tesseract 5 on the 30 dev pages, and the
 * Evening Star's PrimeOCR ALTO): inside a line, word gaps reach 5 line heights
 * in justified narrow columns and 8.3 in leader-dot lists (a cast list set
 * `Thunder …… Mr. X`); the glued lines jump 25–95, and one, d2_004's, 14.7: a
 * gap that narrow is cut only where the page's columns show it (`columnCut`).
 * Inside a block, line gaps stay under 1.6 line heights; the glued blocks have 2.9–95.
 */
import type { Block, Box, Line } from '../../model/types.js';
import type { Message } from '../../model/messages.js';
import { buildBlock, buildLine, type RawBlock, type RawLine, type RawWord } from './ocr-model.js';
import { maxOf, unionBox } from './geometry.js';

/**
 * A gap between two words of a line wider than this many line heights is wider than a column of body
 * text (a column is 12–20 line heights): the line is two lines of different columns. Word spaces inside
 * real lines reach 8.3 line heights (leader lists in the Evening Star's advertisements), and a table row
 * set in small type (a team and its points flush right) or a caption with its credit flush right on one
 * line jump 12–15; so does d2_004's body line glued to the next column's sign-off on its baseline (14.7):
 * the width alone cannot tell it from a caption and its credit (a review's finding, 2026-12-08, after a
 * threshold of 12 was tried), the page's columns can (`columnCut`).
 */
export const LINE_GAP_SPLIT = 20;
/**
 * A gap wider than this many line heights (and not over LINE_GAP_SPLIT) cuts a line when the page's
 * columns show it joins two columns' lines (`columnCut`). Word spaces inside real lines stay under 8.3
 * line heights (the Evening Star's leader lists, the widest); the glued line of d2_004 jumps 14.7.
 */
export const COLUMN_GAP_SPLIT = 10;
/**
 * The part before the gap is a full line of a column: at least this many other lines of the page start
 * and end where it does. A justified column's lines share both edges by the dozen (d2_004: 7 other lines
 * of the width 294 starting at 1028); a table's label or a caption's ragged last line shares them with few.
 */
export const COLUMN_LINES_MIN = 4;
/** Edges are shared within this many line heights (Tesseract's word boxes of one column's lines differ by 1–2 px at 17 px lines). */
export const COLUMN_EDGE_SLACK = 0.5;
/** …and it has at least this many words: running text, not a label (`Arsenal`) or a name in a cast list. */
export const COLUMN_LINE_MIN_WORDS = 4;

/** Where a line of the page runs, left to right (a line cut at gaps over LINE_GAP_SPLIT gives one per piece). */
export interface Measure {
  x0: number;
  x1: number;
}

/** The measures of a page's lines, for `columnCut`: each line cut at its gaps over LINE_GAP_SPLIT, each piece's extent. */
export function pageMeasures(lines: Iterable<RawLine>): Measure[] {
  const out: Measure[] = [];
  for (const raw of lines) {
    for (const piece of cutAtGaps(raw).pieces) {
      const box = unionBox(piece.words.map((w) => w.box));
      if (box) out.push({ x0: box.x0, x1: box.x1 });
    }
  }
  return out;
}

/** A page's measures computed on first use (most pages have no gap that needs them). */
export function lazyMeasures(lines: () => Iterable<RawLine>): () => readonly Measure[] {
  let cached: Measure[] | undefined;
  return () => (cached ??= pageMeasures(lines()));
}

/**
 * Cut at a gap narrower than a column when the page's columns show two columns' lines: the words before
 * it (from the last cut) make a full line of a column, starting and ending where COLUMN_LINES_MIN other
 * lines of the page do, with COLUMN_LINE_MIN_WORDS words or more; and the words after it (up to the next
 * gap over COLUMN_GAP_SPLIT) lie inside a column of COLUMN_LINES_MIN lines that starts right of the
 * first part's end. d2_004: `City skyline and 4th of July fireworks` (a full line of its column) and the
 * next column's sign-off `— Xinhua` set flush right on the same baseline, 14.7 line heights on. A table
 * row (`Arsenal … 24`) or a caption's last line with its credit flush right starts no full column line.
 */
function columnCut(words: readonly RawWord[], start: number, at: number, height: number, measures: readonly Measure[]): boolean {
  if (at - start < COLUMN_LINE_MIN_WORDS) return false;
  let end = at;
  while (end + 1 < words.length && words[end + 1]!.box!.x0 - words[end]!.box!.x1 <= COLUMN_GAP_SPLIT * height) end++;
  const left = { x0: words[start]!.box!.x0, x1: words[at - 1]!.box!.x1 };
  const right = { x0: words[at]!.box!.x0, x1: words[end]!.box!.x1 };
  const slack = COLUMN_EDGE_SLACK * height;
  let sameMeasure = 0;
  let holdsRight = 0;
  for (const m of measures) {
    if (Math.abs(m.x0 - left.x0) <= slack && Math.abs(m.x1 - left.x1) <= slack) sameMeasure++;
    if (m.x0 > left.x1 && m.x0 - slack <= right.x0 && right.x1 <= m.x1 + slack) holdsRight++;
  }
  return sameMeasure >= COLUMN_LINES_MIN && holdsRight >= COLUMN_LINES_MIN;
}
/** A vertical gap between two lines of a block taller than this many heights of the smaller line is not leading: the block is two blocks. */
export const BLOCK_GAP_SPLIT = 2.5;

/**
 * Build the line(s) of one OCR line: one, or its pieces when it jumps over a gap wider than a column, or
 * over a narrower one that the page's columns show joins two columns' lines (`measures`: the page's
 * measures, `lazyMeasures`; without them only the gaps over LINE_GAP_SPLIT cut).
 */
export function buildLines(raw: RawLine, page: number, messages: Message[], measures?: () => readonly Measure[]): Line[] {
  const { pieces, byColumns } = cutAtGaps(raw, measures);
  if (pieces.length > 1) {
    const gaps = pieces.slice(1).map((p, i) => Math.round(p.words[0]!.box!.x0 - pieces[i]!.words.at(-1)!.box!.x1));
    const why = byColumns
      ? `over ${LINE_GAP_SPLIT} line heights, wider than a column, or over ${COLUMN_GAP_SPLIT} after a full line of a column that ${COLUMN_LINES_MIN}+ other lines share, before words inside the next column`
      : `over ${LINE_GAP_SPLIT} line heights, wider than a column`;
    messages.push({
      rule: 'reader/split-line',
      severity: 'info',
      text: `a line read across ${gaps.length === 1 ? 'a gap' : 'gaps'} of ${gaps.join(', ')} units (${why}) is ${pieces.length} lines`,
      source: { page, ...(raw.box ? { box: raw.box } : {}), ...(raw.id ? { id: raw.id } : {}) },
      confidence: byColumns ? 0.8 : 0.9,
    });
  }
  return pieces.map((p) => buildLine(p, page, messages)).filter((l): l is Line => l !== undefined);
}

function cutAtGaps(raw: RawLine, measures?: () => readonly Measure[]): { pieces: RawLine[]; byColumns: boolean } {
  const words = raw.words.filter((w) => w.text.trim() !== '');
  const whole = { pieces: [raw], byColumns: false };
  if (words.length < 2 || words.some((w) => !w.box)) return whole;
  const height = raw.box ? raw.box.y1 - raw.box.y0 : maxOf(words.map((w) => w.box!.y1 - w.box!.y0));
  if (height <= 0) return whole;
  const cuts: number[] = [];
  let byColumns = false;
  for (let i = 1; i < words.length; i++) {
    const gap = words[i]!.box!.x0 - words[i - 1]!.box!.x1;
    if (gap > LINE_GAP_SPLIT * height) cuts.push(i);
    else if (measures && gap > COLUMN_GAP_SPLIT * height && columnCut(words, cuts.at(-1) ?? 0, i, height, measures())) {
      cuts.push(i);
      byColumns = true;
    }
  }
  if (!cuts.length) return whole;
  const out: RawLine[] = [];
  [0, ...cuts].forEach((start, k) => {
    const end = cuts[k] ?? words.length;
    const part = words.slice(start, end);
    const piece: RawLine = { ...raw, words: part };
    const box = unionBox(part.map((w) => w.box));
    if (box) piece.box = box;
    // The printed line-end hyphen belongs to the last piece only.
    if (end < words.length) delete piece.hyphen;
    out.push(piece);
  });
  return { pieces: out, byColumns };
}

/** A block as read: its rows, each the line(s) one OCR line became. */
export interface RawRows extends Omit<RawBlock, 'lines'> {
  rows: Line[][];
}

/**
 * Build the block(s) of one OCR block: one, or several when its lines are
 * separated by a gap no paragraph has, or when some of its lines were cut
 * into pieces of different columns (the pieces are then grouped by the
 * columns they overlap, left to right, each top to bottom). The blocks of a
 * cut band's second and later columns are added to `pieces` (when given):
 * they belong further on in the reading order (column-pieces.ts).
 */
export function buildBlocks(raw: RawRows, page: number, messages: Message[], pieces?: Set<Block>): Block[] {
  const { rows, ...rest } = raw;
  const gapBands = splitAtGaps(rows);
  const bands = splitLastLine(gapBands);
  const perBand = bands.map(columnsOf);
  const groups = perBand.flat();
  // The groups of a band's second and later columns: lines of other columns, for placeColumnPieces.
  const later = new Set(perBand.flatMap((cols) => cols.slice(1)));
  if (groups.length === 1) {
    const b = buildBlock({ ...rest, lines: groups[0]! }, page);
    return b ? [b] : [];
  }
  const out: Block[] = [];
  for (const lines of groups) {
    const { box: _box, ...noBox } = rest;
    const b = buildBlock({ ...noBox, lines }, page);
    if (!b) continue;
    out.push(b);
    if (later.has(lines)) pieces?.add(b);
  }
  if (out.length > 1) {
    const why = [
      gapBands.length > 1 ? `${gapBands.length - 1} gap(s) between lines over ${BLOCK_GAP_SPLIT} line heights` : '',
      bands.length > gapBands.length ? `a short last line set off by over ${LAST_LINE_GAP_SPLIT} line heights, more than the lines above it` : '',
      groups.length > bands.length ? 'lines cut at gaps wider than a column' : '',
    ].filter(Boolean);
    messages.push({
      rule: 'reader/split-block',
      severity: 'info',
      text: `a block read across white space (${why.join('; ')}) is ${out.length} blocks`,
      source: { page, ...(raw.box ? { box: raw.box } : {}), ...(raw.id ? { id: raw.id } : {}) },
      confidence: 0.9,
    });
  }
  return out;
}

/** Runs of rows between vertical gaps over BLOCK_GAP_SPLIT heights of the smaller line. */
function splitAtGaps(rows: Line[][]): Line[][][] {
  const bands: Line[][][] = [];
  let current: Line[][] = [];
  let prev: Box | undefined;
  for (const row of rows) {
    if (!row.length) continue;
    const box = unionBox(row.map((l) => l.box));
    if (prev && box) {
      const h = Math.min(prev.y1 - prev.y0, box.y1 - box.y0);
      if (h > 0 && box.y0 - prev.y1 > BLOCK_GAP_SPLIT * h && current.length) {
        bands.push(current);
        current = [];
      }
    }
    current.push(row);
    prev = box;
  }
  if (current.length) bands.push(current);
  return bands;
}

/**
 * A short last line set apart from the lines above it by more white than any
 * leading: a subhead or a byline the engine glued to the end of the block above
 * (d2_001 `… his death.` ⏎ `LIFE`, dev003 `Life`, dev007 a headline ⏎ `BY OMAR
 * HADDAD …`). Inside Tesseract's blocks the white between lines is under 0.9 line
 * heights in 99 % of the dev pages' lines; a heading is set off by a line space
 * or more. A last line that starts in lower case is the end of a paragraph (a
 * word cut at the line end), never cut off.
 */
export const LAST_LINE_GAP_SPLIT = 0.9;
/** …and more than this many times the white between the block's other lines (when it has two gaps or more). */
export const LAST_LINE_GAP_RATIO = 2;
/** A heading glued at the end has at most this many words. */
export const LAST_LINE_MAX_WORDS = 8;

function splitLastLine(bands: Line[][][]): Line[][][] {
  const last = bands.at(-1);
  if (!last || last.length < 2) return bands;
  const row = last.at(-1)!;
  if (row.length !== 1) return bands;
  const line = row[0]!;
  const words = line.text.split(/\s+/u).length;
  if (!line.box || words > LAST_LINE_MAX_WORDS || /^\P{L}*\p{Ll}/u.test(line.text)) return bands;
  const boxes = last.map((r) => unionBox(r.map((l) => l.box)));
  if (boxes.some((b) => !b)) return bands;
  const gapAt = (i: number): number => boxes[i]!.y0 - boxes[i - 1]!.y1;
  const n = boxes.length;
  const h = Math.min(boxes[n - 2]!.y1 - boxes[n - 2]!.y0, boxes[n - 1]!.y1 - boxes[n - 1]!.y0);
  const gap = gapAt(n - 1);
  if (!(h > 0) || gap < LAST_LINE_GAP_SPLIT * h) return bands;
  const others = Array.from({ length: n - 2 }, (_, k) => gapAt(k + 1)).sort((a, b) => a - b);
  if (others.length >= 2 && gap <= LAST_LINE_GAP_RATIO * Math.max(0, others[others.length >> 1]!)) return bands;
  return [...bands.slice(0, -1), last.slice(0, -1), [row]];
}

/** The rows of a band as columns: one group when no row was cut, else pieces grouped by horizontal overlap. */
function columnsOf(rows: Line[][]): Line[][] {
  if (rows.every((r) => r.length === 1)) return [rows.map((r) => r[0]!)];
  const columns: Array<{ x0: number; x1: number; lines: Line[] }> = [];
  for (const row of rows) {
    for (const line of row) {
      const b = line.box;
      const col = b
        ? columns
            .map((c) => ({ c, overlap: Math.min(c.x1, b.x1) - Math.max(c.x0, b.x0) }))
            .filter((o) => o.overlap > 0)
            .sort((p, q) => q.overlap - p.overlap)[0]?.c
        : columns[columns.length - 1];
      if (col) {
        col.lines.push(line);
        if (b) {
          col.x0 = Math.min(col.x0, b.x0);
          col.x1 = Math.max(col.x1, b.x1);
        }
      } else {
        columns.push({ x0: b?.x0 ?? 0, x1: b?.x1 ?? 0, lines: [line] });
      }
    }
  }
  return columns.sort((a, b) => a.x0 - b.x0).map((c) => c.lines);
}
