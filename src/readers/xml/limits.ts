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
import { MAX_TEXT_BYTES } from '../text/index.js';

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

/**
 * Most text one OCR document may hold, in characters: MAX_TEXT_BYTES, what a
 * text page may hold. An XML file may be 200 MiB (MAX_XML_BYTES) for its
 * markup, but its text goes through the same pipeline as a text page's, whose
 * memory grows with the text: one String of 50 million characters took 21 s
 * and 2 GB, and one of 190 million ran out of memory. A real page's text is a
 * few hundred KB (the markup is 10 to 20 times the text).
 */
export const MAX_OCR_TEXT_CHARS = MAX_TEXT_BYTES;

export function checkTextSize(pages: readonly Page[], name: string): void {
  let chars = 0;
  for (const page of pages) for (const block of page.blocks) for (const line of block.lines) chars += line.text.length;
  if (chars > MAX_OCR_TEXT_CHARS) {
    throw new GalleyError(
      'too-large',
      name,
      `the file holds too much text (${chars.toLocaleString('en-US')} characters; the limit is ${MAX_OCR_TEXT_CHARS.toLocaleString('en-US')}, as for a text page)`,
    );
  }
}

/**
 * Most words (ALTO Strings, hOCR words) one OCR file may hold. Each word costs
 * about 1 KB in the reader and the pipeline: a page of 1,000,000 words takes
 * 6–8 s and 0.7–1.2 GB, one of 2,600,000 (a 180 MB file, under MAX_XML_BYTES)
 * ran for minutes at the heap's limit. A dense broadsheet page of classified
 * ads has about 30,000 words and a whole issue in one file a few hundred
 * thousand, so the limit refuses no real file. Counted while parsing, so an
 * oversized file is refused before its words are built.
 */
export const MAX_OCR_WORDS = 1_000_000;

/** A counter to call once for each word a parser keeps; it throws GalleyError('too-large') past MAX_OCR_WORDS. */
export function wordCounter(name: string): () => void {
  let words = 0;
  return () => {
    if (++words <= MAX_OCR_WORDS) return;
    throw new GalleyError('too-large', name, `the file has too many words (more than ${MAX_OCR_WORDS.toLocaleString('en-US')}, the limit for one file)`);
  };
}

/**
 * Most pages one OCR file may hold. All of a file's pages are one document in
 * memory (a PDF's pages are read one at a time instead): 990,000 one-word
 * pages took 47 s and 2.8 GB, past the default heap of a machine with 8 GB.
 * A whole newspaper issue is tens of pages, a bound volume a few thousand.
 */
export const MAX_OCR_PAGES = 10_000;

/** A counter to call once for each page a parser starts; it throws GalleyError('too-large') past MAX_OCR_PAGES. */
export function pageCounter(name: string): () => void {
  let pages = 0;
  return () => {
    if (++pages <= MAX_OCR_PAGES) return;
    throw new GalleyError(
      'too-large',
      name,
      `the file has too many pages (more than ${MAX_OCR_PAGES.toLocaleString('en-US')}, the limit for one file; split it into smaller files)`,
    );
  };
}
