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
 */
import type { Page } from '../../../model/types.js';
import { verdict, type PageContext } from '../rules/types.js';
import { fmtBox, photos } from './evidence.js';

/** The unit's top lies at most this many of its line heights under the photo's bottom edge… */
export const OCR_CAPTION_GAP = 0.5;
/** …and at most this many above it (inside the picture box Tesseract drew). */
export const OCR_CAPTION_INSIDE = 2;
/** It starts within this many line heights of the photo's left edge and ends within its width. */
export const OCR_CAPTION_EDGE = 1;
/** A caption here has at most this many lines. */
export const OCR_CAPTION_MAX_LINES = 3;
/** A photo is at least this many line heights tall and wide (a rule or a speck is not). */
export const OCR_PHOTO_MIN = 3;

export function ocrCaptionUnderPhotoVerdicts(page: Page, ctx: PageContext): void {
  const pics = photos(page);
  if (!pics.length) return;
  for (const u of ctx.units) {
    const box = u.block.box;
    const first = u.block.lines[0]?.box;
    if (ctx.verdicts[u.index] || !box || !first || u.words === 0 || u.startsLower || u.block.lines.length > OCR_CAPTION_MAX_LINES) continue;
    const next = ctx.units[u.index + 1];
    if (u.endsOpen && next?.startsLower) continue; // runs on into the next column: reflow's
    const h = first.y1 - first.y0;
    if (!(h > 0)) continue;
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
        box.x1 <= p.x1 + OCR_CAPTION_EDGE * h
      );
    });
    if (!photo) continue;
    const gap = Math.round(box.y0 - photo.box.y1);
    ctx.verdicts[u.index] = verdict('caption', 'classify/geometry/ocr-caption-under-photo', 0.75, `${u.block.lines.length} line(s) from the left edge of the photo ${fmtBox(photo.box)}, starting ${gap < 0 ? `${-gap} over` : `${gap} under`} its bottom edge (line height ${h})`);
  }
}
