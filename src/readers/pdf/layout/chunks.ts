/**
 * Lines → column chunks: maximal runs of lines that sit under each other in
 * one column, in one size of type, with ordinary line spacing and nothing
 * drawn between them. A chunk is the unit the reading order is computed on
 * (./order.ts); paragraphs, subheads and font changes inside it are split
 * later (./blocks.ts). Chunks are deliberately coarser than paragraphs: a
 * story's columns then have no gaps at paragraph ends that could line up
 * across columns and be taken for a row boundary.
 */
import type { Graphic } from '../../../model/types.js';
import { ruleOrientation } from './graphics.js';
import { boxOf, leadSize, sizesDiffer, tailSize, width, xOverlap, type PBlock, type PLine } from './types.js';

/** Two lines are in one chunk only if their sizes differ by less than this ratio (deck 12 pt over body 10 pt: 1.2, apart). */
export const CHUNK_SIZE_RATIO = 1.12;
/** The next baseline must come within this many em (ordinary leading is 1.1–1.5 em; a blank line makes it 2.2+). */
export const CHUNK_MAX_LEADING_EM = 1.9;
/** …and not closer than this (em): overlapping lines are not a column. */
export const CHUNK_MIN_LEADING_EM = 0.6;
/** The lines must overlap horizontally by this share of the narrower one. */
export const CHUNK_MIN_OVERLAP = 0.5;
/** A line joins a chunk only within this many em of its left and right edges (indents ≤ 3 em; ragged and centred lines vary less). */
export const CHUNK_LEFT_ALIGN_EM = 3;

export function buildChunks(lines: readonly PLine[], graphics: readonly Graphic[]): PBlock[] {
  const separators = graphics.filter((g) => g.kind === 'image' || g.kind === 'frame' || (g.kind === 'rule' && ruleOrientation(g.box) === 'horizontal'));
  const sorted = lines.filter((l) => !l.rotated).sort((a, b) => a.base - b.base || a.x0 - b.x0);
  const chunks: PBlock[] = [];
  /** Chunks still open for continuation, by their last line. */
  const open: PBlock[] = [];
  for (const line of sorted) {
    let best: PBlock | null = null;
    let bestOverlap = 0;
    for (const c of open) {
      const last = c.lines[c.lines.length - 1]!;
      if (!continues(last, line, c, separators)) continue;
      const ov = xOverlap(last, line);
      if (ov > bestOverlap) {
        best = c;
        bestOverlap = ov;
      }
    }
    if (best) {
      best.lines.push(line);
      best.box = boxOf([best.box, line]);
    } else {
      const c: PBlock = { lines: [line], box: boxOf([line]) };
      chunks.push(c);
      open.push(c);
    }
    // Chunks whose last line is far above no longer take lines.
    for (let i = open.length - 1; i >= 0; i--) {
      const last = open[i]!.lines[open[i]!.lines.length - 1]!;
      if (line.base - last.base > CHUNK_MAX_LEADING_EM * Math.max(last.size, line.size) * 2) open.splice(i, 1);
    }
  }
  for (const l of lines) if (l.rotated) chunks.push({ lines: [l], box: boxOf([l]) });
  return chunks;
}

function continues(last: PLine, line: PLine, chunk: PBlock, separators: readonly Graphic[]): boolean {
  const big = Math.max(last.size, line.size);
  const small = Math.max(Math.min(last.size, line.size), 0.1);
  // Type of another size, unless the text flows on in the same size across the break (a caption's credit `… Photo by` / `Amara Mensah`).
  if (sizesDiffer(last.size, line.size, CHUNK_SIZE_RATIO) && sizesDiffer(tailSize(last), leadSize(line), CHUNK_SIZE_RATIO)) return false;
  const delta = line.base - last.base;
  if (delta < CHUNK_MIN_LEADING_EM * small || delta > CHUNK_MAX_LEADING_EM * big) return false;
  const ov = xOverlap(last, line);
  if (ov < CHUNK_MIN_OVERLAP * Math.min(width(last), width(line))) return false;
  // A left-aligned column: the new line starts near the chunk's left edge, or inside it (indent, centred line).
  // (A chunk of one line has no measure yet: its line may be a paragraph's short last line.)
  if (line.x0 < chunk.box.x0 - CHUNK_LEFT_ALIGN_EM * small) return false;
  if (chunk.lines.length >= 2 && line.x1 > chunk.box.x1 + CHUNK_LEFT_ALIGN_EM * small) return false;
  // Something drawn between the two lines, across both, separates them (a photo, a rule; not an underline).
  const narrower = Math.min(width(last), width(line));
  for (const g of separators) {
    if (g.box.y0 < last.base - 0.2 * small || g.box.y1 > line.y0 + 0.5 * small) continue;
    if (g.box.x1 <= Math.max(last.x0, line.x0) || g.box.x0 >= Math.min(last.x1, line.x1)) continue;
    if (g.kind === 'rule' && width(g.box) < 0.5 * narrower) continue;
    return false;
  }
  return true;
}
