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
import { lowerCase } from '../text/ascii.js';

const require = createRequire(import.meta.url);
const SEP = '\u2027';

type Hyphenate = (text: string, options?: { hyphenChar?: string; minWordLength?: number }) => string;
let us: Hyphenate | undefined;
let gb: Hyphenate | undefined;

/** Results kept per (lower-cased) word; a page asks about the same words again and again. */
const CACHE_LIMIT = 50_000;
const cache = new Map<string, DictionaryPoints>();

/** The break points of a word by each dictionary, and by either. */
interface DictionaryPoints {
  us: readonly number[];
  gb: readonly number[];
  either: ReadonlySet<number>;
}

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
const NONE: DictionaryPoints = { us: [], gb: [], either: new Set() };

/** Offsets (in characters from the start of the word) where one dictionary's patterns allow a break, ascending. */
function pointsOf(h: Hyphenate, key: string): number[] {
  const parts = h(key, { hyphenChar: SEP, minWordLength: 4 }).split(SEP);
  const out: number[] = [];
  let at = 0;
  for (let i = 0; i < parts.length - 1; i++) {
    at += parts[i]!.length;
    out.push(at);
  }
  return out;
}

/** The word's points by the US and the British patterns (cached per lower-cased word). */
function dictionaryPoints(word: string): DictionaryPoints {
  if (word.length > MAX_WORD_LENGTH) return NONE;
  const key = lowerCase(word);
  const hit = cache.get(key);
  if (hit) return hit;
  const { us: hu, gb: hg } = load();
  const u = pointsOf(hu, key);
  const g = pointsOf(hg, key);
  const points: DictionaryPoints = { us: u, gb: g, either: new Set([...u, ...g]) };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, points);
  return points;
}

/** Offsets (in characters from the start of the word) where US or British patterns allow a break. */
export function breakPoints(word: string): ReadonlySet<number> {
  return dictionaryPoints(word).either;
}

/**
 * The first point at least `minLeft` letters in that the US and the British patterns each allow at or
 * before: the later of the two dictionaries' first points (a piece every English typesetter could have
 * set, whichever dictionary it used). Infinity when either allows none.
 */
export function firstPointEverywhere(word: string, minLeft: number): number {
  const { us: u, gb: g } = dictionaryPoints(word);
  const first = (list: readonly number[]): number => list.find((p) => p >= minLeft) ?? Infinity;
  return Math.max(first(u), first(g));
}

/** Could a typesetter have broken `left + right` after `left` (by US or British patterns)? */
export function isLegalBreak(left: string, right: string): boolean {
  return breakPoints(left + right).has(left.length);
}
