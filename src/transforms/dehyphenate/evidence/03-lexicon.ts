/**
 * Evidence from the English lexicon (SUBTLEXus frequencies and the spelling
 * list, src/lexicon/words.ts): is the joined form a word, are the two parts
 * words of their own?
 */
import { CLOSED_CLASS } from '../../../lexicon/english.js';
import { frequency } from '../../../lexicon/words.js';
import { isListWord } from '../facts.js';
import { vote, type Evidence } from './types.js';
import { lowerCase } from '../../../text/ascii.js';

/**
 * The joined form is an English word (`documentary`, `coveted`,
 * `deadlocked`). On the dev pages 728 of 747 broken words are; the compounds
 * whose closed form is also a word (`postmodern`, `groundbreaking`) cannot be
 * told apart by the lexicon and are joined too, as an editor with a dictionary would.
 */
export const KNOWN_WORD_WEIGHT = 2.5;
/** …and a common one (SUBTLEX count ≥ COMMON_FREQUENCY, about 2 per million): more sure. */
export const COMMON_WORD_BONUS = 1;
export const COMMON_FREQUENCY = 100;

export const knownWord: Evidence = (f) => {
  if (!f.joinedKnown) return [];
  const votes = [vote('join', KNOWN_WORD_WEIGHT, 'known-word')];
  if (f.joinedFrequency >= COMMON_FREQUENCY) votes.push(vote('join', COMMON_WORD_BONUS, 'common-word'));
  return votes;
};

/**
 * The joined form is no word but both parts are common words of the spelling
 * list (`heat`+`attributed`, `singer`+`songwriter`, `three`+`nation`): a
 * compound. A closed-class part (`Moscow`+`he`) speaks for a dash
 * instead (06-dash.ts). The list holds no names, so `Stephen`+`ville` does not count.
 */
export const WORD_PARTS_WEIGHT = 2;
/**
 * Each part also this common in SUBTLEX (about 0.6 per million): the spelling
 * list holds obscure forms (`albe`, `marle`, `tractions`: counts 0–2) that make
 * a name or an OCR error look like two words (`Albe-`/`marle` is Albemarle).
 */
export const WORD_PART_MIN_FREQUENCY = 30;

/**
 * When the joined form is a word too and both parts are common words
 * (`dead`+`locked`, `post`+`modern`, `ground`+`breaking`), both spellings are
 * English: a small vote that does not overturn the dictionary but says, in the
 * confidence, that an editor could go either way.
 */
export const CLOSED_COMPOUND_WEIGHT = 1;
/** …for parts of at least this many letters (`some`+`thing`, not `be`+`came`). */
export const CLOSED_COMPOUND_MIN_PART = 4;

export const wordParts: Evidence = (f) => {
  if (!f.alphabetic) return [];
  const { leftPart: a, rightPart: b } = f.site;
  const la = lowerCase(a);
  const lb = lowerCase(b);
  if (CLOSED_CLASS.has(la) || CLOSED_CLASS.has(lb)) return [];
  const common = (w: string) => isListWord(w) && frequency(w) >= WORD_PART_MIN_FREQUENCY;
  if (!common(a) || !common(b)) return [];
  if (!f.joinedKnown) return [vote('hyphen', WORD_PARTS_WEIGHT, 'word-parts')];
  return a.length >= CLOSED_COMPOUND_MIN_PART && b.length >= CLOSED_COMPOUND_MIN_PART ? [vote('hyphen', CLOSED_COMPOUND_WEIGHT, 'closed-compound')] : [];
};
