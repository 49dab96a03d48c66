/** Word-shape helpers shared by the dash and compound evidence. */
import { frequency } from '../../../lexicon/index.js';
import type { Candidate } from '../candidate.js';
import { DASH_STARTERS, IRREGULAR_PAST, PARTICLES } from '../../../lexicon/word-classes.js';

/** Minimum SUBTLEX count for the singular of a supposed plural (`force`, `hero`, `identity`) to count as a word. */
export const PLURAL_STEM_MIN_FREQUENCY = 20;

/** Minimum SUBTLEX count for the stem of a supposed `-ed` form (`back` for `backed`). */
export const PAST_STEM_MIN_FREQUENCY = 20;

export const LOWER_WORD = /^\p{Ll}[\p{Ll}\p{M}'’]*$/u;

export const CAPITALISED = /^\p{Lu}\p{Ll}/u;

export const ALL_CAPS = /^\p{Lu}[\p{Lu}.]+$/u;

export const HAS_DIGIT = /\p{N}/u;

export const YEAR = /^\p{N}{4}$/u;

export function lower(word: string): string | undefined {
  return LOWER_WORD.test(word) ? word : undefined;
}

/** A lower-case word, or a capitalised one (`This`) lower-cased; single capitals (`A`, `I`) are not words here. */
export function word(w: string): string {
  if (LOWER_WORD.test(w)) return w;
  return w.length > 1 && CAPITALISED.test(w) && LOWER_WORD.test(w.slice(1)) ? w.toLowerCase() : '';
}

/** The word after the candidate's token (the first part of a hyphenated one), edge punctuation removed. */
export function nextWord(c: Candidate): string {
  if (!c.next) return '';
  return c.next.replace(/^[“‘"(\[]+/u, '').replace(/^([^-]+)-.*$/u, '$1').replace(/[^\p{L}]+$/u, '');
}

/** Is `w` a past tense or participle (`fought`, `backed`)? */
export function isPastForm(w: string): boolean {
  if (IRREGULAR_PAST.has(w)) return true;
  if (w.length < 5 || !w.endsWith('ed')) return false;
  const stems = [w.slice(0, -2), w.slice(0, -1)];
  if (w.endsWith('ied')) stems.push(`${w.slice(0, -3)}y`);
  if (/(\p{L})\1ed$/u.test(w)) stems.push(w.slice(0, -3));
  return stems.some((s) => s.length >= 2 && frequency(s) >= PAST_STEM_MIN_FREQUENCY);
}

/** Is `w` a present participle (`breaking`, `camping`)? */
export function isIngForm(w: string): boolean {
  return w.length >= 6 && w.endsWith('ing') && frequency(w.slice(0, -3)) + frequency(`${w.slice(0, -3)}e`) >= PAST_STEM_MIN_FREQUENCY;
}

/** Is a word a function word (a dash starter or a particle)? */
export function isFunctionWord(word: string | undefined): boolean {
  if (!word) return false;
  const w = word.replace(/^[“‘"(\[]+|[^\p{L}]+$/gu, '');
  return DASH_STARTERS.has(w) || PARTICLES.has(w);
}

/**
 * Words that take an object or complement right after a verb but never follow a
 * compound adjective: prepositions, articles, determiners and object pronouns
 * (not conjunctions: `thin-lipped and wide` is a compound adjective).
 */
export const AFTER_VERB = new Set(
  `by for against in on to with from at into of about over through after under
   the a an his her their its my our your this these those that him them us me it`.split(/\s+/u),
);

/** Articles and determiners that begin a noun phrase. */
export const DETERMINERS = new Set(
  `the a an this that these those his her their its our my your some any every each no`.split(/\s+/u),
);
