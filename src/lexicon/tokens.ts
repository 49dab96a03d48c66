/**
 * Fast word tokens for counting and scanning: runs of text between white
 * space, dashes and slashes, with opening and closing punctuation trimmed
 * (`“Goodbye` → `Goodbye`, `tion,` → `tion`, `so-called` stays whole).
 * A hand loop instead of a Unicode regex: it runs over every line of every page
 * (twice per page in dehyphenation), where the regex cost as much as reading.
 */

const ALNUM = /[\p{L}\p{M}\p{N}]/u;

/** Is the UTF-16 unit at `i` a letter, mark or digit? (Surrogate pairs count as letters.) */
export function isAlnumAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xd800 && c <= 0xdfff) return true;
  return ALNUM.test(s[i]!);
}

/** Runs between separators: white space, en/em dashes, horizontal bar, slash. */
const RUN = /[^\s\u2013\u2014\u2015/]+/g;

/**
 * Call `fn(word, start)` for each token of `text`, `start` being the token's
 * offset in `text`. Tokens without a letter or digit are skipped.
 */
export function forEachToken(text: string, fn: (word: string, start: number) => void): void {
  let at = 0;
  for (;;) {
    // One shared regex; its position is kept here so that `fn` may tokenise too.
    RUN.lastIndex = at;
    const m = RUN.exec(text);
    if (m === null) return;
    let s = m.index;
    let e = s + m[0].length;
    at = e;
    while (s < e && !isAlnumAt(text, s)) s++;
    while (e > s && !isAlnumAt(text, e - 1)) e--;
    if (e > s) fn(e - s === m[0].length ? m[0] : text.slice(s, e), s);
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
