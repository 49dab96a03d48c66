/**
 * Fast word tokens for counting and scanning: runs of text between white
 * space, dashes and slashes, with opening and closing punctuation trimmed
 * (`“Goodbye` → `Goodbye`, `tion,` → `tion`, `so-called` stays whole).
 * A hand loop over character codes instead of a regex: it runs over every line of
 * every page (twice per page in dehyphenation), where the regex cost as much as reading.
 */

const ALNUM = /[\p{L}\p{M}\p{N}]/u;

/**
 * Unicode's General Punctuation block (U+2000–U+206F: spaces, dashes, curly quotes, the ellipsis)
 * holds no letter, mark or digit: the quotes around a news text's every quoted word are answered by
 * their code, without the pattern (test/lexicon/lexicon.test.ts checks every code unit).
 */
export const GENERAL_PUNCTUATION_FIRST = 0x2000;
export const GENERAL_PUNCTUATION_LAST = 0x206f;

/** Is the UTF-16 unit at `i` a letter, mark or digit? (Surrogate pairs count as letters.) */
export function isAlnumAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= GENERAL_PUNCTUATION_FIRST && c <= GENERAL_PUNCTUATION_LAST) return false;
  if (c >= 0xd800 && c <= 0xdfff) return true;
  return ALNUM.test(s[i]!);
}

/**
 * Is the UTF-16 unit a token separator: white space as the regex `\s` knows it,
 * an en or em dash, a horizontal bar, a slash?
 */
export function isSeparatorCode(c: number): boolean {
  if (c < 128) return c === 32 || c === 47 || (c >= 9 && c <= 13);
  if (c < 0x1680) return c === 0xa0;
  return (
    c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2013 || c === 0x2014 || c === 0x2015 ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * Call `fn(word, start)` for each token of `text`, `start` being the token's
 * offset in `text`. Tokens without a letter or digit are skipped.
 */
export function forEachToken(text: string, fn: (word: string, start: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSeparatorCode(text.charCodeAt(i))) i++;
    if (i >= n) return;
    const runStart = i;
    while (i < n && !isSeparatorCode(text.charCodeAt(i))) i++;
    let s = runStart;
    let e = i;
    while (s < e && !isAlnumAt(text, s)) s++;
    while (e > s && !isAlnumAt(text, e - 1)) e--;
    if (e > s) fn(text.slice(s, e), s);
  }
}

/** Index of the last character that is not white space, or -1. */
export function lastNonSpace(text: string): number {
  let i = text.length - 1;
  while (i >= 0 && (text.charCodeAt(i) <= 32 || text.charCodeAt(i) === 0xa0)) i--;
  return i;
}

/**
 * Does the text end in half a word, `x-` with x a letter, mark or digit
 * (`docu-`, `592-`; not `--`, not a spaced ` -`)? Trailing white space is ignored.
 */
export function endsInBrokenWord(text: string): boolean {
  const i = lastNonSpace(text);
  return i > 0 && text.charCodeAt(i) === 45 && isAlnumAt(text, i - 1);
}

/** Offset where the last white-space-separated run of the text starts (its length if none). */
export function lastRunStart(text: string): number {
  let i = lastNonSpace(text);
  while (i >= 0 && text.charCodeAt(i) > 32 && text.charCodeAt(i) !== 0xa0) i--;
  return i + 1;
}

/**
 * `s.replace(/[^\p{L}\p{N}]+/gu, '')`, by character code: the pattern costs about 30 ns a character
 * (a caption's key, the words below a section name), the scan a few outside ASCII only.
 */
export function lettersAndDigits(s: string): string {
  let out = '';
  let start = -1;
  for (let i = 0; i < s.length; ) {
    const n = codePointLength(s, i);
    if (letterOrDigitAt(s, i)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out += s.slice(start, i);
      start = -1;
    }
    i += n;
  }
  return start >= 0 ? (start === 0 ? s : out + s.slice(start)) : out;
}

/** `[\p{L}\p{N}]` at a position (the pattern asked only beyond ASCII). */
const LETTER_OR_DIGIT_AT = /[\p{L}\p{N}]/uy;
export function letterOrDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  LETTER_OR_DIGIT_AT.lastIndex = i;
  return LETTER_OR_DIGIT_AT.test(s);
}

/** UTF-16 units of the code point at `i`: 2 for a surrogate pair, else 1. */
export function codePointLength(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}
