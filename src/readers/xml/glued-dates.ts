/**
 * OCR repair: a date's day and year glued at the comma (`February 21,2017`).
 * At scan resolutions like 150 dpi the space after a comma is a few pixels
 * and Tesseract reads `21, 2017` as one word `21,2017`. The glued form is
 * never a number (a thousands separator is followed by three digits) and,
 * right after a month name, can only be a date; it is split into two words
 * (`21,` and `2017`), each with its share of the word's box, and the repair
 * is recorded as a `reader/ocr-space` message. `Line.original` keeps the
 * text as read. Evidence: the running heads of the dev corpus pages (all
 * three `Month D, YYYY` dates were read glued) and the cases the rule must
 * leave alone (`1,426`, `45,756`, `150,000`, `21,2017` with no month before it).
 */
import type { Box, Word } from '../../model/types.js';
import type { Message } from '../../model/messages.js';
import { GLUED_DAY_YEAR, MONTH_WORD } from './dates.js';

/** Split every glued `D,YYYY` that follows a month name; returns the (possibly longer) word list. */
export function splitGluedDates(words: Word[], page: number, messages: Message[]): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const prev = words[i - 1];
    const m = GLUED_DAY_YEAR.exec(w.text);
    if (!m || !prev || !MONTH_WORD.test(prev.text.replace(/,$/u, ''))) {
      out.push(w);
      continue;
    }
    const day = m[1]!;
    const year = m[2]! + m[3]!;
    const [dayBox, yearBox] = splitBox(w.box, day.length, w.text.length);
    const first: Word = { ...w, text: day };
    const second: Word = { ...w, text: year };
    if (dayBox) first.box = dayBox;
    if (yearBox) second.box = yearBox;
    out.push(first, second);
    messages.push({
      rule: 'reader/ocr-space',
      severity: 'info',
      text: 'a date read with its day and year glued at the comma: the space after the comma restored',
      before: `${prev.text} ${w.text}`,
      after: `${prev.text} ${day} ${year}`,
      source: { page, ...(w.box ? { box: w.box } : {}), ...(w.id ? { id: w.id } : {}) },
      confidence: 0.95,
    });
  }
  return out;
}

/** A word box cut at a character index, each part getting its share of the width (OCR gives no glyph boxes). */
function splitBox(box: Box | undefined, at: number, length: number): [Box | undefined, Box | undefined] {
  if (!box) return [undefined, undefined];
  const x = box.x0 + ((box.x1 - box.x0) * at) / length;
  return [
    { ...box, x1: x },
    { ...box, x0: x },
  ];
}
