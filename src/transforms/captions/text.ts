/**
 * A caption block's running text with, for each line, where it starts in that
 * text; and a cut at an offset of that text mapped back to a line and column.
 */
import type { Block } from '../../model/types.js';
import { joinSeparator } from '../../text/join.js';
import { cutBlock } from '../reflow/blocks.js';

export interface BlockText {
  text: string;
  /** Offset in `text` where each line's trimmed text starts. */
  starts: number[];
  /** Leading white space trimmed off each line. */
  leads: number[];
}

/** The block's lines joined as joinLines joins them (separators applied, no collapsing), with line starts. */
export function blockText(block: Block): BlockText {
  let text = '';
  const starts: number[] = [];
  const leads: number[] = [];
  block.lines.forEach((line, i) => {
    const trimmed = line.text.trim();
    starts.push(text.length);
    leads.push(line.text.length - line.text.trimStart().length);
    text += i === block.lines.length - 1 ? trimmed : joinSeparator(line, trimmed);
  });
  return { text, starts, leads };
}

/** Cut the block where `offset` of its text falls. */
export function cutAtOffset(block: Block, bt: BlockText, offset: number): [Block, Block] | null {
  let li = 0;
  while (li + 1 < bt.starts.length && bt.starts[li + 1]! <= offset) li++;
  const at = offset - bt.starts[li]! + bt.leads[li]!;
  return cutBlock(block, li, at);
}
