/**
 * Rotated text (a credit up the side of a photo, a page set sideways) is laid
 * out like upright text: its glyphs are turned into an upright frame, read
 * into words, lines and blocks by the same steps, and the boxes are turned
 * back onto the page. One frame per quarter turn (see QUARTER_SHIFT).
 */
import type { Box } from '../../../model/types.js';
import { FLAG_ROTATED, QUARTER_MASK, QUARTER_SHIFT } from '../protocol.js';
import type { PBlock, PGlyph, PLine, PWord } from './types.js';

export function quarterOf(flags: number): number {
  return flags & FLAG_ROTATED ? (flags & QUARTER_MASK) >> QUARTER_SHIFT : 0;
}

/** Point (x, y) on the page → the upright frame of text turned `q` quarters clockwise. */
function forward(q: number, x: number, y: number): [number, number] {
  switch (q) {
    case 1:
      return [y, -x];
    case 2:
      return [-x, -y];
    case 3:
      return [-y, x];
    default:
      return [x, y];
  }
}

/** Point in the upright frame → back onto the page. */
function backward(q: number, x: number, y: number): [number, number] {
  switch (q) {
    case 1:
      return [-y, x];
    case 2:
      return [-x, -y];
    case 3:
      return [y, -x];
    default:
      return [x, y];
  }
}

function mapBox(b: Box, f: (x: number, y: number) => [number, number]): Box {
  const [ax, ay] = f(b.x0, b.y0);
  const [bx, by] = f(b.x1, b.y1);
  return { x0: Math.min(ax, bx), y0: Math.min(ay, by), x1: Math.max(ax, bx), y1: Math.max(ay, by) };
}

/** A rotated glyph as if upright (flags cleared of the rotation). */
export function toUpright(g: PGlyph, q: number): PGlyph {
  const box = mapBox(g, (x, y) => forward(q, x, y));
  // The baseline is a vertical line x = base (q 1, 3) or a horizontal one y = base (q 2) on the page.
  const base = q === 1 ? -g.base : q === 2 ? -g.base : g.base;
  return { ...g, ...box, base, flags: g.flags & ~(FLAG_ROTATED | QUARTER_MASK) };
}

/** Turn the boxes of laid-out blocks (and their lines and words) back onto the page, in place. */
export function turnBack(blocks: readonly PBlock[], q: number): void {
  const back = (b: Box): Box => mapBox(b, (x, y) => backward(q, x, y));
  const words = new Set<PWord>();
  const lines = new Set<PLine>();
  for (const block of blocks) {
    block.box = back(block.box);
    for (const l of block.lines) {
      if (lines.has(l)) continue;
      lines.add(l);
      Object.assign(l, back(l), { rotated: true });
      for (const w of l.words) {
        if (words.has(w)) continue;
        words.add(w);
        Object.assign(w, back(w), { rotated: true });
      }
    }
  }
}
