/**
 * Put back a wrapped line that an OCR engine boxed alone under the line it
 * continues.
 *
 * Tesseract's layout analysis sometimes gives the last line of a short block
 * (most often a caption set over a photo's width) a block of its own, and
 * writes that block elsewhere in the reading order: dev020's caption `Duran
 * Duran is seen in this undated image. Photo: Grace` lost `Tanaka`, which came
 * out as a one-word block read as a subhead of the story. The evidence that the
 * lone line is the wrap of the line above holds on any page:
 *
 * - it sits one line space under that line: the white between them is a
 *   fraction of a line height (the block's own leading), not a paragraph or
 *   block gap (WRAP_MAX_LEAD);
 * - it starts at the same left edge (a wrapped line starts at the measure's
 *   left, WRAP_LEFT_EDGE) and is set in the same type (JOIN_MAX_SIZE_RATIO,
 *   as for split lines);
 * - the line above does not end a sentence (its last character is a letter,
 *   a digit, a comma or a hyphen), so the text goes on; and it is at least as
 *   wide as the lone line (a wrapped line is the rest of a measure the line
 *   above filled: a short subhead over a longer line of text is not wrapped).
 *
 * The lone line is appended to the block above (which keeps its place in the
 * reading order); its own block, left empty, is dropped. Each move is a
 * `reader/wrapped-line` message naming both lines and their boxes.
 */
import type { Block, Box, Line, Page } from '../../model/types.js';
import type { Message } from '../../model/messages.js';
import { JOIN_MAX_SIZE_RATIO } from './line-join.js';
import { MAX_PAGE_LINES } from './limits.js';
import { boxHeight, describeLine, lowerBound, unionBox } from './geometry.js';
import { isRunning } from './running-heads.js';

/** The white between the two lines is at most this many line heights (caption leading on the dev pages: 0.15–0.3 of a line; a gap between blocks is a line or more). */
export const WRAP_MAX_LEAD = 0.5;
/** …and at least this many (negative: OCR line boxes of neighbouring lines may overlap by their ascenders and descenders). */
export const WRAP_MIN_LEAD = -0.3;
/** Both lines start within this many line heights of each other (OCR left edges jitter by a few pixels). */
export const WRAP_LEFT_EDGE = 0.3;

/** A line whose text goes on: it ends with a letter, a digit, a comma or a hyphen, not with a sentence's or a quotation's end. */
export function goesOn(text: string): boolean {
  return /[\p{L}\p{N},\-\u00ad]$/u.test(text.trimEnd());
}

/** Is `lb` (alone in its block) the wrap of `la` (the last line of another block)? */
export function wrapsOnto(la: Line, lb: Line): boolean {
  const a = la.box;
  const b = lb.box;
  if (!a || !b) return false;
  const ha = boxHeight(a);
  const hb = boxHeight(b);
  if (!(ha > 0 && hb > 0) || Math.max(ha, hb) > JOIN_MAX_SIZE_RATIO * Math.min(ha, hb)) return false;
  const h = Math.min(ha, hb);
  const lead = b.y0 - a.y1;
  if (lead < WRAP_MIN_LEAD * h || lead > WRAP_MAX_LEAD * h) return false;
  if (Math.abs(b.x0 - a.x0) > WRAP_LEFT_EDGE * h) return false;
  if (b.x1 - b.x0 > a.x1 - a.x0) return false;
  return goesOn(la.text);
}

/** Does any other line lie between the two, across their width? `byTop`: the page's boxed lines by their top. */
function between(byTop: readonly Line[], la: Line, lb: Line): boolean {
  const a = la.box!;
  const b = lb.box!;
  const from = a.y1 - 0.5 * boxHeight(a);
  const to = b.y0 + 0.5 * boxHeight(b);
  for (let k = lowerBound(byTop, (l) => l.box!.y0, from); k < byTop.length && byTop[k]!.box!.y0 <= to; k++) {
    const l = byTop[k]!;
    const x = l.box!;
    if (l === la || l === lb || x.y1 > to) continue;
    if (x.x0 < Math.max(a.x1, b.x1) && x.x1 > Math.min(a.x0, b.x0)) return true;
  }
  return false;
}

/** Move each lone wrapped line into the block it continues, recording each move. */
export function joinWrappedLines(page: Page, messages: Message[]): void {
  let count = 0;
  for (const b of page.blocks) count += b.lines.length;
  if (count > MAX_PAGE_LINES) return;
  // From the top down, so a chain of lone lines (`photo by Jane` ⏎ `Smith`) is taken in line after line.
  const lone = page.blocks
    .filter((b) => b.kind === 'text' && b.lines.length === 1 && b.lines[0]!.box && !isRunning(b))
    .sort((a, b) => a.lines[0]!.box!.y0 - b.lines[0]!.box!.y0);
  if (lone.length === 0) return;
  const dropped = new Set<Block>();
  const order = new Map(page.blocks.map((b, i) => [b, i]));
  const byTop = page.blocks.flatMap((b) => b.lines.filter((l) => l.box)).sort((p, q) => p.box!.y0 - q.box!.y0);
  // Each block's last line, by its bottom: the lines a lone line may wrap onto are found in a band
  // above it (wrapsOnto: the white between is from WRAP_MIN_LEAD to WRAP_MAX_LEAD of a line height).
  // When a lone line moves, its entry stands for the block it moved into.
  const ends = page.blocks
    .filter((b) => b.kind === 'text' && !isRunning(b) && b.lines.at(-1)?.box)
    .map((block) => ({ block, line: block.lines.at(-1)! }))
    .sort((p, q) => p.line.box!.y1 - q.line.box!.y1);
  const endOf = new Map(ends.map((e) => [e.line, e]));
  for (const B of lone) {
    // A lone block that took in a wrapped line of its own is no longer one line: it stays (moving only
    // its first line would lose the other).
    if (B.lines.length !== 1) continue;
    const lb = B.lines[0]!;
    const b = lb.box!;
    const hb = boxHeight(b);
    // The block it continues: of those whose last line wraps onto it, the first in the page's order.
    let A: Block | undefined;
    for (let k = lowerBound(ends, (e) => e.line.box!.y1, b.y0 - WRAP_MAX_LEAD * hb); k < ends.length && ends[k]!.line.box!.y1 <= b.y0 - WRAP_MIN_LEAD * hb; k++) {
      const { block, line } = ends[k]!;
      if (block === B || dropped.has(block) || block.lines.at(-1) !== line || !wrapsOnto(line, lb)) continue;
      if (!A || order.get(block)! < order.get(A)!) A = block;
    }
    if (!A) continue;
    const la = A.lines[A.lines.length - 1]!;
    if (between(byTop, la, lb)) continue;
    messages.push({
      rule: 'reader/wrapped-line',
      severity: 'info',
      text: `line ${describeLine(lb)} "${lb.text.slice(0, 40)}", boxed alone, continues line ${describeLine(la)} (one line space under it, same left edge, and "${la.text.slice(-20)}" goes on): moved into that block`,
      source: lb.source,
    });
    A.lines.push(lb);
    // A block's hint is the one all its lines carry (hOCR's ocr_textfloat on a caption's first line only).
    if (A.hint !== B.hint) delete A.hint;
    const box = unionBox([A.box, lb.box]);
    if (box) A.box = box;
    B.lines.length = 0;
    dropped.add(B);
    const e = endOf.get(lb);
    if (e) e.block = A;
  }
  if (dropped.size) page.blocks = page.blocks.filter((b) => !dropped.has(b));
}
