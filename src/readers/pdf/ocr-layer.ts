/**
 * A scanned page with an OCR text layer (every glyph invisible, render mode
 * 3, over the scan) is OCR output, not typesetting, and is read as the OCR
 * readers read ALTO and hOCR (../xml/): the engine's own lines and blocks,
 * in the engine's order.
 *
 * Why not the born-digital layout (./layout/): an OCR layer's geometry is the
 * engine's word boxes, not type. Each word is shown on its own, in whatever
 * font the writer had (Courier, GlyphLessFont), at a size and horizontal
 * scaling that stretch it over its box: the "size" is the box height, so it
 * changes from word to word in one line (`to` 8.1, `by` 10.8: ascenders and
 * descenders), and on a skewed scan each word sits on its own baseline (text
 * rise). Every rule of ./layout/ that compares sizes (column chunks, type
 * changes, small caps, drop caps, gutters where the size changes) fires on
 * that noise: the Evening Star of 1865-10-02 was read as 1128 blocks for its
 * 1142 OCR lines.
 *
 * What holds for OCR layers of any engine (Tesseract's PDF renderer, ABBYY,
 * PrimeOCR via Apex PDFWriter, OCRmyPDF): the layer is written line by line in
 * the engine's reading order, each line's words left to right, each block's
 * lines top to bottom. So:
 * - a line is a run of words in stream order, each starting right of the last
 *   one's start and beside it vertically (OCR_LINE_*): a jump back to the
 *   left, or away from the line's height, is the next line;
 * - a block is a run of lines in stream order, each under the last one
 *   (baseline lower, boxes overlapping horizontally by OCR_BLOCK_OVERLAP of
 *   the narrower): a jump up or sideways is the engine's next block. Gaps
 *   too tall for leading and lines glued across a column are then cut by the
 *   OCR readers' shared rules (../xml/split.ts), running heads found as for
 *   ALTO (../xml/running-heads.ts).
 * Word sizes are kept on the words (a box height is still evidence of large
 * type); a line's size is their median (lineSize), an estimate as ALTO's
 * FONTSIZE is.
 */
import type { Box, Font, Page } from '../../model/types.js';
import type { Message } from '../../model/messages.js';
import type { RawLine, RawWord } from '../xml/ocr-model.js';
import { buildBlocks, buildLines } from '../xml/split.js';
import { markRunningHeads } from '../xml/running-heads.js';
import { maxOf, minOf, pushAll } from '../xml/geometry.js';
import { FLAG_INVISIBLE, FLAG_ROTATED, GLYPH_STRIDE, G_FLAGS, type RawPage } from './protocol.js';
import { buildWords, unpackGlyphs } from './layout/words.js';
import type { PWord } from './layout/types.js';

/** The next word of a line may start this many em (of the smaller word) left of the last one's end: OCR boxes of neighbouring words touch or overlap a little, a new line jumps back a whole line's width. */
export const OCR_LINE_BACK_EM = 0.5;
/** …and its vertical middle must lie within this share of the taller word's height of the last word's middle (skew moves neighbouring words by a fraction of their height). */
export const OCR_LINE_MIDDLE = 0.6;
/** Two lines in stream order are one block when they overlap horizontally by this share of the narrower line (a column's lines overlap almost wholly; the engine's next block elsewhere does not overlap). */
export const OCR_BLOCK_OVERLAP = 0.3;

/**
 * Images placed on the page must cover this share of it for its invisible text to be an OCR layer over a
 * scan (one page image, or the layers of a mixed-raster scan, each covering the page). Invisible text
 * with no scan under it (text drawn as outlines, with the real text hidden for search) has exact type
 * geometry and is left to ./layout/.
 */
export const SCAN_MIN_SHARE = 0.5;

/**
 * Is the page an OCR layer read this way: text there is, none of it is
 * visible, all of it is upright (a layer turned with its page, or with
 * turned words, is left to ./layout/, which turns text upright first), and
 * a scan lies under it (SCAN_MIN_SHARE).
 */
export function isOcrLayer(raw: RawPage): boolean {
  let imageArea = 0;
  for (const g of raw.graphics) if (g.kind === 'image') imageArea += (g.box.x1 - g.box.x0) * (g.box.y1 - g.box.y0);
  if (imageArea < SCAN_MIN_SHARE * raw.width * raw.height) return false;
  const n = raw.glyphs.ends.length;
  const d = raw.glyphs.data;
  // Stops at the first visible or turned glyph: a born-digital page costs one look.
  for (let i = 0; i < n; i++) {
    const flags = d[i * GLYPH_STRIDE + G_FLAGS]!;
    if (!(flags & FLAG_INVISIBLE) || flags & FLAG_ROTATED) return false;
  }
  return n > 0;
}

/** The page model of an OCR-layer page: the engine's lines and blocks, in stream order. */
export function ocrLayerPage(raw: RawPage, messages: Message[], recordCharacters = true): Page {
  const n = raw.number;
  const log: Message[] = [];
  const words = buildWords(unpackGlyphs(raw.glyphs));
  const lines = streamLines(words);
  const page: Page = { number: n, width: round(raw.width), height: round(raw.height), unit: 'pt', pointsPerUnit: 1, blocks: [], graphics: [] };
  for (const group of streamBlocks(lines)) {
    const rows = group.map((l) => buildLines(rawLine(l), n, log));
    pushAll(page.blocks, buildBlocks({ rows }, n, log));
  }
  markRunningHeads(page, log);
  // As on born-digital pages, character normalisations are recorded only when asked (PdfReaderOptions.recordCharacters).
  for (const m of log) if (recordCharacters || m.rule !== 'reader/characters') messages.push(m);
  return page;
}

interface StreamLine {
  words: PWord[];
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  base: number;
}

/** Words in stream order → the engine's lines. */
export function streamLines(words: readonly PWord[]): StreamLine[] {
  const out: StreamLine[] = [];
  let current: PWord[] = [];
  const flush = (): void => {
    if (current.length) out.push(lineOf(current));
    current = [];
  };
  for (const w of words) {
    const prev = current[current.length - 1];
    if (prev && !sameLine(prev, w)) flush();
    current.push(w);
  }
  flush();
  return out;
}

function sameLine(prev: PWord, w: PWord): boolean {
  if (w.x0 < prev.x1 - OCR_LINE_BACK_EM * Math.min(prev.size, w.size)) return false;
  const tall = Math.max(prev.y1 - prev.y0, w.y1 - w.y0);
  return Math.abs((prev.y0 + prev.y1) / 2 - (w.y0 + w.y1) / 2) <= OCR_LINE_MIDDLE * tall;
}

/** Lines in stream order → the engine's blocks: each line under the last, overlapping it. */
export function streamBlocks(lines: readonly StreamLine[]): StreamLine[][] {
  const out: StreamLine[][] = [];
  let current: StreamLine[] = [];
  for (const l of lines) {
    const prev = current[current.length - 1];
    if (prev && !(l.base > prev.base && overlap(prev, l) >= OCR_BLOCK_OVERLAP * Math.min(prev.x1 - prev.x0, l.x1 - l.x0))) {
      out.push(current);
      current = [];
    }
    current.push(l);
  }
  if (current.length) out.push(current);
  return out;
}

function overlap(a: StreamLine, b: StreamLine): number {
  return Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
}

function lineOf(words: PWord[]): StreamLine {
  let base = 0;
  for (const w of words) base += w.base;
  return {
    words,
    x0: minOf(words.map((w) => w.x0)),
    x1: maxOf(words.map((w) => w.x1)),
    y0: minOf(words.map((w) => w.y0)),
    y1: maxOf(words.map((w) => w.y1)),
    base: base / words.length,
  };
}

function rawLine(l: StreamLine): RawLine {
  const words: RawWord[] = l.words.map((w) => {
    const font: Font = { size: round(w.size) };
    return { text: w.text, box: box(w), font };
  });
  return { words, box: box(l), font: { size: lineSize(l.words) } };
}

/**
 * A line's type size from its words' box heights: the median, so that words
 * of x-height letters only (`were`) and words with descenders (`by`) even out.
 * An estimate, as ALTO's FONTSIZE is: compared only with other lines' sizes.
 */
export function lineSize(words: readonly PWord[]): number {
  const sizes = words.map((w) => w.size).sort((a, b) => a - b);
  const mid = sizes.length >> 1;
  const m = sizes.length % 2 ? sizes[mid]! : (sizes[mid - 1]! + sizes[mid]!) / 2;
  return Math.round(m * 2) / 2;
}

function box(b: { x0: number; y0: number; x1: number; y1: number }): Box {
  return { x0: round(b.x0), y0: round(b.y0), x1: round(b.x1), y1: round(b.y1) };
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}
