/**
 * Evidence that a closed-up hyphen is a flattened dash (positive weights). The
 * +3 rules are decisive alone (`strong`): grammar that no compound has.
 */
import { frequency, isWord } from '../../../lexicon/index.js';
import type { Candidate } from '../candidate.js';
import {
  ADVERB_ENDING,
  CONTRACTION,
  DASH_ENDERS,
  DASH_STARTERS,
  MODAL_FOLLOWERS,
  MODALS,
  MONTHS,
  PARTICLES,
  RANGE_ENDS,
  TIME_SUFFIXES,
} from '../../../lexicon/word-classes.js';
import {
  AFTER_VERB,
  DETERMINERS,
  HAS_DIGIT,
  LOWER_WORD,
  PLURAL_STEM_MIN_FREQUENCY,
  YEAR,
  isIngForm,
  isPastForm,
  lower,
  nextWord,
  word,
} from './shared.js';

/** The right word is a closed-class word that never starts a compound's second half (`heroes-all`, `Un-was`). */
export const W_STARTER = 3;

/** The left word is a closed-class word that never begins a compound (`and-rare`, `the-`). */
export const W_ENDER = 3;

/** The right word is an unambiguous `-ly` adverb (`against-specifically`): never a compound's second half. */
export const W_ADVERB = 3;

/** `am`/`pm` then a time (`08:30 am-7 pm`): a time range printed with a dash. */
export const W_TIME_RANGE = 3;

/** A day of a month then a word (`PHOENIX, May 19-Phoenix is`): the dash after a dateline. */
export const W_DATELINE = 3;

/** An opening quote or bracket after the hyphen (`today-“Scarne`, `section-[the]`): compounds have none. */
export const W_OPENER = 3;

/** Closing punctuation before the hyphen (`1999),-the`, `it.-Rick`): a phrase ended there. */
export const W_CLOSER = 3;

/** A year then `present`/`today`/`now` (`2013-present`): a range printed with a dash. */
export const W_RANGE_END = 3;

/** A plural noun before the hyphen (`forces-backed`, `identities-as`): English compounds take the singular. */
export const W_PLURAL = 1;

/**
 * A past or -ing form after the hyphen, then a preposition or a determiner (`power-left for`,
 * `Beijing-fought against`, `preparedness-knowing what`): a verb, not a compound adjective.
 */
export const W_VERBAL = 1;

/** A particle after the hyphen (`proper-in`, `threat-to`): also ends compounds (`built-in`), so only a hint. */
export const W_PARTICLE = 1;

/** …and with a determiner after it (`people-by the compass`): it heads a prepositional phrase. Adds up to a decision. */
export const W_PREPOSITIONAL = 2;

/** Minimum length of an `-ly` adverb (`totally`): shorter words of that shape are not adverbs (`rally`). */
export const ADVERB_MIN_LENGTH = 7;

export function starter(c: Candidate): number {
  // `I` after a lower-case word (`wanted to-I wanted`); after a capitalised one it is a numeral (`Phase-I`).
  if (c.right === 'I') return LOWER_WORD.test(c.left) ? W_STARTER : 0;
  // After a number, `a` is a grade or a class (`1-a`, `8-4A`).
  if (c.right.length < 2 && HAS_DIGIT.test(c.left)) return 0;
  if (CONTRACTION.test(c.right)) return W_STARTER;
  const w = word(c.right);
  if (MODALS.has(w)) return MODAL_FOLLOWERS.has(nextWord(c)) ? W_STARTER : 0;
  return DASH_STARTERS.has(w) ? W_STARTER : 0;
}

export function ender(c: Candidate): number {
  return DASH_ENDERS.has(word(c.left)) ? W_ENDER : 0;
}

export function adverb(c: Candidate): number {
  const r = lower(c.right);
  if (!r || r.length < ADVERB_MIN_LENGTH || !ADVERB_ENDING.test(r)) return 0;
  // A compound adverb spelt closed up too (`whole-heartedly`/`wholeheartedly`) is one word.
  return isWord(c.left.toLowerCase() + r) ? 0 : W_ADVERB;
}

export function timeRange(c: Candidate): number {
  return TIME_SUFFIXES.has(c.left.toLowerCase()) && /^\p{N}/u.test(c.right) ? W_TIME_RANGE : 0;
}

const DAY = /^(?:[1-9]|[12]\p{N}|3[01])$/u;

export function dateline(c: Candidate): number {
  // A date range (`Sept. 29-Oct. 8`) is no dateline.
  if (!DAY.test(c.left) || !c.prev || !/^\p{L}/u.test(c.right) || MONTHS.has(c.right.toLowerCase())) return 0;
  return MONTHS.has(c.prev.replace(/[.,]$/u, '').toLowerCase()) ? W_DATELINE : 0;
}

export function opener(c: Candidate): number {
  return c.opensAfter && c.hyphens < 2 ? W_OPENER : 0;
}

/** A lower-case word with a full stop (`it.`), not an abbreviation with inner dots (`U.S.`). */
const SENTENCE_WORD = /^\p{Ll}[\p{Ll}'’]+\.$/u;

export function closer(c: Candidate): number {
  return c.closesBefore || SENTENCE_WORD.test(c.left) ? W_CLOSER : 0;
}

export function rangeEnd(c: Candidate): number {
  return YEAR.test(c.left) && RANGE_ENDS.has(c.right) ? W_RANGE_END : 0;
}

/** `strong` per candidate: five compound rules and the document check ask it of the same candidate. */
const STRONG = new WeakMap<Candidate, boolean>();

/** Strong (decisive) dash evidence: any of the rules above. */
export function strong(c: Candidate): boolean {
  let s = STRONG.get(c);
  if (s === undefined) {
    s = starter(c) + ender(c) + adverb(c) + timeRange(c) + dateline(c) + opener(c) + closer(c) + rangeEnd(c) > 0;
    STRONG.set(c, s);
  }
  return s;
}

export function plural(c: Candidate): number {
  // A plural before a particle is the pattern of `hangers-on`, `passers-by`, `hands-on`.
  if (PARTICLES.has(c.right.toLowerCase())) return 0;
  const w = lower(c.left);
  if (!w || w.length < 4 || !w.endsWith('s') || /(ss|us|is|'s|’s)$/u.test(w)) return 0;
  const stems = [w.slice(0, -1)];
  if (w.endsWith('es')) stems.push(w.slice(0, -2));
  if (w.endsWith('ies')) stems.push(`${w.slice(0, -3)}y`);
  return stems.some((s) => frequency(s) >= PLURAL_STEM_MIN_FREQUENCY) ? W_PLURAL : 0;
}

export function verbal(c: Candidate): number {
  const w = lower(c.right);
  if (!w || c.trailing !== '' || !(isPastForm(w) || isIngForm(w))) return 0;
  return AFTER_VERB.has(nextWord(c)) ? W_VERBAL : 0;
}

export function particle(c: Candidate): number {
  return PARTICLES.has(lower(c.right) ?? '') ? W_PARTICLE : 0;
}

/** A particle then a determiner (`somebody-on the local level`): a prepositional phrase after a dash. */
export function prepositionalPhrase(c: Candidate): number {
  return c.trailing === '' && PARTICLES.has(lower(c.right) ?? '') && DETERMINERS.has(nextWord(c)) ? W_PREPOSITIONAL : 0;
}
