/**
 * Evidence for a flattened dash that fell at a line end (`Moscow-`/`he didn't`,
 * `outside-`/`a contributing core`, `Empire-`/`was first`): the right part is a
 * closed-class word (pronoun, article, conjunction, auxiliary: lexicon
 * CLOSED_CLASS), which never starts a compound's second half and, when the
 * joined form is no word, cannot be a word's last fragment either.
 */
import { CLOSED_CLASS } from '../../../lexicon/english.js';
import { isWord } from '../../../lexicon/words.js';
import { vote, type Evidence } from './types.js';
import { lowerCase } from '../../../text/ascii.js';

/** Closed-class right word after a whole left word. */
export const DASH_WEIGHT = 3.5;
/** …after a left part that is no word itself (a fragment of something): weaker. */
export const DASH_WEAK_WEIGHT = 1.5;
/** A closed-class word is no compound part: against keeping the hyphen. */
export const NOT_COMPOUND_WEIGHT = 1;

/** `didn't` → `did`, `it's` → `it`, `they're` → `they`: the closed-class word under a contraction. */
function baseOfContraction(word: string): string {
  const w = lowerCase(word).replace(/’/g, "'");
  const nt = /^(\p{L}+)n't$/u.exec(w);
  if (nt) return nt[1] === 'wo' ? 'will' : nt[1] === 'ca' ? 'can' : nt[1]!;
  return w.replace(/'(s|d|ll|re|ve|m)$/u, '');
}

export const closedClassRight: Evidence = (f) => {
  if (f.joinedKnown || f.docJoined > 0 || f.rightShape === 'upper' || f.rightShape === 'mixed') return [];
  const rightWord = /^[\p{L}'’]+/u.exec(f.site.rightWord)?.[0] ?? '';
  const base = baseOfContraction(rightWord);
  if (!CLOSED_CLASS.has(base) || (f.rightShape === 'title' && base !== 'i')) return [];
  const wholeLeft = f.leftShape === 'title' || f.leftShape === 'upper' || isWord(f.site.leftPart);
  return [vote('dash', wholeLeft ? DASH_WEIGHT : DASH_WEAK_WEIGHT, 'closed-class-after'), vote('hyphen', -NOT_COMPOUND_WEIGHT, 'closed-class-after')];
};
