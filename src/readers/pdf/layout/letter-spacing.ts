/**
 * Letter-spaced (tracked) text: kickers, section names and mastheads are
 * often set with wide tracking (`S P O R T S`), so that every letter is a
 * word of its own by the word-gap rule. A run of at least three one-letter
 * words with near-equal gaps is one word; inside such a run a gap clearly
 * wider than the run's tracking (or a space glyph) is a word space.
 */
import { LETTER } from '../../../text/chars.js';
import { makeWord } from './words.js';
import type { PLine, PWord } from './types.js';

/** Shortest run of single letters that is read as tracked text (`A B` may be initials; three are not). */
export const TRACKED_MIN_LETTERS = 3;
/** Gaps inside a tracked word vary by at most this factor (+0.05 em for rounding). */
export const TRACKING_SPREAD = 1.6;
/** A gap this many times the run's smallest gap is a word space inside tracked text. */
export const TRACKED_WORD_GAP = 1.8;
/** Tracking wider than this (em) is not tracking but separate words or cells. */
export const MAX_TRACKING_EM = 1.2;

export interface TrackingRepair {
  line: PLine;
  before: string;
  after: string;
}

export function repairLetterSpacing(line: PLine): TrackingRepair | null {
  const words = line.words;
  if (words.length < TRACKED_MIN_LETTERS) return null;
  const before = words.map((w) => w.text).join(' ');
  const out: PWord[] = [];
  let changed = false;
  let i = 0;
  while (i < words.length) {
    const run = trackedRun(words, i);
    if (run > 0) {
      out.push(...joinRun(words.slice(i, i + run)));
      changed = true;
      i += run;
    } else {
      out.push(words[i]!);
      i++;
    }
  }
  if (!changed) return null;
  line.words = out;
  return { line, before, after: out.map((w) => w.text).join(' ') };
}

function single(w: PWord | undefined): w is PWord {
  return !!w && [...w.text].length === 1 && LETTER.test(w.text);
}

/** Length of a tracked run of single letters starting at i (0 if none). */
function trackedRun(words: readonly PWord[], i: number): number {
  let j = i;
  while (single(words[j])) j++;
  const n = j - i;
  if (n < TRACKED_MIN_LETTERS) return 0;
  const gaps: number[] = [];
  for (let k = i + 1; k < j; k++) gaps.push(words[k]!.x0 - words[k - 1]!.x1);
  const em = words[i]!.size;
  const min = Math.min(...gaps);
  if (min < 0 || min > MAX_TRACKING_EM * em) return 0;
  // Most gaps must be tracking: the word spaces inside are the only wider ones.
  const tracking = gaps.filter((g) => g <= TRACKING_SPREAD * min + 0.05 * em).length;
  return tracking >= Math.ceil((gaps.length + 1) / 2) ? n : 0;
}

function joinRun(run: readonly PWord[]): PWord[] {
  const gaps: number[] = [];
  for (let k = 1; k < run.length; k++) gaps.push(run[k]!.x0 - run[k - 1]!.x1);
  const min = Math.min(...gaps);
  const out: PWord[] = [];
  let group: PWord[] = [run[0]!];
  for (let k = 1; k < run.length; k++) {
    const w = run[k]!;
    if (w.spaceBefore && gaps[k - 1]! > TRACKING_SPREAD * min) {
      out.push(merge(group));
      group = [w];
    } else if (gaps[k - 1]! >= TRACKED_WORD_GAP * min && gaps[k - 1]! > min + 0.1 * w.size) {
      out.push(merge(group));
      group = [w];
    } else group.push(w);
  }
  out.push(merge(group));
  return out;
}

function merge(group: readonly PWord[]): PWord {
  if (group.length === 1) return group[0]!;
  const word = makeWord(group.flatMap((w) => w.glyphs));
  word.spaceBefore = group[0]!.spaceBefore;
  return word;
}
