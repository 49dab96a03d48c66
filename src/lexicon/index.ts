export { frequency, inWordList, isWord } from './words.js';
export { CLOSED_CLASS, HYPHENATED_PREFIXES, NUMBER_WORDS, VOWEL_FINAL_PREFIXES } from './english.js';
export { breakPoints, firstPointEverywhere, isLegalBreak } from './hyphenation.js';
export { Vocabulary } from './vocabulary.js';
export { endsInBrokenWord, forEachToken, lastNonSpace, lastRunStart } from './tokens.js';
