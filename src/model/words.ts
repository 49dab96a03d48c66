/**
 * A line's words in either of their two forms: `Line.words` (Word objects: the OCR readers, whose words
 * carry confidences, ids and OCR substitutions) or `Line.packedWords` (the PDF reader: six numbers a
 * word in one array). A PDF document of 200 pages has ~240,000 words; as objects they took 211 bytes
 * each (the word, its box object, four boxed doubles, its text), 48 of the 67 MB its page model held
 * (docs/readers-pdf.md, "Memory"). Packed they take 48 bytes, and what the steps after the reader read
 * of them (a word's box for a message's source, word heights for a line's type size) is read from here.
 */
import type { Box, Font, Line, Word } from './types.js';
import { normaliseLine } from '../text/normalise.js';

/**
 * Numbers a word takes in `Line.packedWords`: its box's x0, y0, x1, y1, the length of its text in
 * `Line.original`, and its font: 0 for the line's `font`, k ≥ 1 for `Line.wordFonts[k - 1]`.
 */
export const PACKED_WORD_SIZE = 6;

/**
 * `words` packed for `Line.packedWords`: each word's box (its x0, y0, x1, y1 through `round`; the PDF
 * reader rounds to hundredths of a point, as it does every box), the length of its text as read
 * (the texts the line's `original` joins by single spaces, in this order) and its font (`fontOf`),
 * against the line's font `lineFont`. Returns the packed numbers and the fonts other than the line's
 * (`Line.wordFonts`), undefined when every word is set in the line's font (most lines).
 */
export function packWords<W extends Box & { text: string }>(words: readonly W[], round: (v: number) => number, fontOf: (w: W) => Font, lineFont: Font): { packed: number[]; fonts: Font[] | undefined } {
  const out = new Array<number>(words.length * PACKED_WORD_SIZE);
  let fonts: Font[] | undefined;
  let k = 0;
  for (const w of words) {
    out[k++] = round(w.x0);
    out[k++] = round(w.y0);
    out[k++] = round(w.x1);
    out[k++] = round(w.y1);
    out[k++] = w.text.length;
    const font = fontOf(w);
    let at = 0;
    if (font !== lineFont) {
      fonts ??= [];
      at = fonts.indexOf(font) + 1;
      if (at === 0) at = fonts.push(font);
    }
    out[k++] = at;
  }
  return { packed: out, fonts };
}

/**
 * The line's words as Word objects: `Line.words`, or the packed words unpacked (each with its box and
 * its text normalised as the line's is and its font, as the PDF reader's Word objects had), or
 * undefined when the line has neither. Built anew at each call: for a step that needs one line's
 * words now and then (a message's source), not for a scan of every line.
 */
export function lineWords(line: Line): Word[] | undefined {
  if (line.words) return line.words;
  const packed = line.packedWords;
  if (!packed) return undefined;
  const words: Word[] = [];
  let at = 0;
  for (let k = 0; k + PACKED_WORD_SIZE <= packed.length; k += PACKED_WORD_SIZE) {
    const end = at + packed[k + 4]!;
    const box: Box = { x0: packed[k]!, y0: packed[k + 1]!, x1: packed[k + 2]!, y1: packed[k + 3]! };
    const f = packed[k + 5]!;
    const font = f === 0 ? line.font : line.wordFonts?.[f - 1];
    const word: Word = { text: normaliseLine(line.original.slice(at, end)).text, box };
    if (font) word.font = font;
    words.push(word);
    at = end + 1;
  }
  return words;
}

/** The heights (y1 − y0) of the line's word boxes in order, 0 for a word without a box; empty when the line has no words. */
export function wordHeights(line: Line): number[] {
  if (line.words) return line.words.map((w) => (w.box ? w.box.y1 - w.box.y0 : 0));
  const packed = line.packedWords;
  if (!packed) return [];
  const out: number[] = [];
  for (let k = 0; k + PACKED_WORD_SIZE <= packed.length; k += PACKED_WORD_SIZE) out.push(packed[k + 3]! - packed[k + 1]!);
  return out;
}

/** Does the line carry its words, in either form? */
export function hasWords(line: Line): boolean {
  return line.words !== undefined || line.packedWords !== undefined;
}
