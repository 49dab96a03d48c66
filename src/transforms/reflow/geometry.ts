/**
 * What the page's geometry says about where a paragraph piece ends, on pages
 * that carry line boxes (PDF, OCR). In a justified column every line that a
 * paragraph goes on from is set out to the column's right edge; a paragraph's
 * own last line is set at its natural width. So a piece whose last line stops
 * well short of a justified column's right edge ended its paragraph there,
 * whatever its last word (`… Lucero: Digital Domain`, a title with no stop).
 * Text alone cannot tell that end from a line cut off by a box or column end.
 */
import type { Block, Box, Page } from '../../model/types.js';

/** Left edges (and right edges) within this share of the line height are the same edge. */
export const EDGE_TOLERANCE = 0.5;
/** A last line this many line heights short of the column's right edge ends its paragraph. */
export const SHORT_BY_LINE_HEIGHTS = 1.5;
/** At least this many lines of the column must be known to judge its right edge. */
export const MIN_COLUMN_LINES = 4;
/** Share of the column's lines that reach its right edge for the column to count as justified. */
export const JUSTIFIED_SHARE = 0.6;

/**
 * Paragraph blocks whose last line stops well short of the right edge of a justified column:
 * the paragraph ends there. Empty for a page without boxes (plain text).
 */
export function shortLastLines(page: Page): Set<Block> {
  const out = new Set<Block>();
  if (!page.unit) return out;
  const boxes: Box[] = [];
  const all: Box[] = [];
  for (const b of page.blocks) {
    for (const l of b.lines) {
      if (!l.box) continue;
      all.push(l.box);
      if (b.kind === 'paragraph') boxes.push(l.box);
    }
  }
  for (const b of page.blocks) {
    if (b.kind !== 'paragraph') continue;
    const last = b.lines[b.lines.length - 1]?.box;
    if (!last) continue;
    const h = last.y1 - last.y0;
    if (!(h > 0)) continue;
    const tol = h * EDGE_TOLERANCE;
    // The column: lines on the page with the same left edge (an indented first line is left out).
    const column = boxes.filter((x) => Math.abs(x.x0 - last.x0) <= tol && x !== last);
    if (column.length < MIN_COLUMN_LINES) continue;
    // A loop, not Math.max(...): a spread passes every line as an argument and overflows the call
    // stack on a hostile page of some 150,000 boxed lines.
    let right = -Infinity;
    for (const x of column) if (x.x1 > right) right = x.x1;
    const reaching = column.filter((x) => x.x1 >= right - tol).length;
    if (reaching / column.length < JUSTIFIED_SHARE) continue;
    if (right - last.x1 < h * SHORT_BY_LINE_HEIGHTS) continue;
    // Text beside it on the same baseline, before the column's edge: the line was cut (an extractor
    // split it around wide spaces), it did not end.
    const mid = (last.y0 + last.y1) / 2;
    if (all.some((x) => x !== last && x.y0 <= mid && x.y1 >= mid && x.x0 >= last.x1 - tol && x.x0 < right)) continue;
    out.add(b);
  }
  return out;
}
