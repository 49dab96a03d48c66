/**
 * Glyphs → words. Glyphs come in content-stream order, which inside a word is
 * writing order in every PDF producer we know (TeX, Chromium, InDesign, Word);
 * a word ends at a space glyph, a gap wider than a tracking space, a jump
 * back, or a change of baseline. Words that were cut apart only by stream
 * order are glued again when lines are built (./lines.ts).
 */
import { FLAG_INVISIBLE, FLAG_ROTATED, FLAG_SPACE_BEFORE, GLYPH_STRIDE, G_BASE, G_FLAGS, G_FONT, G_SIZE, G_X0, G_X1, G_Y0, G_Y1, type RawGlyphs } from '../protocol.js';
import type { PGlyph, PWord } from './types.js';

/**
 * A gap wider than this (em of the smaller glyph) between two glyphs is a word
 * space. pdf.js's text layer uses 0.102 em (TRACKING_SPACE_FACTOR), pdfminer
 * 0.1 of a character width; kerning stays below 0.05 em, and the narrowest
 * justified word space seen in the dev PDFs (TeX shrink, Times) is 0.17 em.
 */
export const WORD_GAP_EM = 0.12;
/** Moving back by more than this (em) starts a new word (overprinting, out-of-order streams). */
export const BACKWARD_JUMP_EM = 0.3;
/** Glyphs whose baselines differ by more than this (em of the smaller) are on different lines. */
export const BASELINE_TOLERANCE_EM = 0.25;
/**
 * The same character drawn again within this distance (em) is an overprint
 * (fake bold, shadow, duplicated layer), not text: pdftotext drops these too.
 */
export const OVERPRINT_EM = 0.15;
/** Cell size (points) of the grid overprints are looked up in; half of it is the largest distance compared. */
export const OVERPRINT_CELL = 4;

export function unpackGlyphs(raw: RawGlyphs): PGlyph[] {
  const n = raw.ends.length;
  const out: PGlyph[] = new Array(n);
  const d = raw.data;
  let start = 0;
  for (let i = 0; i < n; i++) {
    const o = i * GLYPH_STRIDE;
    const end = raw.ends[i]!;
    out[i] = {
      text: raw.text.slice(start, end),
      x0: d[o + G_X0]!,
      x1: d[o + G_X1]!,
      y0: d[o + G_Y0]!,
      y1: d[o + G_Y1]!,
      base: d[o + G_BASE]!,
      size: d[o + G_SIZE]!,
      font: d[o + G_FONT]!,
      flags: d[o + G_FLAGS]!,
    };
    start = end;
  }
  return out;
}

/**
 * Drop words that repeat an earlier word's text at (nearly) the same place,
 * and count their glyphs. Overprinting draws whole runs again (the second
 * pass jumps back, so its glyphs form words of their own); comparing words
 * is five times cheaper than comparing glyphs.
 */
export function dropOverprints(words: PWord[]): { words: PWord[]; dropped: number } {
  // A grid of OVERPRINT_CELL-point cells; a word is compared with the words of its cell and the near neighbours.
  const grid = new Map<number, PWord[]>();
  const key = (cx: number, cy: number): number => cx * 65536 + cy;
  const kept: PWord[] = [];
  let dropped = 0;
  for (const w of words) {
    const fx = w.x0 / OVERPRINT_CELL;
    const fy = w.base / OVERPRINT_CELL;
    const cx = Math.floor(fx);
    const cy = Math.floor(fy);
    const tol = Math.min(OVERPRINT_EM * w.size, OVERPRINT_CELL / 2);
    // Within half a cell, only the cell and its neighbours on the near side can hold a match: 4 cells, not 9.
    const nx = fx - cx < 0.5 ? -1 : 1;
    const ny = fy - cy < 0.5 ? -1 : 1;
    let dup = false;
    for (const dx of [0, nx]) {
      for (const dy of [0, ny]) {
        if (dup) break;
        const cell = grid.get(key(cx + dx, cy + dy));
        if (!cell) continue;
        for (const h of cell) {
          if (h.text === w.text && h.rotated === w.rotated && Math.abs(h.x0 - w.x0) <= tol && Math.abs(h.base - w.base) <= tol && Math.abs(h.size - w.size) <= tol) {
            dup = true;
            break;
          }
        }
      }
    }
    if (dup) {
      dropped += w.glyphs.length;
      continue;
    }
    const k = key(cx, cy);
    const cell = grid.get(k);
    if (cell) cell.push(w);
    else grid.set(k, [w]);
    kept.push(w);
  }
  return { words: kept, dropped };
}

/** Group glyphs (stream order) into words. */
export function buildWords(glyphs: readonly PGlyph[]): PWord[] {
  const words: PWord[] = [];
  let current: PGlyph[] = [];
  const flush = (): void => {
    if (current.length) words.push(makeWord(current));
    current = [];
  };
  for (const g of glyphs) {
    const prev = current[current.length - 1];
    if (prev && continuesWord(prev, g)) current.push(g);
    else {
      flush();
      current.push(g);
    }
  }
  flush();
  return words;
}

function continuesWord(prev: PGlyph, g: PGlyph): boolean {
  if (g.flags & FLAG_SPACE_BEFORE) return false;
  if ((g.flags & FLAG_ROTATED) !== (prev.flags & FLAG_ROTATED)) return false;
  const em = Math.min(prev.size, g.size);
  if (g.flags & FLAG_ROTATED) return Math.abs(g.x0 - prev.x1) + Math.abs(g.y0 - prev.y0) < 0.5 * g.size || Math.abs(g.y0 - prev.y1) + Math.abs(g.x0 - prev.x0) < 0.5 * g.size || turnedNext(prev, g, em);
  if (Math.abs(g.base - prev.base) > BASELINE_TOLERANCE_EM * em) return false;
  const gap = g.x0 - prev.x1;
  return gap <= WORD_GAP_EM * em && gap >= -BACKWARD_JUMP_EM * em;
}

/**
 * A glyph of text turned a little (quarter 0, not upright) continues the word when it is on the
 * same baseline (the offset across the line, ../text-show.ts `baselineOffset`) and starts after
 * the previous glyph's start, at most a word gap past its end. The glyph boxes of a line turned
 * 20° overlap by a third of their height and step down the page by a third of their width, so
 * the corner test above loses them; spaces in the stream still end the word (FLAG_SPACE_BEFORE).
 */
function turnedNext(prev: PGlyph, g: PGlyph, em: number): boolean {
  return Math.abs(g.base - prev.base) <= BASELINE_TOLERANCE_EM * em && g.x0 > prev.x0 && g.x0 - prev.x1 <= WORD_GAP_EM * em;
}

export function makeWord(glyphs: PGlyph[]): PWord {
  const first = glyphs[0]!;
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  let size = 0;
  let text = '';
  for (const g of glyphs) {
    if (g.x0 < x0) x0 = g.x0;
    if (g.x1 > x1) x1 = g.x1;
    if (g.y0 < y0) y0 = g.y0;
    if (g.y1 > y1) y1 = g.y1;
    if (g.size > size) size = g.size;
    text += g.text;
  }
  return {
    text,
    x0,
    x1,
    y0,
    y1,
    base: first.base,
    size,
    font: first.font,
    spaceBefore: (first.flags & FLAG_SPACE_BEFORE) !== 0,
    rotated: (first.flags & FLAG_ROTATED) !== 0,
    invisible: (first.flags & FLAG_INVISIBLE) !== 0,
    glyphs,
  };
}
