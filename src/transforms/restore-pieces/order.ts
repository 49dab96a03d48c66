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
export function orderCost(
  run: readonly PieceLine[],
  order: readonly number[],
  prev: PieceLine | undefined,
  next: PieceLine | undefined,
  ctx: JunctionContext,
  junction: (a: PieceLine, b: PieceLine) => number = (a, b) => junctionCost(a, b, ctx),
): number {
  let cost = 0;
  let a = prev;
  // The printed line being assembled (pieces up to one without a trailing space): unknown before the run
  // when the line before it is a left piece (its own start is further up).
  let start: string | undefined;
  let len = 0;
  for (const k of order) {
    const b = run[k]!;
    if (a) cost += junction(a, b);
    if (!a || !a.left) {
      start = a || !prev ? b.text : undefined;
      len = 0;
    }
    len += (len > 0 ? 1 : 0) + b.len;
    if (!b.left && start !== undefined && shortPrintedLine(start, len, b, ctx)) cost++;
    if (len > PIECES_LINE_RATIO * ctx.measure && (a?.left ?? false)) cost++;
    a = b;
  }
  if (next && a) cost += junction(a, next);
  return cost;
}

/** Pairs put in the other order (Kendall distance from the printed order): the fewest moves is the likeliest. */
export function displacement(order: readonly number[]): number {
  let d = 0;
  for (let i = 0; i < order.length; i++) for (let j = i + 1; j < order.length; j++) if (order[i]! > order[j]!) d++;
  return d;
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
  // Each junction is judged once: the orders share their pairs of lines.
  const known = new Map<PieceLine, Map<PieceLine, number>>();
  const junction = (a: PieceLine, b: PieceLine): number => {
    let row = known.get(a);
    if (!row) known.set(a, (row = new Map()));
    let c = row.get(b);
    if (c === undefined) row.set(b, (c = junctionCost(a, b, ctx)));
    return c;
  };
  const before = orderCost(run, identity, prev, next, ctx, junction);
  if (before === 0) return null;
  // The orders that read without a fault (a new order must: see below), found depth first: an order is
  // left as soon as one of its junctions or printed lines is faulty, so few of the n! are built whole.
  // The state carried is orderCost's, junction by junction.
  const chosen: number[][] = [];
  const order: number[] = [];
  const used = new Array<boolean>(run.length).fill(false);
  const extend = (a: PieceLine | undefined, start: string | undefined, len: number): void => {
    if (order.length === run.length) {
      if (!next || !a || junction(a, next) === 0) chosen.push([...order]);
      return;
    }
    for (let k = 0; k < run.length; k++) {
      if (used[k]) continue;
      // Without a line on one side, nothing tests the junction there: the line printed at that end stays.
      if (!prev && order.length === 0 && k !== 0) continue;
      if (!next && order.length === run.length - 1 && k !== run.length - 1) continue;
      const b = run[k]!;
      if (a && junction(a, b) > 0) continue;
      let s = start;
      let l = len;
      if (!a || !a.left) {
        s = a || !prev ? b.text : undefined;
        l = 0;
      }
      l += (l > 0 ? 1 : 0) + b.len;
      if (!b.left && s !== undefined && shortPrintedLine(s, l, b, ctx)) continue;
      if (l > PIECES_LINE_RATIO * ctx.measure && (a?.left ?? false)) continue;
      used[k] = true;
      order.push(k);
      extend(b, s, l);
      order.pop();
      used[k] = false;
    }
  };
  extend(prev, undefined, 0);
  // A new order must read without a fault: one that only has fewer is a guess between wrong orders.
  if (chosen.length === 0) return null;
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
  return { order: pick, before, after: 0 };
}
