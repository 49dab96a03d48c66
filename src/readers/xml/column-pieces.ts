/**
 * Put the pieces of a line an OCR engine read across a column gutter back
 * into their own column's reading order.
 *
 * Tesseract reads two stories' tops set side by side (`PROFILE` … `DESTINATIONS`,
 * `Brock Holt` … `Fort Lee`, `By Yusuf Kowalski` … `By Tomasz Larsen`) as single
 * lines jumping over the gutter; split.ts cuts them into one block per column,
 * but the right-hand pieces still stand where the glued block stood, among the
 * left column's first lines, while the rest of their own column comes much later
 * (an engine writes a column top to bottom before the next). The right-hand
 * story then takes the left one's headline and byline.
 *
 * Evidence that holds on any page: a piece cut off at a gap wider than a column
 * lies in another column, and the text under it in that column (a block that
 * overlaps it horizontally and starts below it) is where the engine's reading
 * order reaches that column. Each such piece is moved to right before the first
 * later block under it in its column (pieces bound for the same block keep their
 * order); a piece with no block under it stays where it is. Each move is a
 * `reader/column-piece` message.
 */
import type { Block, Box, Page } from '../../model/types.js';
import type { Message } from '../../model/messages.js';
import { isRunning } from './running-heads.js';

/**
 * The block under a piece overlaps it horizontally by at least this share of
 * the narrower of the two. Blocks of one column share most of their width; a
 * neighbouring column's block touches at most a gutter's width of it, and OCR
 * boxes of one column's blocks differ by a few pixels at the edges (d2_004's
 * pieces overlap their column's text by 0.9 and more), so half is the column.
 */
export const PIECE_COLUMN_OVERLAP = 0.5;
/**
 * …and starts no higher than this many of the piece's heights above the
 * piece's bottom. Text under a piece starts below it; the engine's boxes of one
 * row jitter by a few pixels (under a quarter of a line on the dev pages), and
 * half a line allows for a line box with a descender, never a line beside it.
 */
export const PIECE_BELOW_SLACK = 0.5;

function overlapX(a: Box, b: Box): number {
  return Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0));
}

/** Is `t` under piece `d` in its column? */
function under(d: Box, t: Box): boolean {
  const narrower = Math.min(d.x1 - d.x0, t.x1 - t.x0);
  return narrower > 0 && overlapX(d, t) >= PIECE_COLUMN_OVERLAP * narrower && t.y0 >= d.y1 - PIECE_BELOW_SLACK * (d.y1 - d.y0);
}

/** Move each column piece of the page before the first later block under it, recording each move. */
export function placeColumnPieces(page: Page, pieces: ReadonlySet<Block>, messages: Message[]): void {
  const movers = page.blocks.filter((b) => pieces.has(b) && b.box && !isRunning(b));
  for (const d of movers) {
    const from = page.blocks.indexOf(d);
    let to = -1;
    for (let k = from + 1; k < page.blocks.length; k++) {
      const t = page.blocks[k]!;
      if (!pieces.has(t) && t.box && !isRunning(t) && under(d.box!, t.box)) {
        to = k;
        break;
      }
    }
    if (to < 0 || to === from + 1) continue;
    const target = page.blocks[to]!;
    page.blocks.splice(from, 1);
    page.blocks.splice(to - 1, 0, d);
    messages.push({
      rule: 'reader/column-piece',
      severity: 'info',
      text: `"${d.lines.map((l) => l.text).join(' / ')}", cut from a line read across a column gutter, moved ${to - from - 1} block(s) on, to head its column over "${target.lines[0]?.text ?? ''}"`,
      source: d.source,
      confidence: 0.8,
    });
  }
}
