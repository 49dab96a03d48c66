/**
 * A block's last line set in other type than the headline line above it: a
 * byline (or deck) the engine glued under a headline (d2_010: the headline's
 * last line `nationally representative sample of adults`, 28 px, and `By Daniel
 * Tanaka / Special Correspondent`, 16 px, 0.81 line heights lower, one block).
 * On any page a headline is set in type well above the page's text size and a
 * byline in about text size; a line that changes type that much, set off by half a
 * line or more, starts a new item. The line above must be headline type
 * (HEADLINE_LINE_HEIGHTS × the page's median line height): a caption over its
 * credit is body size or smaller, and stays one block for the caption rules. The
 * last line starts with a capital and is short (a heading or byline, not the end
 * of a sentence). Recorded as a `reader/split-block` message.
 */
import type { Block, Page } from '../../model/types.js';
import type { Message } from '../../model/messages.js';
import { unionBox } from './geometry.js';

/** The line above is at least this many times the page's median line height (dev headlines 1.6–4; body lines vary ± 20 %). */
export const HEADLINE_LINE_HEIGHTS = 1.5;
/**
 * The two lines' heights differ by at least this ratio. Lines of one paragraph
 * vary by OCR jitter (± 20 % on the dev pages), so 1.5 is a change of type, not
 * noise (d2_010: 28 px over 16 px = 1.75).
 */
export const TYPE_CHANGE_RATIO = 1.5;
/**
 * They are at least this many heights of the smaller line apart. Lines of one
 * paragraph are set with a few pixels of leading (dev: under 0.3 line heights
 * between box edges); a new item starts with a space (d2_010: 0.81).
 */
export const TYPE_CHANGE_GAP = 0.5;
/**
 * The last line has at most this many words: a byline (`By Name / Title`) or a
 * deck's short line; a full line of text under a headline is a story's start,
 * which the paragraph rules place.
 */
export const TYPE_CHANGE_MAX_WORDS = 8;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[s.length >> 1]! : 0;
}

/**
 * Split each such block in two, recording each split. A block in `pieces` (a
 * column piece, column-pieces.ts, tracked by identity) is replaced in that set by
 * both halves, so the halves still move to their own column.
 */
export function splitTypeChanges(page: Page, messages: Message[], pieces?: Set<Block>): void {
  const typical = median(page.blocks.flatMap((b) => b.lines.filter((l) => l.box).map((l) => l.box!.y1 - l.box!.y0)));
  if (!(typical > 0)) return;
  const out: Block[] = [];
  for (const block of page.blocks) {
    const n = block.lines.length;
    const a = block.lines[n - 2]?.box;
    const last = block.lines[n - 1];
    const b = last?.box;
    if (!a || !b || !last || block.kind !== 'text') {
      out.push(block);
      continue;
    }
    const ha = a.y1 - a.y0;
    const hb = b.y1 - b.y0;
    const gap = b.y0 - a.y1;
    const split =
      ha >= HEADLINE_LINE_HEIGHTS * typical &&
      ha >= TYPE_CHANGE_RATIO * hb &&
      hb > 0 &&
      gap >= TYPE_CHANGE_GAP * hb &&
      last.text.split(/\s+/u).length <= TYPE_CHANGE_MAX_WORDS &&
      !/^\P{L}*\p{Ll}/u.test(last.text);
    if (!split) {
      out.push(block);
      continue;
    }
    const head: Block = { ...block, lines: block.lines.slice(0, -1) };
    const tail: Block = { ...block, lines: [last] };
    for (const x of [head, tail]) {
      const box = unionBox(x.lines.map((l) => l.box));
      if (box) {
        x.box = box;
        x.source = { ...block.source, box };
      }
      if (block.hint && !x.lines.every((l) => l.hint === block.hint)) delete x.hint;
    }
    // The block's font (from the engine's TextStyle or the block's type estimate) is the headline's; the tail is set in other type, so it keeps only its line's own font.
    const droppedFont = tail.font !== undefined;
    delete tail.font;
    out.push(head, tail);
    if (pieces?.has(block)) {
      pieces.delete(block);
      pieces.add(head);
      pieces.add(tail);
    }
    messages.push({
      rule: 'reader/split-block',
      severity: 'info',
      text: `the last line "${last.text}" (${Math.round(hb)} high) is set in other type than the headline line above it (${Math.round(ha)} high; the page's lines ${Math.round(typical)}), ${Math.round(gap)} lower: a block of its own${droppedFont ? ` (the block's font is the headline's: the new block keeps only its line's own)` : ''}`,
      source: block.source,
      confidence: 0.8,
    });
  }
  page.blocks = out;
}
