/**
 * A deck printed without a full stop, under its headline, in a text layer that keeps no blank line
 * between them (pdftotext -raw: `Council approves leaner` ⏎ `budget after marathon` ⏎ `session` ⏎
 * `Library hours and road repairs survive, but the city will freeze hiring` ⏎ `for a second year` ⏎
 * `DANIEL OKORO, Staff Writer`). Nothing in the words ends the headline, but the type does: a
 * headline's large type puts few characters on a line, the deck's smaller type across the same width
 * many more. So where the lines right above a byline or dateline start, after a run of headline lines,
 * with a line at least DECK_LINE_RATIO times as long as the longest of them, the deck starts there: the
 * unit is cut (reason `deck`) and classify reads the lower unit as the deck (05-heading.ts).
 * Most US papers print decks so; the corpus pages end theirs in a full stop, which cuts them already.
 */
import type { LineInfo } from '../classify/features.js';
import { BYLINE, nameTitleByline, opensWithDateline } from '../classify/patterns.js';

/** A deck's first line holds at least this many times the characters of the headline's longest line (a 24-30 pt headline over a 10-14 pt deck: about twice). */
export const DECK_LINE_RATIO = 1.6;
/** A deck runs over at most this many lines right above the byline or dateline. */
export const DECK_MAX_LINES = 3;
/** The headline above it: one to this many lines (MAX_HEADING_LINES of 05-heading.ts). */
export const HEADLINE_MAX_LINES = 5;
/** A deck has at least this many words: a phrase of a few words under a headline is a label or a byline's title (also the type-size reading's, 05-heading.ts). */
export const DECK_MIN_WORDS = 6;

/** Does this line open a story's text: a byline (`By NAME`, `NAME, Staff Writer`) or a dateline? */
function opensStory(x: LineInfo): boolean {
  const t = x.line.text.trim();
  return BYLINE.test(t) || nameTitleByline(t) !== null || opensWithDateline(t);
}

/** The longest line of infos[from, to). */
function maxLen(infos: readonly LineInfo[], from: number, to: number): number {
  let m = 0;
  for (let i = from; i < to; i++) m = Math.max(m, infos[i]!.len);
  return m;
}

/**
 * Where decks start under their headlines (`decks`), and where the text after such a deck starts
 * (`after`: a dateline opening the first paragraph, which nothing else cuts from a deck without a full
 * stop); the unit is cut before each. Lines with boxes are left to the type sizes.
 */
export function deckStarts(infos: readonly LineInfo[]): { decks: Set<number>; after: Set<number> } {
  const out = new Set<number>();
  const after = new Set<number>();
  for (let b = 2; b < infos.length; b++) {
    if (infos[b]!.line.box || !opensStory(infos[b]!)) continue;
    for (let d = 1; d <= DECK_MAX_LINES; d++) {
      const k = b - d;
      if (k < 1 || (k + 1 < b && infos[k + 1]!.gapBefore)) break;
      const deck = infos.slice(k, b);
      if (deck.slice(1).some((x) => x.gapBefore) || !infos[k]!.startsUpper) continue;
      if (deck.reduce((n, x) => n + x.words, 0) < DECK_MIN_WORDS) continue;
      // The headline: one to HEADLINE_MAX_LINES lines right above, each far shorter than the deck's
      // first line, none ending a sentence, the first starting with a capital (a paragraph's last line
      // ends one; a running head or body line above is as long as the deck's).
      const limit = infos[k]!.len / DECK_LINE_RATIO;
      let h = k;
      while (h - 1 >= 0 && k - (h - 1) <= HEADLINE_MAX_LINES && !infos[h - 1]!.endsSentence && infos[h - 1]!.len <= limit && !(h < k && infos[h]!.gapBefore)) h--;
      if (h === k || !infos[h]!.startsUpper) continue;
      // A deck's lines but a short last one run as long as its first.
      if (deck.slice(1, -1).some((x) => x.len < DECK_LINE_RATIO * maxLen(infos, h, k))) continue;
      out.add(k);
      after.add(b);
      break;
    }
  }
  return { decks: out, after };
}
