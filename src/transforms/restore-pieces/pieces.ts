/**
 * Which lines of a text layer may be pieces of a printed line.
 *
 * An extractor that groups glyphs into text boxes by the gaps between them (pdfminer's layout
 * analysis) cuts a justified line of a narrow column at a wide word space and prints the pieces as
 * lines of their own, sometimes in another order. A piece is shorter than the column's measure; a
 * run of such lines between running text is where pieces are looked for.
 */
import type { Line } from '../../model/types.js';

/** A line shorter than this share of the local measure may be a piece: the same evidence as a swapped piece's (a whole line is no piece). */
export { PIECE_RATIO } from '../dehyphenate/rules/swapped-piece.js';

/**
 * A piece holds at most this many words. Wide gaps that an extractor takes for box edges arise where
 * few words share a justified line: a narrow column's line of five to eight words, whose pieces hold
 * fewer (the pieces set right on the dev pages hold one to five). A longer short line is a line of its
 * own (a paragraph's last line, or two columns' lines glued by pdftotext's layout mode, where the
 * measure is the glued width).
 */
export const MAX_PIECE_WORDS = 6;

/** Words of a text (runs of non-space characters). */
export function wordCount(text: string): number {
  // Counted without building the words (a hot test on every short line): a word starts at each
  // non-space character after a space or at the start. (ASCII white space by its codes, any other
  // character by the same \s as the pattern this replaces.)
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c < 128 ? c === 32 || (c >= 9 && c <= 13) : /\s/.test(text[i]!);
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/**
 * A page whose lines end in a space more often than this share is not marking cuts: it pads its
 * lines (an editor's or a converter's habit), and the mark says nothing there. On the dev pages set
 * by Chromium, where pdfminer cut most, at most 14 % of the lines end on a space glyph.
 */
export const MAX_LEFT_SHARE = 0.3;

/**
 * A left piece's mark: the extractor kept the space glyph after the piece's last word, at the cut
 * (pdfminer writes the characters of its text line as the PDF has them, and the cut falls after a
 * space the PDF set as a glyph, as Chromium's and many layout programs' PDFs do). A line the extractor
 * wrote whole ends on its last word. Some text layers have no space glyphs (TeX's PDFs set no space
 * characters): there the mark is missing and only the text evidence (./junctions.ts) speaks. The line as read
 * ends in a space or tab.
 */
export function endsOnSpace(line: Line): boolean {
  const c = line.original.charCodeAt(line.original.length - 1);
  return c === 32 || c === 9;
}

/** Do the lines' trailing spaces mark cuts (MAX_LEFT_SHARE)? */
export function marksCuts(lines: readonly Line[]): boolean {
  let n = 0;
  for (const l of lines) if (endsOnSpace(l)) n++;
  return n > 0 && n <= MAX_LEFT_SHARE * lines.length;
}

/** The length of collapsedText(text), counted without building it (tabs count as spaces, as there). */
export function collapsedLength(text: string): number {
  // White space other than spaces and tabs at an edge (a no-break space the reader kept) is trimmed
  // by collapsedText too: counted the slow way.
  if (wideBlankAtEdge(text)) return collapsedText(text).length;
  // Most lines have single spaces and no tab: then only the spaces at their edges do not count.
  if (!text.includes('  ') && !text.includes('\t')) {
    let n = text.length;
    if (n > 0 && text.charCodeAt(0) === 32) n--;
    if (n > 0 && text.length > 1 && text.charCodeAt(text.length - 1) === 32) n--;
    return n;
  }
  let n = 0;
  let space = true; // at the start, spaces are trimmed
  let pending = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) {
      if (!space) pending = true;
      space = true;
    } else {
      if (pending) n++;
      pending = false;
      space = false;
      n++;
    }
  }
  return n;
}

/** White space beyond space and tab at the text's first or last character that is neither. */
function wideBlankAtEdge(text: string): boolean {
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  let j = text.length - 1;
  while (j > i && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j--;
  return i < text.length && (wide(text.charCodeAt(i)) || wide(text.charCodeAt(j)));
}

const wide = (c: number): boolean => c > 127 && /\s/u.test(String.fromCharCode(c));

/**
 * What the collapse rewrites: a run of two or more spaces and tabs, or a tab alone. A single space
 * stays as it is, so matching it (as `/[ \t]+/g` did) only cost a replacement per word gap.
 */
const COLLAPSIBLE = /[ \t]{2,}|\t/g;
/**
 * collapsedText's answers for lines that need the pattern, by text. restore-pieces asks for every
 * line's collapsed text from several rules (the run search, loose words, datelines, joins), and a
 * line read by pdfminer often has two spaces between all its words: the pattern ran for each ask.
 * Bounded as the lexicon's memo is: cleared when full.
 */
const COLLAPSED_MEMO_LIMIT = 10_000;
const collapsedMemo = new Map<string, string>();

/** The text with runs of spaces written once, trimmed. */
export function collapsedText(text: string): string {
  // Most lines have single spaces and no tab: the pattern leaves them as they are, and the trim is all
  // (a line with a space at an edge, as the trimmed text's test before, no longer runs the pattern).
  if (!text.includes('  ') && !text.includes('\t')) return text.trim();
  let collapsed = collapsedMemo.get(text);
  if (collapsed === undefined) {
    collapsed = text.replace(COLLAPSIBLE, ' ').trim();
    if (collapsedMemo.size >= COLLAPSED_MEMO_LIMIT) collapsedMemo.clear();
    collapsedMemo.set(text, collapsed);
  }
  return collapsed;
}
