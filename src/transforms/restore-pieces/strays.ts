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
import { FULL_LINE_SHARE, junctionCost, leftPieceOverfull, PIECES_LINE_RATIO, type JunctionContext, type PieceLine } from './junctions.js';

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
  /** Lines followed by the next piece of their printed line (./join.ts joins them). */
  oneLine?: Set<Line>;
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

/**
 * Strays in a row. pdfminer groups its text boxes by distance before it orders them, so the words it boxed
 * alone out of a box's lines come out right before or right after that box, one box each
 * (`lifestyle—with ` ⏎⏎ `for multiple ` ⏎⏎ `little ` after the paragraph whose printed lines `bard ` ⏎
 * `lifetimes.` and `strict ` ⏎ `in-` lack them, d2_008; `the ` ⏎⏎ `to ` ⏎⏎ `invited ` between the box whose
 * `that ` ⏎ `#istandwithahmed` lacks `the` and the one whose `hamed was ` ⏎ `their` lacks `invited to`,
 * d2_007). A row of left pieces boxed alone that cannot be one printed line with the line after it
 * (together longer than PIECES_LINE_RATIO of the measure, or that line is whole: ./junctions.ts
 * `leftPieceOverfull`) is a row of strays, and its pieces go to the printed lines of the two boxes around
 * it that lack words:
 * - a site is a junction after a left piece (a line's first piece is set at the column's edge and is boxed
 *   with the lines above and below it; a word boxed alone stood between wide gaps inside the line), not
 *   after a broken word, in a printed line (its left pieces and the piece ending it) shorter than
 *   FULL_LINE_SHARE of the measure;
 * - each site that takes strays then fills its line: STRAY_ROW_FILL to PIECES_LINE_RATIO of the measure (a
 *   line with wide word spaces, the reason it was cut, holds fewer characters than the column's usual
 *   line: `Montalvo was instead put`, 24 characters in a measure of 31), and no junction is faulty;
 * - of all the ways of sharing the row out so, the one that leaves the least shortfall (the squared
 *   characters each site's line stays short of the measure: every line of a justified column but a
 *   paragraph's last is full) is taken, when it leaves under STRAY_ROW_MARGIN of the next one's (a near
 *   tie is no evidence: `that the #istandwithahmed` / `was invited to their` leaves 34 against 32 for
 *   `that to` / `was the invited their`, and the row stays); a near tie between lines of one box still
 *   tells the box the strays belong to, when every sharing in it gives each stray the same box: the best
 *   is taken, its lines a guess (STRAY_LINE_GUESS_CONFIDENCE).
 * The strays of one site keep their printed order when no junction says otherwise; within a line it is a
 * guess (`commendable trying job to` for `job trying`), the line is right. Each move is a
 * `restore-pieces/stray` message; the site's pieces and the strays are one printed line for ./join.ts.
 */
export const MAX_STRAY_ROW = 5;
/** Least fill of a line that took strays, as a share of the measure (see placeStrayRows). */
export const STRAY_ROW_FILL = 0.7;
/** The best sharing-out is taken only when its shortfall is under this share of the next best's. */
export const STRAY_ROW_MARGIN = 0.75;
/** A row whose box is certain but whose lines in it are a near tie: the best is taken, its lines a guess. */
export const STRAY_LINE_GUESS_CONFIDENCE = 0.4;
/** Sharings-out tried at most (sites to the power of the row's strays); a row with more stays. */
const MAX_SHARINGS = 1e5;

/** A place a row's strays may go: after line `at` of `block`, in a printed line `len` characters long. */
interface Site {
  block: Block;
  at: number;
  a: PieceLine;
  b: PieceLine;
  len: number;
  ctx: JunctionContext;
  /** The printed line (two junctions of one line share it: only one of them takes strays). */
  key: string;
}

/** The sites of a block (see placeStrayRows). */
function sitesOf(block: Block, key: string, pieceLine: (l: Line) => PieceLine, ctxAt: (l: Line) => JunctionContext): Site[] {
  const sites: Site[] = [];
  const ls = block.lines;
  for (let j = 0; j + 1 < ls.length; j++) {
    if (ls[j]!.box || ls[j + 1]!.box) continue;
    const a = pieceLine(ls[j]!);
    const b = pieceLine(ls[j + 1]!);
    if (!a.left || endsHyphen(a.text) || b.len === 0) continue;
    let start = j;
    while (start > 0 && pieceLine(ls[start - 1]!).left) start--;
    let end = j + 1;
    while (end < ls.length - 1 && pieceLine(ls[end]!).left) end++;
    let len = -1;
    for (let k = start; k <= end; k++) len += 1 + pieceLine(ls[k]!).len;
    const ctx = ctxAt(ls[j + 1]!);
    if (len >= FULL_LINE_SHARE * ctx.measure) continue;
    sites.push({ block, at: j, a, b, len, ctx, key: `${key}:${start}` });
  }
  return sites;
}

/** A way of sharing a row out: for each site taking strays, the strays' indexes in the order they go in. */
interface Sharing {
  orders: Map<number, number[]>;
  cost: number;
}

/** Every way of sharing the strays `xs` out to `sites` (see placeStrayRows), one per printed line filled; null when there are too many to try. */
function sharings(xs: readonly PieceLine[], sites: readonly Site[]): Sharing[] | null {
  if (sites.length === 0 || sites.length ** xs.length > MAX_SHARINGS) return null;
  const out = new Map<string, Sharing>();
  const assign: number[] = [];
  const visit = (): void => {
    const orders = new Map<number, number[]>();
    const added = new Map<string, number>();
    for (let s = 0; s < sites.length; s++) {
      const mine: number[] = [];
      for (let k = 0; k < assign.length; k++) if (assign[k] === s) mine.push(k);
      if (mine.length === 0) continue;
      const site = sites[s]!;
      if (added.has(site.key)) return;
      const more = mine.reduce((t, k) => t + 1 + xs[k]!.len, 0);
      const len = site.len + more;
      if (len < STRAY_ROW_FILL * site.ctx.measure || len > PIECES_LINE_RATIO * site.ctx.measure) return;
      const order = faultFreeOrder(site, mine.map((k) => xs[k]!), site.ctx);
      if (!order) return;
      orders.set(s, order.map((o) => mine[o]!));
      added.set(site.key, more);
    }
    let cost = 0;
    const seen = new Set<string>();
    for (const site of sites) {
      if (seen.has(site.key)) continue;
      seen.add(site.key);
      const short = Math.max(0, site.ctx.measure - site.len - (added.get(site.key) ?? 0));
      cost += short * short;
    }
    // Two junctions of one printed line taking the same strays are one sharing (the first junction is kept).
    const sig = [...orders].map(([s, o]) => `${sites[s]!.key}=${[...o].sort((p, q) => p - q).join(',')}`).sort().join(' ');
    if (!out.has(sig)) out.set(sig, { orders, cost });
  };
  const search = (i: number): void => {
    if (i === xs.length) return visit();
    for (let s = 0; s < sites.length; s++) {
      assign.push(s);
      search(i + 1);
      assign.pop();
    }
  };
  search(0);
  return [...out.values()].sort((p, q) => p.cost - q.cost);
}

/** Share each row of strays out to the lines of the boxes around it that lack them; returns how many strays moved. */
export function placeStrayRows(input: StrayInput, messages: Message[]): number {
  const { page, cuts, pieceLine, isPiece, ctxAt } = input;
  if (!cuts) return 0;
  let moved = 0;
  const isStray = (b: Block): boolean => b.lines.length === 1 && !b.lines[0]!.box && isPiece(b.lines[0]!) && pieceLine(b.lines[0]!).left;
  for (let bi = 0; bi < page.blocks.length; bi++) {
    if (!isStray(page.blocks[bi]!)) continue;
    let be = bi + 1;
    while (be < page.blocks.length && isStray(page.blocks[be]!)) be++;
    const row = page.blocks.slice(bi, be).map((b) => b.lines[0]!);
    const xs = row.map(pieceLine);
    const prevBlock = page.blocks[bi - 1];
    const nextBlock = page.blocks[be];
    // The row and the line after it are no printed line (its left pieces and the piece that ends it).
    const after = nextBlock?.lines[0];
    const rowLen = xs.reduce((t, p) => t + 1 + p.len, -1);
    const inPlace = after !== undefined && !leftPieceOverfull({ text: xs[xs.length - 1]!.text, len: rowLen, left: true }, pieceLine(after), ctxAt(row[row.length - 1]!));
    const sites: Site[] = [];
    if (prevBlock) sites.push(...sitesOf(prevBlock, `${bi - 1}`, pieceLine, ctxAt));
    if (nextBlock) sites.push(...sitesOf(nextBlock, `${be}`, pieceLine, ctxAt));
    const ranked = row.length > MAX_STRAY_ROW || inPlace ? null : sharings(xs, sites);
    const best = ranked?.[0];
    // The sharings not clearly worse than the best (a near tie).
    const rivals = ranked?.slice(1).filter((r) => !(best!.cost < STRAY_ROW_MARGIN * r.cost)) ?? [];
    // A near tie between lines of one box still tells the box: each stray goes to the same box in all of them.
    const boxOf = (sh: Sharing): Array<Block | undefined> => xs.map((_, k) => [...sh.orders].find(([, o]) => o.includes(k))?.[0]).map((s) => (s === undefined ? undefined : sites[s]!.block));
    const sameBoxes = best !== undefined && rivals.every((r) => boxOf(r).every((b, k) => b === boxOf(best)[k]));
    if (!best || !sameBoxes) {
      bi = be - 1;
      continue;
    }
    const confidence = rivals.length === 0 ? STRAY_CONFIDENCE : STRAY_LINE_GUESS_CONFIDENCE;
    // From the last site of a block up, so the indexes of the others hold.
    for (const [s, order] of [...best.orders].sort((p, q) => sites[q[0]]!.at - sites[p[0]]!.at)) {
      const site = sites[s]!;
      const home = site.block.lines[site.at]!;
      site.block.lines.splice(site.at + 1, 0, ...order.map((k) => row[k]!));
      // The site's left piece and the strays are pieces of one printed line, now in order (./join.ts joins them).
      for (let k = site.at; k <= site.at + order.length; k++) input.oneLine?.add(site.block.lines[k]!);
      for (const k of order)
        messages.push({
          rule: STRAY_RULE,
          severity: 'info',
          text: `moved a piece of a printed line the extractor boxed alone (line ${row[k]!.source.span?.start.line ?? '?'}), one of ${row.length} in a row beside the box, to the line of that box that lacks it (line ${home.source.span?.start.line ?? '?'}): with it the line fills the measure`,
          source: row[k]!.source,
          before: `${site.a.text} ⏎ ${site.b.text}`,
          after: `${site.a.text} ⏎ ${order.map((o) => xs[o]!.text).join(' ⏎ ')} ⏎ ${site.b.text}`,
          confidence,
        });
    }
    page.blocks.splice(bi, be - bi);
    moved += row.length;
    bi--;
  }
  return moved;
}

/** The order of strays `xs` between the site's lines with no faulty junction: the printed order first. */
function faultFreeOrder(site: Site, xs: readonly PieceLine[], ctx: JunctionContext): number[] | null {
  const perms: number[][] = [];
  const perm = (rest: number[], acc: number[]): void => {
    if (rest.length === 0) perms.push(acc);
    for (let i = 0; i < rest.length; i++) perm([...rest.slice(0, i), ...rest.slice(i + 1)], [...acc, rest[i]!]);
  };
  perm(xs.map((_, i) => i), []);
  for (const p of perms) {
    const seq = [site.a, ...p.map((i) => xs[i]!), site.b];
    let ok = true;
    for (let i = 0; ok && i + 1 < seq.length; i++) if (junctionCost(seq[i]!, seq[i + 1]!, ctx) > 0) ok = false;
    if (ok) return p;
  }
  return null;
}
