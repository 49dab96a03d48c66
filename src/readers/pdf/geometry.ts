/**
 * Geometry for the operator-list interpreter (./operators.ts): pdf.js
 * matrices, boxes under a matrix, clipping, path shapes, text directions.
 * Coordinates are PDF user space until the viewport transform (top-left
 * points) is applied.
 */
import type { Box } from '../../model/types.js';
import { FLAG_SKEWED, QUARTER_SHIFT } from './protocol.js';

export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `m1 × m2`: apply m2 first, then m1 (pdf.js `Util.transform`). */
export function multiply(m1: readonly number[], m2: readonly number[]): Matrix {
  // Read by index, not destructured: this runs for every text show, and destructuring goes through the array iterator.
  const a1 = m1[0]!, b1 = m1[1]!, c1 = m1[2]!, d1 = m1[3]!, e1 = m1[4]!, f1 = m1[5]!;
  const a2 = m2[0]!, b2 = m2[1]!, c2 = m2[2]!, d2 = m2[3]!, e2 = m2[4]!, f2 = m2[5]!;
  return [a1 * a2 + c1 * b2, b1 * a2 + d1 * b2, a1 * c2 + c1 * d2, b1 * c2 + d1 * d2, a1 * e2 + c1 * f2 + e1, b1 * e2 + d1 * f2 + f1];
}

/** The axis-aligned box of a rectangle under a matrix. */
export function transformBox(m: readonly number[], x0: number, y0: number, x1: number, y1: number): Box {
  const a = m[0]!, b = m[1]!, c = m[2]!, d = m[3]!, e = m[4]!, f = m[5]!;
  const xa = a * x0 + c * y0 + e, xb = a * x1 + c * y0 + e, xc = a * x0 + c * y1 + e, xd = a * x1 + c * y1 + e;
  const ya = b * x0 + d * y0 + f, yb = b * x1 + d * y0 + f, yc = b * x0 + d * y1 + f, yd = b * x1 + d * y1 + f;
  return { x0: Math.min(xa, xb, xc, xd), y0: Math.min(ya, yb, yc, yd), x1: Math.max(xa, xb, xc, xd), y1: Math.max(ya, yb, yc, yd) };
}

/** Quarter turns (clockwise, y down) of a text direction, and whether it is off by more than 10°. */
export function orientationFlags(dx: number, dy: number): number {
  const angle = (Math.atan2(dy, dx) * 180) / Math.PI;
  const quarter = ((Math.round(angle / 90) % 4) + 4) % 4;
  const off = Math.abs(angle - Math.round(angle / 90) * 90);
  return (quarter << QUARTER_SHIFT) | (off > 10 ? FLAG_SKEWED : 0);
}

/** White space only (a space glyph that is not flagged as one: NBSP, ideographic space…). */
export function isBlank(text: string): boolean {
  if (text.length === 1) {
    const c = text.charCodeAt(0);
    return c <= 0x20 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x202f || c === 0x205f;
  }
  return text.length > 0 && /^\s+$/u.test(text);
}

/** Arrays and typed arrays (pdf.js passes matrices and paths as Float32Array). */
export function isList(v: unknown): v is ArrayLike<number> {
  return Array.isArray(v) || ArrayBuffer.isView(v);
}

export function finite(v: ArrayLike<number>): boolean {
  for (let i = 0; i < v.length; i++) if (!Number.isFinite(v[i])) return false;
  return true;
}

/** Intersection of two boxes, or null when they do not overlap. A null `a` means "no clip". */
export function intersect(a: Box | null, b: Box): Box | null {
  if (!a) return b;
  const x0 = Math.max(a.x0, b.x0);
  const y0 = Math.max(a.y0, b.y0);
  const x1 = Math.min(a.x1, b.x1);
  const y1 = Math.min(a.y1, b.y1);
  return x1 >= x0 && y1 >= y0 ? { x0, y0, x1, y1 } : null;
}

/** pdf.js path data (DrawOPS: 0 moveTo x y, 1 lineTo x y, 2 curveTo 6 numbers, 3 quadraticCurveTo 4, 4 closePath). */
export function pathShape(data: ArrayLike<number> | null): 'rect' | 'line' | 'other' {
  if (!data || data.length === 0) return 'other';
  const xs: number[] = [];
  const ys: number[] = [];
  let moves = 0;
  for (let i = 0; i < data.length; ) {
    const op = data[i]!;
    if (op === 0 || op === 1) {
      if (op === 0) moves++;
      xs.push(data[i + 1]!);
      ys.push(data[i + 2]!);
      i += 3;
    } else if (op === 4) i += 1;
    else return 'other';
  }
  if (moves !== 1) return 'other';
  if (xs.length === 2) return 'line';
  if (xs.length === 4 || xs.length === 5) {
    const ux = new Set(xs.map((v) => Math.round(v * 100))).size;
    const uy = new Set(ys.map((v) => Math.round(v * 100))).size;
    if (ux <= 2 && uy <= 2) return 'rect';
  }
  return 'other';
}
