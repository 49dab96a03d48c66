/**
 * Evidence from the OCR: ALTO marks a word hyphenated at a line end
 * (SUBS_TYPE HypPart1/HypPart2) and gives its joined form (SUBS_CONTENT), kept
 * by the reader on `Word.substitution`. It comes from the OCR engine's own
 * dictionary, so it speaks only where ours is silent: a joined form no lexicon
 * knows (`Albe-`/`marle` → SUBS_CONTENT `Albemarle`). Where the lexicon knows
 * the word it adds nothing, and the document's own spelling still wins
 * (`to-`/`day` kept on an 1865 page that writes `to-day`, though the OCR says `today`).
 */
import { vote, type Evidence } from './types.js';

export const OCR_WEIGHT = 2;

export const ocrJoined: Evidence = (f) => {
  const ocr = f.site.ocrJoined?.toLowerCase();
  if (!ocr || f.joinedKnown) return [];
  if (ocr === f.joined.toLowerCase()) return [vote('join', OCR_WEIGHT, 'ocr-joined')];
  if (ocr === f.hyphenated.toLowerCase()) return [vote('hyphen', OCR_WEIGHT, 'ocr-hyphenated')];
  return [];
};
