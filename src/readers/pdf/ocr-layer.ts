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
 * - but a block's last line and the next block's first line level with it
 *   read as one line that way: a jump right of OCR_JUMP_EM or more onto a word
 *   that the next line starts under, and right of the end of the line above,
 *   is cut there (cutAtBlockJumps); width alone does not decide (leader gaps);
 * - a block is a run of lines in stream order, each under the last one
 *   (baseline lower, boxes overlapping horizontally by OCR_BLOCK_OVERLAP of
 *   the narrower): a jump up or sideways is the engine's next block. Gaps
 *   too tall for leading, and lines jumping over a gap wider than a column
 *   (over LINE_GAP_SPLIT, 20 line heights), are then cut by the OCR readers'
 *   shared rules (../xml/split.ts), running heads found as for ALTO
 *   (../xml/running-heads.ts).
 * Word sizes are kept on the words (a box height is still evidence of large
 * type); a line's size is their median (lineSize), an estimate as ALTO's
 * FONTSIZE is.
 */
import type { Box, Font, Page } from '../../model/types.js';
import type { Message } from '../../model/messages.js';
import type { RawLine, RawWord } from '../xml/ocr-model.js';
import { buildBlocks, buildLines, lazyMeasures } from '../xml/split.js';
import { markRunningHeads } from '../xml/running-heads.js';
import { maxOf, minOf, pushAll } from '../xml/geometry.js';
import { FLAG_INVISIBLE, FLAG_ROTATED, FLAG_SPACE_BEFORE, GLYPH_STRIDE, G_FLAGS, type RawPage } from './protocol.js';
import { buildWords, unpackGlyphs } from './layout/words.js';
import type { PGlyph, PWord } from './layout/types.js';

/** The next word of a line may start this many em (of the smaller word) left of the last one's end: OCR boxes of neighbouring words touch or overlap a little, a new line jumps back a whole line's width. */
export const OCR_LINE_BACK_EM = 0.5;
/** …and its vertical middle must lie within this share of the taller word's height of the last word's middle (skew moves neighbouring words by a fraction of their height). */
export const OCR_LINE_MIDDLE = 0.6;
/**
 * A rightward gap this wide (em of the smaller word) may be the jump from one block's line to the
 * engine's next block beside it (cutAtBlockJumps); narrower gaps are word spaces (on the Evening
 * Star's OCR layer 96 % of word gaps are under 1 em). Width alone does not decide: that page's cast
 * lists and leader lines (`Thunder …… Mr.`) have gaps of 7–28 em inside one engine line.
 */
export const OCR_JUMP_EM = 1.5;
/** The next line starts under the word after the jump within this many em: the jumped-to block goes on below. */
export const OCR_JUMP_ALIGN_EM = 1;
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
 * Share of an OCR layer's glyphs that must be upright for the page to be read as OCR output. The
 * writers turn a line's matrix with the line (Tesseract's PDF renderer writes each line at its own
 * baseline angle; the layout steps call a glyph upright up to a 3° turn) and mirror right-to-left
 * words (horizontal scaling −100): a skewed headline, a stamp or a few Hebrew or Arabic words among
 * upright text are a small share of a page, and leave the rest OCR output; a page turned with its
 * /Rotate, or a scan skewed past 3° as a whole, turns nearly every glyph and goes to ./layout/, which
 * turns text upright first.
 */
export const OCR_UPRIGHT_SHARE = 0.95;

/**
 * Is the page an OCR layer read this way: text there is, none of it is
 * visible, at least OCR_UPRIGHT_SHARE of it is upright (a layer turned with
 * its page, or skewed as a whole, is left to ./layout/), and a scan lies
 * under it (SCAN_MIN_SHARE).
 */
export function isOcrLayer(raw: RawPage): boolean {
  let imageArea = 0;
  for (const g of raw.graphics) if (g.kind === 'image') imageArea += (g.box.x1 - g.box.x0) * (g.box.y1 - g.box.y0);
  if (imageArea < SCAN_MIN_SHARE * raw.width * raw.height) return false;
  const n = raw.glyphs.ends.length;
  const d = raw.glyphs.data;
  let turned = 0;
  // Stops at the first visible glyph: a born-digital page costs one look.
  for (let i = 0; i < n; i++) {
    const flags = d[i * GLYPH_STRIDE + G_FLAGS]!;
    if (!(flags & FLAG_INVISIBLE)) return false;
    if (flags & FLAG_ROTATED) turned++;
  }
  return n > 0 && n - turned >= OCR_UPRIGHT_SHARE * n;
}

/** The page model of an OCR-layer page: the engine's lines and blocks, in stream order. */
export function ocrLayerPage(raw: RawPage, messages: Message[], recordCharacters = true): Page {
  const n = raw.number;
  const log: Message[] = [];
  const glyphs = unpackGlyphs(raw.glyphs);
  const upright = glyphs.filter((g) => !(g.flags & FLAG_ROTATED));
  if (upright.length < glyphs.length) {
    // Turned glyphs (a skewed line, a mirrored right-to-left word) do not follow the upright lines'
    // stream geometry: left out, and said so, rather than read into the lines beside them.
    const sample = turnedText(glyphs.filter((g) => g.flags & FLAG_ROTATED));
    log.push({
      rule: 'pdf/ocr-turned',
      severity: 'warning',
      text: `page ${n}: ${glyphs.length - upright.length} turned glyph(s) of the OCR layer (a line skewed past 3°, or right-to-left words written mirrored) left out: ${sample}`,
      source: { page: n },
    });
  }
  const words = buildWords(upright);
  const lines = streamLines(words, log, n);
  const page: Page = { number: n, width: round(raw.width), height: round(raw.height), unit: 'pt', pointsPerUnit: 1, blocks: [], graphics: [] };
  const groups = streamBlocks(lines).map((group) => group.map(rawLine));
  const measures = lazyMeasures(() => groups.flat());
  for (const group of groups) {
    const rows = group.map((l) => buildLines(l, n, log, measures));
    pushAll(page.blocks, buildBlocks({ rows }, n, log));
  }
  markRunningHeads(page, log);
  // As on born-digital pages, character normalisations are recorded only when asked (PdfReaderOptions.recordCharacters).
  for (const m of log) if (recordCharacters || m.rule !== 'reader/characters') messages.push(m);
  return page;
}

/**
 * The text of turned glyphs in stream order, for a message: a space where two glyphs following each
 * other are apart by more than a quarter em (either way: a mirrored word's glyphs run right to left).
 */
function turnedText(glyphs: readonly PGlyph[]): string {
  let out = '';
  glyphs.forEach((g, i) => {
    const prev = glyphs[i - 1];
    if (prev && (g.flags & FLAG_SPACE_BEFORE || Math.max(g.x0 - prev.x1, prev.x0 - g.x1, g.y0 - prev.y1, prev.y0 - g.y1) > 0.25 * g.size)) out += ' ';
    out += g.text;
  });
  return out.length > 80 ? `${out.slice(0, 80)}…` : out;
}

interface StreamLine {
  words: PWord[];
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  base: number;
}

/**
 * Words in stream order → the engine's lines. A line that jumps right into the engine's next block
 * (cutAtBlockJumps) is cut there, each cut recorded in `log` (page `page`) when given.
 */
export function streamLines(words: readonly PWord[], log?: Message[], page = 0): StreamLine[] {
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
  return cutAtBlockJumps(out, log, page);
}

/**
 * A line whose words jump right over a gap of OCR_JUMP_EM or more onto a word that the next line
 * (in stream order, below) starts under, within OCR_JUMP_ALIGN_EM, and that starts right of the
 * end of the line before (above), is the last line of one block with the first line of the engine's
 * next block beside it, level with it: the engine wrote that block next, so its second line jumps
 * back to the word's x, not to the line's start. Cut before that word.
 */
function cutAtBlockJumps(lines: StreamLine[], log: Message[] | undefined, page: number): StreamLine[] {
  const out: StreamLine[] = [];
  lines.forEach((l, i) => {
    const next = lines[i + 1];
    const above = lines[i - 1];
    let start = 0;
    for (let k = 1; k < l.words.length; k++) {
      const a = l.words[k - 1]!;
      const w = l.words[k]!;
      const em = Math.min(a.size, w.size);
      if (w.x0 - a.x1 < OCR_JUMP_EM * em) continue;
      const nextCue = !!next && next.base > l.base && Math.abs(next.x0 - w.x0) <= OCR_JUMP_ALIGN_EM * em;
      const prevCue = !!above && above.base < l.base && w.x0 > above.x1;
      if (!nextCue || !prevCue) continue;
      out.push(lineOf(l.words.slice(start, k)));
      log?.push({
        rule: 'pdf/ocr-block-jump',
        severity: 'info',
        text: `an OCR line jumping ${Math.round(w.x0 - a.x1)} pt right onto the start of the engine's next block (its next line starts under \`${w.text}\`) is two lines`,
        source: { page, box: box(l) },
        confidence: 0.8,
      });
      start = k;
    }
    out.push(start ? lineOf(l.words.slice(start)) : l);
  });
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
