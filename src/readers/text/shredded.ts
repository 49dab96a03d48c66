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
 * A line of at most this many words counts as a shred. Headlines, bylines,
 * datelines, folios and kickers are short too, which is why the test is a
 * share of the page's lines (SHREDDED_SHARE), not a count.
 */
export const SHRED_MAX_WORDS = 2;

/**
 * The share of a page's non-empty lines that must be shreds. Measured on the
 * 90 text layers of the dev corpora (pdftotext default and -raw, pdfminer) and
 * the example page: every page set in running text stays at or under 0.34
 * (pdfminer's short boxes of headlines and captions on a busy page), while
 * the five pages pdftotext cut into word stacks have 0.63 to 0.80. Half the
 * lines sits between the two, and running text of any newspaper has lines of
 * 5 to 12 words.
 */
export const SHREDDED_SHARE = 0.5;

/**
 * Too few lines say nothing about a page (a headline and a byline alone are
 * all short): below this many non-empty lines no verdict is given.
 */
export const MIN_LINES_FOR_VERDICT = 60;

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

/** A warning for each page whose lines are mostly one- or two-word shreds. */
export function shreddedPageWarnings(pages: readonly Page[]): Message[] {
  const out: Message[] = [];
  for (const page of pages) {
    let lines = 0;
    let shreds = 0;
    for (const block of page.blocks) {
      for (const line of block.lines) {
        lines++;
        if (wordCount(line.text) <= SHRED_MAX_WORDS) shreds++;
      }
    }
    if (lines < MIN_LINES_FOR_VERDICT || shreds / lines <= SHREDDED_SHARE) continue;
    const share = Math.round((100 * shreds) / lines);
    out.push({
      rule: 'reader/shredded-lines',
      severity: 'warning',
      text:
        `${shreds} of ${lines} lines (${share} %) hold one or two words: the text layer looks cut into word stacks ` +
        `(pdftotext's default mode does this to justified narrow columns), and the order of words across the stacks is lost; ` +
        `paragraphs and stories from this page will be poor: give Galley the PDF itself, or text from 'pdftotext -raw'`,
      source: { page: page.number },
      confidence: Math.min(1, shreds / lines),
    });
  }
  return out;
}
