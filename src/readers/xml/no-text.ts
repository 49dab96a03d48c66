/**
 * An OCR file (ALTO, hOCR) none of whose pages has any text is refused, as a
 * text file of white space and a PDF with no text on any page are: its
 * Markdown and plain text would be empty, and exit 0 said all was well. A file
 * with some pages blank (the back of a supplement, a full-page picture) is
 * still read; those pages keep their `reader/no-text` warning.
 */
import type { Page } from '../../model/types.js';
import { GalleyError } from '../../errors.js';

/** Throws GalleyError('empty') when no page has a block of text; `why` says what was looked for (`no String with CONTENT`). */
export function refuseTextless(pages: readonly Page[], name: string, why: string): void {
  if (pages.length === 0 || pages.some((p) => p.blocks.length > 0)) return;
  const which = pages.length === 1 ? 'its only page has no text' : `none of its ${pages.length.toLocaleString('en-US')} pages has text`;
  throw new GalleyError('empty', name, `${which} (${why}): a blank page, or pictures only`);
}
