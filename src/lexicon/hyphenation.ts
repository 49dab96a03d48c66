/**
 * Legal hyphenation points from Liang/TeX patterns (package `hyphen`, ISC,
 * patterns `hyph-en-us` and `hyph-en-gb` from the TeX hyphenation project). Used as
 * evidence for "is this a place where a typesetter could have broken the word?".
 *
 * The package keeps TeX's minimum fragments of two letters on each side; engines
 * with larger minimums only allow fewer breaks, never more, so a break that is
 * illegal here is illegal for them too (the useful direction of the evidence).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const SEP = '\u2027';

type Hyphenate = (text: string, options?: { hyphenChar?: string; minWordLength?: number }) => string;
let us: Hyphenate | undefined;
let gb: Hyphenate | undefined;

/** Results kept per (lower-cased) word; a page asks about the same words again and again. */
const CACHE_LIMIT = 50_000;
const cache = new Map<string, ReadonlySet<number>>();

function load(): { us: Hyphenate; gb: Hyphenate } {
  us ??= (require('hyphen/en-us') as { hyphenateSync: Hyphenate }).hyphenateSync;
  gb ??= (require('hyphen/en-gb') as { hyphenateSync: Hyphenate }).hyphenateSync;
  return { us, gb };
}

/**
 * Words longer than this get no break points: the longest English words are
 * about 30 letters, and the package's cost grows faster than the word's length
 * (a hostile 50,000-letter token took minutes).
 */
export const MAX_WORD_LENGTH = 64;
const NONE: ReadonlySet<number> = new Set();

/** Offsets (in characters from the start of the word) where US or British patterns allow a break. */
export function breakPoints(word: string): ReadonlySet<number> {
  if (word.length > MAX_WORD_LENGTH) return NONE;
  const key = word.toLowerCase();
  const hit = cache.get(key);
  if (hit) return hit;
  const { us: hu, gb: hg } = load();
  const points = new Set<number>();
  for (const h of [hu, hg]) {
    const parts = h(key, { hyphenChar: SEP, minWordLength: 4 }).split(SEP);
    let at = 0;
    for (let i = 0; i < parts.length - 1; i++) {
      at += parts[i]!.length;
      points.add(at);
    }
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, points);
  return points;
}

/** Could a typesetter have broken `left + right` after `left` (by US or British patterns)? */
export function isLegalBreak(left: string, right: string): boolean {
  return breakPoints(left + right).has(left.length);
}
