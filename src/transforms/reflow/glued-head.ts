/**
 * A head glued to the text under it. pdfminer writes a text box per block of
 * type, but puts a headline in the same box as the column under it when they
 * sit close (`Jack Herrick, wikiHow founder interviewed by Wikinews` ⏎ `wikiHow
 * is a wiki-based site which`), or in the same box as a drop cap (`The Onion: An
 * interview with …` ⏎ `D`). Two pieces of evidence cut them apart, each holding on
 * any page:
 * - a drop cap (one capital letter on a line, the rest of its word opening the
 *   line after it in lower case) opens a story's first paragraph, so nothing
 *   printed before it belongs to that paragraph;
 * - a justified column's lines are all set to one measure (the extractor shows
 *   them stretched, `features.ts` marksStretch); a line at natural spacing, well
 *   longer than that measure and without final punctuation, opening the box, is
 *   not a line of that column: it is a head set across it. A paragraph's first
 *   line in a justified column is at most the measure (less, when indented).
 * On pages without stretch marks (plain text, boxes) only the drop cap cut applies.
 */
import type { LineInfo } from '../classify/features.js';
import { isWord } from '../../lexicon/index.js';

/** One capital letter alone on a line. */
const LONE_CAPITAL = /^\p{Lu}$/u;

/** The rest of the word at the start of the next line. */
const REST = /^\p{Ll}[\p{L}'’-]*/u;

/**
 * `b` is a drop cap whose word goes on at the start of `c`: the letter and the rest make a word
 * (`D` + `avid`), or the rest is no word alone (`G` + `alois`); a pronoun `I` wrapped alone
 * before `went` is neither.
 */
export function opensDropCap(b: LineInfo, c: LineInfo): boolean {
  if (b.chars > 2) return false;
  const letter = b.line.text.trim();
  if (!LONE_CAPITAL.test(letter)) return false;
  const rest = REST.exec(c.line.text.trim())?.[0];
  if (!rest) return false;
  const bare = rest.replace(/['’-]+$/u, '');
  return isWord(letter + bare) || !isWord(bare);
}

/** A head is at least this share longer than the column's measure (a full justified line is ~1.0; OCR and extractor noise stay well under). */
export const HEAD_OVER_MEASURE = 1.2;
/** A head line ends without a sentence end and without the comma, colon or semicolon that carries a line on. */
const OPEN_OR_FINAL = /[.!?,;:…]["'’”)]?$/u;

/**
 * `a`, the first line of its box, set at natural spacing and at least HEAD_OVER_MEASURE times the
 * measure, without final punctuation, over `b`, a line stretched to the justified measure.
 */
export function headOverJustified(a: LineInfo, b: LineInfo, stretchMarked: boolean): boolean {
  if (!stretchMarked || !a.gapBefore || !b.stretched || a.stretched || a.endsHyphen) return false;
  if (a.ratio < HEAD_OVER_MEASURE) return false;
  return !OPEN_OR_FINAL.test(a.line.text.trim());
}
