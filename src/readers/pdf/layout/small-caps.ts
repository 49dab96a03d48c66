/**
 * Small caps drawn as smaller capitals (TeX's \textsc with fonts that have
 * none, Word's and InDesign's "fake" small caps; dev001 draws `RESPONDENT
 * RACE.` as an `R` at 9.96 pt and `ESPONDENT RACE` at 7.97 pt): the text
 * layer says `RESPONDENT RACE`, the reader sees `Respondent race`. In a word
 * of capitals only, a capital drawn at small-cap size in a line that also
 * has full-size glyphs becomes lower case. Real small-caps fonts map their
 * glyphs to lower-case letters already and need nothing. A run of words drawn
 * smaller with no full-size capital among them is small type, not small caps.
 */
import { UPPER } from '../../../text/chars.js';
import type { PLine, PWord } from './types.js';

/** Small capitals are 0.65–0.85 of the capital size (TeX fake small caps: 0.8; x-height small caps: 0.7). */
export const SMALL_CAP_MIN_RATIO = 0.6;
export const SMALL_CAP_MAX_RATIO = 0.9;

export interface SmallCapsRepair {
  line: PLine;
  before: string;
  after: string;
}

/** Lower-case the small capitals of a line in place; returns the repair when something changed. */
export function repairSmallCaps(line: PLine): SmallCapsRepair | null {
  const full = fullSize(line);
  if (full <= 0) return null;
  const before = line.words.map((w) => w.text).join(' ');
  let changed = false;
  // Runs of words in capitals only; a run is small caps when one of its words keeps a full-size
  // capital, or when it opens the line: a paragraph's lead-in after a drop cap (`I` + `SLANDS in the …`).
  let run: PWord[] = [];
  const flush = (): void => {
    if (run[0] === line.words[0] || run.some((w) => typedCapital(w, full))) for (const w of run) if (lowerSmallCaps(w, full)) changed = true;
    run = [];
  };
  for (const w of line.words) {
    if (/\p{Ll}/u.test(w.text)) flush();
    else run.push(w);
  }
  flush();
  if (!changed) return null;
  return { line, before, after: line.words.map((w) => w.text).join(' ') };
}

/** The size of the line's full-size glyphs: the largest size that any letter or punctuation has. */
function fullSize(line: PLine): number {
  let max = 0;
  for (const w of line.words) for (const g of w.glyphs) if (g.size > max) max = g.size;
  return max;
}

/**
 * Fake small caps keep the capitals of the text as typed at full size (`R` + `ESPONDENT`); a run of
 * capitals all drawn smaller is smaller type set in capitals (dev2's `PHOTO: FATIMA …` credit after a
 * caption, `— EPA`), and stays as drawn.
 */
function hasFullCapital(w: PWord, full: number): boolean {
  return w.glyphs.some((g) => g.size / full > SMALL_CAP_MAX_RATIO && UPPER.test(g.text));
}

/**
 * A word showing how fake small caps were made: a capital as typed at full size, and the rest of the
 * word drawn smaller (`R` + `ESPONDENT`), or a one-letter word at full size (`A` of `A study`). A word
 * of several capitals all at full size is an acronym in the text's own type (`NASA.` before the
 * credit `— EPA` set smaller, d2_007 PDF), no evidence that the smaller capitals beside it are small caps.
 */
function typedCapital(w: PWord, full: number): boolean {
  if (!hasFullCapital(w, full)) return false;
  const letters = w.glyphs.filter((g) => UPPER.test(g.text));
  return letters.length === 1 || letters.some((g) => g.size / full <= SMALL_CAP_MAX_RATIO);
}

function lowerSmallCaps(w: PWord, full: number): boolean {
  // Only words in capitals are set in small caps: `Photo by Sofia` in a smaller type is just smaller type.
  if (/\p{Ll}/u.test(w.text)) return false;
  let changed = false;
  let text = '';
  for (const g of w.glyphs) {
    const ratio = g.size / full;
    if (ratio >= SMALL_CAP_MIN_RATIO && ratio <= SMALL_CAP_MAX_RATIO && UPPER.test(g.text) && g.text.toLowerCase() !== g.text) {
      g.text = g.text.toLowerCase();
      changed = true;
    }
    text += g.text;
  }
  if (changed) w.text = text;
  return changed;
}
