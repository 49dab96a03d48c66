/**
 * Join a line an OCR engine cut into two blocks on the same baseline.
 *
 * Tesseract (and other engines' layout analysis) often puts the last word(s)
 * of a headline in a block of their own beside it (`Hundreds dead in Hajj` |
 * `stampede`), and writes that block after the whole column, so the headline
 * loses its tail. Any printed line has the same evidence for being one line:
 * its two pieces sit on the same baseline (their boxes overlap vertically by
 * most of the line height), they are set in about the same type (word-box
 * heights), and the white between them is about one of the line's own word
 * spaces. A column gutter is not: it is wider than the word spaces of the
 * lines beside it, and the lines above and below break there too, so two
 * columns have several level line pairs, never one.
 *
 * The right piece's words are appended to the left piece's line (which keeps
 * its place in the reading order); the right piece leaves its block (a block
 * left empty is dropped). Each join is a `reader/join-line` message naming
 * both elements, their boxes and the gap.
 */
import type { Block, Box, Line, Page } from '../../model/types.js';
import type { Message } from '../../model/messages.js';
import { commonFont } from './ocr-model.js';
import { boxHeight, describeLine, lowerBound, unionBox } from './geometry.js';
import { MAX_PAGE_LINES } from './limits.js';

/** The two pieces overlap vertically by at least this share of the smaller piece's height (one baseline; a neighbouring line overlaps by its leading at most). */
export const JOIN_MIN_OVERLAP = 0.8;
/** Their median word-box heights (type size) differ by at most this ratio (a headline's single word with a descender vs its line: 1.25; a headline beside body text: 1.5 and more). */
export const JOIN_MAX_SIZE_RATIO = 1.35;
/** The gap is at most this many line heights (a word space is a quarter to a half em; the dev pages' split headlines have 0.37–0.55, their column gutters 0.68 and more). */
export const JOIN_MAX_GAP_HEIGHTS = 0.6;
/** The gap is at most this many times the widest word space of the two pieces (when they have any): a gutter is wider than the line's word spaces. */
export const JOIN_MAX_GAP_SPACES = 1.5;
/**
 * Two one-line headlines of neighbouring columns are level pieces too, and at headline size a
 * gutter (about a pica) is no wider than a word space. What tells them apart is the column: a
 * headline of its own starts with a capital at its column's left edge, text further down starts
 * there as well (within this share of the line height: OCR left edges jitter by a few pixels),
 * and it stays inside that column. A tail that starts in lower case (`stampede`), or a piece
 * that runs on across the column's right edge (a headline set over several columns that the
 * engine cut at the first gutter), is still joined.
 */
export const JOIN_COLUMN_EDGE = 0.3;
/** …looking this many line heights below the right piece (a headline's own deck or body follows within a few lines). */
export const JOIN_COLUMN_LOOK = 4;

interface Where {
  block: Block;
  index: number;
}

/**
 * Join the split lines of one page, recording each join. Pages over
 * MAX_PAGE_LINES are left alone (the reader refuses them right after).
 * Candidates for a right piece are the blocks' first lines, sorted by their
 * left edge, so each line looks only at those starting within a word space of
 * its right end.
 */
export function joinSplitLines(page: Page, messages: Message[]): void {
  let count = 0;
  for (const b of page.blocks) count += b.lines.length;
  if (count > MAX_PAGE_LINES) return;
  const firsts = page.blocks
    .filter((b) => b.kind === 'text' && b.lines[0]?.box)
    .map((block) => ({ block, line: block.lines[0]!, x0: block.lines[0]!.box!.x0 }))
    .sort((p, q) => p.x0 - q.x0);
  const xs = firsts.map((f) => f.x0);
  const dropped = new Set<Block>();
  for (const A of [...page.blocks]) {
    if (A.kind !== 'text' || dropped.has(A)) continue;
    for (let i = 0; i < A.lines.length; i++) {
      // A joined line is looked at again: its new right end may have a tail of its own.
      for (;;) {
        const la = A.lines[i]!;
        if (!la.box) break;
        const from = lowerBound(xs, (x) => x, la.box.x1);
        let best: { B: Block; gap: number } | undefined;
        for (let k = from; k < firsts.length && firsts[k]!.x0 - la.box.x1 <= JOIN_MAX_GAP_HEIGHTS * boxHeight(la.box); k++) {
          const { block: B, line: lb } = firsts[k]!;
          if (B === A || B.lines[0] !== lb) continue;
          const gap = sameLine(la, lb);
          if (gap === undefined || (best && best.gap <= gap) || levelPairs(A, B) !== 1 || headOfColumn(page, lb, la)) continue;
          best = { B, gap };
        }
        if (!best) break;
        join(page, { block: A, index: i }, { block: best.B, index: 0 }, best.gap, messages);
        if (best.B.lines.length === 0) dropped.add(best.B);
      }
    }
  }
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[s.length >> 1]! : NaN;
}

/** The line's type size: the median height of its word boxes, else its own box height. */
function typeSize(line: Line): number {
  const hs = (line.words ?? []).filter((w) => w.box).map((w) => boxHeight(w.box!));
  return hs.length ? median(hs) : boxHeight(line.box!);
}

/** The widest white between consecutive word boxes of a line; 0 for a single word. */
function widestSpace(line: Line): number {
  const ws = (line.words ?? []).filter((w) => w.box);
  let m = 0;
  for (let i = 1; i < ws.length; i++) m = Math.max(m, ws[i]!.box!.x0 - ws[i - 1]!.box!.x1);
  return m;
}

function level(a: Box, b: Box): boolean {
  const overlap = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return overlap >= JOIN_MIN_OVERLAP * Math.min(boxHeight(a), boxHeight(b));
}

/** Lines of two blocks that sit level with each other, left of right. */
function levelPairs(a: Block, b: Block): number {
  let n = 0;
  for (const la of a.lines) for (const lb of b.lines) if (la.box && lb.box && level(la.box, lb.box)) n++;
  return n;
}

/** Does the line start with a capital (a headline of its own starts so; a headline's tail often does not)? */
function startsUpper(line: Line): boolean {
  return /^\P{L}*\p{Lu}/u.test(line.text);
}

/**
 * Is the right piece a headline of the next column (see JOIN_COLUMN_EDGE): capitalised, with a
 * line further down starting at its left edge, and not running on past that line's right edge?
 */
function headOfColumn(page: Page, lb: Line, la: Line): boolean {
  if (!startsUpper(lb)) return false;
  const b = lb.box!;
  const h = boxHeight(b);
  for (const block of page.blocks) {
    for (const l of block.lines) {
      const x = l.box;
      if (!x || l === lb || l === la || x.y0 < b.y1 - 0.5 * h || x.y0 > b.y1 + JOIN_COLUMN_LOOK * h) continue;
      if (Math.abs(x.x0 - b.x0) <= JOIN_COLUMN_EDGE * h && b.x1 <= x.x1 + JOIN_COLUMN_EDGE * h) return true;
    }
  }
  return false;
}

/** Is the gap between two level lines one of the line's word spaces, not a gutter? */
function sameLine(la: Line, lb: Line): number | undefined {
  const a = la.box!;
  const b = lb.box!;
  const gap = b.x0 - a.x1;
  if (gap < 0 || !level(a, b)) return undefined;
  const sa = typeSize(la);
  const sb = typeSize(lb);
  if (!(sa > 0 && sb > 0) || Math.max(sa, sb) > JOIN_MAX_SIZE_RATIO * Math.min(sa, sb)) return undefined;
  if (gap > JOIN_MAX_GAP_HEIGHTS * Math.min(boxHeight(a), boxHeight(b))) return undefined;
  const space = Math.max(widestSpace(la), widestSpace(lb));
  if (space > 0 && gap > JOIN_MAX_GAP_SPACES * space) return undefined;
  return gap;
}

function join(page: Page, left: Where, right: Where, gap: number, messages: Message[]): void {
  const la = left.block.lines[left.index]!;
  const lb = right.block.lines[right.index]!;
  const before = la.text;
  const joined: Line = {
    ...la,
    text: `${la.text} ${lb.text}`,
    original: `${la.original} ${lb.original}`,
    words: [...(la.words ?? []), ...(lb.words ?? [])],
    box: unionBox([la.box, lb.box])!,
    source: { ...la.source, box: unionBox([la.box, lb.box])! },
  };
  const font = commonFont([la.font, lb.font]);
  if (font) joined.font = font;
  else delete joined.font;
  if (la.hint !== lb.hint) delete joined.hint;
  if (lb.join) joined.join = lb.join;
  else delete joined.join;
  left.block.lines[left.index] = joined;
  right.block.lines.splice(right.index, 1);
  refit(left.block);
  if (right.block.lines.length === 0) page.blocks.splice(page.blocks.indexOf(right.block), 1);
  else refit(right.block);
  messages.push({
    rule: 'reader/join-line',
    severity: 'info',
    text:
      `${describeLine(lb)} (block ${right.block.source.id ?? '?'}) sits on the baseline of ${describeLine(la)} (block ${left.block.source.id ?? '?'}), ` +
      `same type size, ${Math.round(gap)} units apart (a word space, not a gutter): one line`,
    before,
    after: joined.text,
    source: { page: page.number, box: joined.box!, ...(la.source.id ? { id: la.source.id } : {}) },
    confidence: 0.8,
  });
}

/** A block's box (and hint, when its lines no longer share it) after its lines changed; its font, read from the file, stays. */
function refit(block: Block): void {
  const box = unionBox(block.lines.map((l) => l.box));
  if (box) {
    block.box = box;
    block.source = { ...block.source, box };
  }
  if (block.hint && !block.lines.every((l) => l.hint === block.hint)) delete block.hint;
}
