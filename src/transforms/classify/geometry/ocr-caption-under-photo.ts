/**
 * A caption on an OCR page: the text set flush with a photo's left edge and
 * right on its bottom edge. An OCR page gives no type sizes (ALTO from
 * Tesseract) or estimates them from glyph heights (hOCR), so the PDF rule
 * (caption-under-photo.ts, which wants caption type) cannot run; the position
 * alone is evidence on any page: a caption starts within a fraction of a line
 * under the photo (Tesseract's picture box often takes in the caption's top),
 * where body text under a photo starts a line space or more lower (tesseract on
 * the dev pages: captions 21 px over to 8 px under the photo's bottom edge,
 * body 11 px under and more, at line heights of 12–17 px). A caption is set from
 * the photo's left edge; a credit on the edge is set flush right and is left to
 * the text rules. Short units only (a long one is running text), and only units
 * the text rules left undecided: a credit or byline there keeps its kind.
 *
 * Distances are measured in the page's body line height (the median line box),
 * not the unit's own: a headline set right under a photo has tall lines, and a
 * gap of half of its line height is a full line space of the body. A caption is
 * set in about body type or smaller (OCR_CAPTION_MAX_TYPE): a unit in larger
 * type under a photo is a headline or deck, never its caption. A caption under a
 * row of photos (Tesseract's picture boxes, one per photo) may run under the
 * whole row.
 */
import type { Page } from '../../../model/types.js';
import { verdict, type PageContext } from '../rules/types.js';
import type { Box, Graphic } from '../../../model/types.js';
import { fmtBox, photos } from './evidence.js';

/** The unit's top lies at most this many of the page's body line heights under the photo's bottom edge… */
export const OCR_CAPTION_GAP = 0.5;
/** …and at most this many above it (inside the picture box Tesseract drew). */
export const OCR_CAPTION_INSIDE = 2;
/** It starts within this many body line heights of the photo's left edge and ends within its width (or its row's). */
export const OCR_CAPTION_EDGE = 1;
/** A caption here has at most this many lines. */
export const OCR_CAPTION_MAX_LINES = 3;
/** A photo is at least this many body line heights tall and wide (a rule or a speck is not). */
export const OCR_PHOTO_MIN = 3;
/**
 * The unit's tallest line is at most this many times the body line height. A
 * caption is set in body type or smaller (its line box varies with OCR jitter,
 * ± 20 % on the dev pages); a headline or deck is set larger (dev headlines
 * 1.6–4 × the body).
 */
export const OCR_CAPTION_MAX_TYPE = 1.25;
/** Photos of one row (bottom edges level within a body line) stand at most this many body line heights apart (a gutter). */
export const OCR_PHOTO_ROW_GAP = 2;

/** The median line box height of the page's lines: the body's line height (body lines are most of a page's lines). */
export function bodyLineHeight(page: Page): number {
  const hs: number[] = [];
  for (const b of page.blocks) for (const l of b.lines) if (l.box && l.box.y1 > l.box.y0) hs.push(l.box.y1 - l.box.y0);
  hs.sort((a, b) => a - b);
  return hs.length ? hs[hs.length >> 1]! : 0;
}

/** The right edge of the row of photos that starts with `p` (photos right of it with their bottom edge level, each within a gutter of the last). */
function rowRight(p: Box, pics: Graphic[], body: number): number {
  let right = p.x1;
  const row = pics.filter((g) => g.box.x0 >= p.x0 && Math.abs(g.box.y1 - p.y1) <= body).sort((a, b) => a.box.x0 - b.box.x0);
  for (const g of row) if (g.box.x0 <= right + OCR_PHOTO_ROW_GAP * body) right = Math.max(right, g.box.x1);
  return right;
}

export function ocrCaptionUnderPhotoVerdicts(page: Page, ctx: PageContext): void {
  const pics = photos(page);
  if (!pics.length) return;
  const body = bodyLineHeight(page);
  if (!(body > 0)) return;
  for (const u of ctx.units) {
    const box = u.block.box;
    const first = u.block.lines[0]?.box;
    if (ctx.verdicts[u.index] || !box || !first || u.words === 0 || u.startsLower || u.block.lines.length > OCR_CAPTION_MAX_LINES) continue;
    const next = ctx.units[u.index + 1];
    if (u.endsOpen && next?.startsLower) continue; // runs on into the next column: reflow's
    // The unit's type: its tallest line (a headline's first line may be a short kicker-size one).
    let own = 0;
    for (const l of u.block.lines) if (l.box) own = Math.max(own, l.box.y1 - l.box.y0);
    if (!(own > 0) || own > OCR_CAPTION_MAX_TYPE * body) continue; // headline or deck type, not a caption's
    const h = body;
    const photo = pics.find((g) => {
      const p = g.box;
      const gap = box.y0 - p.y1;
      return (
        p.y1 - p.y0 >= OCR_PHOTO_MIN * h &&
        p.x1 - p.x0 >= OCR_PHOTO_MIN * h &&
        gap <= OCR_CAPTION_GAP * h &&
        gap >= -OCR_CAPTION_INSIDE * h &&
        box.y0 > p.y0 &&
        Math.abs(box.x0 - p.x0) <= OCR_CAPTION_EDGE * h &&
        box.x1 <= rowRight(p, pics, h) + OCR_CAPTION_EDGE * h
      );
    });
    if (!photo) continue;
    const gap = Math.round(box.y0 - photo.box.y1);
    ctx.verdicts[u.index] = verdict('caption', 'classify/geometry/ocr-caption-under-photo', 0.75, `${u.block.lines.length} line(s) from the left edge of the photo ${fmtBox(photo.box)}, starting ${gap < 0 ? `${-gap} over` : `${gap} under`} its bottom edge (line height ${own}, the body's ${body})`);
  }
}
