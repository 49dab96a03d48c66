/**
 * Rows → lines: cut each page-wide row where it crosses a gutter, so that a
 * line belongs to one column. Justified narrow columns (Chromium's 7-column
 * pages) have word spaces of 3 em and more, wider than some gutters, so width
 * alone cannot decide; a gap between two words is a gutter when
 * - a vertical rule runs through it, or
 * - it is at least MIN_GUTTER_EM wide and
 *   - the type on its two sides differs in size (GUTTER_SIZE_RATIO), or
 *   - the lines next to it (above and below) have a word starting exactly
 *     where the word after the gap starts, or ending exactly where the word
 *     before it ends, each after or before a gap of their own: column edges
 *     line up to the point down consecutive lines, word spaces (even rivers
 *     of them) do not;
 *   - or it falls between two graphics just above (captions under photos
 *     side by side), or the word after it starts right after a graphic or
 *     a drop cap standing in the gap (text flowing around it);
 *   - or it is in a line alone (no line near above or below) and wider
 *     than LONE_LINE_GAP_EM, or wider than HARD_GAP_EM and not crossed by
 *     words of the lines both above and below.
 * Words that the content stream cut apart but that touch are glued back.
 */
import type { Graphic } from '../../../model/types.js';
import { ruleOrientation } from './graphics.js';
import type { Row } from './rows.js';
import { WORD_GAP_EM } from './words.js';
import { ALIGNED_ROWS, MIN_GUTTER_EM, alignedEdges } from './column-edges.js';

export { MIN_GUTTER_EM } from './column-edges.js';
import type { PLine, PWord } from './types.js';

/** Gaps wider than this (em) are gutters unless words cross them both above and below. */
export const HARD_GAP_EM = 4;
/** A gap in a line with no lines near it at all is a gutter from this width (em): one-line items are rarely justified. */
export const LONE_LINE_GAP_EM = 1.5;
/** Neighbouring rows closer than this (em) can show that a gap is crossed (ordinary leading is ≤ 1.5 em). */
export const NEIGHBOUR_EM = 2;
/** Type changing size by this ratio across a gap of SIZE_CHANGE_GAP_EM is two items (a headline's last line beside an advert). */
export const GUTTER_SIZE_RATIO = 1.3;
export const SIZE_CHANGE_GAP_EM = 1;
/** Graphics whose bottom is within this many em above a row can split it (captions under side-by-side photos). */
export const GRAPHIC_REACH_EM = 3;

export function buildLines(rows: readonly Row[], graphics: readonly Graphic[], dropCaps: readonly PWord[] = []): PLine[] {
  const vrules = graphics.filter((g) => g.kind === 'rule' && ruleOrientation(g.box) === 'vertical');
  const frames = graphics.filter((g) => g.kind === 'frame');
  // A drop cap (set aside before rows were built) stands in a gutter's place: the lines beside it start after it.
  const boxes = [
    ...graphics.filter((g) => g.kind === 'image' || g.kind === 'frame'),
    ...dropCaps.map((w) => ({ kind: 'image' as const, box: { x0: w.x0, y0: w.y0, x1: w.x1, y1: w.y1 }, source: { page: 0 } })),
  ];
  const lines: PLine[] = [];
  const near = (gs: readonly Graphic[], row: Row, reach: number): Graphic[] => gs.filter((g) => g.box.y0 <= row.y1 + reach && g.box.y1 >= row.y0 - reach);
  rows.forEach((row, i) => {
    let current: PWord[] = [];
    const words = row.words;
    // Only graphics near the row can bear on its gaps.
    const reach = GRAPHIC_REACH_EM * row.size + row.size;
    const rowRules = near(vrules, row, 0);
    const rowFrames = near(frames, row, 0);
    const rowBoxes = near(boxes, row, reach);
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      const prev = words[k - 1];
      if (prev && isGutter(rows, i, prev, w, rowRules, rowBoxes, rowFrames)) {
        lines.push(makeLine(current));
        current = [];
      }
      current.push(w);
    }
    if (current.length) lines.push(makeLine(current));
  });
  return lines;
}

function isGutter(rows: readonly Row[], i: number, left: PWord, right: PWord, vrules: readonly Graphic[], boxes: readonly Graphic[], frames: readonly Graphic[]): boolean {
  const row = rows[i]!;
  const em = Math.max(Math.min(left.size, right.size), 1);
  const x0 = left.x1;
  const x1 = right.x0;
  const gap = x1 - x0;
  if (gap <= WORD_GAP_EM * em) return false;
  if (vrules.some((r) => r.box.x0 >= x0 - 1 && r.box.x1 <= x1 + 1 && r.box.y0 <= row.y1 && r.box.y1 >= row.y0)) return true;
  // The side of a frame (a boxed advert, a sidebar) running through the gap is a rule too.
  if (frames.some((f) => f.box.y0 <= row.y1 && f.box.y1 >= row.y0 && ((f.box.x0 >= x0 - 1 && f.box.x0 <= x1 + 1) || (f.box.x1 >= x0 - 1 && f.box.x1 <= x1 + 1)))) return true;
  if (gap < MIN_GUTTER_EM * em) return false;
  if (Math.max(left.size, right.size) / em > GUTTER_SIZE_RATIO && gap >= SIZE_CHANGE_GAP_EM * em) return true;
  if (alignedEdges(rows, i, left, right, em) >= ALIGNED_ROWS) return true;
  if (betweenGraphics(row, x0, x1, em, boxes)) return true;
  if (afterBox(row, left, right, em, boxes)) return true;
  const above = neighbourState(rows, i, -1, left, right, em);
  const below = neighbourState(rows, i, 1, left, right, em);
  if (above === 'none' && below === 'none') return gap >= LONE_LINE_GAP_EM * em;
  return gap >= HARD_GAP_EM * em && !(above === 'crossed' && below === 'crossed');
}

/**
 * The nearest row above (dir −1) or below (+1), within NEIGHBOUR_EM, that has
 * words over the two words' span: does a word of it cross the middle of the
 * gap (`crossed`), or is it white there too (`open`)? `none`: no such row.
 */
function neighbourState(rows: readonly Row[], i: number, dir: number, left: PWord, right: PWord, em: number): 'crossed' | 'open' | 'none' {
  const mid = (left.x1 + right.x0) / 2;
  const base = rows[i]!.base;
  for (let k = i + dir; k >= 0 && k < rows.length; k += dir) {
    const r = rows[k]!;
    if (Math.abs(r.base - base) > NEIGHBOUR_EM * em) return 'none';
    const near = r.words.filter((w) => w.x1 > left.x0 && w.x0 < right.x1);
    if (!near.length) continue;
    return near.some((w) => w.x0 < mid && w.x1 > mid) ? 'crossed' : 'open';
  }
  return 'none';
}

/** The word after the gap starts just right of a graphic or drop cap beside this row, and the word before it ends left of that. */
function afterBox(row: Row, left: PWord, right: PWord, em: number, boxes: readonly Graphic[]): boolean {
  return boxes.some((g) => g.box.y0 <= row.base && g.box.y1 >= row.base - 0.5 * em && g.box.x0 >= left.x1 - 0.5 && g.box.x1 <= right.x0 + 0.5 && right.x0 - g.box.x1 <= GRAPHIC_REACH_EM * em);
}

function betweenGraphics(row: Row, x0: number, x1: number, em: number, boxes: readonly Graphic[]): boolean {
  const above = boxes.filter((g) => g.box.y1 <= row.y0 + em && row.y0 - g.box.y1 <= GRAPHIC_REACH_EM * em);
  const endsLeft = above.some((g) => g.box.x1 <= x1 && g.box.x1 >= x0 - em);
  const startsRight = above.some((g) => g.box.x0 >= x0 && g.box.x0 <= x1 + em);
  return endsLeft && startsRight;
}

/** Make a line from words left to right, gluing words that touch and had no space between them. */
export function makeLine(words: readonly PWord[]): PLine {
  const glued: PWord[] = [];
  for (const w of words) {
    const prev = glued[glued.length - 1];
    if (prev && !w.spaceBefore && !w.rotated && w.x0 - prev.x1 <= WORD_GAP_EM * Math.min(prev.size, w.size) && w.x0 >= prev.x1 - WORD_GAP_EM * w.size) {
      glued[glued.length - 1] = glue(prev, w);
    } else glued.push(w);
  }
  return lineFrom(glued);
}

function glue(a: PWord, b: PWord): PWord {
  return {
    ...a,
    text: a.text + b.text,
    x1: Math.max(a.x1, b.x1),
    y0: Math.min(a.y0, b.y0),
    y1: Math.max(a.y1, b.y1),
    size: Math.max(a.size, b.size),
    glyphs: [...a.glyphs, ...b.glyphs],
  };
}

/** A line's box, baseline and dominant font (by characters) from its words. */
export function lineFrom(words: PWord[]): PLine {
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  const sizes = new Tally();
  const fonts = new Tally();
  let base = 0;
  let baseWeight = 0;
  for (const w of words) {
    if (w.x0 < x0) x0 = w.x0;
    if (w.x1 > x1) x1 = w.x1;
    if (w.y0 < y0) y0 = w.y0;
    if (w.y1 > y1) y1 = w.y1;
    for (const g of w.glyphs) {
      sizes.add(Math.round(g.size * 10) / 10, g.text.length);
      fonts.add(g.font, g.text.length);
    }
    base += w.base * w.text.length;
    baseWeight += w.text.length;
  }
  return {
    words,
    x0,
    x1,
    y0,
    y1,
    base: baseWeight ? base / baseWeight : (words[0]?.base ?? 0),
    size: sizes.argmax() ?? words[0]?.size ?? 0,
    font: fonts.argmax() ?? words[0]?.font ?? 0,
    rotated: words.some((w) => w.rotated),
  };
}

/**
 * Counts per number, for the few distinct values a line or a page has (its sizes, its fonts): two
 * arrays searched in order, cheaper than a Map with fractional keys for every glyph. `argmax` gives
 * the value counted most, the first seen among equals (a Map's insertion order, as before).
 */
export class Tally {
  private readonly keys: number[] = [];
  private readonly counts: number[] = [];

  add(key: number, n: number): void {
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === key) {
        this.counts[i]! += n;
        return;
      }
    }
    keys.push(key);
    this.counts.push(n);
  }

  argmax(): number | undefined {
    let best: number | undefined;
    let bestCount = -1;
    for (let i = 0; i < this.keys.length; i++) {
      if (this.counts[i]! > bestCount) {
        best = this.keys[i];
        bestCount = this.counts[i]!;
      }
    }
    return best;
  }
}
