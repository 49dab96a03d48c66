/**
 * Evidence from the form of the two parts alone: things a hyphenation break
 * cannot produce. Typesetters hyphenate words by patterns: never inside a
 * number or a URL, never leaving one letter on a line, and the two fragments
 * of one word have the same case pattern (`docu`/`mentary`, `EDUCA`/`TION`).
 */
import { endsInNumber, startsWithNumber } from '../../../text/ascii.js';
import { vote, type Evidence } from './types.js';

/** A digit on either side of the hyphen (`592-`/`4699`, `24-`/`hour`, `8-`/`4A`): numbers are not hyphenated. */
export const DIGIT_WEIGHT = 4;

export const digits: Evidence = (f) => {
  const { leftPart, rightPart } = f.site;
  return endsInNumber(leftPart) || startsWithNumber(rightPart) ? [vote('hyphen', DIGIT_WEIGHT, 'number')] : [];
};

/** Web and mail addresses: a hyphen at the end of a broken address is the address's own (`wikiHow:Carbon-`/`Neutral`). */
export const ADDRESS_WEIGHT = 4;
const ADDRESS = /:\/\/|^www\.|@\p{L}|\.(com|org|net|edu|gov)\b|\/\p{L}/u;

export const address: Evidence = (f) => (ADDRESS.test(f.site.leftToken) ? [vote('hyphen', ADDRESS_WEIGHT, 'address')] : []);

/**
 * Opening punctuation before the right word (`x-` / `“all`): a word fragment
 * never starts with a quote or bracket, so the hyphen is a compound's or a dash.
 */
export const OPENING_PUNCT_WEIGHT = 4;

export const openingPunctuation: Evidence = (f) =>
  f.site.rightLead !== '' || f.site.rightPart === '' ? [vote('join', -OPENING_PUNCT_WEIGHT, 'no-word-start')] : [];

/**
 * The two parts cannot be fragments of one word when their case patterns
 * disagree: a capital starting the right part (`inter-`/`Korean`,
 * `En-`/`Lai`, `e-`/`Jahan`), or an all-capitals left part before a lowercase
 * right part (`US-`/`led`). All capitals on both sides is a word in capitals (`EDUCA-`/`TION`).
 */
export const CASE_WEIGHT = 3;

export const caseMismatch: Evidence = (f) => {
  const { leftShape: l, rightShape: r } = f;
  if (l === 'other' || r === 'other') return [];
  if ((r === 'title' || r === 'mixed') && f.site.rightPart.length > 1) return [vote('hyphen', CASE_WEIGHT, 'capital-after-break')];
  if (r === 'upper' && l !== 'upper') return [vote('hyphen', CASE_WEIGHT, 'capitals-after-break')];
  if (l === 'upper' && f.site.leftPart.length > 1 && r === 'lower') return [vote('hyphen', CASE_WEIGHT, 'acronym-before-break')];
  return [];
};

/**
 * A one-letter fragment: every hyphenation setting leaves at least two letters
 * on each side (TeX's \lefthyphenmin 2, \righthyphenmin 3; CSS engines ≥ 2),
 * so `e-`/`mail`, `X-`/`ray` are compounds.
 */
export const ONE_LETTER_WEIGHT = 3;

export const oneLetter: Evidence = (f) =>
  f.alphabetic && (f.site.leftPart.length === 1 || f.site.rightPart.length === 1) ? [vote('join', -ONE_LETTER_WEIGHT, 'one-letter-fragment')] : [];
