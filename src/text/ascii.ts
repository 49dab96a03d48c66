/**
 * Unicode-property tests with a path for ASCII text that asks no regex. The patterns they stand in
 * for (`\p{L}`, `\p{N}`, `\s` with the `u` flag) cost about a microsecond a site in line-end
 * dehyphenation, five of them per site; nearly every word is ASCII. Outside ASCII each function asks
 * its pattern, so the answers are the pattern's on any text (test/text/ascii.test.ts checks them
 * against the patterns on every kind of character).
 */

/** An ASCII letter (A–Z, a–z). */
function asciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** An ASCII digit (0–9). */
function asciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const ALL_LETTERS = /^\p{L}+$/u;

/** `/^\p{L}+$/u.test(s)`: one or more letters and nothing else. */
export function allLetters(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (asciiLetter(c)) continue;
    return c >= 128 && ALL_LETTERS.test(s);
  }
  return true;
}

const LEADING_ALNUM = /^[\p{L}\p{M}\p{N}]+/u;

/** `/^[\p{L}\p{M}\p{N}]+/u.exec(s)?.[0] ?? ''`: the letters, marks and digits at the start of `s`. */
export function leadingAlnum(s: string): string {
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (asciiLetter(c) || asciiDigit(c)) i++;
    else if (c >= 128) return LEADING_ALNUM.exec(s)?.[0] ?? '';
    else break;
  }
  return i === n ? s : s.slice(0, i);
}

const HAS_LETTER = /\p{L}/u;

/** `/\p{L}/u.test(s)`: some letter in `s`. */
export function hasLetter(s: string): boolean {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (asciiLetter(c)) return true;
    if (c >= 128) return HAS_LETTER.test(s);
  }
  return false;
}

const ENDS_IN_NUMBER = /\p{N}$/u;
const STARTS_WITH_NUMBER = /^\p{N}/u;

/** `/\p{N}$/u.test(s)`: `s` ends in a number character. */
export function endsInNumber(s: string): boolean {
  if (s.length === 0) return false;
  const c = s.charCodeAt(s.length - 1);
  return c < 128 ? asciiDigit(c) : ENDS_IN_NUMBER.test(s);
}

/** `/^\p{N}/u.test(s)`: `s` starts with a number character. */
export function startsWithNumber(s: string): boolean {
  if (s.length === 0) return false;
  const c = s.charCodeAt(0);
  return c < 128 ? asciiDigit(c) : STARTS_WITH_NUMBER.test(s);
}

/** Is the UTF-16 unit white space as the pattern `\s` knows it (and `trim` removes)? */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * `/^[\s\u00A0\u200B\uFEFF]*$/u.test(line)`: white space (as `\s` and `trim` know it, NBSP and BOM among
 * it) and ZERO WIDTH SPACE only, or nothing: a blank line of a text layer. A scan that stops at the
 * line's first other character (nearly every line's first), with no trimmed copy and no pattern per line.
 */
export function isBlankLine(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (!isSpaceCode(c) && c !== 0x200b) return false;
  }
  return true;
}

/**
 * `s.toLowerCase()`. A text of ASCII characters without a capital (most words) is its own lower case:
 * returned as it is, without the case mapping (for a word cut out of a line holding a curly quote or a
 * dash, the engine maps case through ICU, a call per word). Anything else is case-mapped as before.
 */
export function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return s.toLowerCase();
  }
  return s;
}
