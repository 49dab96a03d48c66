/**
 * Topical continuity of headless stories: a story that opened with no headline
 * (body after a sign-off, a byline or dateline after body text, body before any
 * head) is often the rest of a story printed elsewhere on the page — its second
 * column after a pull quote or an advert, the part after a jump line, text an
 * extractor read out of order. A story carries on the names of its people,
 * places and organisations from column to column ("Montalvo", "Scientology",
 * "Shankbone"), and two different stories on one page seldom share several of
 * them. When a headless story shares such words with exactly one headed story
 * (and no comparable amount with any other), it is that story's and goes to its
 * end; otherwise it stays a story of its own (a brief, a notice).
 *
 * Only words found in the headless story and in no more than one other story
 * count (words spread over the page — "said", the paper's town — are no
 * evidence), names more than other words. A name is a word the page's running
 * text capitalises inside a sentence, not only as a sentence's first word
 * ("Parking is free…", "Residents may…": any word there has a capital), and that
 * is not a common word the page also prints in lower case ("the Council" and
 * "the council").
 */
import type { GalleyDocument, Page } from '../../model/types.js';
import { inWordList } from '../../lexicon/index.js';
import { contentWords } from './topic.js';
import { WordScan } from '../../text/words.js';
import { itemText, itemWords, type Story } from './story.js';
import { lowerCase } from '../../text/ascii.js';

/*
 * What the weights below rest on: they were set by hand, not fitted, and no held-out page has tested
 * them. On the dev and dev2 pages (six inputs each, names counted as below) a headless story names a
 * headline's word in 15 cases; 5 move, scoring 8–16 with 2–6 names, the runner-up at most a quarter of
 * that. The floor of 6 is three shared names, or two names and two other words: less than one paragraph
 * of a story's rest carries. The margin of 3 keeps apart every case whose runner-up has more than a
 * third of the score (dev007 pdftotext 21/8, dev011 ALTO and hOCR 12/5, d2_002 pdftotext 15/11, d2_007
 * pdfminer 14/13, d2_008 pdfminer 29/12); whether each of those is right to stay apart was not checked.
 */
/** Shared distinctive-word weight a headless story needs with its owner (a name counts CONTINUITY_NAME_WEIGHT, another word 1). */
export const CONTINUITY_MIN_SCORE = 6;
/** The owner's score must be at least this multiple of the next story's (the evidence points one way). */
export const CONTINUITY_MARGIN = 3;
/**
 * A shared name counts this much more than a shared common word: two stories share common words by
 * chance ("council", "million"), seldom the same people and places; ×2 is a round choice, not a fitted one.
 */
export const CONTINUITY_NAME_WEIGHT = 2;
/** At least this many distinct shared names: one name in common is a coincidence (a city, a country). */
export const CONTINUITY_MIN_NAMES = 2;

/** What the page's running text shows about each word's capitals. */
interface Capitals {
  /** Words (case-folded) capitalised inside a sentence somewhere on the page. */
  mid: Set<string>;
  /** Words printed in lower case somewhere on the page. */
  lower: Set<string>;
}

/**
 * Between two words (`text[from, to)`), a sentence end: a stop, a question or exclamation mark or a colon
 * (`Mr.` and `U.S.` count too: a word after them is only weaker evidence). Scanned in place, no slice per word.
 */
function hasStop(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a) return true;
  }
  return false;
}

/** The word without a possessive `'s` or `’s` at its end (as `w.replace(/['’]s$/u, '')`). */
function withoutPossessive(w: string): string {
  const n = w.length;
  if (n >= 2 && w.charCodeAt(n - 1) === 0x73 && (w.charCodeAt(n - 2) === 0x27 || w.charCodeAt(n - 2) === 0x2019)) return w.slice(0, n - 2);
  return w;
}

/** Read the capitals of the page's running text (the stories' items; headlines capitalise by style). */
function capitals(stories: readonly Story[]): Capitals {
  const mid = new Set<string>();
  const lower = new Set<string>();
  for (const s of stories) {
    for (const it of s.items) {
      if (it.kind !== 'paragraph') continue;
      const text = itemText(it);
      let last = 0;
      // The words of the pattern ./topic.ts TOKEN, by the word scan (../../text/words.ts: no match object per word).
      const scan = new WordScan(text);
      while (scan.next()) {
        // An item's first word, or the first after a sentence end, opens a sentence: its capital is the sentence's.
        const start = last === 0 || hasStop(text, last, scan.start);
        last = scan.end;
        const w = text.slice(scan.start, scan.end);
        const c = w.charCodeAt(0);
        // ASCII first letters without a case mapping (most words); others as the strings case-map.
        const first = c < 0x80 ? '' : w[0]!;
        const isCap = c < 0x80 ? c >= 0x41 && c <= 0x5a : first !== first.toLowerCase();
        const isLower = c < 0x80 ? c >= 0x61 && c <= 0x7a : first !== first.toUpperCase();
        // A word that is neither in lower case nor capitalised inside a sentence tells nothing here.
        if (!isLower && (start || !isCap)) continue;
        const key = lowerCase(withoutPossessive(w));
        if (isLower) lower.add(key);
        if (!start && isCap) mid.add(key);
      }
    }
  }
  return { mid, lower };
}

/**
 * Is the (case-folded) word a name on this page: capitalised inside a sentence, and not a common word also
 * printed in lower case? The lexicon's word list alone is no test: it holds many names (`hong`, `boston`,
 * `york`, `holt`), and with it alone the d2_001 Hong Kong story loses its rest (continuity.test.ts).
 */
function isName(w: string, caps: Capitals): boolean {
  if (!caps.mid.has(w)) return false;
  return !(caps.lower.has(w) && inWordList(w));
}

/** A story's content words: those of its headline, deck and items in printed order (their texts joined by spaces). */
function storyWords(s: Story): Map<string, boolean> {
  const out = contentWords(`${s.article.headline ?? ''} ${s.article.deck ?? ''}`);
  for (const it of s.items) for (const [w, cap] of itemWords(it)) out.set(w, (out.get(w) ?? false) || cap);
  return out;
}

const headless = (s: Story): boolean => !s.article.headline && !s.article.deck && s.items.some((i) => i.kind === 'paragraph');

/** Move headless stories into the one headed story they carry on by shared names; returns the stories left. */
export function joinByContinuity(stories: Story[], doc: GalleyDocument, page: Page): Story[] {
  if (!stories.some(headless) || stories.length < 2) return stories;
  const headWords = stories.map((s) => contentWords(`${s.article.headline ?? ''} ${s.article.deck ?? ''}`));
  // Only a headless story that names, capitalised, a word of another story's headline can move: without one, the
  // words of the whole page are not needed.
  // A story's words are read once (by namesAHead for a headless story, then for the scores); the maps are only read.
  const wordsOf = new Map<Story, Map<string, boolean>>();
  const wordsOfStory = (s: Story): Map<string, boolean> => {
    let w = wordsOf.get(s);
    if (w === undefined) {
      w = storyWords(s);
      wordsOf.set(s, w);
    }
    return w;
  };
  const namesAHead = (s: Story): boolean => {
    const own = wordsOfStory(s);
    return stories.some((o, j) => {
      if (o === s || !o.article.headline) return false;
      for (const w of headWords[j]!.keys()) if (own.get(w) === true) return true;
      return false;
    });
  };
  if (!stories.some((s) => headless(s) && namesAHead(s))) return stories;
  const words = stories.map(wordsOfStory);
  // The page's capitals, read when a word first needs them (a word capitalised in both stories): moving a story's
  // items to its owner below changes no item's text, so they read the same before the first move or after it.
  let caps: Capitals | undefined;
  const df = new Map<string, number>();
  for (const w of words) for (const k of w.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const merged = new Set<Story>();
  stories.forEach((s, i) => {
    if (!headless(s)) return;
    const scores = stories.map((o, j) => {
      if (j === i || !o.article.headline || merged.has(o)) return { score: 0, names: 0, headName: false };
      let score = 0;
      let names = 0;
      let headName = false;
      for (const [w, cap] of words[i]!) {
        if (df.get(w)! > 2 || !words[j]!.has(w)) continue;
        const name = cap && words[j]!.get(w)! && isName(w, (caps ??= capitals(stories)));
        score += name ? CONTINUITY_NAME_WEIGHT : 1;
        if (name) names++;
        if (name && headWords[j]!.has(w)) headName = true;
      }
      // The subject a headline names is named again in every part of its story: without it the shared words may be
      // another story's text the owner holds by mistake.
      return { score, names, headName };
    });
    const order = scores.map((_, j) => j).sort((a, b) => scores[b]!.score - scores[a]!.score);
    const best = order[0]!;
    const top = scores[best]!;
    const second = scores[order[1]!]?.score ?? 0;
    // Two bylines are two stories (and the second would have nowhere to go).
    if (s.article.byline && stories[best]!.article.byline) return;
    if (!top.headName || top.score < CONTINUITY_MIN_SCORE || top.names < CONTINUITY_MIN_NAMES || top.score < CONTINUITY_MARGIN * second) return;
    const owner = stories[best]!;
    for (const it of s.items) owner.items.push(it);
    // The owner has no byline (two bylines stay two stories, above): the moved story's is its byline, printed at its end.
    const byline = s.article.byline;
    if (byline) owner.article.byline = byline;
    merged.add(s);
    doc.messages.push({
      rule: 'segment/continuity',
      severity: 'info',
      text:
        `a story with no head shares ${top.names} names with "${owner.article.headline}" and none comparable with another story: moved to its end` +
        (byline ? `; byline moved with it ("${byline}")` : ''),
      source: s.items[0]!.blocks[0]!.source ?? { page: page.number },
      confidence: 0.6,
    });
  });
  return merged.size ? stories.filter((s) => !merged.has(s)) : stories;
}
