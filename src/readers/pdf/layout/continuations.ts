/**
 * Paragraphs that go on across a column break. Where a page sets its
 * paragraphs with a first-line indent, a column's first line set flush left
 * is not a paragraph's first line: it carries on the paragraph that ended
 * the previous column (dev2 d2_002 `… there were concerns about` ⏎ next
 * column `The Syrian refugee team …` at the column's left edge, in a story
 * whose paragraphs are indented 11 pt). A text layer shows a new line there;
 * only the geometry says the paragraph goes on, which the text alone cannot
 * (the previous column may end at a full stop).
 *
 * The same holds where paragraphs are not indented but set exactly justified
 * (TeX, browsers): a paragraph's last line is set at its natural width, so a
 * column whose last line still reaches the measure to the point ends
 * mid-paragraph, full stop or not (dev016 `… become an international
 * phenomenon.` flush to 189.9 pt, the paragraph going on in the next column).
 */
import { EXACT_EDGE_PT, INDENT_MIN_EM, JUSTIFIED_SHARE, LEFT_EDGE_EM } from './blocks.js';
import type { PBlock, PLine } from './types.js';

/** Paragraphs are indented when this share of the body paragraphs that start inside a column are. */
export const INDENTED_SHARE = 0.7;
/** …counted over at least this many paragraphs. */
export const MIN_PARAGRAPHS = 3;
/** A column is judged exactly justified on at least this many lines. */
export const MIN_JUSTIFIED_LINES = 3;
/** A line-end hyphen: the text rules and reflow already carry such a paragraph on. */
const LINE_END_HYPHEN = /[-\u00AD\u2010\u2011]$/u;

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
  const indentStyle = starts >= MIN_PARAGRAPHS && indented >= INDENTED_SHARE * starts;
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
    if (indentStyle) {
      out.push({ block: blocks[0]!, evidence: `first line flush left at the top of a column, after ${indented} of ${starts} paragraphs indented` });
      continue;
    }
    const lastWord = last.words[last.words.length - 1]?.text ?? '';
    if (!LINE_END_HYPHEN.test(lastWord) && endsJustified(prev.chunk.lines)) {
      out.push({ block: blocks[0]!, evidence: 'the column before ends on a line justified to the measure (a paragraph’s last line is set at its natural width)' });
    }
  }
  return out;
}

/** The chunk is set exactly justified and its last line, too, reaches the measure (± EXACT_EDGE_PT). */
function endsJustified(lines: readonly PLine[]): boolean {
  if (lines.length < MIN_JUSTIFIED_LINES) return false;
  let right = -Infinity;
  for (const l of lines) if (l.x1 > right) right = l.x1;
  const flush = (l: PLine): boolean => right - l.x1 <= EXACT_EDGE_PT;
  const body = lines.slice(0, -1);
  return flush(lines[lines.length - 1]!) && body.filter(flush).length >= JUSTIFIED_SHARE * body.length;
}
