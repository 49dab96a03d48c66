/** Small geometry helpers shared by the OCR readers: boxes from attributes, unions. */
import type { Box, Line } from '../../model/types.js';

/** A finite number from an attribute value, or undefined (absent, empty, or not a number). */
export function num(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/** A box from a corner and a size (ALTO HPOS/VPOS/WIDTH/HEIGHT); undefined when any is missing or the size is negative. */
export function boxFromSize(x: number | undefined, y: number | undefined, w: number | undefined, h: number | undefined): Box | undefined {
  if (x === undefined || y === undefined || w === undefined || h === undefined || w < 0 || h < 0) return undefined;
  return { x0: x, y0: y, x1: x + w, y1: y + h };
}

/**
 * The largest (smallest) of the values, -Infinity (Infinity) for none, as
 * Math.max / Math.min give. A loop, not `Math.max(...values)`: a spread passes
 * every value as an argument, and a hostile file's 150,000 words on one line
 * or blocks on one page overflowed the call stack.
 */
export function maxOf(values: Iterable<number>): number {
  let m = -Infinity;
  for (const v of values) {
    if (Number.isNaN(v)) return NaN;
    if (v > m) m = v;
  }
  return m;
}

export function minOf(values: Iterable<number>): number {
  let m = Infinity;
  for (const v of values) {
    if (Number.isNaN(v)) return NaN;
    if (v < m) m = v;
  }
  return m;
}

/** `target.push(...items)` without the spread (see maxOf). */
export function pushAll<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}

/** The smallest box holding every given box; undefined when none is given. */
export function unionBox(boxes: ReadonlyArray<Box | undefined>): Box | undefined {
  let out: Box | undefined;
  for (const b of boxes) {
    if (!b) continue;
    out = out
      ? { x0: Math.min(out.x0, b.x0), y0: Math.min(out.y0, b.y0), x1: Math.max(out.x1, b.x1), y1: Math.max(out.y1, b.y1) }
      : { ...b };
  }
  return out;
}

/** A box's height. */
export function boxHeight(b: Box): number {
  return b.y1 - b.y0;
}

/** The first index whose key is >= k in an array sorted by that key. */
export function lowerBound<T>(items: readonly T[], key: (t: T) => number, k: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) < k) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A line for a message: its element id, if any, and its box rounded (`line_12 [68,1024,373,1043]`). */
export function describeLine(line: Line): string {
  const b = line.box!;
  return `${line.source.id ? `${line.source.id} ` : ''}[${[b.x0, b.y0, b.x1, b.y1].map((n) => Math.round(n)).join(',')}]`;
}
