/**
 * Small advertisements printed among the columns: a title in capitals and a
 * few short lines under it, with the cues of an ad (a phone number, a price, a
 * percentage, `·` separators, words such as `sale`, `call`, `free`). Found on
 * the line stream, before any other cut, so that their lines never join a
 * story: `SPRING SALE` ⏎ `Sofas & armchairs up to 40% off` ⏎ `Hartley Furniture · 12 Mill Road`.
 */
import type { LineInfo } from '../classify/features.js';
import { BYLINE, DATE_LINE, holdsWeb, isJumpLine, opensWithDateline } from '../classify/patterns.js';

/** An ad's title has at most this many words. */
export const MAX_AD_TITLE_WORDS = 4;
/** Lines under an ad's title at most. */
export const MAX_AD_LINES = 3;
/** An ad line is short: at most this many words. */
export const MAX_AD_LINE_WORDS = 8;
/** A line set this much wider than the column ends an ad (a headline across columns follows; ad boxes are somewhat wider than a column). */
const WIDE = 2.2;

/** Commerce cues: phone number, price, percentage, middle-dot separators, selling words. */
const AD_CUE =
  /\b\d{3}[-.]\d{4}\b|[$£€]\s?\d|\d\s?%|\s·\s|\b(?:sale|sell|free|call|apply|order|tickets?|prices?|subscribe|wanted|welcome|delivered|rates?|service|lessons?|offer|discount|book now)\b/iu;
/** A phone number ends an ad (the contact line is printed last). */
const PHONE = /\b\d{3}[-.]\d{4}\b/u;

export interface AdvertRun {
  from: number;
  /** Exclusive. */
  to: number;
  evidence: string;
}

/** Advert runs on a page's line stream. */
export function findAdverts(infos: readonly LineInfo[]): AdvertRun[] {
  const out: AdvertRun[] = [];
  for (let i = 0; i < infos.length; i++) {
    const title = infos[i]!;
    if (!title.allCaps || title.words > MAX_AD_TITLE_WORDS || title.endsSentence) continue;
    const t = title.line.text.trim();
    if (DATE_LINE.test(t) || holdsWeb(t)) continue;
    // Cheap test first: the lines an ad could hold at most must show a commerce cue (the run found
    // below is a prefix of these lines, so without a cue here there is none there), or the box after
    // them a contact line's.
    const far = reach(infos, i);
    if (!AD_CUE.test(linesText(infos, i, far)) && !contactBoxAt(infos, i, far)) continue;
    let j = i + 1;
    while (j < infos.length && j - i - 1 < MAX_AD_LINES) {
      const l = infos[j]!;
      const text = l.line.text.trim();
      if (l.allCaps || l.spanRatio > WIDE || l.words > MAX_AD_LINE_WORDS) break;
      // An ad is one box: a blank line after its first lines ends it.
      if (l.gapBefore && j > i + 1) break;
      if (BYLINE.test(text) || opensWithDateline(text) || isJumpLine(text) || holdsWeb(text) || DATE_LINE.test(text)) break;
      j++;
      if (PHONE.test(text)) break;
    }
    if (j === i + 1) continue;
    // The ad's last line wrapped in a narrow column (`Hartley Furniture · 12 Mill` ⏎ `Road`, d2_010 raw).
    if (j - i - 1 === MAX_AD_LINES && !PHONE.test(infos[j - 1]!.line.text) && wrappedTail(infos, j)) j++;
    // The contact line boxed apart (pdfminer boxes lines of another type size apart: `CLASSIFIEDS` ⏎
    // `Sell it fast.` ⏎ blank ⏎ `Place your ad: 555-0199`): a box of one short line holding a phone
    // number, right after an ad that has none yet, ends that ad.
    if (contactBoxAt(infos, i, j)) j++;
    const cue = AD_CUE.exec(linesText(infos, i, j));
    if (!cue) continue;
    out.push({ from: i, to: j, evidence: `a title in capitals over short lines with "${cue[0].trim()}"` });
    i = j - 1;
  }
  return out;
}

/** A wrapped ad line's remainder holds at most this many words. */
export const MAX_AD_TAIL_WORDS = 2;

/**
 * Is the line at j the remainder of the ad line before it, wrapped in a narrow column: a word or two
 * (MAX_AD_TAIL_WORDS), not in capitals, in the same box, and closed right after by the next box, the
 * next ad's title in capitals or the page's end? Running text under an ad goes on for a full line;
 * a line of a word or two between an ad and the next box can only be that ad's.
 */
function wrappedTail(infos: readonly LineInfo[], j: number): boolean {
  const l = infos[j];
  if (!l || l.gapBefore || l.allCaps || l.words > MAX_AD_TAIL_WORDS || l.endsHyphen) return false;
  const after = infos[j + 1];
  return after === undefined || after.gapBefore || after.allCaps;
}

/**
 * Is the line at j a contact line boxed apart from the ad [i, j): the ad holds no phone number, and line
 * j opens a box of its own of one short line (no more than MAX_AD_LINE_WORDS words, not in capitals,
 * the next line opening another box or the page ending) that holds a phone number, a price or the
 * middle dots of an ad (CONTACT_CUE)? An ad's contact or price line is printed last, and a box of one
 * line showing those is no running text (`CONCERT` ⏎ `City Chamber Orchestra` ⏎ blank ⏎ `Friday 7.30pm ·
 * Tickets $15`, d2_008 pdfminer).
 */
function contactBoxAt(infos: readonly LineInfo[], i: number, j: number): boolean {
  const l = infos[j];
  if (!l || !l.gapBefore || l.allCaps || l.words > MAX_AD_LINE_WORDS) return false;
  const next = infos[j + 1];
  if (next && !next.gapBefore) return false;
  if (!CONTACT_CUE.test(l.line.text)) return false;
  for (let k = i; k < j; k++) if (PHONE.test(infos[k]!.line.text)) return false;
  return true;
}
/**
 * What an ad's contact or price line shows, and running text seldom does in a line of its own: a phone
 * number, a price, the middle dots that separate an ad's items (`Friday 7.30pm · Tickets $15`).
 */
const CONTACT_CUE = /\b\d{3}[-.]\d{4}\b|[$£€]\s?\d|\s·\s/u;

/** The end (exclusive) of the run of short lines under a title at i, before the pattern tests that may end it sooner. */
function reach(infos: readonly LineInfo[], i: number): number {
  let j = i + 1;
  while (j < infos.length && j - i - 1 < MAX_AD_LINES) {
    const l = infos[j]!;
    if (l.allCaps || l.spanRatio > WIDE || l.words > MAX_AD_LINE_WORDS || (l.gapBefore && j > i + 1)) break;
    j++;
    if (PHONE.test(l.line.text)) break;
  }
  return j;
}

/** The trimmed texts of lines [from, to) joined by spaces. */
function linesText(infos: readonly LineInfo[], from: number, to: number): string {
  return infos
    .slice(from, to)
    .map((l) => l.line.text.trim())
    .join(' ');
}
