/**
 * Running heads, feet and folios ("furniture"), found by position: one- or
 * two-line chunks in the top or bottom band of the page. When a rule across
 * the page closes the band (the line under a running head, over a running
 * foot), everything beyond it is furniture, a paper's name in large type
 * included; without one, the band is narrower and only small type counts.
 * The dev PDFs put heads at 3–5 % from the top and feet at 96–98 % (LaTeX
 * fancyhdr, Chromium print headers); real papers at 2–7 %. Repetition across
 * the pages of a document (../furniture-repeat.ts) finds the rest.
 */
import type { FurnitureType, Graphic } from '../../../model/types.js';
import { ruleOrientation } from './graphics.js';
import { lineText, width, type PBlock } from './types.js';

/** Without a rule: top band, chunks ending above this share of the page height. */
export const TOP_BAND_SHARE = 0.08;
/** Without a rule: bottom band, chunks starting below 1 − this share. */
export const BOTTOM_BAND_SHARE = 0.06;
/** A rule across this share of the page width within RULED_BAND_SHARE of an edge closes the band. */
export const BAND_RULE_WIDTH_SHARE = 0.5;
export const RULED_BAND_SHARE = 0.12;
/** Beyond a band rule, furniture is set no larger than this × body size (mastheads in running heads reach 1.6×; headlines are ≥ 1.8×). */
export const FURNITURE_MAX_RATIO = 1.7;
/** Without a rule, no larger than this × body size (d2_004's story headlines at 6 % from the top are 1.5×). */
export const UNRULED_MAX_RATIO = 1.3;
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

export function bandFurniture(chunks: readonly PBlock[], page: { width: number; height: number }, bodySize: number, graphics: readonly Graphic[] = []): BandFurniture[] {
  const out: BandFurniture[] = [];
  const rules = graphics.filter((g) => g.kind === 'rule' && ruleOrientation(g.box) === 'horizontal' && width(g.box) >= BAND_RULE_WIDTH_SHARE * page.width);
  const topRule = rules.filter((r) => r.box.y1 <= RULED_BAND_SHARE * page.height).sort((a, b) => a.box.y0 - b.box.y0)[0];
  const bottomRule = rules.filter((r) => r.box.y0 >= (1 - RULED_BAND_SHARE) * page.height).sort((a, b) => b.box.y0 - a.box.y0)[0];
  const top = topRule ? topRule.box.y0 + 0.5 : TOP_BAND_SHARE * page.height;
  const bottom = bottomRule ? bottomRule.box.y1 - 0.5 : (1 - BOTTOM_BAND_SHARE) * page.height;
  const candidates: Array<{ chunk: PBlock; size: number; where: 'top' | 'bottom'; ruled: boolean }> = [];
  for (const chunk of chunks) {
    if (chunk.lines.length > FURNITURE_MAX_LINES) continue;
    const size = Math.max(...chunk.lines.map((l) => l.size));
    const where = chunk.box.y1 <= top ? 'top' : chunk.box.y0 >= bottom ? 'bottom' : null;
    if (!where) continue;
    const ruled = where === 'top' ? !!topRule : !!bottomRule;
    if (size > (ruled ? FURNITURE_MAX_RATIO : UNRULED_MAX_RATIO) * bodySize) continue;
    candidates.push({ chunk, size, where, ruled });
  }
  const inBand = new Set(candidates.map((c) => c.chunk));
  for (const { chunk, size, where, ruled } of candidates) {
    if (!ruled && storyTextBeyond(chunk, where, chunks, inBand)) continue;
    if (!ruled && where === 'bottom' && columnsLastLine(chunk, chunks, inBand, bodySize)) continue;
    const text = chunk.lines.map(lineText).join(' ').trim();
    const type = furnitureType(text, where);
    const pct = Math.round(((where === 'top' ? chunk.box.y1 : chunk.box.y0) / page.height) * 100);
    const rule = ruled ? `, ${where === 'top' ? 'above' : 'below'} the rule across the page` : '';
    out.push({ chunk, type, where, evidence: `${chunk.lines.length} line(s) in ${size.toFixed(1)} pt (body ${bodySize.toFixed(1)} pt) ${where === 'top' ? 'ending' : 'starting'} at ${pct}% of the page height${rule}` });
  }
  return out;
}

/**
 * Without a rule, a running head is the outermost text of the page: a chunk with other text
 * (a headline) between it and the page edge, over the same width, belongs to a story — dev005's
 * bylines sit at 6 % from the top, under their 19 pt headlines. Likewise at the foot.
 */
function storyTextBeyond(chunk: PBlock, where: 'top' | 'bottom', chunks: readonly PBlock[], inBand: ReadonlySet<PBlock>): boolean {
  return chunks.some(
    (c) =>
      !inBand.has(c) &&
      c.box.x0 < chunk.box.x1 &&
      c.box.x1 > chunk.box.x0 &&
      (where === 'top' ? c.box.y1 <= chunk.box.y0 + 0.5 : c.box.y0 >= chunk.box.y1 - 0.5),
  );
}

/** A column's lines share their left edge within this many body sizes. */
export const COLUMN_EDGE_EM = 0.2;
/** A column's last line is set among at least this many body lines starting at its left edge above it. */
export const COLUMN_LINES_ABOVE = 3;
/** …in body type (within this share of the body size), and at least this share of their median width (a paragraph's first or a full line; a foot's short name is narrower, a foot across the page wider). */
export const BODY_SIZE_SLACK = 0.05;
export const COLUMN_LINE_WIDTH_SHARE = 0.6;
/** …and holds at least this many words (a foot's name, folio or address holds fewer or is one token). */
export const COLUMN_LINE_MIN_WORDS = 3;

/**
 * Without a rule, a one-line chunk at the foot in body type, starting at the left edge of a column of
 * body lines above it and about as wide as they are, is that column's last line, not a running foot:
 * feet are set apart in smaller type, centred, or across the page (the dev PDFs' feet), and a column
 * may run down to the foot of the page (a probe page's column under a pull quote: `Researchers at the
 * state`, body type, 95 % down, read as a footer and its paragraph lost).
 */
function columnsLastLine(chunk: PBlock, chunks: readonly PBlock[], inBand: ReadonlySet<PBlock>, bodySize: number): boolean {
  if (chunk.lines.length !== 1) return false;
  const line = chunk.lines[0]!;
  // Running text: a few words, no folio or web address (a `-layout` text dump sets its feet in body
  // type at a column's edge: `lakesidesentinel.example`, d2_004).
  const text = lineText(line).trim();
  if (text.split(/\s+/u).length < COLUMN_LINE_MIN_WORDS || FOLIO.test(text) || WEB.test(text)) return false;
  if (Math.abs(line.size - bodySize) > BODY_SIZE_SLACK * bodySize) return false;
  const widths: number[] = [];
  for (const c of chunks) {
    if (inBand.has(c) || c.box.y1 > chunk.box.y0) continue;
    for (const l of c.lines) {
      if (Math.abs(l.x0 - chunk.box.x0) <= COLUMN_EDGE_EM * bodySize && Math.abs(l.size - bodySize) <= BODY_SIZE_SLACK * bodySize) widths.push(l.x1 - l.x0);
    }
  }
  if (widths.length < COLUMN_LINES_ABOVE) return false;
  widths.sort((a, b) => a - b);
  const median = widths[widths.length >> 1]!;
  const w = chunk.box.x1 - chunk.box.x0;
  return w >= COLUMN_LINE_WIDTH_SHARE * median && w <= median * (1 + BODY_SIZE_SLACK);
}

export function furnitureType(text: string, where: 'top' | 'bottom'): FurnitureType {
  if (FOLIO.test(text)) return 'folio';
  if (WEB.test(text) && !/\s/.test(text.trim())) return 'footer';
  if (where === 'bottom') return 'footer';
  if (SECTION.test(text) && text === text.toUpperCase()) return 'section';
  return 'header';
}
