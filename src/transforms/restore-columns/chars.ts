/**
 * The character tests of restore-columns' word scans (./unglue.ts lineCuts, ./inline-rest.ts restsIn),
 * with a path for ASCII that asks no regex. Both scans read every letter run of every line of a
 * pdftotext page, and the one-character Unicode patterns they stood on were about a third of their
 * time (dev+dev2 page.txt, `node --cpu-prof`). Outside ASCII each test asks its pattern, so the answers
 * are the pattern's on any text (test/transforms/restore-columns/chars.test.ts compares them).
 */
import { isSpaceCode } from '../../text/ascii.js';

/** `/[\s"“‘([]/u`: what may stand before a token's first letter (white space, an opening quote or bracket). */
export const TOKEN_BEFORE = /[\s"“‘([]/u;
/** `/[\p{L}\p{N}\-'’]/u`: a letter, a digit or a joining mark after a run means the run goes on. */
export const GOES_ON = /[\p{L}\p{N}\-'’]/u;
const LOWER_START = /^\p{Ll}/u;

/** `TOKEN_BEFORE.test(ch)` for one UTF-16 unit `ch`. */
export function opensToken(ch: string): boolean {
  const c = ch.charCodeAt(0);
  // ASCII: white space, `"`, `(`, `[`.
  if (c < 128) return isSpaceCode(c) || c === 34 || c === 40 || c === 91;
  return TOKEN_BEFORE.test(ch);
}

/** `GOES_ON.test(ch)` for one UTF-16 unit `ch`. */
export function goesOn(ch: string): boolean {
  const c = ch.charCodeAt(0);
  // ASCII: a letter, a digit, `-`, `'`.
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 39;
  return GOES_ON.test(ch);
}

/** `/^\p{Ll}/u.test(s)`: `s` starts with a lower-case letter. */
export function startsLower(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER_START.test(s);
}

/** `text.search(/\s/u)`: the offset of the first white space, -1 when none (no surrogate is white space). */
export function firstSpace(text: string): number {
  for (let i = 0; i < text.length; i++) if (isSpaceCode(text.charCodeAt(i))) return i;
  return -1;
}
