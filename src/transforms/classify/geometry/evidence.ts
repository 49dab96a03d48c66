/**
 * Page geometry for the classify/geometry rules: the body's type size, a
 * unit's type size and style, and the photos on the page. Only pages read
 * with geometry (PDF, OCR) have any: every helper returns nothing without it.
 */
import type { Block, Box, Graphic, Page } from '../../../model/types.js';
import { mostCommon } from '../stats.js';

/** The type size most characters of the page's blocks are set in (the body), or null without fonts. */
export function bodySize(page: Page): number | null {
  const counts = new Map<number, number>();
  for (const b of page.blocks) {
    for (const l of b.lines) {
      const s = l.font?.size;
      if (s === undefined) continue;
      const k = Math.round(s * 2) / 2;
      counts.set(k, (counts.get(k) ?? 0) + l.text.length);
    }
  }
  return mostCommon(counts);
}

export interface TypeStyle {
  /** Size most of the block's characters are set in. */
  size: number;
  /** Share of the block's characters in italic, in bold. */
  italic: number;
  bold: number;
}

/** The type a block is set in, from its lines' fonts (null when the lines carry none). */
export function typeStyle(block: Block): TypeStyle | null {
  const sizes = new Map<number, number>();
  let n = 0;
  let italic = 0;
  let bold = 0;
  for (const l of block.lines) {
    const f = l.font;
    if (!f?.size) continue;
    const k = l.text.length;
    n += k;
    sizes.set(f.size, (sizes.get(f.size) ?? 0) + k);
    if (f.italic) italic += k;
    if (f.bold) bold += k;
  }
  if (!n) return null;
  let size = 0;
  let best = 0;
  for (const [s, c] of sizes) {
    if (c > best) {
      best = c;
      size = s;
    }
  }
  return { size, italic: italic / n, bold: bold / n };
}

export function photos(page: Page): Graphic[] {
  return page.graphics.filter((g) => g.kind === 'image');
}

/** Horizontal overlap of two boxes, in page units (0 when apart). */
export function overlapX(a: Box, b: Box): number {
  return Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0));
}

/** Vertical overlap of two boxes. */
export function overlapY(a: Box, b: Box): number {
  return Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));
}

export function fmtBox(b: Box): string {
  return `[${Math.round(b.x0)},${Math.round(b.y0)} ${Math.round(b.x1)},${Math.round(b.y1)}]`;
}
