/**
 * Evidence from how English builds compounds and names (lists in
 * src/lexicon/english.ts, from Chicago 7.89 and AP):
 * - first elements written with a hyphen (`self-`, `well-`, `pan-`, `three-`);
 * - a vowel-final prefix before the same vowel (`re-enactments`, `pre-empt`);
 * - a capitalised left part inside a run of names (`Kim So-`/`young`, `In-`/`grid Nakamura`),
 *   where a lowercase right part is the rest of a name split by the typesetter.
 */
import { HYPHENATED_PREFIXES, NUMBER_WORDS, VOWEL_FINAL_PREFIXES } from '../../../lexicon/english.js';
import { isWord } from '../../../lexicon/words.js';
import { vote, type Evidence } from './types.js';
import { lowerCase } from '../../../text/ascii.js';

/** A hyphenated first element before a word, the closed form being no word (`self-`/`reported`, `pan-`/`democracy`). */
export const PREFIX_WEIGHT = 2;

export const compoundPrefix: Evidence = (f) => {
  if (f.joinedKnown || !f.alphabetic) return [];
  const a = lowerCase(f.site.leftPart);
  if (!HYPHENATED_PREFIXES.has(a) && !NUMBER_WORDS.has(a)) return [];
  return isWord(f.site.rightPart) || f.rightShape === 'title' ? [vote('hyphen', PREFIX_WEIGHT, 'compound-prefix')] : [];
};

/**
 * A vowel-final prefix before the same vowel keeps its hyphen (`re-enactments`),
 * unless the closed form is established: SUBTLEX count ≥ ESTABLISHED_FREQUENCY
 * (`cooperation` 407, `coordinate`), then the dictionary spelling wins.
 */
export const SAME_VOWEL_WEIGHT = 3;
export const ESTABLISHED_FREQUENCY = 50;

export const sameVowelPrefix: Evidence = (f) => {
  if (!f.alphabetic) return [];
  const a = lowerCase(f.site.leftPart);
  const b = lowerCase(f.site.rightPart);
  if (!VOWEL_FINAL_PREFIXES.has(a) || a.at(-1) !== b[0] || !isWord(b)) return [];
  return f.joinedFrequency < ESTABLISHED_FREQUENCY ? [vote('hyphen', SAME_VOWEL_WEIGHT, 'same-vowel-prefix')] : [];
};

/**
 * A capitalised left part with a lowercase right part whose joined form is no
 * word, next to another capitalised word (`Kim So-`/`young`,
 * `In-`/`grid Nakamura`): a name. Names are mostly broken by the typesetter
 * (`Stephen-`/`ville`), so this speaks for a join; a Korean given name's
 * hyphen is told by the break being illegal (04-patterns.ts).
 */
export const NAME_WEIGHT = 1.5;
const CAPITALISED = /^[\p{Ps}\p{Pi}"'‘“]*\p{Lu}\p{Ll}/u;

export const nameContext: Evidence = (f) => {
  if (f.joinedKnown || f.leftShape !== 'title' || f.rightShape !== 'lower' || !f.alphabetic) return [];
  const prev = /\S+$/u.exec(f.site.before)?.[0] ?? '';
  const nameBefore = !f.sentenceInitial && CAPITALISED.test(prev);
  const nameAfter = CAPITALISED.test(f.site.after) && !/[.,;:!?]$/u.test(f.site.rightToken);
  return nameBefore || nameAfter ? [vote('join', NAME_WEIGHT, 'name')] : [];
};
