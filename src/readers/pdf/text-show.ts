/**
 * Showing text: glyph by glyph, as pdf.js's canvas `showText` advances (glyph
 * widths through the font matrix, TJ adjustments in thousandths of an em,
 * character and word spacing, horizontal scaling, rise), each glyph is
 * emitted with its box on the page, its baseline, its size and direction
 * (see ./protocol.ts for the packed layout).
 */
import { FLAG_INVISIBLE, FLAG_ROTATED, FLAG_SPACE_BEFORE, GLYPH_STRIDE, G_BASE, G_FLAGS, G_FONT, G_SIZE, G_X0, G_X1, G_Y0, G_Y1, QUARTER_MASK, QUARTER_SHIFT, type RawGlyphs } from './protocol.js';
import { isBlank, multiply, orientationFlags, transformBox, type Matrix } from './geometry.js';

/** Glyphs smaller than this (points) are not text a reader sees (hidden or degenerate text). */
export const MIN_GLYPH_SIZE = 0.5;

/**
 * How far upright text may lean: the "up" vector's sideways share. Synthetic italics (an upright
 * font drawn with a sheared text matrix, `1 0 0.25 1 x y Tm`, as producers do when no italic
 * face is at hand) lean 10–20° (0.18–0.36); read as rotated text, each such line was set apart
 * and the words of a paragraph came out interleaved. 0.5 (a lean of 26.6°) clears the steepest
 * of them with room, and no upright face leans that far: obliques are designed at 8–14°
 * (Helvetica Oblique 12°), backslanted display type as much the other way. A glyph leaning more
 * is drawn with a turned frame, not as upright text. Rotated text (turned, skewed OCR lines) has a
 * sloping baseline and stays out by the `b` test whatever its lean.
 */
export const MAX_UPRIGHT_SHEAR = 0.5;

/** pdf.js glyph objects in `showText` arguments (numbers are TJ adjustments in thousandths of an em). */
export interface PdfJsGlyph {
  unicode: string;
  width: number;
  isSpace?: boolean;
  vmetric?: number[] | null;
}

export interface FontState {
  index: number;
  matrix: readonly number[];
  vertical: boolean;
  type3: boolean;
  ascent: number;
  descent: number;
}

/** What showing text reads from the graphics state; `x` moves on. */
export interface TextState {
  ctm: Matrix;
  font: FontState | null;
  fontSize: number;
  fontDirection: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  rise: number;
  renderMode: number;
  /** Text matrix and position (pdf.js keeps them with the rest of the state). */
  tm: Matrix;
  x: number;
  y: number;
}

/**
 * Where glyphs go: packed as ./protocol.ts says, straight into a growing
 * Float64Array (a page has thousands of glyphs of eight numbers each: a
 * plain array of them, copied at the end, was a fifth of interpreting a
 * page); glyphs off the page are dropped.
 */
/** Room for this many glyphs at first (a dev page has 2,000–12,000); doubled as needed. */
const INITIAL_GLYPHS = 4096;

export class GlyphSink {
  /** A space glyph came since the last glyph emitted. */
  spacePending = false;
  private readonly chars: string[] = [];
  private ends = new Uint32Array(INITIAL_GLYPHS);
  private data = new Float64Array(INITIAL_GLYPHS * GLYPH_STRIDE);
  private count = 0;
  private textLength = 0;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {}

  push(text: string, x0: number, x1: number, y0: number, y1: number, base: number, size: number, font: number, flags: number): void {
    const n = this.count;
    if (n === this.ends.length) this.grow();
    const d = this.data;
    const o = n * GLYPH_STRIDE;
    d[o + G_X0] = x0;
    d[o + G_X1] = x1;
    d[o + G_Y0] = y0;
    d[o + G_Y1] = y1;
    d[o + G_BASE] = base;
    d[o + G_SIZE] = size;
    d[o + G_FONT] = font;
    d[o + G_FLAGS] = flags;
    this.textLength += text.length;
    this.ends[n] = this.textLength;
    this.chars.push(text);
    this.count = n + 1;
  }

  /** The glyphs as RawGlyphs carries them: views of this sink's buffers, which are then transferred whole (not copied). */
  glyphs(): RawGlyphs {
    return { text: this.chars.join(''), ends: this.ends.subarray(0, this.count), data: this.data.subarray(0, this.count * GLYPH_STRIDE) };
  }

  private grow(): void {
    const ends = new Uint32Array(this.ends.length * 2);
    ends.set(this.ends);
    this.ends = ends;
    const data = new Float64Array(this.data.length * 2);
    data.set(this.data);
    this.data = data;
  }
}

export function showGlyphs(s: TextState, glyphs: ReadonlyArray<PdfJsGlyph | number>, sink: GlyphSink): void {
  const font = s.font;
  if (!font) return;
  const fontSize = s.fontSize;
  const hScale = s.hScale * s.fontDirection;
  // Glyph widths are in glyph space; the font matrix scales them to text space (1/1000 em for most fonts).
  const widthScale = fontSize * font.matrix[0]!;
  // Type 3 glyph space is the font's own: its em is 1/fontMatrix[3] units, not 1000.
  const emScale = font.type3 ? Math.abs(font.matrix[3]! * 1000) || 1 : 1;
  const m = multiply(s.ctm, s.tm);
  const a = m[0], b = m[1], c = m[2], d = m[3];
  // A negative font size turns the glyphs half a turn in text space (pdf.js's canvas scales by
  // fontDirection): they advance to the left and their "up" points down. Producers that flip the
  // page's y axis write `-12 Tf` with a mirrored text matrix to draw upright text.
  const dir = s.fontDirection < 0 ? -1 : 1;
  const upX = c * fontSize * emScale * dir;
  const upY = d * fontSize * emScale * dir;
  const size = Math.hypot(upX, upY);
  if (!(size >= MIN_GLYPH_SIZE) || !Number.isFinite(size)) {
    advanceOnly(s, glyphs, widthScale, hScale);
    return;
  }
  // Upright: advancing to the right along x, "up" pointing to smaller y (top-left origin), leaning
  // at most MAX_UPRIGHT_SHEAR (synthetic italics: a sheared text matrix, the baseline still level).
  const upright = !font.vertical && a * dir > 0 && Math.abs(b) <= 0.05 * a * dir && upY < 0 && Math.abs(upX) <= MAX_UPRIGHT_SHEAR * -upY;
  // A sheared glyph is as tall as its "up" is high, not as long (the slant does not make it bigger).
  const glyphSize = upright && Math.abs(upX) > 0.05 * -upY ? -upY : size;
  const invisible = (s.renderMode & 3) === 3;
  const baseFlags = (upright ? 0 : FLAG_ROTATED | orientationFlags(a * hScale, b * hScale)) | (invisible ? FLAG_INVISIBLE : 0);
  const ty = s.y + s.rise;
  const spacingDir = font.vertical ? 1 : -1;
  let x = 0;
  for (const g of glyphs) {
    if (typeof g === 'number') {
      x += (spacingDir * g * fontSize) / 1000;
      continue;
    }
    if (!g || typeof g !== 'object') continue;
    const spacing = (g.isSpace ? s.wordSpacing : 0) + s.charSpacing;
    const advance = g.width * widthScale;
    const text = g.unicode ?? '';
    if (g.isSpace || isBlank(text)) {
      sink.spacePending = true;
    } else if (text !== '') {
      const tx0 = s.x + x * hScale;
      const tx1 = tx0 + advance * hScale;
      emit(sink, m, tx0, tx1, ty, glyphSize * dir, font, baseFlags, text, upright);
    }
    x += advance + spacing * s.fontDirection;
  }
  s.x += x * hScale;
}

/** Invisible or degenerate text still moves the text position. */
function advanceOnly(s: TextState, glyphs: ReadonlyArray<PdfJsGlyph | number>, widthScale: number, hScale: number): void {
  let x = 0;
  for (const g of glyphs) {
    if (typeof g === 'number') x -= (g * s.fontSize) / 1000;
    else if (g && typeof g === 'object') x += g.width * widthScale + ((g.isSpace ? s.wordSpacing : 0) + s.charSpacing) * s.fontDirection;
  }
  s.x += x * hScale;
}

/** `directedSize` is the glyph size, negative when the font size is (the glyph is turned half a turn). */
function emit(sink: GlyphSink, m: Matrix, tx0: number, tx1: number, ty: number, directedSize: number, font: FontState, flags: number, text: string, upright: boolean): void {
  const a = m[0], b = m[1], c = m[2], d = m[3], e = m[4], f = m[5];
  const size = Math.abs(directedSize);
  let x0: number, x1: number, y0: number, y1: number, base: number;
  if (upright) {
    x0 = a * tx0 + c * ty + e;
    x1 = a * tx1 + c * ty + e;
    base = b * tx0 + d * ty + f;
    y0 = base - font.ascent * size;
    y1 = base - font.descent * size;
  } else {
    // Any other orientation: the box of the glyph's quad (origin, advance, ascent, descent),
    // and the baseline's coordinate across the text direction.
    const s = directedSize / (Math.hypot(c, d) || 1);
    const up0 = ty + font.descent * s;
    const up1 = ty + font.ascent * s;
    const box = transformBox(m, tx0, up0, tx1, up1);
    ({ x0, x1, y0, y1 } = box);
    // Laid out by the baseline's offset across the text direction, the same for every glyph of a
    // line however it slopes: for text running across the page (quarter 0 or 2: turned a little,
    // sheared as synthetic italics are drawn, or mirrored) its y when level, for text running
    // down or up (1, 3) its x when plumb.
    const quarter = (flags & QUARTER_MASK) >> QUARTER_SHIFT;
    base = baselineOffset(a, b, a * tx0 + c * ty + e, b * tx0 + d * ty + f, quarter);
  }
  if (x1 < 0 || x0 > sink.width || y1 < 0 || y0 > sink.height) return;
  const flagsOut = flags | (sink.spacePending ? FLAG_SPACE_BEFORE : 0);
  sink.spacePending = false;
  sink.push(text, Math.min(x0, x1), Math.max(x0, x1), y0, y1, base, size, font.index, flagsOut);
}

/**
 * The offset of the baseline through (x, y) running in direction (a, b), measured across it: the
 * perpendicular projection of the point, the same for every point of the line, so a line turned
 * by a few degrees keeps one baseline from its first glyph to its last (the y of each glyph
 * changes along it: 26 pt over a 300 pt line turned 5°). Signed as ./layout/orientation.ts
 * expects: y for a level baseline running either way (quarter 0 or 2), x for a plumb one (1, 3).
 */
export function baselineOffset(a: number, b: number, x: number, y: number, quarter: number): number {
  const len = Math.hypot(a, b);
  if (!(len > 0)) return quarter % 2 ? x : y;
  return quarter % 2 ? (b * x - a * y) / (b < 0 ? -len : len) : (a * y - b * x) / (a < 0 ? -len : len);
}
