/**
 * Evidence for and against reading a closed-up hyphen as a flattened dash. Each
 * piece is a small function returning its named weight when it fires (0 when not);
 * the candidate's own score is their sum. Positive weights say "dash", negative
 * "compound". The paired-dash structure, which needs the neighbours, is in pairs.ts.
 *
 * The weights are on a log-odds-like scale: 3 is one decisive piece of evidence
 * (the threshold, see index.ts), 1 a hint that needs company, −3/−4 a compound marker
 * that outweighs any single hint.
 */
import { frequency, isWord, type Vocabulary } from '../../lexicon/index.js';
import type { Candidate } from './candidate.js';
import {
  ADVERB_ENDING,
  BOUND_FIRST,
  COMPOUND_HEADS,
  CONTRACTION,
  DASH_ENDERS,
  DASH_STARTERS,
  IRREGULAR_PAST,
  MODALS,
  MODAL_FOLLOWERS,
  NAME_SYLLABLE,
  NUMBER_WORDS,
  PARTICLES,
  RANGE_ENDS,
  TIME_SUFFIXES,
} from './words.js';

/** One piece of evidence that fired. */
export interface Fired {
  id: string;
  weight: number;
}

/** The right word is a closed-class word that never starts a compound's second half (`heroes-all`, `Un-was`). */
export const W_STARTER = 3;
/** The left word is a closed-class word that never begins a compound (`and-rare`, `the-`). */
export const W_ENDER = 3;
/** The right word is an unambiguous `-ly` adverb (`against-specifically`): never a compound's second half. */
export const W_ADVERB = 3;
/** `am`/`pm` then a time (`08:30 am-7 pm`): a time range printed with a dash. */
export const W_TIME_RANGE = 3;
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

/** A hyphenated prefix or a particle before the hyphen (`inter-Korean`, `self-reported`, `in-group`), unless a dash starter follows. */
export const W_BOUND_FIRST = -4;
/** A number word before the hyphen (`two-way`, `three-nation`): the first element of a compound. */
export const W_NUMBER_FIRST = -3;
/** A verb form then a particle (`dried-out`, `agreed-upon`, `unheard-of`, `breaking-out`): a phrasal compound. */
export const W_PHRASAL = -3;
/** A word that typically ends a descriptive compound after the hyphen (`Warhol-like`, `year-old`, `US-led`). */
export const W_COMPOUND_HEAD = -3;
/** Codes and abbreviations: a digit, an all-capitals part or a single letter (`US-led`, `COVID-19`, `T-shirt`, `Triple-A`). */
export const W_CODE = -3;
/** Capitalised parts on both sides (`German-Russian`, `Al-Haram`, `Mon-Fri`): proper compounds and double names. */
export const W_CAPITAL_RIGHT = -2;
/** A two-syllable romanised given name (`Jae-in`, `Seung-min`, `So-young`, `Kwok-hung`). */
export const W_NAME = -4;
/** A lower-case right part that is not an English word (`Seung-min`, `Nesf-e`): part of a name or a foreign word. */
export const W_UNKNOWN_RIGHT = -2;
/** The same word twice (`tiny-tiny`, `so-so`, `no-no`). */
export const W_REDUPLICATION = -4;
/**
 * Part of a chain of hyphens (`20-year-old`, `editor-in-chief`, `two-and-a-half-mile`,
 * `free-for-all`): chains hold function words of their own, so this outweighs any
 * word evidence; only punctuation (opener/closer) breaks one.
 */
export const W_CHAIN = -6;
/** The document writes `x-y` elsewhere too: its own spelling of a compound. */
export const W_DOCUMENT = -3;
/** `xy` closed up is an English word (`follow-up`/`followup`, `catch-all`/`catchall`, `cut-off`). */
export const W_CLOSED_FORM = -2;
/** Followed by a lower-case content word (`Korean-language theatre`): an attributive compound adjective. */
export const W_ATTRIBUTIVE = -1;

/** Minimum SUBTLEX count for the singular of a supposed plural (`force`, `hero`, `identity`) to count as a word. */
export const PLURAL_STEM_MIN_FREQUENCY = 20;
/** Minimum SUBTLEX count for the stem of a supposed `-ed` form (`back` for `backed`). */
export const PAST_STEM_MIN_FREQUENCY = 20;
/** Minimum length of an `-ly` adverb (`totally`): shorter words of that shape are not adverbs (`rally`). */
export const ADVERB_MIN_LENGTH = 7;

const LOWER_WORD = /^\p{Ll}[\p{Ll}\p{M}'’]*$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const ALL_CAPS = /^\p{Lu}[\p{Lu}.]+$/u;
const HAS_DIGIT = /\p{N}/u;
const YEAR = /^\p{N}{4}$/u;

function lower(word: string): string | undefined {
  return LOWER_WORD.test(word) ? word : undefined;
}

/** A lower-case word, or a capitalised one (`This`) lower-cased; single capitals (`A`, `I`) are not words here. */
function word(w: string): string {
  if (LOWER_WORD.test(w)) return w;
  return w.length > 1 && CAPITALISED.test(w) && LOWER_WORD.test(w.slice(1)) ? w.toLowerCase() : '';
}

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

/** The word after the candidate's token (the first part of a hyphenated one), edge punctuation removed. */
function nextWord(c: Candidate): string {
  if (!c.next) return '';
  return c.next.replace(/^[“‘"(\[]+/u, '').replace(/^([^-]+)-.*$/u, '$1').replace(/[^\p{L}]+$/u, '');
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

/** Strong (decisive) dash evidence: any of the rules above. */
export function strong(c: Candidate): boolean {
  return starter(c) + ender(c) + adverb(c) + timeRange(c) + opener(c) + closer(c) + rangeEnd(c) > 0;
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

/** Is `w` a past tense or participle (`fought`, `backed`)? */
export function isPastForm(w: string): boolean {
  if (IRREGULAR_PAST.has(w)) return true;
  if (w.length < 5 || !w.endsWith('ed')) return false;
  const stems = [w.slice(0, -2), w.slice(0, -1)];
  if (w.endsWith('ied')) stems.push(`${w.slice(0, -3)}y`);
  if (/(\p{L})\1ed$/u.test(w)) stems.push(w.slice(0, -3));
  return stems.some((s) => s.length >= 2 && frequency(s) >= PAST_STEM_MIN_FREQUENCY);
}

/** Is a word a function word (a dash starter or a particle)? */
function isFunctionWord(word: string | undefined): boolean {
  if (!word) return false;
  const w = word.replace(/^[“‘"(\[]+|[^\p{L}]+$/gu, '');
  return DASH_STARTERS.has(w) || PARTICLES.has(w);
}

/**
 * Words that take an object or complement right after a verb but never follow a
 * compound adjective: prepositions, articles, determiners and object pronouns
 * (not conjunctions: `thin-lipped and wide` is a compound adjective).
 */
const AFTER_VERB = new Set(
  `by for against in on to with from at into of about over through after under
   the a an his her their its my our your this these those that him them us me it`.split(/\s+/u),
);

export function verbal(c: Candidate): number {
  const w = lower(c.right);
  if (!w || c.trailing !== '' || !(isPastForm(w) || isIngForm(w))) return 0;
  return AFTER_VERB.has(nextWord(c)) ? W_VERBAL : 0;
}

export function particle(c: Candidate): number {
  return PARTICLES.has(lower(c.right) ?? '') ? W_PARTICLE : 0;
}

/** Articles and determiners that begin a noun phrase. */
const DETERMINERS = new Set(
  `the a an this that these those his her their its our my your some any every each no`.split(/\s+/u),
);

/** A particle then a determiner (`somebody-on the local level`): a prepositional phrase after a dash. */
export function prepositionalPhrase(c: Candidate): number {
  return c.trailing === '' && PARTICLES.has(lower(c.right) ?? '') && DETERMINERS.has(nextWord(c)) ? W_PREPOSITIONAL : 0;
}

export function boundFirst(c: Candidate): number {
  // A particle is no prefix before a dash starter (`coming up-and the stranger`, `sought out-the loners`),
  // unless the two make a word closed up (`over-all`/`overall`).
  const l = c.left.toLowerCase();
  if (PARTICLE_FIRST.has(l) && starter(c) > 0 && !isWord(l + c.right.toLowerCase())) return 0;
  if (BOUND_FIRST.has(c.left)) return W_BOUND_FIRST;
  // A capitalised prefix before a dash starter is more likely a name (`Un-was` is Kim Jong Un, then a dash).
  return BOUND_FIRST.has(c.left.toLowerCase()) && starter(c) === 0 ? W_BOUND_FIRST : 0;
}

/** First elements that are particles or adverbs rather than prefixes. */
const PARTICLE_FIRST = new Set([...PARTICLES, 'all', 'so', 'well']);

export function numberFirst(c: Candidate): number {
  return NUMBER_WORDS.has(c.left.toLowerCase()) && !strong(c) ? W_NUMBER_FIRST : 0;
}

/** Is `w` a present participle (`breaking`, `camping`)? */
function isIngForm(w: string): boolean {
  return w.length >= 6 && w.endsWith('ing') && frequency(w.slice(0, -3)) + frequency(`${w.slice(0, -3)}e`) >= PAST_STEM_MIN_FREQUENCY;
}

/** Prepositions that end phrasal compounds after a verb form besides the particles (`hoped-for`, `unheard-of`, `agreed-upon`). */
const PHRASAL_PREPOSITIONS = new Set(['for', 'of', 'upon']);

export function phrasal(c: Candidate): number {
  const l = word(c.left);
  const r = lower(c.right);
  if (!l || !r || !(PARTICLES.has(r) || PHRASAL_PREPOSITIONS.has(r))) return 0;
  return isPastForm(l) || isIngForm(l) || (l.startsWith('un') && isPastForm(l.slice(2))) ? W_PHRASAL : 0;
}

export function compoundHead(c: Candidate): number {
  return COMPOUND_HEADS.has(c.right.toLowerCase()) ? W_COMPOUND_HEAD : 0;
}

export function code(c: Candidate): number {
  if (strong(c)) return 0;
  const isCode = (w: string): boolean => HAS_DIGIT.test(w) || ALL_CAPS.test(w) || w.length === 1;
  return isCode(c.left) || isCode(c.right) ? W_CODE : 0;
}

export function capitalRight(c: Candidate): number {
  // After a closed phrase or before a capitalised starter, a capital is what a dash brings;
  // after a lower-case word it says nothing (`fellow-Scots`, but `staff-Jerry Williams`).
  if (strong(c) || !/^\p{Lu}/u.test(c.left)) return 0;
  return !c.opensAfter && /^\p{Lu}/u.test(c.right) && !ALL_CAPS.test(c.right) && c.right !== 'I' ? W_CAPITAL_RIGHT : 0;
}

/** A capitalised single syllable, a hyphen, a lower-case single syllable that is not a dash starter. */
export function givenName(c: Candidate): number {
  if (!CAPITALISED.test(c.left) && !/^\p{Lu}$/u.test(c.left)) return 0;
  const r = lower(c.right);
  if (!r || DASH_STARTERS.has(r)) return 0;
  return NAME_SYLLABLE.test(c.left.toLowerCase()) && NAME_SYLLABLE.test(r) ? W_NAME : 0;
}

export function unknownRight(c: Candidate): number {
  const r = lower(c.right);
  return r && !isWord(r) ? W_UNKNOWN_RIGHT : 0;
}

export function reduplication(c: Candidate): number {
  return c.left.toLowerCase() === c.right.toLowerCase() ? W_REDUPLICATION : 0;
}

export function chain(c: Candidate): number {
  if (c.hyphens < 2) return 0;
  // The last hyphen of a chain of content words before a dash starter is a compound, then a
  // dash (`self-assertive-the`, `lip-sucking-but`). Idioms hold function words before their
  // last part (`free-for-all`, `forget-me-not`, `as-it-were`, `on-again-off-again`).
  if (c.trailing === '-' || starter(c) === 0) return W_CHAIN;
  const parts = c.token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').split('-').slice(0, -1);
  return parts.some((p) => isFunctionWord(p.toLowerCase())) ? W_CHAIN : 0;
}

/** `x-y` counted in the document: more than this one occurrence means the document spells it so. */
export function documentSpelling(c: Candidate, vocab: Vocabulary | undefined): number {
  // A flattened dash in a repeated phrase repeats too (`(2013-present)` twice): grammar wins.
  if (strong(c)) return 0;
  return vocab && vocab.count(`${c.left}-${c.right}`) >= 2 ? W_DOCUMENT : 0;
}

export function closedForm(c: Candidate): number {
  const l = lower(c.left);
  const r = lower(c.right);
  // Both parts need two letters: `moment`+`a` makes `momenta`, which says nothing.
  return l && r && l.length > 1 && r.length > 1 && isWord(l + r) ? W_CLOSED_FORM : 0;
}

export function attributive(c: Candidate): number {
  // After a dash starter the next word belongs to its phrase; `to` + word is an infinitive (`threat-to frame`).
  if (c.trailing !== '' || !c.next || strong(c) || c.right === 'to') return 0;
  // The next word, or the first part of a hyphenated next token (`program-on`).
  const next = nextWord(c);
  return LOWER_WORD.test(next) && !isFunctionWord(next) ? W_ATTRIBUTIVE : 0;
}

/**
 * The word rules, in the order they are reported. The document's own spelling
 * (documentSpelling) is asked only of candidates about to be repaired without
 * strong evidence (see rules/03-flattened.ts): the vocabulary costs a pass over the document.
 */
const RULES: ReadonlyArray<[string, (c: Candidate) => number]> = [
  ['starter', starter],
  ['ender', ender],
  ['adverb', adverb],
  ['time-range', timeRange],
  ['opener', opener],
  ['closer', closer],
  ['range-end', rangeEnd],
  ['plural', plural],
  ['verbal', verbal],
  ['particle', particle],
  ['prepositional', prepositionalPhrase],
  ['bound-first', boundFirst],
  ['number-first', numberFirst],
  ['phrasal', phrasal],
  ['compound-head', compoundHead],
  ['code', code],
  ['capital-right', capitalRight],
  ['given-name', givenName],
  ['unknown-right', unknownRight],
  ['reduplication', reduplication],
  ['chain', chain],
  ['closed-form', closedForm],
  ['attributive', attributive],
];

/** Every piece of word evidence that fires for a candidate (pairs and document spelling aside). */
export function ownEvidence(c: Candidate): Fired[] {
  const out: Fired[] = [];
  for (const [id, rule] of RULES) {
    const weight = rule(c);
    if (weight !== 0) out.push({ id, weight });
  }
  return out;
}

export function total(fired: readonly Fired[]): number {
  let s = 0;
  for (const f of fired) s += f.weight;
  return s;
}
