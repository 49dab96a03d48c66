/**
 * A bound on the lines of one OCR page (ALTO, hOCR). Later steps compare a
 * page's lines with each other, so their time grows with the square of the
 * lines: a made-up page of 20,000 lines took 5 s, 40,000 took 26 s, and
 * 200,000 would run for many minutes. The densest corpus page has under 2,000
 * lines and a broadsheet of classified ads about 5,000, so 20,000 refuses no
 * real page and keeps the worst case to seconds.
 */
import type { Page } from '../../model/types.js';
import { GalleyError } from '../../errors.js';

export const MAX_PAGE_LINES = 20_000;

export function checkPageLines(pages: readonly Page[], name: string): void {
  for (const page of pages) {
    let lines = 0;
    for (const block of page.blocks) lines += block.lines.length;
    if (lines > MAX_PAGE_LINES) {
      throw new GalleyError(
        'too-large',
        name,
        `page ${page.number} has too many lines (${lines.toLocaleString('en-US')}; the limit is ${MAX_PAGE_LINES.toLocaleString('en-US')} a page)`,
      );
    }
  }
}
