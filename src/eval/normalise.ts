/**
 * Text normalisation and tokenisation of the quality evaluation, as the
 * reference scorer (../shared/bench/score.mjs, README "Normalisation") does
 * them: both sides are normalised the same way before any comparison.
 */

/** Single quotes and primes the scorer reads as `'`. */
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g;
/** Double quotes and guillemets the scorer reads as `"`. */
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
/** Dashes that become a separate `—` token (figure, en, em dash, horizontal bar, minus, 2-/3-em dash). */
const DASH_CHARS = /[\u2012\u2013\u2014\u2015\u2212\u2E3A\u2E3B]/g;
/** Soft hyphen and zero-width characters: removed. */
const INVISIBLE = /[\u00ad\u200b\u200c\u200d\ufeff]/g;
/** Unicode hyphens: read as ASCII `-`. */
const UNICODE_HYPHENS = /[\u2010\u2011]/g;
/** One to three hyphens standing alone between spaces: a dash. */
const SPACED_HYPHENS = /(^|\s)-{1,3}(?=\s|$)/g;
/** Two or more hyphens anywhere: a dash. */
const DOUBLE_HYPHEN = /--+/g;

/** The dash token. */
export const DASH = '\u2014';

/** Normalise a string for comparison: NFKC, invisible characters out, hyphens/quotes/dashes unified, spaces collapsed, lower case. */
export function norm(s: unknown): string {
  if (s === null || s === undefined) return '';
  return String(s)
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(UNICODE_HYPHENS, '-')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASH_CHARS, ` ${DASH} `)
    .replace(SPACED_HYPHENS, `$1${DASH}`)
    .replace(DOUBLE_HYPHEN, ` ${DASH} `)
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Punctuation at either end of a token (anything but letters, digits and the dash token). */
const EDGE_PUNCT = /^[^\p{L}\p{N}\u2014]+|[^\p{L}\p{N}\u2014]+$/gu;
/** Trailing characters other than letters, digits and hyphens (looked past to find a word-final hyphen). */
const TRAILING_NON_WORD = /[^\p{L}\p{N}-]+$/u;
/** A word ending in a hyphen right after a letter or digit (`cov-`). */
const WORD_FINAL_HYPHEN = /[\p{L}\p{N}]-$/u;

/**
 * Tokens of a string: whitespace split after `norm`, edge punctuation stripped,
 * a word-final hyphen kept (`cov-`, so broken halves stay visible), `—` its own token.
 */
export function tokens(s: unknown): string[] {
  const out: string[] = [];
  for (const raw of norm(s).split(' ')) {
    if (!raw) continue;
    if (raw === DASH) {
      out.push(raw);
      continue;
    }
    const hyphenEnd = WORD_FINAL_HYPHEN.test(raw.replace(TRAILING_NON_WORD, ''));
    const t = raw.replace(EDGE_PUNCT, '');
    if (!t) continue;
    out.push(hyphenEnd ? `${t}-` : t);
  }
  return out;
}

/** A multiset of strings. */
export type Bag = Map<string, number>;

export function bagOf(items: Iterable<string>): Bag {
  const bag: Bag = new Map();
  for (const x of items) bag.set(x, (bag.get(x) ?? 0) + 1);
  return bag;
}

export function countIn(bag: Bag, key: string): number {
  return bag.get(key) ?? 0;
}

/** Size of the multiset intersection of `a` and `b`. */
export function overlap(a: Bag, b: Bag): number {
  let n = 0;
  for (const [k, v] of a) n += Math.min(v, countIn(b, k));
  return n;
}
