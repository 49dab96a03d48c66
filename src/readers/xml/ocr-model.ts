/**
 * OCR words → Galley lines and blocks, shared by the ALTO and hOCR readers:
 * character normalisation (src/text/normalise.ts, every change recorded as a
 * `reader/characters` message), the line-end hyphen glyphs of historic OCR
 * (`¬` → `-`, recorded as `reader/ocr-hyphen`), a date's day and year glued
 * at the comma split (`21,2017`, recorded as `reader/ocr-space`, see
 * glued-dates.ts), a lone dash read as other glyphs (`—-`, `1635 ~ 1699`,
 * recorded as `reader/ocr-dash`, see ocr-dashes.ts), line and block boxes as the
 * union of their parts when the file gives none, and fonts and OCR hints
 * lifted to the line/block when all parts agree.
 */
import type { Block, Box, Font, Line, OcrHint, Word } from '../../model/types.js';
import type { Message } from '../../model/messages.js';
import { characterMessage, normaliseLine } from '../../text/normalise.js';
import { unionBox } from './geometry.js';
import { splitGluedDates } from './glued-dates.js';
import { repairOcrDashes } from './ocr-dashes.js';

/**
 * Glyphs OCR engines read for a line-end hyphen in historic print, mapped to
 * `-` when they end the last word of a line after a letter. `¬` is what
 * Fraktur/antiqua OCR (ABBYY, PrimeOCR, Tesseract) commonly emits for the
 * line-break hyphen; `⸗` and `⹀` are the double hyphens of Fraktur type.
 * Source: Unicode code charts (U+00AC, U+2E17, U+2E40); Chronicling America,
 * Europeana Newspapers and DTA OCR output.
 */
export const OCR_LINE_END_HYPHENS: Readonly<Record<string, string>> = {
  '\u00AC': 'NOT SIGN',
  '\u2E17': 'DOUBLE OBLIQUE HYPHEN',
  '\u2E40': 'DOUBLE HYPHEN',
};

const LINE_END_GLYPH = new RegExp(`(?<=\\p{L})[${Object.keys(OCR_LINE_END_HYPHENS).join('')}]$`, 'u');

/** A word as an OCR file gives it, before normalisation. */
export interface RawWord {
  text: string;
  box?: Box;
  confidence?: number;
  font?: Font;
  id?: string;
  /** The OCR's own joined form of a word hyphenated across lines (ALTO SUBS_CONTENT). */
  substitution?: string;
  /** ALTO SUBS_TYPE="HypPart1": the first part of a word hyphenated at the line end. */
  hyphenStart?: boolean;
}

/** A line as an OCR file gives it. */
export interface RawLine {
  words: RawWord[];
  box?: Box;
  id?: string;
  font?: Font;
  hint?: OcrHint;
  /** ALTO `<HYP>`: the printed line-end hyphen, its glyph (CONTENT) and box. */
  hyphen?: { glyph: string; box?: Box };
}

export interface RawBlock {
  lines: Line[];
  box?: Box;
  id?: string;
  font?: Font;
}

function sameFont(a: Font | undefined, b: Font | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.name === b.name && a.size === b.size && a.points === b.points && a.bold === b.bold && a.italic === b.italic && a.smallCaps === b.smallCaps;
}

/** The font every item has, or undefined when they differ or one has none. */
export function commonFont(fonts: ReadonlyArray<Font | undefined>): Font | undefined {
  const first = fonts[0];
  if (!first) return undefined;
  return fonts.every((f) => sameFont(f, first)) ? first : undefined;
}

/** Build one line; undefined when it holds no text at all. */
export function buildLine(raw: RawLine, page: number, messages: Message[]): Line | undefined {
  let words: Word[] = [];
  const original = raw.words.map((w) => w.text.trim()).filter((t) => t !== '').join(' ') + (raw.hyphen?.glyph.trim() ?? '');
  let softHyphenEnd = false;
  for (const rw of raw.words) {
    const trimmed = rw.text.trim();
    if (trimmed === '') continue;
    const n = normaliseLine(trimmed);
    for (const c of n.changes) {
      messages.push(characterMessage(c, where(page, rw.box ?? raw.box, rw.id ?? raw.id)));
    }
    softHyphenEnd = n.softHyphenEnd;
    if (n.text === '') continue;
    const word: Word = { text: n.text };
    if (rw.box) word.box = rw.box;
    if (rw.font) word.font = rw.font;
    if (rw.confidence !== undefined) word.confidence = rw.confidence;
    if (rw.id) word.id = rw.id;
    if (rw.substitution) word.substitution = rw.substitution;
    words.push(word);
  }
  words = splitGluedDates(words, page, messages);
  repairOcrDashes(words, page, messages);
  const last = words[words.length - 1];
  if (!last) return undefined;
  const lastRaw = raw.words.filter((w) => w.text.trim() !== '').at(-1);
  markLineEndHyphen(last, lastRaw?.hyphenStart === true, raw.hyphen, page, messages);
  const box = raw.box ?? unionBox(words.map((w) => w.box));
  const font = raw.font ?? commonFont(words.map((w) => w.font));
  const line: Line = { text: words.map((w) => w.text).join(' '), original, source: where(page, box, raw.id), words };
  if (box) line.box = box;
  if (font) line.font = font;
  if (raw.hint) line.hint = raw.hint;
  if (softHyphenEnd && !raw.hyphen) line.join = 'join';
  return line;
}

/**
 * Make the last word of a line end in `-` when the OCR says the line ends in
 * a hyphen: an ALTO `<HYP>` element (whatever its glyph), a last word ending
 * in one of OCR_LINE_END_HYPHENS, or an ALTO HypPart1 word whose hyphen the
 * file left out. Whether the hyphen is then joined is the dehyphenate
 * transform's decision; the OCR's joined word stays on `Word.substitution`.
 */
function markLineEndHyphen(
  last: Word,
  hyphenStart: boolean,
  hyp: RawLine['hyphen'],
  page: number,
  messages: Message[],
): void {
  const before = last.text;
  const record = (text: string): void => {
    messages.push({ rule: 'reader/ocr-hyphen', severity: 'info', text, before, after: last.text, source: where(page, last.box, last.id) });
  };
  if (hyp) {
    const glyph = normaliseLine(hyp.glyph.trim()).text || '-';
    if (hyp.box && last.box) last.box = unionBox([last.box, hyp.box]);
    const gm = LINE_END_GLYPH.exec(last.text);
    if (gm) {
      last.text = `${last.text.slice(0, -1)}-`;
      record(`line-end hyphen printed as '${gm[0]}' (${OCR_LINE_END_HYPHENS[gm[0]]}) read as '-'`);
    } else if (!last.text.endsWith('-')) {
      last.text += '-';
      if (glyph !== '-') record(`line-end hyphen (HYP) printed as '${glyph}' read as '-'`);
    }
    return;
  }
  const gm = LINE_END_GLYPH.exec(last.text);
  if (gm) {
    last.text = `${last.text.slice(0, -1)}-`;
    record(`line-end hyphen printed as '${gm[0]}' (${OCR_LINE_END_HYPHENS[gm[0]]}) read as '-'`);
    return;
  }
  if (hyphenStart && !last.text.endsWith('-')) {
    last.text += '-';
    record('word marked as the first part of a hyphenated word (HypPart1) has no hyphen in the file; a line-end hyphen is added');
  }
}

/** Build one `text` block from its lines; undefined when it has none. */
export function buildBlock(raw: RawBlock, page: number): Block | undefined {
  if (raw.lines.length === 0) return undefined;
  const box = raw.box ?? unionBox(raw.lines.map((l) => l.box));
  const font = raw.font ?? commonFont(raw.lines.map((l) => l.font));
  const block: Block = { kind: 'text', lines: raw.lines, source: where(page, box, raw.id) };
  if (box) block.box = box;
  if (font) block.font = font;
  const hint = raw.lines[0]!.hint;
  if (hint && raw.lines.every((l) => l.hint === hint)) block.hint = hint;
  return block;
}

function where(page: number, box: Box | undefined, id: string | undefined): Line['source'] {
  return { page, ...(box ? { box } : {}), ...(id ? { id } : {}) };
}
