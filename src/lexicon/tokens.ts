/**
 * Fast word tokens for counting and scanning: runs of text between white
 * space, dashes and slashes, with opening and closing punctuation trimmed
 * (`“Goodbye` → `Goodbye`, `tion,` → `tion`, `so-called` stays whole).
 * A hand loop instead of a Unicode regex: it runs over every line of every page
 * (twice per page in dehyphenation), where the regex cost as much as reading.
 */

const ALNUM = /[\p{L}\p{M}\p{N}]/u;

/** Is the UTF-16 unit at `i` a letter, mark or digit? (Surrogate pairs count as letters.) */
function isAlnumAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xd800 && c <= 0xdfff) return true;
  return ALNUM.test(s[i]!);
}

/** Runs between white space; split again at dashes and slashes (rare, so done second). */
const RUN = /\S+/g;
const INNER_SEPARATOR = /[\u2013\u2014\u2015/]/;
const INNER_SPLIT = /[\u2013\u2014\u2015/]+/g;

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
    if (m === null) break;
    const chunk = m[0];
    at = m.index + chunk.length;
    if (!INNER_SEPARATOR.test(chunk)) {
      emit(text, m.index, m.index + chunk.length, fn);
      continue;
    }
    let from = 0;
    for (const sep of chunk.matchAll(INNER_SPLIT)) {
      emit(text, m.index + from, m.index + sep.index, fn);
      from = sep.index + sep[0].length;
    }
    emit(text, m.index + from, m.index + chunk.length, fn);
  }
}

/** Trim punctuation from both ends of text[s, e) and pass on what is left. */
function emit(text: string, s: number, e: number, fn: (word: string, start: number) => void): void {
  while (s < e && !isAlnumAt(text, s)) s++;
  while (e > s && !isAlnumAt(text, e - 1)) e--;
  if (e > s) fn(s === 0 && e === text.length ? text : text.slice(s, e), s);
}
