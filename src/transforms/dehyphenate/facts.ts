/**
 * The facts about one site that several pieces of evidence share, looked up
 * once: case shapes of the two parts, the joined and hyphenated forms, what
 * the lexicon and the document say about them.
 */
import { inWordList, wordEntry } from '../../lexicon/words.js';
import { allLetters, hasLetter } from '../../text/ascii.js';
import type { DehyphenateContext } from './context.js';
import { hyphenatedForm, joinedForm, type LineEndSite } from './site.js';

/** Case shape of a word part: `lower` (led), `upper` (US), `title` (Korean), `mixed` (McFar), `other` (digits). */
export type CaseShape = 'lower' | 'upper' | 'title' | 'mixed' | 'other';

export function caseShape(s: string): CaseShape {
  const ascii = asciiCaseShape(s);
  if (ascii !== undefined) return ascii;
  if (!hasLetter(s)) return 'other';
  if (s === s.toLowerCase()) return 'lower';
  if (s === s.toUpperCase()) return s.length === 1 ? 'title' : 'upper';
  const first = s[0]!;
  if (first === first.toUpperCase() && s.slice(1) === s.slice(1).toLowerCase()) return 'title';
  return 'mixed';
}

/** caseShape of an ASCII text, read in one scan of its codes; undefined for any other text. */
function asciiCaseShape(s: string): CaseShape | undefined {
  let upper = false;
  let lower = false;
  let upperAfterFirst = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return undefined;
    if (c >= 65 && c <= 90) {
      upper = true;
      if (i > 0) upperAfterFirst = true;
    } else if (c >= 97 && c <= 122) lower = true;
  }
  if (!upper && !lower) return 'other';
  // The same questions as caseShape's: no capital is `s === s.toLowerCase()`, and so on.
  if (!upper) return 'lower';
  if (!lower) return s.length === 1 ? 'title' : 'upper';
  const first = s.charCodeAt(0);
  return !(first >= 97 && first <= 122) && !upperAfterFirst ? 'title' : 'mixed';
}

/** Text before a token that makes the token start a sentence (or a quotation). */
const SENTENCE_BOUNDARY = /(^|[.!?:;"“‘(\[—–]|[.!?]["'”’)])$/u;

/**
 * The last two characters of a text: all SENTENCE_BOUNDARY reads (it ends in `$` and spans at most two
 * characters, or matches the empty text), so the pattern need not be tried at every offset of a line.
 */
function tail(s: string): string {
  return s.length <= 2 ? s : s.slice(-2);
}

export interface SiteFacts {
  site: LineEndSite;
  /** `documentary` */
  joined: string;
  /** `docu-mentary` */
  hyphenated: string;
  leftShape: CaseShape;
  rightShape: CaseShape;
  /** The left word starts a sentence (or follows an opening quote): its capital says nothing. */
  sentenceInitial: boolean;
  /** The joined form is an English word (spelling list or SUBTLEX). */
  joinedKnown: boolean;
  /** SUBTLEX count of the joined form. */
  joinedFrequency: number;
  /** Unbroken occurrences elsewhere in the document. */
  docJoined: number;
  docHyphenated: number;
  /** Letters only on both sides (Liang patterns and word lists apply). */
  alphabetic: boolean;
}

export function siteFacts(site: LineEndSite, ctx: DehyphenateContext): SiteFacts {
  const joined = joinedForm(site);
  const hyphenated = hyphenatedForm(site);
  const alphabetic = allLetters(site.leftPart) && allLetters(site.rightPart);
  const v = ctx.vocabulary;
  // The whole compound too (`Nesf-e-Jahan`, `14-year-old`), when the left token holds more than the part.
  const fullHyphenated = site.leftCore !== site.leftPart ? `${site.leftCore}-${site.rightWord}` : hyphenated;
  // The joined form's known-ness (isWord) and SUBTLEX count (frequency), from one look-up.
  const lexicon = alphabetic ? wordEntry(joined) : undefined;
  return {
    site,
    joined,
    hyphenated,
    leftShape: caseShape(site.leftPart),
    rightShape: caseShape(site.rightPart),
    sentenceInitial: SENTENCE_BOUNDARY.test(tail(site.before)),
    joinedKnown: lexicon !== undefined && site.rightPart !== '' && (lexicon.listed || lexicon.counted),
    joinedFrequency: lexicon !== undefined ? lexicon.count : 0,
    docJoined: site.rightPart === '' ? 0 : v.count(joined),
    docHyphenated: site.rightPart === '' ? 0 : fullHyphenated === hyphenated ? v.count(hyphenated) : Math.max(v.count(hyphenated), v.count(fullHyphenated)),
    alphabetic,
  };
}

/** A part that is a common word in its own right (spelling list: no names). */
export function isListWord(part: string): boolean {
  return part.length >= 2 && inWordList(part);
}
