/**
 * Evidence that a closed-up hyphen belongs to a compound (negative weights):
 * prefixes, names, codes, chains, phrasal and attributive compounds, and the
 * document's own spelling.
 */
import { isWord, type Vocabulary } from '../../../lexicon/index.js';
import type { Candidate } from '../candidate.js';
import { NUMBER_WORDS } from '../../../lexicon/english.js';
import { BOUND_FIRST, COMPOUND_HEADS, DASH_STARTERS, NAME_SYLLABLE, PARTICLES } from '../../../lexicon/word-classes.js';
import { starter, strong } from './dash.js';
import { ALL_CAPS, CAPITALISED, HAS_DIGIT, LOWER_WORD, isFunctionWord, isIngForm, isPastForm, lower, nextWord, word } from './shared.js';

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
 * `free-for-all`, `as-it-were`): chains hold function words of their own, so this
 * outweighs any evidence and a chain is kept whole. A dash flattened onto a compound
 * (`self-assertive-the`) is missed: the price of never breaking an idiom, and of a
 * second run seeing exactly what the first saw.
 */
export const W_CHAIN = -6;

/** The document writes `x-y` elsewhere too: its own spelling of a compound. */
export const W_DOCUMENT = -3;

/** `xy` closed up is an English word (`follow-up`/`followup`, `catch-all`/`catchall`, `cut-off`). */
export const W_CLOSED_FORM = -2;

/** Followed by a lower-case content word (`Korean-language theatre`): an attributive compound adjective. */
export const W_ATTRIBUTIVE = -1;

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
  return c.hyphens >= 2 ? W_CHAIN : 0;
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
