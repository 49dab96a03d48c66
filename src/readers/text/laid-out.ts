/**
 * A text layer printed as a picture of the page: `pdftotext -layout` (and
 * other "keep the layout" dumps) set every printed line at its place, so the
 * columns of a page stand side by side on one text line, separated by runs of
 * spaces (`… a general      tolerate well the strict …`). Read as plain text,
 * each text line glues two to five columns' lines together and no paragraph
 * survives. Such a page is a page with geometry: every character sits in a
 * cell of a monospaced grid (column = x, line = y). This module finds those
 * pages and reads them as the PDF reader reads a page's glyphs: the same
 * layout analysis (./../pdf/layout: words, lines cut at gutters, columns,
 * reading order, blocks) and the same page model (./../pdf/model.ts), with
 * each character a glyph of one nominal monospaced font.
 *
 * Geometry in the page model is then in nominal points of that grid
 * (CELL_WIDTH a column, ROW_HEIGHT a line), and every line and block also
 * keeps its span in the file (line and column), as the plain-text reader does.
 */
import type { Block, Box, Line, Page, Point, TextSpan } from '../../model/types.js';
import type { Message } from '../../model/messages.js';
import { layoutPage } from '../pdf/layout/page.js';
import { layoutRepairs, toModelPage } from '../pdf/model.js';
import { FLAG_SPACE_BEFORE, GLYPH_STRIDE, type RawFont, type RawPage } from '../pdf/protocol.js';

/**
 * A gutter: at least this many spaces between two pieces of text on one line. A typesetter's word
 * space is one space in a layout dump (pdftotext widens a justified line's spaces to two at most
 * where the glyphs stand apart), while two columns are a gutter apart, which the dump keeps as three
 * spaces or more.
 */
export const GUTTER_SPACES = 3;
const GUTTER = new RegExp(`\\S {${GUTTER_SPACES},}\\S`);

/** Does the text hold a gutter anywhere? (Without one, no page of it is a layout dump: the reader's pre-test.) */
export function hasGutter(text: string): boolean {
  return GUTTER.test(text);
}

/**
 * A page is laid out when at least this share of its non-empty lines are column rows (see PROSE_WORDS).
 * Measured on the dev and dev2 corpora: no page of the 90 text layers of pdftotext's default and -raw
 * modes and pdfminer, nor the example page, has one (share 0), while `pdftotext -layout` of the same
 * 30 pages gives 0.15 to 0.89 (a page mostly of one wide story the least).
 */
export const LAID_OUT_SHARE = 0.1;

/**
 * A column row holds two pieces of prose beside each other, a gutter between, the right one starting
 * where a column starts: at a cell where at least ALIGNED_ROWS other such rows start a piece too, and
 * at least ALIGNED_SHARE of them (pdftotext sets a column's lines at its left edge, to the cell). A
 * piece is prose with PROSE_WORDS words of two letters or more. That keeps out what else sets a gap of
 * three spaces in a text: a table of names and figures beside running text (one word, or none, on a
 * side), sentences with three spaces after their full stops or text justified with wide spaces (the
 * gaps fall anywhere), a table of contents. Read as a grid, a page of one column with a table lost
 * more than it gained (the reviewer's test: each dev `page.txt` with a market table of 13 % of its
 * lines, art .774 → .643). Verse set with a caesura at one place, or code with its comments aligned,
 * still pass: they are laid out, and are read as two columns.
 */
export const PROSE_WORDS = 2;
export const ALIGNED_ROWS = 3;
export const ALIGNED_SHARE = 0.1;

/** Fewer non-empty lines than this say nothing about a page's layout (a headline, a byline and a date). */
export const MIN_LAID_OUT_LINES = 10;

/**
 * The most characters (other than spaces) a page may hold to be read as a grid. The layout analysis
 * costs about 0.1 ms a character on one core on pages like the corpus's (a 3,600-row page of 440 KB,
 * the dev003 page 64 times over, took 6 s; scattered pieces cost more, see MAX_GRID_PIECES): a dense
 * broadsheet page of 100 KB is read in a few seconds, while a whole issue
 * dumped as one page (the text reader admits 16 MB) would take minutes. Past this the page is read
 * as plain text, with a warning.
 */
export const MAX_GRID_CHARS = 300_000;

/**
 * The most gutters one row may hold for the page to be read as a grid. A newspaper page sets at most
 * a dozen columns side by side (a listings table a few more); the layout's column step costs grow with
 * the pieces a row is cut into (a 10-row page of 4,000 pieces a row, 280,000 characters, took 24 s,
 * the same characters in rows of 30 pieces 4 s). Past this the page is read as plain text, with a warning.
 */
export const MAX_ROW_GUTTERS = 40;

/**
 * The most pieces of text (runs between gutters) a page may hold to be read as a grid, and all the
 * grid pages of one file together. The layout's cost grows faster than the pieces (pages of rows of
 * 30 two-word pieces at scattered columns: 15,000 pieces 2.8 s, 30,000 6.2 s), and each piece can be
 * a line of the page model. The 30 dev `-layout` pages hold 270 pieces on average, 1,012 at most; a
 * dense broadsheet page a few thousand. Past either, the page is read as plain text with a warning.
 */
export const MAX_GRID_PIECES = 20_000;
export const MAX_FILE_GRID_PIECES = 60_000;

/** How many pieces of text (runs between gutters) each row holds. */
function piecesPerRow(rows: readonly string[]): number[] {
  return rows.map((row) => {
    let n = 0;
    PIECE.lastIndex = 0;
    while (PIECE.exec(row) !== null) n++;
    return n;
  });
}

/** Pieces of text between gutters on the page's rows. */
export function gridPieces(rows: readonly string[]): number {
  return piecesPerRow(rows).reduce((a, b) => a + b, 0);
}

/**
 * For each page (its rows): undefined when it is not laid out, null when it is read as a grid, or why
 * a laid-out page is read as plain text (MAX_GRID_CHARS, MAX_ROW_GUTTERS, MAX_GRID_PIECES, and the
 * file's MAX_FILE_GRID_PIECES, spent page by page in order).
 */
export function gridVerdicts(pages: ReadonlyArray<readonly string[]>): Array<string | null | undefined> {
  let budget = MAX_FILE_GRID_PIECES;
  return pages.map((rows) => {
    if (!laidOut(rows)) return undefined;
    const chars = gridChars(rows);
    if (chars > MAX_GRID_CHARS) return `holds ${chars.toLocaleString('en-US')} characters, more than the ${MAX_GRID_CHARS.toLocaleString('en-US')} read as a grid`;
    const gutters = mostGutters(rows);
    if (gutters > MAX_ROW_GUTTERS) return `has a line of ${gutters.toLocaleString('en-US')} gaps between columns, more than the ${MAX_ROW_GUTTERS} read as a grid`;
    const pieces = gridPieces(rows);
    if (pieces > MAX_GRID_PIECES) return `holds ${pieces.toLocaleString('en-US')} pieces of text between gaps, more than the ${MAX_GRID_PIECES.toLocaleString('en-US')} read as a grid`;
    if (pieces > budget) return `would take the file's grid pages past ${MAX_FILE_GRID_PIECES.toLocaleString('en-US')} pieces of text between gaps`;
    budget -= pieces;
    return null;
  });
}

/** The most gutters any one row of the page holds (its pieces less one). */
export function mostGutters(rows: readonly string[]): number {
  return piecesPerRow(rows).reduce((most, n) => Math.max(most, n - 1), 0);
}

/** Characters other than spaces on the page's rows. */
export function gridChars(rows: readonly string[]): number {
  let n = 0;
  for (const row of rows) for (let i = 0; i < row.length; i++) if (row.charCodeAt(i) !== 32) n++;
  return n;
}

/** The nominal type size of the grid, in points. */
export const CELL_SIZE = 10;
/**
 * A character cell's width: 0.4 of the type size. In a layout dump a word space takes one cell, like
 * a letter, so the cell is a letter and a word space at once: 0.4 em is the widest word space of a
 * justified line (a third of an em stretched), and still narrower than a gutter of GUTTER_SPACES cells
 * (1.2 em) by three times. Measured on the dev pages' `-layout` dumps: cells of 0.3, 0.35, 0.4, 0.45,
 * 0.5 and 0.6 em gave paragraph F1 .52, .62, .64, .65, .41 and .39 (wider cells read word spaces as gutters).
 */
export const CELL_WIDTH = 0.4 * CELL_SIZE;
/**
 * A row's height: one line pitch, the glyph boxes of consecutive rows touching (a dump keeps one row per
 * printed line and drops the leading between them; the boxes' gap is the only evidence the layout's
 * paragraph and column steps read, and a blank row is a gap of a whole line).
 */
export const ROW_HEIGHT = CELL_SIZE;

const GRID_FONT: RawFont = { name: 'text-grid', bold: false, italic: false, smallCaps: false, ascent: 0.8, descent: -0.2 };

/** Where a row of the page starts in the file. */
export interface RowStart {
  line: number;
  column: number;
  offset: number;
  /**
   * Where each cell starts in the row, in UTF-16 code units, when the row holds a character outside
   * the Basic Multilingual Plane (an emoji, a mathematical letter: one cell, two code units); absent
   * when cells and code units are one.
   */
  units?: number[];
}

/** Each cell's start in UTF-16 code units, and the row's end; undefined when every character is one unit. */
function cellUnits(row: string): number[] | undefined {
  if (!/[\uD800-\uDBFF]/.test(row)) return undefined;
  const out: number[] = [];
  let at = 0;
  for (const ch of row) {
    out.push(at);
    at += ch.length;
  }
  out.push(at);
  return out;
}

/** One page of the file: its rows, and where each starts. */
export interface PageRows {
  rows: string[];
  starts: RowStart[];
}

const WORD = /\p{L}{2,}/gu;
const PIECE = new RegExp(`\\S+(?: {1,${GUTTER_SPACES - 1}}\\S+)*`, 'g');

/** A blank cell: a space or a no-break space (no glyph on the grid). */
const blankCell = (ch: string | undefined): boolean => ch === ' ' || ch === '\u00A0';

/** Is the piece prose: PROSE_WORDS words of two letters or more? */
function prose(piece: string): boolean {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(piece) !== null) if (++n >= PROSE_WORDS) return true;
  return false;
}

/**
 * Is the page a layout dump: at least MIN_LAID_OUT_LINES non-empty rows, LAID_OUT_SHARE of them column
 * rows (see PROSE_WORDS)? Rows with tabs or control characters are not read as a grid (a tab's width is
 * not known): the page is then read as plain text.
 */
export function laidOut(rows: readonly string[]): boolean {
  let lines = 0;
  // per row holding two prose pieces: where its prose pieces right of a gutter start
  const starts: number[][] = [];
  for (const row of rows) {
    if (!/\S/.test(row)) continue;
    if (/[\t\x00-\x08\x0b-\x1f\x7f-\x9f]/.test(row)) return false;
    lines++;
    if (!GUTTER.test(row)) continue;
    const pieces: Array<{ at: number; prose: boolean }> = [];
    PIECE.lastIndex = 0;
    for (let m = PIECE.exec(row); m !== null; m = PIECE.exec(row)) pieces.push({ at: m.index, prose: prose(m[0]) });
    if (pieces.filter((p) => p.prose).length < 2) continue;
    starts.push(pieces.filter((p, i) => i > 0 && p.prose).map((p) => p.at));
  }
  if (lines < MIN_LAID_OUT_LINES) return false;
  const shared = new Map<number, number>();
  for (const xs of starts) for (const x of new Set(xs)) shared.set(x, (shared.get(x) ?? 0) + 1);
  const need = Math.max(ALIGNED_ROWS, ALIGNED_SHARE * starts.length);
  const columnRows = starts.filter((xs) => xs.some((x) => shared.get(x)! >= need)).length;
  return columnRows >= LAID_OUT_SHARE * lines;
}

/**
 * Rows shorter than a line. pdftotext prints a row for each baseline (baselines a point or two apart
 * share one), so where a column's baselines fall between its neighbour's (dev011: one column set half
 * a line lower than the others, baselines 743.0 / 746.5 / 754.0 / 758.6 pt …) each column's lines
 * stand a row apart with the other column's lines in the rows between; and type set with more
 * leading than a line and a half (most dev2 pages, a headline) is printed a line every other row,
 * with blank rows between. Read as rows a line high, each such line is a line away from the next: a
 * blank gap, a block end. A column's step to its next line, k rows (at most MAX_PITCH), reads the rows
 * it crosses as 1/k of a line high when the rows between are filled by other columns, or are blank
 * and the column steps k rows to the line before or after as well (a run of lines k rows apart: one
 * blank row between two runs of lines on every row stays a gap). Each row takes the largest height
 * any column crossing it reads (a column with lines on every row keeps its rows a line high, so a
 * paragraph gap in one column beside another's running lines stays a gap). A column whose next line
 * is further than MAX_PITCH rows says nothing; a row nothing crosses stays a line high. Measured on
 * the `-layout` dumps of the dev and dev2 pages: MAX_PITCH 2 and 3 gave dev para .668 / .672, dev2 para
 * .265 / .266, head .303 / .333, byline .545 / .636; a further next line read as a real gap
 * (height 1) lost dev para .672 → .662, dev2 .266 → .215; any step across filled rows read as
 * 1/k, dev2 para .242.
 */
export const MAX_PITCH = 3;
/**
 * Two pieces on rows below each other are one column's lines when they overlap by this share of the
 * narrower (the layout's own chunk test, ../pdf/layout/chunks.ts CHUNK_MIN_OVERLAP).
 */
export const COLUMN_OVERLAP = 0.5;

/** The pieces of a row (runs of text between gutters), as [first cell, cell after the last) pairs. */
function rowPieces(chars: readonly string[]): [number, number][] {
  const pieces: [number, number][] = [];
  let start = -1;
  let end = -1;
  for (let c = 0; c <= chars.length; c++) {
    const blank = c === chars.length || blankCell(chars[c]);
    if (!blank) {
      if (start >= 0 && c - end >= GUTTER_SPACES) {
        pieces.push([start, end]);
        start = -1;
      }
      if (start < 0) start = c;
      end = c + 1;
    }
  }
  if (start >= 0) pieces.push([start, end]);
  return pieces;
}

const overlaps = (a: readonly [number, number], b: readonly [number, number]): boolean =>
  Math.min(a[1], b[1]) - Math.max(a[0], b[0]) >= COLUMN_OVERLAP * Math.min(a[1] - a[0], b[1] - b[0]);

/** Each row's height in lines (see MAX_PITCH): 1, 1/2 or 1/3. */
export function rowHeights(rows: readonly (readonly string[])[]): number[] {
  const pieces = rows.map(rowPieces);
  const filled = pieces.map((p) => p.length > 0);
  // each piece's next line in its column, as a step in rows (0: none within MAX_PITCH rows, which says nothing)
  const next = pieces.map((row, a) =>
    row.map((piece) => {
      for (let b = a + 1; b < rows.length && b - a <= MAX_PITCH; b++) if (pieces[b]!.some((q) => overlaps(piece, q))) return b - a;
      return 0;
    }),
  );
  // the step from the column's line before into this piece (0: none, or its line before goes on elsewhere)
  const stepInto = (a: number, piece: readonly [number, number]): number => {
    for (let p = a - 1; p >= 0 && a - p <= MAX_PITCH; p--) {
      const i = pieces[p]!.findIndex((q) => overlaps(piece, q));
      if (i >= 0) return next[p]![i] === a - p ? a - p : 0;
    }
    return 0;
  };
  const heights = rows.map((): number | null => null);
  for (let a = 0; a < rows.length; a++) {
    pieces[a]!.forEach((piece, i) => {
      const step = next[a]![i]!;
      if (step === 0) return;
      const b = a + step;
      const between = filled.slice(a + 1, b);
      const interleaved = between.every(Boolean);
      const j = pieces[b]!.findIndex((q) => overlaps(piece, q));
      const run = stepInto(a, piece) === step || next[b]![j] === step;
      const h = step > 1 && (interleaved || run) ? 1 / step : 1;
      for (let r = a; r < b; r++) heights[r] = Math.max(heights[r] ?? 0, h);
    });
  }
  return heights.map((h) => h ?? 1);
}

/** The page's characters as glyphs in their grid cells (a space is no glyph; NBSP counts as one). */
export function gridPage(number: number, rows: readonly string[]): RawPage {
  return grid(number, rows).raw;
}

/** The grid page, and each row's top in it. */
function grid(number: number, rows: readonly string[]): { raw: RawPage; tops: number[] } {
  let text = '';
  const ends: number[] = [];
  const data: number[] = [];
  let widest = 0;
  const cells = rows.map((row) => Array.from(row));
  const tops = rowTops(rowHeights(cells));
  cells.forEach((chars, r) => {
    widest = Math.max(widest, chars.length);
    const y0 = tops[r]!;
    chars.forEach((ch, c) => {
      if (blankCell(ch)) return;
      text += ch;
      ends.push(text.length);
      const spaceBefore = c > 0 && blankCell(chars[c - 1]);
      data.push(c * CELL_WIDTH, (c + 1) * CELL_WIDTH, y0, y0 + ROW_HEIGHT, y0 + GRID_FONT.ascent * ROW_HEIGHT, CELL_SIZE, 0, spaceBefore ? FLAG_SPACE_BEFORE : 0);
    });
  });
  if (data.length !== ends.length * GLYPH_STRIDE) throw new Error('grid glyphs out of step');
  const raw: RawPage = {
    number,
    width: widest * CELL_WIDTH,
    height: (tops[rows.length - 1] ?? 0) + ROW_HEIGHT,
    fonts: [GRID_FONT],
    glyphs: { text, ends: Uint32Array.from(ends), data: Float64Array.from(data) },
    graphics: [],
    graphicsDropped: 0,
    cellGrid: true,
  };
  return { raw, tops };
}

/** Each row's top in the grid's points, from the rows' heights in lines. */
export function rowTops(heights: readonly number[]): number[] {
  const tops: number[] = [];
  let y = 0;
  for (const h of heights) {
    tops.push(y);
    y += h * ROW_HEIGHT;
  }
  return tops;
}

/**
 * Read a laid-out page: the grid through the PDF layout analysis into the page model, every line,
 * block and message given its span in the file besides its box. Character normalisations are
 * recorded here (the caller drops those the plain reading of the page recorded).
 */
export function readLaidOutPage(number: number, page: PageRows, messages: Message[], recordCharacters: boolean): Page {
  const { raw, tops } = grid(number, page.rows);
  const local: Message[] = [];
  const layout = layoutPage(raw);
  const model = toModelPage(number, raw, layout, raw.fonts, local, { recordCharacters });
  // (A grid's letter-spaced heads, `I N V E S T I G AT I O N`, are read as words by the layout: recorded as on a PDF page.)
  local.push(...layoutRepairs(number, layout));
  const spanOf = (box: Box): TextSpan => spanOfBox(box, page.starts, tops);
  for (const block of model.blocks) addSpans(block, spanOf);
  for (const block of model.blocks) untype(block, raw.height);
  for (const m of local) if (m.source?.box) m.source.span = spanOf(m.source.box);
  messages.push(...local);
  return model;
}

/**
 * The layout types blocks from geometry (running heads and feet in the page's bands). On a PDF page the
 * text rules then leave the page's blocks as they are (reflow/split.ts cuts only pages of untyped
 * blocks), as its type changes cut its blocks already; a grid has one type, so its blocks go back to
 * `text` for the text rules to cut and classify, and a band's place stays evidence as the OCR readers
 * give it: the `running-head` / `running-foot` hint on its lines (classify/rules/00-hints.ts). Measured
 * on the dev `-layout` dumps against keeping the reader's types: head .417 → .563, byline .467 → .733,
 * art .831 → .839, para .636 → .634; dev2 art .395 → .487, leak .049 → .014. (All blocks back to `text`
 * without the hint: dev art .788, dev2 leak .063.)
 */
function untype(block: Block, pageHeight: number): void {
  if (block.kind === 'text') return;
  const hint = block.kind === 'furniture' && block.box ? (block.box.y0 < pageHeight / 2 ? 'running-head' : 'running-foot') : undefined;
  block.kind = 'text';
  delete block.decision;
  delete block.furnitureType;
  if (!hint) return;
  block.hint = hint;
  for (const line of block.lines) line.hint = hint;
}

function addSpans(block: Block, spanOf: (box: Box) => TextSpan): void {
  for (const line of block.lines as Line[]) if (line.box) line.source.span = spanOf(line.box);
  if (block.box) block.source.span = spanOf(block.box);
}

/**
 * A box of the grid → the file span from its first row's first cell to its last row's last cell
 * (`tops`: each row's top in the grid, rowTops; rows a line high when not given).
 */
export function spanOfBox(box: Box, starts: readonly RowStart[], tops?: readonly number[]): TextSpan {
  const last = starts.length - 1;
  const top = (r: number): number => tops?.[r] ?? r * ROW_HEIGHT;
  /** The first row whose top passes `y` (binary search: tops grow with the rows). */
  const firstPast = (y: number): number => {
    let lo = 0;
    let hi = last + 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (top(mid) > y) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  // the first row whose top is at or below the box's top; the last whose glyphs end at or above its bottom
  const r0 = Math.min(last, firstPast(box.y0 - 0.01));
  const r1 = Math.min(last, Math.max(r0, firstPast(box.y1 - ROW_HEIGHT + 0.01) - 1));
  const c0 = Math.max(0, Math.round(box.x0 / CELL_WIDTH));
  const c1 = Math.max(0, Math.round(box.x1 / CELL_WIDTH));
  const at = (r: number, c: number): Point => {
    const s = starts[r]!;
    // (a cell past the row's end, as a box's right edge may be, counts one unit a cell past it)
    const units = s.units;
    const u = units ? units[Math.min(c, units.length - 1)]! + Math.max(0, c - (units.length - 1)) : c;
    return { line: s.line, column: s.column + u, offset: s.offset + u };
  };
  return { start: at(r0, c0), end: at(r1, c1) };
}

/**
 * The file's pages as rows, with where each row starts, counted as the plain-text reader counts
 * (./index.ts splitPages): LF, CRLF or CR end a line; a form feed ends the page and not the editor's
 * line. (Soft line ends, VT and NEL, are control characters here: such a page is not read as a grid.)
 */
export function pageRows(text: string): PageRows[] {
  const pages: PageRows[] = [];
  let page: PageRows = { rows: [], starts: [] };
  let line = 1;
  let lineStart = 0;
  let start = 0;
  const push = (end: number): void => {
    const row = text.slice(start, end);
    page.rows.push(row);
    const units = cellUnits(row);
    page.starts.push(units ? { line, column: start - lineStart + 1, offset: start, units } : { line, column: start - lineStart + 1, offset: start });
  };
  for (let at = 0; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (c !== 10 && c !== 13 && c !== 12) continue;
    push(at);
    if (c === 12) {
      pages.push(page);
      page = { rows: [], starts: [] };
      start = at + 1;
      continue;
    }
    const next = c === 13 && text.charCodeAt(at + 1) === 10 ? at + 2 : at + 1;
    line++;
    lineStart = next;
    start = next;
    at = next - 1;
  }
  if (start < text.length) push(text.length);
  pages.push(page);
  return pages;
}
