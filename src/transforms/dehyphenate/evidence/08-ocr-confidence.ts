/**
 * OCR word confidence (ALTO `WC`, hOCR `x_wconf`, kept by the readers on
 * `Word.confidence`, 0..1) as evidence about the other evidence. Votes that
 * read the spelling of the two halves (is the joined form a word, are the
 * parts words, is this a legal break point, does the document write the word
 * elsewhere) assume the letters are right. When the OCR itself doubts a half,
 * those votes are worth less, in proportion, and the typesetting prior (a
 * line-end hyphen in running text is a break: 747 of 774 on the dev pages)
 * counts for more. So a misread half (`indispeosa-`, `fc>`) is not kept
 * hyphenated because the dictionary does not know it, and a confident
 * reading is never overruled by a dictionary that knows another word.
 *
 * On the Evening Star page (1865, PrimeOCR) the median word confidence is 0.56
 * and 35 % of words are under 0.5; Tesseract's confidences on the clean dev
 * renders are above 0.9 almost everywhere, where this changes nothing.
 */
import type { Line } from '../../../model/types.js';

/** Under this confidence the OCR doubts a word's letters. */
export const OCR_DOUBT = 0.5;

/** How far spelling evidence is trusted at a site: 1 unless a half's confidence is under OCR_DOUBT, then confidence / OCR_DOUBT. */
export function spellingTrust(confidence: number | undefined): number {
  if (confidence === undefined || confidence >= OCR_DOUBT) return 1;
  return Math.max(0, confidence) / OCR_DOUBT;
}

/** The lower OCR confidence of the two halves of a line-end site (the left line's last word, the right line's first), when the reader gave one. */
export function siteConfidence(left: Line, right: Line): number | undefined {
  const a = left.words?.[left.words.length - 1]?.confidence;
  const b = right.words?.[0]?.confidence;
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.min(a, b);
}
