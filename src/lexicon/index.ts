export { frequency, isWord } from './words.js';
export { breakPoints, isLegalBreak } from './hyphenation.js';
export { Vocabulary } from './vocabulary.js';
