/**
 * Evidence from the document itself: the same word written unbroken elsewhere
 * (inside a line, not at a line end) shows how this text spells it:
 * `documentary` elsewhere → join `docu-`/`mentary`; `co-founder` elsewhere →
 * keep `Co-`/`founder`. The strongest evidence there is for names and for
 * words no lexicon knows (`synoikismos`, `Edgewater`).
 */
import { vote, type Evidence } from './types.js';

/**
 * One form seen in the document and the other not: more than all lexicon and
 * pattern evidence for a join together (2.5 + 1 + 1 + prior 0.5), because the
 * document's own spelling beats the dictionary's (`co-operation` written so elsewhere).
 */
export const DOCUMENT_WEIGHT = 6;
/** Both forms seen: the more frequent one gets this. */
export const DOCUMENT_MAJORITY_WEIGHT = 2;

export const documentForms: Evidence = (f) => {
  const j = f.docJoined;
  const h = f.docHyphenated;
  if (j > 0 && h === 0) return [vote('join', DOCUMENT_WEIGHT, 'joined-in-document')];
  if (h > 0 && j === 0) return [vote('hyphen', DOCUMENT_WEIGHT, 'hyphenated-in-document')];
  if (j > h) return [vote('join', DOCUMENT_MAJORITY_WEIGHT, 'joined-in-document-mostly')];
  if (h > j) return [vote('hyphen', DOCUMENT_MAJORITY_WEIGHT, 'hyphenated-in-document-mostly')];
  return [];
};
