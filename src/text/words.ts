/**
 * Words as the pattern `/[\p{L}\p{N}][\p{L}\p{N}'’-]*\/gu` finds them (a letter or digit, then letters,
 * digits, apostrophes and hyphens), scanned by hand: the segment transform reads every story's words
 * with it, and a regex `exec` per word built a match object per word (the scan builds nothing).
 */

/** Letters and digits (`\p{L}`, `\p{N}`), per UTF-16 unit of the basic plane: 0 not asked yet, 1 yes, 2 no. */
const BMP = new Uint8Array(0x10000);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Is the code point a letter or a digit (`\p{L}` or `\p{N}`)? Outside ASCII the pattern answers, once per code unit. */
export function isLetterOrDigit(cp: number): boolean {
  if (cp < 0x80) return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  if (cp < 0x10000) {
    let v = BMP[cp]!;
    if (v === 0) {
      v = LETTER_OR_DIGIT.test(String.fromCharCode(cp)) ? 1 : 2;
      BMP[cp] = v;
    }
    return v === 1;
  }
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
}

/** One word after another: `next()` moves to the next word, whose offsets are then `start` and `end` (`text.slice(start, end)`). */
export class WordScan {
  start = 0;
  end = 0;
  private at = 0;
  constructor(private readonly text: string) {}

  next(): boolean {
    const t = this.text;
    const n = t.length;
    let i = this.at;
    // Code point by code point, as the pattern with the `u` flag goes (a pair of surrogates is one character).
    while (i < n) {
      const cp = t.codePointAt(i)!;
      if (isLetterOrDigit(cp)) break;
      i += cp > 0xffff ? 2 : 1;
    }
    if (i >= n) {
      this.at = n;
      return false;
    }
    this.start = i;
    i += t.codePointAt(i)! > 0xffff ? 2 : 1;
    while (i < n) {
      const cp = t.codePointAt(i)!;
      if (cp !== 0x27 && cp !== 0x2019 && cp !== 0x2d && !isLetterOrDigit(cp)) break;
      i += cp > 0xffff ? 2 : 1;
    }
    this.end = i;
    this.at = i;
    return true;
  }
}
