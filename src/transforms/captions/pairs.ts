/**
 * Where one caption block holds two captions (photos side by side, their
 * captions read across as one line): the offset where the second begins.
 * Evidence, in order of trust:
 * - a sentence end glued to a capital (`…championship.Corgi dogs race…`);
 * - a photo credit inside the text, followed by a new sentence (`… photo. (EPA) File picture of …`);
 * - two caption phrases, one on each side of a sentence end (`… in a file photo. File picture of …`);
 * - the first part is a caption printed elsewhere on the page (identical captions for different photos).
 */
import { AGENCY_SOURCE, CAPTION_PHRASE, creditTail, PHOTO_WORD_SOURCE } from '../classify/patterns.js';
import { lettersAndDigits } from '../../lexicon/tokens.js';

/** Caption phrases that mark a caption of its own (an `Image: NAME` note belongs to the caption before it). */
const PAIR_CUE = CAPTION_PHRASE;

/** A sentence end with no space before a new capitalised word. */
const GLUED = /(?<=[\p{Ll}\p{N}][.!?…]["”’)]?)(?=\p{Lu}[\p{Ll} ])/u;
/**
 * A credit in brackets or after a dash, then a new sentence: the offset after the credit. The word after it is
 * not a photo word: `— EPA PHOTO` is one credit (an agency's photo, its word set after the name), not a credit
 * `— EPA` and a caption `PHOTO` (d2_007 raw: the caption's last line `… NASA. — EPA` ⏎ `PHOTO`, joined).
 */
const INNER_CREDIT = new RegExp(
  `(?<=\\S)\\s*(?:\\(${AGENCY_SOURCE}\\)|(?:\u2014|\u2013|-{1,2})\\s*${AGENCY_SOURCE}(?:\\s+${PHOTO_WORD_SOURCE})?)(?= +(?!(?:${PHOTO_WORD_SOURCE})(?![\\p{L}]))[\\p{Lu}“"‘])`,
  'u',
);
/** Sentence ends followed by a space and a capital. */
const SENTENCE_GAP = /(?<=[.!?…]["”’)]?) +(?=[\p{Lu}“"‘])/gu;
/** A caption repeated on the page is evidence only when it is at least this long (short phrases repeat by chance). */
export const MIN_REPEATED_CAPTION = 30;

export interface PairSplit {
  offset: number;
  rule: string;
  evidence: string;
}

/** The first place where a second caption starts, or null. `known` holds keys of captions printed on the page. */
export function secondCaption(text: string, known: ReadonlySet<string>): PairSplit | null {
  const found: PairSplit[] = [];
  const g = GLUED.exec(text);
  if (g && g.index > 0) found.push({ offset: g.index, rule: 'captions/split-glued', evidence: 'a sentence end glued to a capital' });
  const c = INNER_CREDIT.exec(text);
  if (c) found.push({ offset: c.index + c[0].length, rule: 'captions/split-credit', evidence: `a credit "${c[0].trim()}" inside the text` });
  const named = innerNamedCredit(text);
  if (named !== null) found.push({ offset: named, rule: 'captions/split-credit', evidence: 'a "Photo: NAME" credit inside the text, a caption after it' });
  const gaps = [...text.matchAll(SENTENCE_GAP)].map((m) => m.index! + m[0].length);
  for (let k = 0; k < gaps.length; k++) {
    const at = gaps[k]!;
    const left = text.slice(0, at);
    const right = text.slice(at, gaps[k + 1] ?? text.length);
    // A credit opening the right side (`Photo: AP The skyline…`) belongs to the left caption: innerNamedCredit splits there.
    if (PAIR_CUE.test(left) && PAIR_CUE.test(right) && !CREDIT_START.test(right)) {
      found.push({ offset: at, rule: 'captions/split-cues', evidence: 'a caption phrase on each side of a sentence end' });
      break;
    }
  }
  for (const at of gaps) {
    const k = captionKey(text.slice(0, at));
    const rest = text.slice(at);
    const credit = creditTail(rest);
    if (credit && credit.index === 0) break;
    if (k.length >= MIN_REPEATED_CAPTION && known.has(k)) {
      found.push({ offset: at, rule: 'captions/split-repeated', evidence: 'begins with a caption printed elsewhere on the page' });
      break;
    }
  }
  if (!found.length) return null;
  return found.reduce((a, b) => (b.offset < a.offset ? b : a));
}

/** Key for "the same caption": letters and digits, lower case. */
export function captionKey(s: string): string {
  return lettersAndDigits(s.toLowerCase());
}

/** `Photo: NAME`, `Photo by NAME`, `PHOTO: NAME` inside a text. */
const NAMED_CREDIT = /(?:^|\s)(?:Photo|PHOTO|Picture|PICTURE)(?:\s*:|\s+by|\s+BY)\s+/gu;
const CREDIT_START = /^(?:Photo|PHOTO|Picture|PICTURE)(?:\s*:|\s+by|\s+BY)\s/u;
const CAPITAL_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;
const ACRONYM = /^\p{Lu}{2,5}$/u;

/**
 * After a `Photo: NAME` credit inside the text, where the next caption starts: the name is an
 * acronym (`AP`) or two or three capitalised words, and what follows starts a new sentence that
 * holds a caption phrase (`Photo: Maria Larsen An undated handout photograph of …`).
 */
function innerNamedCredit(text: string): number | null {
  for (const m of text.matchAll(NAMED_CREDIT)) {
    const start = m.index! + m[0].length;
    const words = text.slice(start).split(' ');
    let offset = start;
    for (let k = 0; k < Math.min(4, words.length - 1); k++) {
      const w = words[k]!;
      if (!CAPITAL_WORD.test(w)) break;
      offset += w.length + 1;
      const enough = k >= 1 || ACRONYM.test(words[0]!);
      const rest = text.slice(offset);
      if (enough && /^\p{Lu}\p{Ll}/u.test(rest) && PAIR_CUE.test(rest)) return offset;
    }
  }
  return null;
}
