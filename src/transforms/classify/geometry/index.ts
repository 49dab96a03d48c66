/**
 * Classification from page geometry (PDF, OCR): rules that decide a unit's
 * kind from where it sits and the type it is set in, before the text rules.
 * Each decision carries its evidence (sizes, the photo's box) and becomes a
 * `classify/geometry/*` message with the block's box.
 */
import type { Page } from '../../../model/types.js';
import type { PageContext } from '../rules/types.js';
import { captionUnderPhotoVerdicts } from './caption-under-photo.js';
import { withdrawLargeCaptions } from './large-type-not-caption.js';
import { boldSubheadVerdicts } from './bold-subhead.js';
import { largeHeadlineVerdicts } from './large-headline.js';
import { bodySize } from './evidence.js';
import { ocrCaptionUnderPhotoVerdicts } from './ocr-caption-under-photo.js';

/**
 * Only pages whose type sizes are exact: PDF pages (`unit: 'pt'`). OCR sizes are estimates from
 * glyph heights (hOCR x_fsize), and on dev2 hOCR the caption rule lost more captions than it found.
 */
function exactType(page: Page): boolean {
  return page.unit === 'pt';
}

export function geometryVerdicts(page: Page, ctx: PageContext): void {
  if (!exactType(page)) {
    // OCR pages: position only (see ocr-caption-under-photo.ts).
    if (page.graphics.length && page.unit !== undefined) ocrCaptionUnderPhotoVerdicts(page, ctx);
    return;
  }
  const body = bodySize(page);
  if (!body) return;
  withdrawLargeCaptions(page, ctx, body);
  if (page.graphics.length) captionUnderPhotoVerdicts(page, ctx, body);
  boldSubheadVerdicts(page, ctx, body);
  largeHeadlineVerdicts(page, ctx, body);
}
