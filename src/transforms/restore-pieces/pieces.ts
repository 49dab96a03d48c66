/**
 * Which lines of a text layer may be pieces of a printed line.
 *
 * An extractor that groups glyphs into text boxes by the gaps between them (pdfminer's layout
 * analysis) cuts a justified line of a narrow column at a wide word space and prints the pieces as
 * lines of their own, sometimes in another order. A piece is shorter than the column's measure; a
 * run of such lines between running text is where pieces are looked for.
 */
import type { Line } from '../../model/types.js';

/** A line shorter than this share of the local measure may be a piece (as dehyphenate/rules/swapped-piece.ts PIECE_RATIO: a whole line is no piece). */
export const PIECE_RATIO = 0.8;

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
  const m = text.match(/\S+/g);
  return m ? m.length : 0;
}

/**
 * A left piece's mark: the extractor kept the space glyph after the piece's last word, at the cut
 * (pdfminer writes the characters of its text line as the PDF has them, and the cut falls after a
 * space the PDF set as a glyph, as Chromium's and many layout programs' PDFs do). A line the extractor
 * wrote whole ends on its last word. Some text layers have no space glyphs (TeX's PDFs set no space
 * characters): there the mark is missing and only the text evidence (./junctions.ts) speaks.
 */
const TRAILING_SPACE = /[ \t]$/;

/**
 * A page whose lines end in a space more often than this share is not marking cuts: it pads its
 * lines (an editor's or a converter's habit), and the mark says nothing there. On the dev pages set
 * by Chromium, where pdfminer cut most, at most 14 % of the lines end on a space glyph.
 */
export const MAX_LEFT_SHARE = 0.3;

/** The line as read ends in a space: the extractor cut a printed line after it (TRAILING_SPACE). */
export function endsOnSpace(line: Line): boolean {
  return TRAILING_SPACE.test(line.original);
}

/** Do the lines' trailing spaces mark cuts (MAX_LEFT_SHARE)? */
export function marksCuts(lines: readonly Line[]): boolean {
  let n = 0;
  for (const l of lines) if (endsOnSpace(l)) n++;
  return n > 0 && n <= MAX_LEFT_SHARE * lines.length;
}

/** The text with runs of spaces written once, trimmed. */
export function collapsedText(text: string): string {
  // Most lines have single spaces and no tab or edge space: those are their own collapsed text.
  if (!text.includes('  ') && !text.includes('\t') && text.trim() === text) return text;
  return text.replace(/[ \t]+/g, ' ').trim();
}
