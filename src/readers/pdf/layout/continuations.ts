/**
 * Paragraphs that go on across a column break. Where a page sets its
 * paragraphs with a first-line indent, a column's first line set flush left
 * is not a paragraph's first line: it carries on the paragraph that ended
 * the previous column (dev2 d2_002 `… there were concerns about` ⏎ next
 * column `The Syrian refugee team …` at the column's left edge, in a story
 * whose paragraphs are indented 11 pt). A text layer shows a new line there;
 * only the geometry says the paragraph goes on, which the text alone cannot
 * (the previous column may end at a full stop).
 */
import { INDENT_MIN_EM, LEFT_EDGE_EM } from './blocks.js';
import type { PBlock, PLine } from './types.js';

/** Paragraphs are indented when this share of the body paragraphs that start inside a column are. */
export const INDENTED_SHARE = 0.7;
/** …counted over at least this many paragraphs. */
export const MIN_PARAGRAPHS = 3;
/** Body type: within this ratio of the page's body size. */
export const BODY_SIZE_TOLERANCE = 1.05;

/** A column chunk in reading order and the blocks it was split into. */
export interface ChunkBlocks {
  chunk: PBlock;
  blocks: PBlock[];
}

export interface Continuation {
  block: PBlock;
  evidence: string;
}

export function columnContinuations(ordered: readonly ChunkBlocks[], bodySize: number): Continuation[] {
  const isBody = (l: PLine | undefined): boolean => !!l && l.size <= bodySize * BODY_SIZE_TOLERANCE && l.size * BODY_SIZE_TOLERANCE >= bodySize;
  // Paragraphs starting inside a column (after another block of the same chunk): how many are indented?
  let starts = 0;
  let indented = 0;
  for (const { chunk, blocks } of ordered) {
    for (let i = 1; i < blocks.length; i++) {
      const first = blocks[i]!.lines[0];
      if (!isBody(first) || blocks[i]!.lines.length < 2) continue;
      starts++;
      if (first!.x0 - chunk.box.x0 >= INDENT_MIN_EM * first!.size) indented++;
    }
  }
  if (starts < MIN_PARAGRAPHS || indented < INDENTED_SHARE * starts) return [];
  const out: Continuation[] = [];
  for (let k = 1; k < ordered.length; k++) {
    const prev = ordered[k - 1]!;
    const { chunk, blocks } = ordered[k]!;
    const first = blocks[0]?.lines[0];
    const lastBlock = prev.blocks[prev.blocks.length - 1];
    const last = lastBlock?.lines[lastBlock.lines.length - 1];
    if (!first || !last || !isBody(first) || !isBody(last)) continue;
    // The same type on both sides: a subhead, a byline or a caption in between breaks the flow.
    if (first.font !== last.font || Math.abs(first.size - last.size) > 0.05 * bodySize) continue;
    // Flush left: not a paragraph's indented first line.
    if (Math.abs(first.x0 - chunk.box.x0) > LEFT_EDGE_EM * first.size) continue;
    // A column break: the chunk starts above where the previous one ends, or beside it.
    if (chunk.box.y0 >= prev.chunk.box.y1 && chunk.box.x0 < prev.chunk.box.x1) continue;
    out.push({ block: blocks[0]!, evidence: `first line flush left at the top of a column, after ${indented} of ${starts} paragraphs indented` });
  }
  return out;
}
