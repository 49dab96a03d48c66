/**
 * Running heads, feet and folios ("furniture"), found by position: one- or
 * two-line chunks in small type in the top or bottom band of the page. The
 * dev PDFs put them at 3–5 % from the top and 96–98 % (LaTeX fancyhdr,
 * Chromium print headers); real papers at 2–7 %. Repetition across the pages
 * of a document (../furniture-repeat.ts) finds the rest.
 */
import type { FurnitureType } from '../../../model/types.js';
import { lineText, type PBlock } from './types.js';

/** Top band: chunks ending above this share of the page height. */
export const TOP_BAND_SHARE = 0.08;
/** Bottom band: chunks starting below 1 − this share. */
export const BOTTOM_BAND_SHARE = 0.06;
/** Furniture is set no larger than this × body size (mastheads in running heads reach 1.6×; headlines are ≥ 1.8×). */
export const FURNITURE_MAX_RATIO = 1.7;
/** …and is at most this many lines. */
export const FURNITURE_MAX_LINES = 2;

export interface BandFurniture {
  chunk: PBlock;
  type: FurnitureType;
  where: 'top' | 'bottom';
  evidence: string;
}

/** Folios: `18`, `A3`, `Page 5`, `5 | Nation`, `B12`. */
const FOLIO = /^(?:page\s+)?[A-Z]?\d{1,4}[A-Z]?$/i;
/** Web addresses in running feet. */
const WEB = /(?:^|\s)(?:www\.|https?:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/\S*)?$/i;
/** Section names: one to three capitalised words, no digits (`IDEAS`, `HISTORY`, `World News`). */
const SECTION = /^[\p{Lu}][\p{L}&'’-]*(?:\s+[\p{Lu}&][\p{L}&'’-]*){0,2}$/u;

export function bandFurniture(chunks: readonly PBlock[], page: { height: number }, bodySize: number): BandFurniture[] {
  const out: BandFurniture[] = [];
  const top = TOP_BAND_SHARE * page.height;
  const bottom = (1 - BOTTOM_BAND_SHARE) * page.height;
  for (const chunk of chunks) {
    if (chunk.lines.length > FURNITURE_MAX_LINES) continue;
    const size = Math.max(...chunk.lines.map((l) => l.size));
    if (size > FURNITURE_MAX_RATIO * bodySize) continue;
    const where = chunk.box.y1 <= top ? 'top' : chunk.box.y0 >= bottom ? 'bottom' : null;
    if (!where) continue;
    const text = chunk.lines.map(lineText).join(' ').trim();
    const type = furnitureType(text, where);
    const pct = Math.round(((where === 'top' ? chunk.box.y1 : chunk.box.y0) / page.height) * 100);
    out.push({ chunk, type, where, evidence: `${chunk.lines.length} line(s) in ${size.toFixed(1)} pt (body ${bodySize.toFixed(1)} pt) ${where === 'top' ? 'ending' : 'starting'} at ${pct}% of the page height` });
  }
  return out;
}

export function furnitureType(text: string, where: 'top' | 'bottom'): FurnitureType {
  if (FOLIO.test(text)) return 'folio';
  if (WEB.test(text) && !/\s/.test(text.trim())) return 'footer';
  if (where === 'bottom') return 'footer';
  if (SECTION.test(text) && text === text.toUpperCase()) return 'section';
  return 'header';
}
