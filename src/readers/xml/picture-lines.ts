/**
 * A picture read as a line of text.
 *
 * Tesseract sometimes takes a row of photos for a line and writes one "word"
 * per photo: `_` with confidence 0 and a box as tall as the photo (dev004: three
 * 321 px `_` words under a 14 px body, then a `-` where the text beside them
 * was). No printed word is many times as tall as the page's type, has no letter
 * or digit, and was read with no confidence at all. A line made only of
 * letterless words the engine gave confidence 0, at least one of them taller than
 * PICTURE_WORD_HEIGHTS times the page's median word height, is dropped; each
 * tall word's box becomes an `image` graphic (the photo it is). Recorded as a
 * `reader/picture-line` message with the text dropped.
 */
import type { Page } from '../../model/types.js';
import type { Message } from '../../model/messages.js';
import { unionBox } from './geometry.js';

/** A word this many times the page's median word height is a picture, not type (dev headlines: up to 5.5 ×). */
export const PICTURE_WORD_HEIGHTS = 8;

const LETTERLESS = /^[^\p{L}\p{N}]+$/u;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[s.length >> 1]! : 0;
}

export function dropPictureLines(page: Page, messages: Message[]): void {
  const heights = page.blocks.flatMap((b) => b.lines.flatMap((l) => (l.words ?? []).filter((w) => w.box).map((w) => w.box!.y1 - w.box!.y0)));
  const typical = median(heights);
  if (!(typical > 0)) return;
  const tall = PICTURE_WORD_HEIGHTS * typical;
  for (const block of page.blocks) {
    const before = block.lines.length;
    block.lines = block.lines.filter((line) => {
      const words = line.words ?? [];
      if (!words.length || !words.every((w) => w.confidence === 0 && LETTERLESS.test(w.text))) return true;
      const pictures = words.filter((w) => w.box && w.box.y1 - w.box.y0 > tall);
      if (!pictures.length) return true;
      for (const w of pictures) page.graphics.push({ kind: 'image', box: w.box!, source: { page: page.number, box: w.box!, ...(w.id ? { id: w.id } : {}) } });
      messages.push({
        rule: 'reader/picture-line',
        severity: 'info',
        text: `a line of ${words.length} letterless word(s) read with confidence 0, ${pictures.length} of them over ${PICTURE_WORD_HEIGHTS} times the page's word height (${typical}): pictures, not text; dropped, and the tall words' boxes taken as photos`,
        before: line.text,
        after: '',
        source: line.source,
        confidence: 0.85,
      });
      return false;
    });
    // The block's box took in the picture line: shrink it to the lines that are left, or the block seems to cover the photo (a caption under it is then not seen as under it).
    if (block.lines.length && block.lines.length < before) {
      const box = unionBox(block.lines.map((l) => l.box));
      if (box) {
        block.box = box;
        block.source = { ...block.source, box };
      }
    }
  }
  page.blocks = page.blocks.filter((b) => b.lines.length > 0);
}
