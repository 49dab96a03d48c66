/**
 * OCR repair: a dash standing alone between two words, read as other glyphs.
 *
 * - A word made only of dash glyphs that mixes a dash with a hyphen (`—-`,
 *   `-—`, `–-`): one printed dash that the engine read as two glyphs (at 150 dpi
 *   Tesseract read d2_001's `Scotland – 29` as `Scotland —- 29`). No printed word
 *   is a dash followed by a hyphen; it becomes one `—`. (`--` is left alone: it is
 *   a typed dash in its own right, which the dashes transform reads.)
 * - A lone `~` between two numbers: the dash of a number range (dev003's
 *   `(1635 – 1699)` read as `(1635 ~ 1699),`). A tilde meaning "about" is set
 *   against its number (`~50`), never alone between two; it becomes `–`.
 *
 * Each repair is recorded as a `reader/ocr-dash` message; `Line.original` keeps
 * the text as read.
 */
import type { Word } from '../../model/types.js';
import type { Message } from '../../model/messages.js';

/** Only dash and hyphen glyphs, at least one of them a dash (en, em, figure dash, horizontal bar) and one a hyphen. */
const MIXED_DASH = /^(?=.*[‒–—―])(?=.*[-‐‑])[-‐‑‒–—―]{2,3}$/u;
/** A word ending in a digit (before a closing bracket or punctuation) and one starting with one (after an opening bracket). */
const ENDS_DIGIT = /\d[)\].,;:]*$/u;
const STARTS_DIGIT = /^[([]*\d/u;

/** Repair the lone dashes of one line's words in place. */
export function repairOcrDashes(words: Word[], page: number, messages: Message[]): void {
  for (let i = 1; i + 1 < words.length; i++) {
    const w = words[i]!;
    let after: string | undefined;
    let why = '';
    if (MIXED_DASH.test(w.text)) {
      after = '—';
      why = 'a dash read as a dash and a hyphen';
    } else if (w.text === '~' && ENDS_DIGIT.test(words[i - 1]!.text) && STARTS_DIGIT.test(words[i + 1]!.text)) {
      after = '–';
      why = 'the dash of a number range read as a tilde';
    }
    if (!after) continue;
    const before = `${words[i - 1]!.text} ${w.text} ${words[i + 1]!.text}`;
    w.text = after;
    messages.push({
      rule: 'reader/ocr-dash',
      severity: 'info',
      text: `${why}: read as one dash`,
      before,
      after: `${words[i - 1]!.text} ${after} ${words[i + 1]!.text}`,
      source: { page, ...(w.box ? { box: w.box } : {}), ...(w.id ? { id: w.id } : {}) },
      confidence: 0.85,
    });
  }
}
