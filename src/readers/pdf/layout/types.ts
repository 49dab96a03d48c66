/**
 * The PDF reader's working geometry, between raw glyphs and the page model.
 * All boxes are in points, origin top-left. These are internal: ../model.ts
 * turns them into the page model's Words, Lines and Blocks.
 */
import type { Box } from '../../../model/types.js';
import type { RawFont } from '../protocol.js';

/**
 * What glyphs, words and lines share: their box, baseline, font size and font (an index into the
 * page's fonts). For a word: its first glyph's baseline and font, its largest glyph's size; for a
 * line: its dominant size and font (by characters).
 */
export interface Placed extends Box {
  base: number;
  size: number;
  font: number;
}

export interface PGlyph extends Placed {
  text: string;
  flags: number;
}

export interface PWord extends Placed {
  text: string;
  /** A space glyph came before this word in the content stream. */
  spaceBefore: boolean;
  rotated: boolean;
  invisible: boolean;
  glyphs: PGlyph[];
}

export interface PLine extends Placed {
  words: PWord[];
  rotated: boolean;
}

/** A run of lines read as one unit: a column chunk, then a block. */
export interface PBlock {
  lines: PLine[];
  box: Box;
  /** Read as one block, not split into paragraphs (a small framed box). */
  whole?: boolean;
  /** All the text of a small frame, with its size. */
  boxed?: BoxedText;
}

export interface BoxedText {
  lines: number;
  words: number;
  frame: Box;
}

/** What layout steps know about the page. */
export interface PageContext {
  number: number;
  width: number;
  height: number;
  fonts: RawFont[];
  /** The page's body text size: the font size that most characters have. */
  bodySize: number;
}

export function boxOf(items: ReadonlyArray<{ x0: number; y0: number; x1: number; y1: number }>): Box {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const b of items) {
    if (b.x0 < x0) x0 = b.x0;
    if (b.y0 < y0) y0 = b.y0;
    if (b.x1 > x1) x1 = b.x1;
    if (b.y1 > y1) y1 = b.y1;
  }
  return { x0, y0, x1, y1 };
}

export function width(b: Box): number {
  return b.x1 - b.x0;
}

export function height(b: Box): number {
  return b.y1 - b.y0;
}

/** Horizontal overlap of two boxes (negative: the gap between them). */
export function xOverlap(a: Box, b: Box): number {
  return Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
}

/** Vertical overlap of two boxes (negative: the gap between them). */
export function yOverlap(a: Box, b: Box): number {
  return Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
}

/** Size of a line's first word and of its last: where text flows on from one line to the next. */
export function leadSize(line: PLine): number {
  return line.words[0]?.size ?? line.size;
}

export function tailSize(line: PLine): number {
  return line.words[line.words.length - 1]?.size ?? line.size;
}

/** Two sizes differ by more than `ratio`. */
export function sizesDiffer(a: number, b: number, ratio: number): boolean {
  return Math.max(a, b) / Math.max(Math.min(a, b), 0.1) > ratio;
}

export function lineText(line: PLine): string {
  let out = '';
  line.words.forEach((w, i) => {
    out += i === 0 ? w.text : ` ${w.text}`;
  });
  return out;
}
