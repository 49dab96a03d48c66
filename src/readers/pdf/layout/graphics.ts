/**
 * Painted paths, image placements and shadings → the page model's graphics:
 * `image` (photos, and filled boxes with no text on them: the grey photo
 * placeholders of proofs and of the dev corpus), `rule` (thin lines and thin
 * filled rectangles: column rules, story separators, underlines) and `frame`
 * (stroked rectangles, and filled boxes with text on them: sidebars, ads).
 */
import type { Box, Graphic } from '../../../model/types.js';
import type { RawGraphic } from '../protocol.js';
import { height, width, type PWord } from './types.js';

/** A rule is at most this thick (points): newspaper rules are 0.25–2 pt; 3 pt leaves room for heavy ones. */
export const RULE_MAX_THICKNESS = 3;
/** …and at least this many times longer than thick, and at least RULE_MIN_LENGTH points long. */
export const RULE_MIN_ASPECT = 4;
export const RULE_MIN_LENGTH = 8;
/** Boxes smaller than this on both sides (points) are ornaments (bullets, dots), not graphics. */
export const MIN_GRAPHIC_SIDE = 4;
/** A fill covering this share of the page is the page's background. */
export const BACKGROUND_SHARE = 0.9;
/** Fills at least this light on every channel (0–255) are white knock-outs, not visible boxes. */
export const WHITE_CHANNEL = 0xf0;

export type Orientation = 'horizontal' | 'vertical';

export function ruleOrientation(b: Box): Orientation {
  return width(b) >= height(b) ? 'horizontal' : 'vertical';
}

export function classifyGraphics(raw: readonly RawGraphic[], words: readonly PWord[], page: { number: number; width: number; height: number }): Graphic[] {
  const out: Graphic[] = [];
  const seen = new Set<string>();
  const pageArea = page.width * page.height;
  for (const g of raw) {
    const kind = kindOf(g, words, pageArea);
    if (!kind) continue;
    const box = round(g.box);
    const key = `${kind}|${box.x0}|${box.y0}|${box.x1}|${box.y1}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ kind, box, source: { page: page.number, box } });
  }
  return out;
}

function kindOf(g: RawGraphic, words: readonly PWord[], pageArea: number): Graphic['kind'] | null {
  const w = width(g.box);
  const h = height(g.box);
  const thin = Math.min(w, h);
  const long = Math.max(w, h);
  if (thin <= RULE_MAX_THICKNESS && long >= RULE_MIN_LENGTH && long >= RULE_MIN_ASPECT * Math.max(thin, 0.5)) {
    if (g.kind === 'fill' && isWhite(g.fill)) return null;
    return g.kind === 'image' ? 'image' : 'rule';
  }
  if (w < MIN_GRAPHIC_SIDE || h < MIN_GRAPHIC_SIDE) return null;
  switch (g.kind) {
    case 'image':
      return 'image';
    case 'stroke':
      return g.shape === 'line' ? null : 'frame';
    case 'shading':
    case 'fill':
      if (g.kind === 'fill' && isWhite(g.fill)) return null;
      if (w * h >= BACKGROUND_SHARE * pageArea) return null;
      return holdsText(g.box, words) ? 'frame' : 'image';
  }
}

function isWhite(fill: string | undefined): boolean {
  if (!fill || !/^#[0-9a-f]{6}$/i.test(fill)) return false;
  const n = Number.parseInt(fill.slice(1), 16);
  return (n >> 16) >= WHITE_CHANNEL && ((n >> 8) & 0xff) >= WHITE_CHANNEL && (n & 0xff) >= WHITE_CHANNEL;
}

/** Does any word's centre lie inside the box? */
export function holdsText(box: Box, words: readonly PWord[]): boolean {
  for (const w of words) {
    const cx = (w.x0 + w.x1) / 2;
    const cy = (w.y0 + w.y1) / 2;
    if (cx > box.x0 && cx < box.x1 && cy > box.y0 && cy < box.y1) return true;
  }
  return false;
}

function round(b: Box): Box {
  const r = (v: number): number => Math.round(v * 100) / 100;
  return { x0: r(b.x0), y0: r(b.y0), x1: r(b.x1), y1: r(b.y1) };
}
