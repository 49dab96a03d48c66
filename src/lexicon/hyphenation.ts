/**
 * Legal hyphenation points from Liang/TeX patterns (package `hyphen`, ISC,
 * patterns `hyph-en-us` from the TeX hyphenation project). Used as evidence for
 * "is this a place where a typesetter could have broken the word?".
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const SEP = '\u2027';

type Hyphenate = (text: string, options?: { hyphenChar?: string; minWordLength?: number }) => string;
let us: Hyphenate | undefined;
let gb: Hyphenate | undefined;

function load(): { us: Hyphenate; gb: Hyphenate } {
  us ??= (require('hyphen/en-us') as { hyphenateSync: Hyphenate }).hyphenateSync;
  gb ??= (require('hyphen/en-gb') as { hyphenateSync: Hyphenate }).hyphenateSync;
  return { us, gb };
}

/** Offsets (in characters from the start of the word) where US or British patterns allow a break. */
export function breakPoints(word: string): Set<number> {
  const { us: hu, gb: hg } = load();
  const points = new Set<number>();
  for (const h of [hu, hg]) {
    const parts = h(word, { hyphenChar: SEP, minWordLength: 4 }).split(SEP);
    let at = 0;
    for (let i = 0; i < parts.length - 1; i++) {
      at += parts[i]!.length;
      points.add(at);
    }
  }
  return points;
}

/** Could a typesetter have broken `left + right` after `left` (by US or British patterns)? */
export function isLegalBreak(left: string, right: string): boolean {
  return breakPoints(left + right).has(left.length);
}
