/**
 * A left piece boxed alone: pdfminer may print one piece of a cut line as a text box of its own,
 * between blank lines and lines away from its printed line (`there afterwards. ` three lines above
 * `He left for the US in 1938, and` ⏎ `resided ` ⏎ `In`). Such a stray is a left piece (./pieces.ts)
 * whose next line cannot be the rest of its printed line, so it belongs elsewhere: it goes where a
 * printed line lacks words and takes it without a fault (./junctions.ts), when one place alone near it
 * does.
 */
import type { Block, Line, Page } from '../../model/types.js';
import { endsHyphen } from '../classify/features.js';
import type { Message } from '../../model/messages.js';
import { junctionCost, leftPieceOverfull, PIECES_LINE_RATIO, type JunctionContext, type PieceLine } from './junctions.js';

/** Lines before and after a stray searched for its place: about a column's worth of a narrow column. */
export const STRAY_WINDOW = 12;

/**
 * A printed line assembled from pieces (its left pieces and the right piece that ends it) shorter than
 * this share of the measure lacks words. On the dev2 pdfminer pages, of such lines not ending a sentence,
 * 21 of 23 under half the measure are missing a piece in pdftotext -raw (between a half and seven tenths:
 * 12 of 25), while a line of one piece that short is most often a whole line (a heading, a byline).
 */
export const STRAY_GAP_RATIO = 0.5;

export const STRAY_RULE = 'restore-pieces/stray';
/** A stray placed at the one place near it that lacks words and takes it: the place is certain, the order within the line less so. */
export const STRAY_CONFIDENCE = 0.6;

export interface StrayInput {
  page: Page;
  cuts: boolean;
  /** Collapsed text, length and left-piece mark of a line. */
  pieceLine: (l: Line) => PieceLine;
  /** Is the line a piece (short, few words, no box)? */
  isPiece: (l: Line) => boolean;
  /** The junction context at a line (its measure). */
  ctxAt: (l: Line) => JunctionContext;
}

/** Move each stray left piece to the one place near it that lacks it; returns how many moved. */
export function placeStrays(input: StrayInput, messages: Message[]): number {
  const { page, cuts, pieceLine, isPiece, ctxAt } = input;
  if (!cuts) return 0;
  let moved = 0;
  for (let bi = 0; bi < page.blocks.length; bi++) {
    const block = page.blocks[bi]!;
    if (block.lines.length !== 1) continue;
    const x = block.lines[0]!;
    if (!isPiece(x)) continue;
    const px = pieceLine(x);
    if (!px.left) continue;
    const flow: Array<{ line: Line; block: Block }> = [];
    for (const b of page.blocks) for (const l of b.lines) flow.push({ line: l, block: b });
    const lines = flow.map((f) => f.line);
    const at = lines.indexOf(x);
    const ctx = ctxAt(x);
    const after = flow[at + 1];
    // Its next line can be the rest of its printed line: it is in place.
    if (after && !leftPieceOverfull(px, pieceLine(after.line), ctx)) continue;
    const sites: number[] = [];
    for (let j = Math.max(0, at - STRAY_WINDOW); j < Math.min(flow.length - 1, at + STRAY_WINDOW); j++) {
      if (j === at || j + 1 === at) continue;
      const a = flow[j]!;
      const b = flow[j + 1]!;
      if (a.block !== b.block || a.line.box || b.line.box) continue;
      if (fits(lines, j, px, pieceLine, ctxAt(b.line))) sites.push(j);
    }
    if (sites.length !== 1) continue;
    const j = sites[0]!;
    const a = flow[j]!;
    const b = flow[j + 1]!;
    a.block.lines.splice(a.block.lines.indexOf(a.line) + 1, 0, x);
    page.blocks.splice(bi, 1);
    bi--;
    const pa = pieceLine(a.line);
    const pb = pieceLine(b.line);
    messages.push({
      rule: STRAY_RULE,
      severity: 'info',
      text: `moved a piece of a printed line the extractor boxed alone (line ${x.source.span?.start.line ?? '?'}) to the line that lacks it (line ${b.line.source.span?.start.line ?? '?'})`,
      source: x.source,
      before: `${pa.text} ⏎ ${pb.text}`,
      after: `${pa.text} ⏎ ${px.text} ⏎ ${pb.text}`,
      confidence: STRAY_CONFIDENCE,
    });
    moved++;
  }
  return moved;
}

/**
 * Does the stray `x` go between lines `j` and `j + 1`? The printed line it would join (the one `j`
 * continues into, or the one starting at `j + 1`) is made of pieces and short of STRAY_GAP_RATIO of
 * the measure; with `x` it is no longer than PIECES_LINE_RATIO; and neither new junction is faulty.
 */
function fits(lines: readonly Line[], j: number, x: PieceLine, pieceLine: (l: Line) => PieceLine, ctx: JunctionContext): boolean {
  const a = pieceLine(lines[j]!);
  const b = pieceLine(lines[j + 1]!);
  // The printed line around the junction: back over left pieces, forward to the first line that is none.
  let start = a.left ? j : j + 1;
  while (start > 0 && start <= j && pieceLine(lines[start - 1]!).left) start--;
  let end = j + 1;
  while (end < lines.length - 1 && pieceLine(lines[end]!).left) end++;
  if (end === start) return false;
  let len = -1;
  for (let k = start; k <= end; k++) len += 1 + pieceLine(lines[k]!).len;
  if (len >= STRAY_GAP_RATIO * ctx.measure || len + 1 + x.len > PIECES_LINE_RATIO * ctx.measure) return false;
  // Never after a broken word: its rest starts the next printed line, and a short stray makes a word by chance (`Met-` ⏎ `is`).
  if (endsHyphen(a.text)) return false;
  return junctionCost(a, x, ctx) === 0 && junctionCost(x, b, ctx) === 0 && b.len > 0;
}
