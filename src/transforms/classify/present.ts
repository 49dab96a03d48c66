/**
 * A description in the present tense (newspaper captions describe what the
 * photo shows in the present: `Rescue dogs wait…`, `Ana Ruiz (left) and
 * Tom Lee (right) hold…`, `This exclusive interview features…`): a subject
 * that opens with a capital, then a verb within the first words. No fixed
 * verb list: a word reads as a verb when English inflects it as one — its
 * -ing form is a word of the packaged word lists (`run` → `running`, `race`
 * → `racing`, `shows` → `showing`). A verb in the -s form (`holds`) may
 * follow any subject; a base form (`run`, `hold`) only follows a plural
 * subject (a word in -s, or names joined by `and`).
 *
 * Tense alone is no caption: news sentences are in the present as often
 * (`The council meets on Tuesday…`, `Tickets cost $10…`). The caption rule
 * (rules/04-caption.ts) asks for caption evidence besides it.
 */
import { CLOSED_CLASS, inWordList, isWord } from '../../lexicon/index.js';

/** The verb comes within this many words after the subject's first word (`Ana Ruiz (left) and Tom Lee (right) hold`). */
export const MAX_SUBJECT_WORDS = 8;
/** Stems shorter than this are not tested (`is`, `us`, `as` are no verbs in -s). */
const MIN_STEM = 2;

/** Words before which the next word is a noun, not a verb (`the races`, `of runs`). */
const NOUN_MARKERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'my', 'your', 'his', 'her', 'its', 'our', 'their',
  'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'into', 'during', 'after', 'before', 'over', 'under',
  'some', 'many', 'few', 'several', 'two', 'three', 'four', 'five', 'no', 'every', 'each', 'all', 'both',
]);

const WORD = /^[\p{L}'’-]+$/u;
const BRACKET = /^\([\p{L} ]+\)$/u;
const CAPITAL = /^[“"‘]?\p{Lu}/u;

/** Is the word a known one (in either packaged list)? */
function known(w: string): boolean {
  return isWord(w) || inWordList(w);
}

/** Does English inflect this base form as a verb: is one of its -ing forms a word (`run` → `running`, `race` → `racing`, `see` → `seeing`)? */
export function hasIngForm(base: string): boolean {
  if (base.length < MIN_STEM || !WORD.test(base)) return false;
  const forms: string[] = [`${base}ing`];
  if (base.endsWith('ie')) forms.push(`${base.slice(0, -2)}ying`);
  else if (base.endsWith('e') && !base.endsWith('ee')) forms.push(`${base.slice(0, -1)}ing`);
  // A final consonant after one vowel is doubled (`run` → `running`, `sit` → `sitting`).
  if (/[^aeiou][aeiou][b-df-hj-np-tv-z]$/u.test(base) && !/[wxy]$/u.test(base)) forms.push(`${base}${base.at(-1)}ing`);
  return forms.some(known);
}

/** The base forms an -s form may come from (`races` → `race`, `watches` → `watch`, `carries` → `carry`). */
export function stemsOfSForm(word: string): string[] {
  if (!word.endsWith('s') || word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return [];
  const out = [word.slice(0, -1)];
  if (word.endsWith('ies')) out.push(`${word.slice(0, -3)}y`);
  else if (/(?:ch|sh|x|z|s|o)es$/u.test(word)) out.push(word.slice(0, -2));
  return out.filter((s) => s.length >= MIN_STEM);
}

/** A verb in the third person singular present (`shows`, `holds`, `races`, `features`). */
export function isSFormVerb(word: string): boolean {
  const w = word.toLowerCase();
  if (CLOSED_CLASS.has(w) || !known(w)) return false;
  const stems = stemsOfSForm(w);
  return stems.some(hasIngForm);
}

/** A verb in its base form, as after a plural subject (`run`, `race`, `hold`, `gather`). */
export function isBaseVerb(word: string): boolean {
  const w = word.toLowerCase();
  return !CLOSED_CLASS.has(w) && !NOUN_MARKERS.has(w) && known(w) && hasIngForm(w);
}

/**
 * Does the text open as a present-tense description: a capitalised first word, then within
 * MAX_SUBJECT_WORDS words a verb in the -s form (after a word that is no article or preposition),
 * or a base form after a plural subject (a word in -s, a bracketed position after names joined
 * by `and`)?
 */
export function opensPresentTense(text: string): boolean {
  const words = text.trim().split(/\s+/u, MAX_SUBJECT_WORDS + 1);
  // The first word opens the subject: a capital, no speaker's colon (`Wikinews: Cyclone…`).
  if (words.length < 2 || !CAPITAL.test(words[0]!) || words[0]!.endsWith(':')) return false;
  const firstLower = words[0]!.replace(/^[“"‘]/u, '').toLowerCase();
  if (CLOSED_CLASS.has(firstLower) && !NOUN_MARKERS.has(firstLower)) return false;
  const first = words[0]!.toLowerCase();
  let plural = first.endsWith('s') && !first.endsWith('ss') && !first.endsWith('us');
  let joined = false;
  for (let k = 1; k < words.length; k++) {
    const raw = words[k]!;
    const prev = words[k - 1]!.replace(/[^\p{L}()]/gu, '').toLowerCase();
    if (BRACKET.test(raw)) continue;
    if (raw === 'and' || raw === '&') {
      joined = true;
      continue;
    }
    if (!WORD.test(raw)) return false;
    const w = raw.toLowerCase();
    // The subject is a noun phrase: a pronoun, conjunction, auxiliary or -ing form ends it without
    // the verb we look for (`… it was really`, `… school while also taking classes`).
    if ((CLOSED_CLASS.has(w) && !NOUN_MARKERS.has(w)) || w.endsWith('ing')) return false;
    if (NOUN_MARKERS.has(prev)) {
      plural = w.endsWith('s') && !w.endsWith('ss');
      continue;
    }
    // Lower-case words only: a capitalised word is still the subject's name (`Ana`, `Ruiz`).
    if (/^\p{Ll}/u.test(raw)) {
      if (isSFormVerb(w)) return true;
      if ((plural || joined) && isBaseVerb(w)) return true;
    }
    plural = w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us');
  }
  return false;
}
