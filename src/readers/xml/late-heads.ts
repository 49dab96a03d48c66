/**
 * Put a block an OCR engine read after the text under it back above that text.
 *
 * Tesseract sometimes writes a headline set across several columns after the
 * first blocks of the columns under it (dev009: the byline, the first
 * paragraphs and a caption, then `The Onion: An interview with …`), so the story
 * starts without its headline and the headline opens nothing. On any page, text
 * is read top to bottom within the columns a block spans: a block whose
 * immediately preceding blocks in the reading order all lie under it, inside its
 * horizontal span, is read before them. It moves back over that run (never past
 * a block beside or above it, nor the running head), and the move is recorded as
 * a `reader/late-head` message.
 */
import type { Block, Box, Page } from '../../model/types.js';
import type { Message } from '../../model/messages.js';
import { minOf } from './geometry.js';
import { isRunning } from './running-heads.js';

/**
 * A block counts as under the late one when it starts no higher than this many
 * of the late block's line heights above its bottom. Text under a headline starts
 * below it; OCR boxes of one row jitter by a few pixels (dev009: 0–3 px at a
 * 40 px headline line), so a quarter line keeps a block set beside it out.
 */
export const LATE_BELOW_SLACK = 0.25;
/**
 * …and lies within its span, give or take this many of its line heights at
 * either side: a headline's box ends at its last letter while the columns under
 * it run to the column edge (dev009: within 0.5 of a line); a block a column
 * wider than the headline is beside its span, not under it.
 */
export const LATE_SPAN_SLACK = 1;

/** The block's smallest line height (a headline's line; one tall OCR line box does not widen the slack). */
function lineHeight(b: Block): number {
  const h = minOf(b.lines.filter((l) => l.box).map((l) => l.box!.y1 - l.box!.y0));
  return Number.isFinite(h) ? h : 0;
}

/** Does block box `t` lie under `h` and within its horizontal span? */
function underSpan(h: Box, t: Box, lh: number): boolean {
  return t.y0 >= h.y1 - LATE_BELOW_SLACK * lh && t.x0 >= h.x0 - LATE_SPAN_SLACK * lh && t.x1 <= h.x1 + LATE_SPAN_SLACK * lh;
}

/** Move each block read after a run of blocks that lie under it back before that run, recording each move. */
export function raiseLateHeads(page: Page, messages: Message[]): void {
  for (let i = 1; i < page.blocks.length; i++) {
    const h = page.blocks[i]!;
    if (!h.box || isRunning(h)) continue;
    const lh = lineHeight(h);
    let j = i;
    while (j > 0) {
      const t = page.blocks[j - 1]!;
      if (!t.box || isRunning(t) || !underSpan(h.box, t.box, lh)) break;
      j--;
    }
    if (j === i) continue;
    page.blocks.splice(i, 1);
    page.blocks.splice(j, 0, h);
    messages.push({
      rule: 'reader/late-head',
      severity: 'info',
      text: `"${h.lines.map((l) => l.text).join(' / ')}", read after ${i - j} block(s) that lie under it within its width, moved before them (from "${page.blocks[j + 1]!.lines[0]?.text ?? ''}")`,
      source: h.source,
      confidence: 0.8,
    });
  }
}
