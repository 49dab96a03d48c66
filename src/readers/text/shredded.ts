/**
 * A text layer whose lines were cut into word stacks. `pdftotext` in its
 * default mode takes the wide word spaces of justified narrow columns for
 * column gaps and prints each fragment as a stack of one- or two-word lines
 * (`Sweden,` ⏎⏎ `Poland` ⏎⏎ `and` ⏎⏎ `which` …). The order of the words across
 * those stacks lives only in the PDF's positions: no text rule can rebuild the
 * sentences, so Galley says so once per page and points to a better input
 * instead of passing the stacks off as paragraphs.
 */
import type { Message } from '../../model/messages.js';
import type { Page } from '../../model/types.js';

/**
 * A shred: a block of one line of at most this many words, not starting with a digit. pdftotext prints
 * each piece of a cut line as a block of its own between blank lines (`Sweden,` ⏎⏎ `Poland` ⏎⏎ `and`).
 * Headlines, bylines and datelines are short too, but few; a listings page (`6.00 News`, `Arsenal 2`)
 * sets its short lines in blocks of many lines, or starts them with a time or a number.
 */
export const SHRED_MAX_WORDS = 2;

/**
 * The share of a page's non-empty lines that must be shreds. Measured on the 90 text layers of the
 * dev corpora (pdftotext default and -raw, pdfminer) and the example page: every page set in running
 * text stays at or under 0.05 (a page's heads, bylines and kickers in boxes of their own), while the
 * five pages pdftotext cut into word stacks have 0.52 to 0.68. A quarter sits well between the two.
 */
export const SHREDDED_SHARE = 0.25;

/**
 * Too few lines say nothing about a page (a headline and a byline alone are all short): below this
 * many non-empty lines no verdict is given.
 */
export const MIN_LINES_FOR_VERDICT = 60;

/**
 * How sure the warning is: the share is far from every page of running text measured, but a page of
 * other short one-line blocks (a word list, a crossword's answers) would show it too.
 */
export const WORD_STACK_CONFIDENCE = 0.8;

/** Words of a line: runs of non-space characters. */
function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 0x20 || text[i] === '\u00a0';
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** A one-line block of one or two words that does not start with a digit (SHRED_MAX_WORDS). */
function isShred(lines: readonly { text: string }[]): boolean {
  if (lines.length !== 1) return false;
  const text = lines[0]!.text.trimStart();
  const c = text.charCodeAt(0);
  return !(c >= 0x30 && c <= 0x39) && wordCount(text) <= SHRED_MAX_WORDS;
}

/** The page's non-empty lines and how many of them are shreds (one-line blocks of one or two words). */
function shredCount(page: Page): { lines: number; shreds: number } {
  let lines = 0;
  let shreds = 0;
  for (const block of page.blocks) {
    lines += block.lines.length;
    if (isShred(block.lines)) shreds++;
  }
  return { lines, shreds };
}

/** Is the page cut into word stacks (enough lines, and more than SHREDDED_SHARE of them shreds)? */
export function isShreddedPage(page: Page): boolean {
  const { lines, shreds } = shredCount(page);
  return lines >= MIN_LINES_FOR_VERDICT && shreds / lines > SHREDDED_SHARE;
}

/** A warning for each page whose lines are mostly one- or two-word blocks of their own. */
export function shreddedPageWarnings(pages: readonly Page[]): Message[] {
  const out: Message[] = [];
  for (const page of pages) {
    if (!isShreddedPage(page)) continue;
    const { lines, shreds } = shredCount(page);
    const share = Math.round((100 * shreds) / lines);
    out.push({
      rule: 'reader/shredded-lines',
      severity: 'warning',
      text:
        `${shreds} of ${lines} lines (${share} %) are blocks of one or two words: the text layer looks cut into word stacks ` +
        `(pdftotext's default mode does this to justified narrow columns), and if so the order of words across the stacks is lost ` +
        `and paragraphs and stories from this page will be poor: give Galley the PDF itself, or text from 'pdftotext -raw'`,
      source: { page: page.number },
      confidence: WORD_STACK_CONFIDENCE,
    });
  }
  return out;
}
