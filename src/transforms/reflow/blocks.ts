/**
 * Making and cutting blocks while keeping positions true: a block spans from
 * its first line's start to its last line's end (its box is the union of the
 * lines' boxes); a cut inside a line splits that line with src/text/split.ts.
 */
import type { Block, BlockKind, Line } from '../../model/types.js';
import { splitLine } from '../../text/split.js';

/** A block over some lines. */
export function makeBlock(lines: Line[], kind: BlockKind = 'text'): Block {
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  const block: Block = { kind, lines, source: { page: first.source.page } };
  if (first.source.span && last.source.span) block.source.span = { start: first.source.span.start, end: last.source.span.end };
  let box: Block['box'];
  for (const l of lines) {
    if (!l.box) continue;
    box = box
      ? { x0: Math.min(box.x0, l.box.x0), y0: Math.min(box.y0, l.box.y0), x1: Math.max(box.x1, l.box.x1), y1: Math.max(box.y1, l.box.y1) }
      : { ...l.box };
  }
  if (box) {
    // The block's place on the page is its audit trail's position too (messages and JSON `sources`
    // name the box, as a text block's span names its lines).
    block.box = box;
    block.source.box = { ...box };
  }
  return block;
}

/**
 * Cut a block at a character of one of its lines: the text before `(line, at)`
 * and the text from there on. Returns null when one side would be empty.
 */
export function cutBlock(block: Block, line: number, at: number): [Block, Block] | null {
  const target = block.lines[line];
  if (!target) return null;
  const before = block.lines.slice(0, line);
  const after = block.lines.slice(line + 1);
  const [left, right] = splitLine(target, at);
  if (left.text) before.push(left);
  if (right.text) after.unshift(right);
  if (!before.length || !after.length) return null;
  // The line before the cut no longer continues into the next one.
  const lastBefore = before[before.length - 1]!;
  if (lastBefore !== left && lastBefore.join) {
    before[before.length - 1] = { ...lastBefore };
    delete before[before.length - 1]!.join;
  }
  const a = makeBlock(before, block.kind);
  const b = makeBlock(after, block.kind);
  if (block.decision) a.decision = { ...block.decision };
  if (block.continues) a.continues = true;
  return [a, b];
}

/** Cut a block between two of its lines (`line` starts the second part). */
export function cutBlockBetween(block: Block, line: number): [Block, Block] | null {
  if (line <= 0 || line >= block.lines.length) return null;
  const a = makeBlock(block.lines.slice(0, line), block.kind);
  const b = makeBlock(block.lines.slice(line), block.kind);
  if (block.decision) a.decision = { ...block.decision };
  if (block.continues) a.continues = true;
  return [a, b];
}
