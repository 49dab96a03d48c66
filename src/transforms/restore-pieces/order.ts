/**
 * The order of a run of pieces: of all the orders of the run's lines, the one whose junctions
 * (./junctions.ts) are least faulty, between the line before the run and the line after it.
 */
import { junctionCost, PIECES_LINE_RATIO, shortPrintedLine, type JunctionContext, type PieceLine } from './junctions.js';

/** Longest run of pieces whose orders are tried (5! = 120 orders): two or three cut lines; a longer run of short lines is a list or display type (on the dev pages a sixth line added no right move and one wrong one, in pdftotext's layout text). */
export const MAX_RUN = 5;

export interface Reorder {
  /** New order: `order[k]` is the index in the run of the line that goes to place k. */
  order: number[];
  /** Faulty junctions in the printed order and in the new one. */
  before: number;
  after: number;
}

/** Faulty junctions of the run in `order`, with the lines around it (when given). */
export function orderCost(run: readonly PieceLine[], order: readonly number[], prev: PieceLine | undefined, next: PieceLine | undefined, ctx: JunctionContext): number {
  let cost = 0;
  let a = prev;
  // The printed line being assembled (pieces up to one without a trailing space): unknown before the run
  // when the line before it is a left piece (its own start is further up).
  let start: string | undefined;
  let len = 0;
  for (const k of order) {
    const b = run[k]!;
    if (a) cost += junctionCost(a, b, ctx);
    if (!a || !a.left) {
      start = a || !prev ? b.text : undefined;
      len = 0;
    }
    len += (len > 0 ? 1 : 0) + b.len;
    if (!b.left && start !== undefined && shortPrintedLine(start, len, b, ctx)) cost++;
    if (len > PIECES_LINE_RATIO * ctx.measure && (a?.left ?? false)) cost++;
    a = b;
  }
  if (next && a) cost += junctionCost(a, next, ctx);
  return cost;
}

/** Pairs put in the other order (Kendall distance from the printed order): the fewest moves is the likeliest. */
export function displacement(order: readonly number[]): number {
  let d = 0;
  for (let i = 0; i < order.length; i++) for (let j = i + 1; j < order.length; j++) if (order[i]! > order[j]!) d++;
  return d;
}

function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  const out: number[][] = [];
  for (const p of permutations(n - 1)) {
    for (let i = 0; i <= p.length; i++) out.push([...p.slice(0, i), n - 1, ...p.slice(i)]);
  }
  return out;
}

/**
 * A better order for the run, or null. The line printed first (last) stays first (last) when no line
 * before (after) the run is given. Only when the printed order has a faulty junction, another
 * order has none, and among the orders with fewest faults one alone moves the fewest pairs (a tie
 * is no evidence: the run stays as printed).
 */
export function bestOrder(run: readonly PieceLine[], prev: PieceLine | undefined, next: PieceLine | undefined, ctx: JunctionContext): Reorder | null {
  if (run.length < 2 || run.length > MAX_RUN) return null;
  const identity = run.map((_, i) => i);
  const before = orderCost(run, identity, prev, next, ctx);
  if (before === 0) return null;
  let best = before;
  let chosen: number[][] = [];
  for (const order of permutations(run.length)) {
    // Without a line on one side, nothing tests the junction there: the line printed at that end stays.
    if (!prev && order[0] !== 0) continue;
    if (!next && order[order.length - 1] !== run.length - 1) continue;
    const c = orderCost(run, order, prev, next, ctx);
    if (c < best) {
      best = c;
      chosen = [order];
    } else if (c === best && best < before) chosen.push(order);
  }
  // A new order must read without a fault: one that only has fewer is a guess between wrong orders.
  if (chosen.length === 0 || best > 0) return null;
  let min = Infinity;
  let pick: number[] | null = null;
  let tie = false;
  for (const o of chosen) {
    const d = displacement(o);
    if (d < min) {
      min = d;
      pick = o;
      tie = false;
    } else if (d === min) tie = true;
  }
  if (!pick || tie) return null;
  return { order: pick, before, after: best };
}
