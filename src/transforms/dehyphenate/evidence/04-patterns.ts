/**
 * Evidence from Liang hyphenation patterns (src/lexicon/hyphenation.ts, US and
 * British TeX patterns): could a typesetter have broken the joined word at this
 * point? A legal point is mild evidence for a join (a compound's hyphen is
 * often at a legal point too: `self|reported`); an illegal one is strong
 * evidence against it (`so|young`: patterns allow only `soy|oung`; `year|old`,
 * `re|enactments`, `US|led`).
 *
 * On the dev pages 741 of 747 broken words break at a legal point; the six
 * others (`ev|ery`, `Arme|nian`, `En|glish`) are known words, which outweighs this.
 */
import { breakPoints, MAX_WORD_LENGTH } from '../../../lexicon/hyphenation.js';
import { vote, type Evidence } from './types.js';

export const LEGAL_BREAK_WEIGHT = 1;
export const ILLEGAL_BREAK_WEIGHT = 2;

export const liangBreak: Evidence = (f) => {
  if (!f.alphabetic || f.site.leftPart.length < 2 || f.site.rightPart.length < 2 || f.joined.length > MAX_WORD_LENGTH) return [];
  const legal = breakPoints(f.joined).has(f.site.leftPart.length);
  return legal ? [vote('join', LEGAL_BREAK_WEIGHT, 'legal-break')] : [vote('join', -ILLEGAL_BREAK_WEIGHT, 'illegal-break')];
};
