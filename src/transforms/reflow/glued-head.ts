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
import { LONE_CAPITAL } from './drop-caps.js';

/** The rest of the word at the start of the next line. */
const REST = /^\p{Ll}[\p{L}'’-]*/u;

/**
 * Capital letters that are words by themselves (`A`, `I`, `O`). One of them alone on a line,
 * before a line opening with a word, is as likely that word wrapped (`A` ⏎ `new start`) as a
 * drop cap (`A` ⏎ `round the harbour`): on text alone nothing tells them apart, so no cut.
 */
const LETTER_WORD = /^[AIO]$/u;

/**
 * A drop cap is set this many times the height of the line of type beside it (two lines or
 * more: a drop cap spans at least two lines of the paragraph it opens); a letter no taller than
 * its neighbours is an ordinary letter, whatever it spells.
 */
export const DROP_CAP_HEIGHT_RATIO = 1.5;

/** Height of a line's box, when a reader gave one. */
function boxHeight(x: LineInfo): number | undefined {
  const box = x.line.box;
  return box ? box.y1 - box.y0 : undefined;
}

/**
 * `b` is a drop cap whose word goes on at the start of `c`. Where the lines have boxes, the letter
 * must be set taller than the line after it (DROP_CAP_HEIGHT_RATIO). On text alone: the letter and
 * the rest make a word (`D` + `avid`), or the rest is no word alone (`G` + `alois`); never when the
 * letter is a word itself and so is the rest (`A` ⏎ `new start`, though `Anew` is a word; a pronoun
 * `I` wrapped alone before `went`).
 */
export function opensDropCap(b: LineInfo, c: LineInfo): boolean {
  if (b.chars > 2) return false;
  const letter = b.line.text.trim();
  if (!LONE_CAPITAL.test(letter)) return false;
  const rest = REST.exec(c.line.text.trim())?.[0];
  if (!rest) return false;
  const hb = boxHeight(b);
  const hc = boxHeight(c);
  if (hb !== undefined && hc !== undefined && hc > 0 && hb < DROP_CAP_HEIGHT_RATIO * hc) return false;
  const bare = rest.replace(/['’-]+$/u, '');
  if (LETTER_WORD.test(letter) && isWord(bare)) return false;
  return isWord(letter + bare) || !isWord(bare);
}

/**
 * Confidence of a glued-head cut (message `reflow/split-glued-head`): it rests on one line's length
 * and spacing against the stretch marks the extractor left, weaker evidence than a blank line.
 */
export const GLUED_HEAD_CONFIDENCE = 0.75;

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
