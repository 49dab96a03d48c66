/**
 * Read a photo's credit right before its caption.
 *
 * A photo credit is set small on or against the photo's bottom edge, often at
 * the right; the caption starts under the photo at the left. Tesseract reads each
 * with the column it lies in: a credit under the right half of a two-column photo
 * is read with the second column, after the whole first one (d2_004: `GRACE
 * LARSEN / THE LAKESIDE SENTINEL` 13 blocks after its caption), or after the
 * paragraph under the caption (d2_003: `FATIMA SILVA/EPA`), so credit and caption
 * are never next to each other and the credit is read as text of its own.
 *
 * Evidence that holds on any page: a one-line block whose top lies inside a
 * photo's box, within a few of its line heights of the bottom edge, is printed on
 * the photo's edge: its credit (body text never overlaps a photo). It is read
 * right before the first block under that edge within the photo's width (the
 * caption, or the text that follows the photo when it has none). Each move is a
 * `reader/photo-credit` message.
 */
import type { Block, Box, Page } from '../../model/types.js';
import type { Message } from '../../model/messages.js';

/** The credit's top lies inside the photo, at most this many of its line heights above the bottom edge (dev2: 1.0–1.6). */
export const CREDIT_IN_PHOTO_HEIGHTS = 2;
/** The block under the photo starts at most this many of the credit's line heights under the bottom edge (a caption starts a line space under it). */
export const CAPTION_UNDER_HEIGHTS = 3;

function within(p: Box, b: Box, slack: number): boolean {
  return b.x0 >= p.x0 - slack && b.x1 <= p.x1 + slack;
}

function running(b: Block): boolean {
  return b.hint === 'running-head' || b.hint === 'running-foot';
}

/** A credit of the photo: one line, its top inside the photo's box near the bottom edge, within its width. */
function creditOn(p: Box, b: Block): boolean {
  const box = b.box;
  if (!box || b.lines.length !== 1 || running(b)) return false;
  const h = box.y1 - box.y0;
  return h > 0 && box.y0 < p.y1 && box.y0 >= p.y1 - CREDIT_IN_PHOTO_HEIGHTS * h && box.y0 > p.y0 && within(p, box, h);
}

/** Move each photo's credit right before the first block under the photo, recording each move. */
export function readCreditsBeforeCaptions(page: Page, messages: Message[]): void {
  for (const photo of page.graphics) {
    if (photo.kind !== 'image') continue;
    const p = photo.box;
    for (const credit of page.blocks.filter((b) => creditOn(p, b))) {
      const h = credit.box!.y1 - credit.box!.y0;
      let caption: Block | undefined;
      for (const b of page.blocks) {
        const box = b.box;
        if (b === credit || !box || running(b) || box.y0 < credit.box!.y1 - 0.5 * h || box.y0 > p.y1 + CAPTION_UNDER_HEIGHTS * h || !within(p, box, h)) continue;
        if (!caption || box.y0 < caption.box!.y0 || (box.y0 === caption.box!.y0 && box.x0 < caption.box!.x0)) caption = b;
      }
      if (!caption) continue;
      const from = page.blocks.indexOf(credit);
      if (page.blocks[from + 1] === caption) continue;
      page.blocks.splice(from, 1);
      page.blocks.splice(page.blocks.indexOf(caption), 0, credit);
      messages.push({
        rule: 'reader/photo-credit',
        severity: 'info',
        text: `"${credit.lines[0]!.text}", one line on the bottom edge of the photo [${Math.round(p.x0)},${Math.round(p.y0)} ${Math.round(p.x1)},${Math.round(p.y1)}] (its credit), read right before "${caption.lines[0]?.text ?? ''}" under the photo`,
        source: credit.source,
        confidence: 0.8,
      });
    }
  }
}
