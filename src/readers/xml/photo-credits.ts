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
 * the photo's edge (body text never overlaps a photo); it is the credit when it
 * also looks like one: set in type well under the body's (credits are set
 * small: dev2 9–10 px lines at a 17–19 px body), flush with the photo's right
 * edge and not from its left, or with a credit mark (a `/` between name and
 * agency, `Photo`, `Courtesy`). A one-line caption in body type from the photo's
 * left edge, whose top Tesseract's picture box took in, is no credit. It is read
 * right before the first block under that edge within the photo's width (the
 * caption, or the text that follows the photo when it has none). Each move is a
 * `reader/photo-credit` message.
 */
import type { Block, Box, Page } from '../../model/types.js';
import type { Message } from '../../model/messages.js';
import { isRunning } from './running-heads.js';

/** The credit's top lies inside the photo, at most this many of its line heights above the bottom edge (dev2: 1.0–1.6). */
export const CREDIT_IN_PHOTO_HEIGHTS = 2;
/**
 * The block under the photo starts at most this many of the credit's line
 * heights under the bottom edge: a caption starts within a line space of the
 * photo (dev2: 0.3–1.5 credit lines under it); text further down is the story's,
 * which the credit is not read with.
 */
export const CAPTION_UNDER_HEIGHTS = 3;
/**
 * …and starts no higher than this many of the credit's line heights above the
 * credit's bottom: a caption under the credit, or level with it (a caption set
 * beside a credit on the same edge), not a block above it in the photo.
 */
export const CAPTION_ABOVE_CREDIT = 0.5;
/** A credit's line is at most this share of the page's median line height (dev2 credits 0.5–0.6; body lines vary ± 20 %, a caption in body type is 0.8 or more). */
export const CREDIT_SMALL_TYPE = 0.75;
/** Words that mark a credit on any paper: an agency's slash (`NAME/AP`), `Photo`, `Courtesy`, `Credit`. */
const CREDIT_MARK = /\/|\b(?:photo|photos|photograph|courtesy|credit)\b/iu;

function within(p: Box, b: Box, slack: number): boolean {
  return b.x0 >= p.x0 - slack && b.x1 <= p.x1 + slack;
}

/** Does the line look like a credit: small type, flush right under the photo, or a credit mark? */
function looksLikeCredit(p: Box, b: Block, box: Box, body: number): boolean {
  const h = box.y1 - box.y0;
  if (body > 0 && h <= CREDIT_SMALL_TYPE * body) return true;
  if (Math.abs(box.x1 - p.x1) <= h && box.x0 - p.x0 > h) return true;
  return CREDIT_MARK.test(b.lines[0]!.text);
}

/** A credit of the photo: one line, its top inside the photo's box near the bottom edge, within its width, that looks like a credit. */
function creditOn(p: Box, b: Block, body: number): boolean {
  const box = b.box;
  if (!box || b.lines.length !== 1 || isRunning(b)) return false;
  const h = box.y1 - box.y0;
  return h > 0 && box.y0 < p.y1 && box.y0 >= p.y1 - CREDIT_IN_PHOTO_HEIGHTS * h && box.y0 > p.y0 && within(p, box, h) && looksLikeCredit(p, b, box, body);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[s.length >> 1]! : 0;
}

/** Move each photo's credit right before the first block under the photo, recording each move. */
export function readCreditsBeforeCaptions(page: Page, messages: Message[]): void {
  if (!page.graphics.some((g) => g.kind === 'image')) return;
  const body = median(page.blocks.flatMap((b) => b.lines.filter((l) => l.box).map((l) => l.box!.y1 - l.box!.y0)));
  for (const photo of page.graphics) {
    if (photo.kind !== 'image') continue;
    const p = photo.box;
    for (const credit of page.blocks.filter((b) => creditOn(p, b, body))) {
      const h = credit.box!.y1 - credit.box!.y0;
      let caption: Block | undefined;
      for (const b of page.blocks) {
        const box = b.box;
        if (b === credit || !box || isRunning(b) || box.y0 < credit.box!.y1 - CAPTION_ABOVE_CREDIT * h || box.y0 > p.y1 + CAPTION_UNDER_HEIGHTS * h || !within(p, box, h)) continue;
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
