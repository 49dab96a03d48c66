/**
 * Character classes Galley treats specially, as data in one place.
 * Source: Unicode 15 code charts (General Punctuation U+2000–U+206F,
 * Alphabetic Presentation Forms U+FB00–U+FB4F) and the characters PDF
 * extractors and OCR engines are seen to emit for hyphens and dashes.
 */

/** Characters that are a hyphen in meaning: mapped to ASCII `-` (U+002D). */
export const HYPHENS: Readonly<Record<string, string>> = {
  '\u2010': 'HYPHEN',
  '\u2011': 'NON-BREAKING HYPHEN',
  '\u2212': 'MINUS SIGN',
  '\uFE63': 'SMALL HYPHEN-MINUS',
  '\uFF0D': 'FULLWIDTH HYPHEN-MINUS',
};

/** Characters that are a dash in meaning: mapped to EM DASH `—` (U+2014); spacing is the dash transform's job. */
export const DASHES: Readonly<Record<string, string>> = {
  '\u2012': 'FIGURE DASH',
  '\u2013': 'EN DASH',
  '\u2014': 'EM DASH',
  '\u2015': 'HORIZONTAL BAR',
  '\u2E3A': 'TWO-EM DASH',
  '\u2E3B': 'THREE-EM DASH',
  '\uFE58': 'SMALL EM DASH',
};

/** The dash Galley writes. */
export const EM_DASH = '\u2014';

/** Soft hyphen: invisible inside a word, a line-break hyphen at a line end. */
export const SOFT_HYPHEN = '\u00AD';

/** OCR engines (and historic typesetting) print `¬` (NOT SIGN) or `=` as line-end hyphen; `¬` is handled by the OCR readers. */
export const NOT_SIGN = '\u00AC';

/** Invisible characters removed outright (they carry no text). */
export const ZERO_WIDTH: Readonly<Record<string, string>> = {
  '\u200B': 'ZERO WIDTH SPACE',
  '\u200C': 'ZERO WIDTH NON-JOINER',
  '\u200D': 'ZERO WIDTH JOINER',
  '\u2060': 'WORD JOINER',
  '\uFEFF': 'ZERO WIDTH NO-BREAK SPACE (BOM)',
};

/** Space characters mapped to an ordinary space. */
export const SPACES: Readonly<Record<string, string>> = {
  '\u00A0': 'NO-BREAK SPACE',
  '\u2000': 'EN QUAD',
  '\u2001': 'EM QUAD',
  '\u2002': 'EN SPACE',
  '\u2003': 'EM SPACE',
  '\u2004': 'THREE-PER-EM SPACE',
  '\u2005': 'FOUR-PER-EM SPACE',
  '\u2006': 'SIX-PER-EM SPACE',
  '\u2007': 'FIGURE SPACE',
  '\u2008': 'PUNCTUATION SPACE',
  '\u2009': 'THIN SPACE',
  '\u200A': 'HAIR SPACE',
  '\u202F': 'NARROW NO-BREAK SPACE',
  '\u205F': 'MEDIUM MATHEMATICAL SPACE',
  '\u3000': 'IDEOGRAPHIC SPACE',
  '\t': 'CHARACTER TABULATION',
};

/** Typographic ligatures expanded to their letters (NFKC would do the same, but also changes much else). */
export const LIGATURES: Readonly<Record<string, string>> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};

/** Letters, for word tests: any Unicode letter or combining mark. */
export const LETTER = /\p{L}/u;
/** Uppercase letter. */
export const UPPER = /\p{Lu}/u;
/** Lowercase letter. */
export const LOWER = /\p{Ll}/u;

/** Sentence-final punctuation, optionally followed by closing quotes/brackets. */
export const SENTENCE_END = /[.!?…]["'”’)\]]*$/u;

/** Opening and closing quotes (curly and straight). */
export const QUOTES = `"'“”‘’«»„‚`;
