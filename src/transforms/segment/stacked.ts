/**
 * Headline lines stacked in boxes of their own. An OCR engine (ALTO, hOCR) often
 * puts each line of a large headline in a block of its own ("The future of the
 * peace process in" / "Israel"), so the text rule "no blank line between the two
 * units" (../classify/units.ts sourceGap) cannot see that they are one headline.
 * The page geometry can: the second unit is set right under the first, with less
 * than half a line of space between them (a headline's leading; two stories' heads
 * have at least their body, or a rule and white space, between them), starting at
 * the same left edge, in type of the same size. This holds for any page with boxes;
 * without boxes nothing is found.
 */
import type { Block, Line } from '../../model/types.js';
import { wordHeights } from '../../model/words.js';

/** Space between the units, at most this share of the line height (a blank line is a whole one). */
export const STACKED_MAX_GAP = 0.5;
/** Left edges differ by at most this share of the line height (flush-left lines of one head share an edge). */
export const STACKED_MAX_INDENT = 0.5;
/** Type sizes (median word height) differ by at most this factor (a deck or kicker is set smaller). */
export const STACKED_MAX_SIZE_RATIO = 1.25;

/** A line's type size: the median height of its word boxes, else its box height. OCR noise glued to a line (a low box read from the next column) stretches the line's box, not the median word. */
export function typeSize(line: Line): number | null {
  const hs = wordHeights(line).filter((h) => h > 0).sort((a, b) => a - b);
  if (hs.length) return hs[Math.floor(hs.length / 2)]!;
  return line.box ? line.box.y1 - line.box.y0 : null;
}

/**
 * `b` is the next line of the headline `a` ends with: both have boxes, `b` starts under `a`'s last line with
 * less than STACKED_MAX_GAP of a line between, at the same left edge, in type of the same size.
 */
export function stackedUnder(a: Block, b: Block): boolean {
  const last = a.lines[a.lines.length - 1];
  const first = b.lines[0];
  if (!last || !first) return false;
  const ab = last.box;
  const bb = first.box;
  const sa = typeSize(last);
  const sb = typeSize(first);
  if (!ab || !bb || !sa || !sb) return false;
  if (Math.max(sa, sb) / Math.min(sa, sb) > STACKED_MAX_SIZE_RATIO) return false;
  const size = Math.min(sa, sb);
  const gap = bb.y0 - ab.y1;
  if (gap < -size * STACKED_MAX_GAP || gap > size * STACKED_MAX_GAP) return false;
  return Math.abs(bb.x0 - ab.x0) <= size * STACKED_MAX_INDENT;
}
