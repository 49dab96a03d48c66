/**
 * The facts about one site that several pieces of evidence share, looked up
 * once: case shapes of the two parts, the joined and hyphenated forms, what
 * the lexicon and the document say about them.
 */
import { inWordList, wordEntry } from '../../lexicon/words.js';
import type { DehyphenateContext } from './context.js';
import { hyphenatedForm, joinedForm, type LineEndSite } from './site.js';

/** Case shape of a word part: `lower` (led), `upper` (US), `title` (Korean), `mixed` (McFar), `other` (digits). */
export type CaseShape = 'lower' | 'upper' | 'title' | 'mixed' | 'other';

export function caseShape(s: string): CaseShape {
  if (!/\p{L}/u.test(s)) return 'other';
  if (s === s.toLowerCase()) return 'lower';
  if (s === s.toUpperCase()) return s.length === 1 ? 'title' : 'upper';
  const first = s[0]!;
  if (first === first.toUpperCase() && s.slice(1) === s.slice(1).toLowerCase()) return 'title';
  return 'mixed';
}

/** Text before a token that makes the token start a sentence (or a quotation). */
const SENTENCE_BOUNDARY = /(^|[.!?:;"“‘(\[—–]|[.!?]["'”’)])$/u;

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
  const alphabetic = /^\p{L}+$/u.test(site.leftPart) && /^\p{L}+$/u.test(site.rightPart);
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
    sentenceInitial: SENTENCE_BOUNDARY.test(site.before),
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
