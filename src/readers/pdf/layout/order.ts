/**
 * Reading order by recursive XY-cut over column chunks and pictures: rows top
 * to bottom, columns left to right within a row, a headline above the
 * columns it spans. At each region:
 * 1. cut at every white band across the whole region that starts a new row
 *    of stories: a horizontal rule runs through it, or (a blank of at least
 *    ROW_GAP_EM, not right under a headline) a headline-size chunk or a
 *    kicker over one begins right below it;
 * 2. else cut at every white strip down the whole region (gutters between
 *    stories or columns): stories side by side are read one after the other,
 *    even when their headlines and bodies line up across the page;
 * 3. else cut at every white band across the region (headline | deck |
 *    columns; photo | caption);
 * 4. else read what is left top to bottom, left to right.
 * Rule 1 before 2 keeps a story spanning the page above the row below it;
 * rule 2 before 3 keeps two stories side by side from being interleaved.
 */
import type { Box, Graphic } from '../../../model/types.js';
import { ruleOrientation } from './graphics.js';
import { height, width } from './types.js';

export interface Atom<T> {
  box: Box;
  /** Font size of a text chunk; 0 for a picture. */
  size: number;
  item: T;
}

/** A chunk in type this much larger than the body is a headline (dev PDFs: headlines 1.8–3 × body, decks and subheads ≤ 1.25 ×). */
export const HEADLINE_RATIO = 1.4;
/** A headline (or its kicker) starting within this many body em below a white band makes the band a row boundary; further down it is a pull quote or a photo's neighbour. */
export const ROW_TOUCH_EM = 1.5;
/** Without a rule, rows of stories are set at least this far apart (body em); heads, bylines and bodies closer. */
export const ROW_GAP_EM = 0.8;
/** A chunk ending this close (body em) over a headline is its kicker (dev2: 2–4 pt). */
export const KICKER_GAP_EM = 1;
/** A horizontal rule across this share of the region makes the band it lies in a row boundary. */
export const ROW_RULE_SHARE = 0.6;
/** White strips narrower than this (body em) are not gutters. */
export const MIN_STRIP_EM = 0.4;
/** Atoms left over whose tops are this close (body em) are read as one row, left to right. */
export const SAME_ROW_EM = 0.5;
/** Bands thinner than this (points) are not cuts (touching boxes). */
export const MIN_BAND = 0.5;

interface Gap {
  from: number;
  to: number;
}

export function readingOrder<T>(atoms: readonly Atom<T>[], graphics: readonly Graphic[], bodySize: number): T[] {
  const hrules = graphics.filter((g) => g.kind === 'rule' && ruleOrientation(g.box) === 'horizontal');
  const out: T[] = [];
  cut(atoms, hrules, Math.max(bodySize, 1), out, 0);
  return out;
}

function cut<T>(atoms: readonly Atom<T>[], hrules: readonly Graphic[], em: number, out: T[], depth: number): void {
  if (atoms.length <= 1 || depth > 64) {
    for (const a of sortTopLeft(atoms, em)) out.push(a.item);
    return;
  }
  const bands = gaps(atoms, (b) => b.y0, (b) => b.y1, MIN_BAND);
  const region = regionOf(atoms);
  const rows = bands.filter((g) => isRowBoundary(g, atoms, hrules, region, em));
  if (rows.length) return recurse(split(atoms, rows, (b) => b.y0), hrules, em, out, depth);
  const strips = gaps(atoms, (b) => b.x0, (b) => b.x1, MIN_STRIP_EM * em);
  if (strips.length) return recurse(split(atoms, strips, (b) => b.x0), hrules, em, out, depth);
  if (bands.length) return recurse(split(atoms, bands, (b) => b.y0), hrules, em, out, depth);
  for (const a of sortTopLeft(atoms, em)) out.push(a.item);
}

function recurse<T>(parts: Atom<T>[][], hrules: readonly Graphic[], em: number, out: T[], depth: number): void {
  for (const p of parts) cut(p, hrules, em, out, depth + 1);
}

/** White intervals along one axis not covered by any atom, at least `min` wide. */
function gaps<T>(atoms: readonly Atom<T>[], lo: (b: Box) => number, hi: (b: Box) => number, min: number): Gap[] {
  const spans = atoms.map((a) => [lo(a.box), hi(a.box)] as const).sort((p, q) => p[0] - q[0]);
  const out: Gap[] = [];
  let reach = spans[0]![1];
  for (let i = 1; i < spans.length; i++) {
    const [s, e] = spans[i]!;
    if (s - reach >= min) out.push({ from: reach, to: s });
    if (e > reach) reach = e;
  }
  return out;
}

function split<T>(atoms: readonly Atom<T>[], cuts: readonly Gap[], lo: (b: Box) => number): Atom<T>[][] {
  const parts: Atom<T>[][] = cuts.map(() => []);
  parts.push([]);
  for (const a of atoms) {
    const start = lo(a.box);
    let k = 0;
    while (k < cuts.length && start >= cuts[k]!.to) k++;
    parts[k]!.push(a);
  }
  return parts.filter((p) => p.length > 0);
}

function regionOf<T>(atoms: readonly Atom<T>[]): Box {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const { box } of atoms) {
    x0 = Math.min(x0, box.x0);
    y0 = Math.min(y0, box.y0);
    x1 = Math.max(x1, box.x1);
    y1 = Math.max(y1, box.y1);
  }
  return { x0, y0, x1, y1 };
}

function isRowBoundary<T>(band: Gap, atoms: readonly Atom<T>[], hrules: readonly Graphic[], region: Box, em: number): boolean {
  const ruled = hrules.some(
    (r) => r.box.y0 >= band.from - 1 && r.box.y1 <= band.to + 1 && Math.min(r.box.x1, region.x1) - Math.max(r.box.x0, region.x0) >= ROW_RULE_SHARE * width(region),
  );
  if (ruled) return true;
  const isHeadline = (a: Atom<T>): boolean => a.size >= HEADLINE_RATIO * em && height(a.box) > 0;
  const overlaps = (a: Atom<T>, b: Atom<T>): boolean => Math.min(a.box.x1, b.box.x1) > Math.max(a.box.x0, b.box.x0);
  /** k sits just over headline h: a kicker. */
  const kickerOf = (k: Atom<T>, h: Atom<T>): boolean => k !== h && h.box.y0 >= k.box.y1 - 0.5 && h.box.y0 - k.box.y1 <= KICKER_GAP_EM * em && overlaps(k, h);
  if (band.to - band.from < ROW_GAP_EM * em) return false;
  const above = atoms.filter((a) => Math.abs(a.box.y1 - band.from) <= 0.5);
  // Right under a headline is its byline, deck or body, not a new row.
  if (above.some(isHeadline)) return false;
  const below = atoms.filter((a) => a.box.y0 >= band.to - 0.5 && a.box.y0 - band.to <= ROW_TOUCH_EM * em);
  return below.some((a) => {
    if (isHeadline(a)) return !above.some((k) => kickerOf(k, a));
    return atoms.some((h) => isHeadline(h) && kickerOf(a, h));
  });
}

/** Top to bottom; atoms whose tops are within SAME_ROW_EM of the previous one's form a row, read left to right. */
function sortTopLeft<T>(atoms: readonly Atom<T>[], em = 10): Atom<T>[] {
  const byTop = [...atoms].sort((a, b) => a.box.y0 - b.box.y0 || a.box.x0 - b.box.x0);
  const out: Atom<T>[] = [];
  let row: Atom<T>[] = [];
  for (const a of byTop) {
    const last = row[row.length - 1];
    if (last && a.box.y0 - last.box.y0 > SAME_ROW_EM * em) {
      out.push(...row.sort((p, q) => p.box.x0 - q.box.x0));
      row = [];
    }
    row.push(a);
  }
  out.push(...row.sort((p, q) => p.box.x0 - q.box.x0));
  return out;
}
