/**
 * Where did an extractor close up a line-end hyphen that belonged to the text?
 * pdftotext's default mode joins every line-end `x-` with the next line's first
 * word, so compounds come out closed (`selfreported`, `14-yearold`) and dashes
 * that fell at a line end vanish (`outside-`/`a` → `outsidea`). The line break
 * is gone, so this looks at single words, and must never break a real one.
 *
 * A word is split at the first point where:
 *  1. (`document`) the document writes that hyphenated form elsewhere
 *     (`co-founder` beside `Cofounder`), at least as often as the closed form;
 * beyond that, only words no lexicon knows that the document has nowhere else:
 *  2. (`prefix`) a first element English hyphenates + a word of the spelling list
 *     (`self`+`reported`, `three`+`nation`, camel case `pro`+`Japanese`);
 *  3. (`number`) after a number, two words (`14-year`+`old`, `billion-year`+`contract`);
 *  4. (`words`) two common words of four letters or more (`heat`+`attributed`,
 *     `singer`+`songwriter`), the second no suffix (`life`+`hood` is a derivation);
 *  5. (`dash`) in a lowercase word, a word + a closed-class word (`outside`+`a`):
 *     a flattened dash that fell at the line end (capitalised words are mostly
 *     names: `Mashhad`, `Michaelis`).
 * Rules 2–5 run only in text that looks already dehyphenated (the caller
 * decides): elsewhere the extractor kept its line-end hyphens, no compound was
 * closed up, and the rules could only do harm.
 */
import { CLOSED_CLASS, NUMBER_WORDS } from '../../../lexicon/english.js';
import { frequency, inWordList, isWord } from '../../../lexicon/words.js';
import type { Vocabulary } from '../../../lexicon/vocabulary.js';
import { lowerCase } from '../../../text/ascii.js';

export type SplitKind = 'document' | 'prefix' | 'number' | 'words' | 'dash' | 'phone';

export interface Split {
  /** Offset of the restored hyphen (or dash) in the word. */
  at: number;
  kind: SplitKind;
}

/**
 * First elements English writes with a hyphen before a lowercase word nearly
 * always (Chicago 7.89: self-, all-, ex-, quasi-, half-, well-/ill- before a
 * participle; AP: co- for occupations, anti-, pro-, pan-). Narrower than the
 * line-end list: here the prefix alone decides, with no break to weigh.
 */
export const RESTORE_PREFIXES: ReadonlySet<string> = new Set([
  'self', 'all', 'well', 'ill', 'half', 'quasi', 'pseudo', 'pan', 'anti', 'pro', 'co', 'ex',
]);
/** Prefixes hyphenated before a capitalised word (`inter-Korean`, `pro-Japanese`, `non-EU`). */
export const CAPITAL_PREFIXES: ReadonlySet<string> = new Set([
  'inter', 'intra', 'pro', 'anti', 'non', 'pan', 'post', 'pre', 'neo', 'mid', 'trans', 'sub', 'un', 'ex', 'all',
]);
/**
 * Derivational suffixes that are also words (`hood`, `ship`, `like`): a closed
 * word ending in one is a derivation (`lifehood`, `nesslike`), not two words.
 */
export const WORD_SUFFIXES: ReadonlySet<string> = new Set([
  'hood', 'ship', 'ships', 'like', 'less', 'ness', 'wise', 'ward', 'wards', 'dom', 'some', 'fold', 'able', 'ably',
  'ment', 'ments', 'ful', 'ism', 'ist', 'ists', 'ing', 'ings', 'ion', 'ions', 'ate', 'ates', 'ive', 'ity',
]);

/** Parts of a two-word split (rule 4) are at least this long: short parts make accidental splits (`web`+`comic`, `meet`+`ups`). */
export const MIN_WORD_PART = 4;
/** Parts after a number (rule 3) may be shorter (`year`+`old`). */
export const MIN_NUMBER_PART = 3;
/** The right part of a prefix split (rule 2) is at least this long (`ex`+`peri` is a broken half, not a compound). */
export const MIN_PREFIX_RIGHT = 4;
/** Both parts of rules 3–4 are this common in SUBTLEX (about 1 per million words): rare words split by accident. */
export const MIN_PART_FREQUENCY = 40;
/** Longer words are left alone (`singersongwriter` is 16; a hostile 100,000-letter token costs nothing). */
export const MAX_WORD = 40;
/** The word before a dash (rule 5) is a spelling-list word at least this long. */
export const MIN_DASH_LEFT = 4;

export interface SplitOptions {
  /** Rules 2–5 allowed (text looks already dehyphenated); otherwise only the document's evidence (rule 1). */
  lexical: boolean;
  /** The word follows a number inside its token (`14-` before `yearold`). */
  afterNumber: boolean;
}

/**
 * A telephone number closed up at a line end (`201-592-` ⏎ `4699` → `201-5924699`, dev009 page.txt):
 * North American numbers are printed in groups of 3, 3 and 4 (area code, exchange, line), and a group
 * of seven digits after a hyphenated group of three is no way of writing one, or any other number.
 */
export const PHONE_AREA_DIGITS = 3;
export const PHONE_REST_DIGITS = 7;
/** The group of three of the split (`592` of `5924699`). */
export const PHONE_EXCHANGE_DIGITS = 3;

/** Where to split a digit group that follows `prev` in a hyphenated token, or null. */
export function phoneSplit(prev: string, segment: string): Split | null {
  if (prev.length !== PHONE_AREA_DIGITS || segment.length !== PHONE_REST_DIGITS) return null;
  return /^\d+$/.test(prev) && /^\d+$/.test(segment) ? { at: PHONE_EXCHANGE_DIGITS, kind: 'phone' } : null;
}

/**
 * Rule 1 reads words of this many characters or more, letters and digits (`84A`, d2_004 page.txt:
 * `District 8-` ⏎ `4A` closed up, where the page prints `8-4A` and `6-4A` elsewhere): the document's
 * own hyphenated form is the evidence, whatever the word is made of.
 */
export const MIN_DOCUMENT_WORD = 3;
/** Rules 2–5 read words of letters only, this long or more (their lexicon evidence needs a word). */
export const MIN_LEXICAL_WORD = 4;
const ALNUM = /^[\p{L}\p{N}]+$/u;

/** Where to split a closed-up word, or null to leave it alone. */
export function findSplit(word: string, v: Vocabulary, options: SplitOptions): Split | null {
  if (word.length < MIN_DOCUMENT_WORD || word.length > MAX_WORD) return null;
  const letters = allLetters(word);
  if (!letters && !ALNUM.test(word)) return null;
  const lower = lowerCase(word);
  // 1. The document's own hyphenated spelling (`co-founder` for `cofounder`, `8-4A` for `84A`).
  const hyphenated = v.hyphenatedByClosedForm().get(lower);
  if (hyphenated && (!isWord(lower) || hyphenated.count >= v.count(lower))) return { at: hyphenated.at, kind: 'document' };
  if (!options.lexical || !letters || word.length < MIN_LEXICAL_WORD) return null;
  // 2–5, unless the document writes the closed form more than once (the lexicon's answer,
  // cached across documents, is asked first: it is nearly always "no split").
  const split = lexiconSplit(word, lower, options.afterNumber);
  return split && v.count(lower) <= 1 ? split : null;
}

/**
 * Lexicon-only answers per (word, options), kept across documents: words repeat from page to page. A
 * word of the lexicon is never split, and is answered by the lexicon's own look-up (kept for every form
 * asked, and asked of most tokens by other rules): only the other forms are kept here.
 */
const LEXICON_CACHE_LIMIT = 100_000;
const lexiconCache = new Map<string, Split | null>();

function lexiconSplit(word: string, lower: string, afterNumber: boolean): Split | null {
  if (isWord(lower)) return null;
  const key = afterNumber ? `#${word}` : word;
  const hit = lexiconCache.get(key);
  if (hit !== undefined) return hit;
  const split = prefixSplit(word) ?? lexicalSplit(word, afterNumber);
  if (lexiconCache.size >= LEXICON_CACHE_LIMIT) lexiconCache.clear();
  lexiconCache.set(key, split);
  return split;
}

const LETTERS = /^\p{L}+$/u;

/** `LETTERS.test(word)`, without the regex for words of ASCII letters (nearly all of them). */
function allLetters(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) continue;
    return word.charCodeAt(i) >= 128 && LETTERS.test(word);
  }
  return true;
}
/** A capitalised word or an acronym (`Japanese`, `NCAA`). */
const CAPITALISED = /^\p{Lu}(\p{Ll}|\p{Lu}+$)/u;

function prefixSplit(word: string): Split | null {
  const title = /^\p{Lu}/u.test(word);
  for (let at = 2; at <= word.length - 2; at++) {
    const a = word.slice(0, at);
    const b = word.slice(at);
    const la = lowerCase(a);
    if (/\p{Ll}$/u.test(a) && CAPITALISED.test(b)) {
      if (CAPITAL_PREFIXES.has(la)) return { at, kind: 'prefix' };
      continue;
    }
    if (title || b !== lowerCase(b) || b.length < MIN_PREFIX_RIGHT) continue;
    if ((RESTORE_PREFIXES.has(la) || NUMBER_WORDS.has(la)) && inWordList(b)) return { at, kind: 'prefix' };
  }
  return null;
}

function lexicalSplit(word: string, afterNumber: boolean): Split | null {
  const lower = word === lowerCase(word);
  const minPart = afterNumber ? MIN_NUMBER_PART : MIN_WORD_PART;
  const candidates: Array<{ split: Split; score: number }> = [];
  for (let at = 2; at <= word.length - 1; at++) {
    const a = word.slice(0, at);
    const b = word.slice(at);
    if (CLOSED_CLASS.has(b)) {
      // Lowercase words only: capitalised ones are mostly names (`Mash`+`had`, `Michael`+`is`).
      if (lower && a.length >= MIN_DASH_LEFT && inWordList(a)) candidates.push({ split: { at, kind: 'dash' }, score: logFrequency(a) + logFrequency(b) });
      continue;
    }
    if (!lower || a.length < minPart || b.length < minPart || CLOSED_CLASS.has(a) || WORD_SUFFIXES.has(b)) continue;
    if (!inWordList(a) || !inWordList(b)) continue;
    if (frequency(a) < MIN_PART_FREQUENCY || frequency(b) < MIN_PART_FREQUENCY) continue;
    candidates.push({ split: { at, kind: afterNumber ? 'number' : 'words' }, score: logFrequency(a) + logFrequency(b) });
  }
  if (candidates.length === 0) return null;
  candidates.sort((x, y) => y.score - x.score);
  // Two readings about as likely (`outs`+`idea` against `outside`+`a`): not sure enough to touch the word.
  if (candidates.length > 1 && candidates[0]!.score - candidates[1]!.score < AMBIGUITY_MARGIN) return null;
  return candidates[0]!.split;
}

/**
 * The best split must beat the second best by this much in summed log
 * frequency (a factor of e^2 ≈ 7 in the product of the parts' counts).
 */
export const AMBIGUITY_MARGIN = 2;

function logFrequency(w: string): number {
  return Math.log(1 + frequency(w));
}
