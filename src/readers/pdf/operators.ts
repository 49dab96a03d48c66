/**
 * Interpret a pdf.js operator list: follow the graphics and text state as
 * pdf.js's canvas renderer does (src/display/canvas.js: showText, setFont,
 * moveText…) and emit, instead of pixels, every glyph with its box and font
 * size on the page, and every painted path, image placement and shading as a
 * box. One pass gives both text and graphics; getTextContent would parse the
 * page a second time and merges glyphs into runs without per-word positions.
 *
 * Coordinates: the page viewport's transform is the initial CTM, so all
 * output is in points with the origin at the top-left of the (rotated) page.
 */
import type { Box } from '../../model/types.js';
import {
  FLAG_INVISIBLE,
  FLAG_ROTATED,
  FLAG_SKEWED,
  FLAG_SPACE_BEFORE,
  QUARTER_MASK,
  QUARTER_SHIFT,
  type RawFont,
  type RawGraphic,
  type RawGlyphs,
} from './protocol.js';
import { describeFont, type PdfJsFontLike } from './fonts.js';

export type Matrix = [number, number, number, number, number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `m1 × m2`: apply m2 first, then m1 (pdf.js `Util.transform`). */
export function multiply(m1: readonly number[], m2: readonly number[]): Matrix {
  const [a1, b1, c1, d1, e1, f1] = m1 as Matrix;
  const [a2, b2, c2, d2, e2, f2] = m2 as Matrix;
  return [a1 * a2 + c1 * b2, b1 * a2 + d1 * b2, a1 * c2 + c1 * d2, b1 * c2 + d1 * d2, a1 * e2 + c1 * f2 + e1, b1 * e2 + d1 * f2 + f1];
}

/** The axis-aligned box of a rectangle under a matrix. */
export function transformBox(m: readonly number[], x0: number, y0: number, x1: number, y1: number): Box {
  const [a, b, c, d, e, f] = m as Matrix;
  const xs = [a * x0 + c * y0 + e, a * x1 + c * y0 + e, a * x0 + c * y1 + e, a * x1 + c * y1 + e];
  const ys = [b * x0 + d * y0 + f, b * x1 + d * y0 + f, b * x0 + d * y1 + f, b * x1 + d * y1 + f];
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

/** pdf.js glyph objects in `showText` arguments (numbers are TJ adjustments in thousandths of an em). */
interface PdfJsGlyph {
  unicode: string;
  width: number;
  isSpace?: boolean;
  vmetric?: number[] | null;
}

interface FontState {
  index: number;
  matrix: readonly number[];
  vertical: boolean;
  type3: boolean;
  ascent: number;
  descent: number;
}

interface GState {
  ctm: Matrix;
  font: FontState | null;
  fontSize: number;
  fontDirection: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
  renderMode: number;
  fill: string;
  lineWidth: number;
  clip: Box | null;
  /** Text matrix and position (pdf.js keeps them with the rest of the state). */
  tm: Matrix;
  x: number;
  y: number;
  lineX: number;
  lineY: number;
  /**
   * A `cm` was applied in this state and nothing has been drawn since: when
   * the state is restored, that is where pdf.js dropped an image it was told
   * not to decode (`q w 0 0 h x y cm /Im Do Q`), see `documentOptions`.
   */
  placement: boolean;
}

/** Above this many painted paths on one page, further ones are counted, not kept (maps, charts, vector art). */
export const MAX_RAW_GRAPHICS = 5000;
/** Glyphs smaller than this (points) are not text a reader sees (hidden or degenerate text). */
export const MIN_GLYPH_SIZE = 0.5;
/** An image placement smaller than this on either side (points) is a translation-only `cm`, not an image. */
export const MIN_PLACEMENT_SIDE = 2;

/** The subset of pdf.js's `OPS` table this interpreter reads. */
export type OpsTable = Readonly<Record<string, number>>;

export interface InterpretInput {
  fnArray: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
  /** The page viewport's transform (scale 1): PDF user space → top-left points. */
  viewport: readonly number[];
  width: number;
  height: number;
  /** pdf.js's font object for a loaded font name (`page.commonObjs`), or null. */
  font: (loadedName: string) => PdfJsFontLike | null;
}

export interface Interpreted {
  fonts: RawFont[];
  glyphs: RawGlyphs;
  graphics: RawGraphic[];
  graphicsDropped: number;
}

export function interpret(OPS: OpsTable, input: InterpretInput): Interpreted {
  const run = new Interpreter(OPS, input);
  run.all();
  return run.result();
}

class Interpreter {
  private readonly chars: string[] = [];
  private readonly nums: number[] = [];
  private readonly graphics: RawGraphic[] = [];
  private graphicsDropped = 0;
  private readonly fonts: RawFont[] = [];
  private readonly fontIndex = new Map<string, FontState>();
  private readonly stack: GState[] = [];
  private state: GState;
  private pendingClip = false;
  private spacePending = false;
  private readonly dispatch: Map<number, (args: unknown[]) => void>;

  constructor(
    OPS: OpsTable,
    private readonly input: InterpretInput,
  ) {
    this.state = {
      ctm: [...input.viewport] as Matrix,
      font: null,
      fontSize: 0,
      fontDirection: 1,
      charSpacing: 0,
      wordSpacing: 0,
      hScale: 1,
      leading: 0,
      rise: 0,
      renderMode: 0,
      fill: '#000000',
      lineWidth: 1,
      clip: null,
      tm: [...IDENTITY] as Matrix,
      x: 0,
      y: 0,
      lineX: 0,
      lineY: 0,
      placement: false,
    };
    const d = new Map<number, (args: unknown[]) => void>();
    const on = (name: string, fn: (args: unknown[]) => void): void => {
      const code = OPS[name];
      if (code !== undefined) d.set(code, fn);
    };
    on('save', () => this.save());
    on('restore', () => this.restore());
    on('transform', (a) => this.transform(a as ArrayLike<number>));
    on('paintFormXObjectBegin', (a) => this.formBegin(a));
    on('paintFormXObjectEnd', () => this.restore());
    on('beginText', () => this.beginText());
    on('setFont', (a) => this.setFont(String(a[0]), Number(a[1])));
    on('setCharSpacing', (a) => (this.state.charSpacing = Number(a[0]) || 0));
    on('setWordSpacing', (a) => (this.state.wordSpacing = Number(a[0]) || 0));
    on('setHScale', (a) => (this.state.hScale = (Number(a[0]) || 100) / 100));
    on('setLeading', (a) => (this.state.leading = -(Number(a[0]) || 0)));
    on('setTextRise', (a) => (this.state.rise = Number(a[0]) || 0));
    on('setTextRenderingMode', (a) => (this.state.renderMode = Number(a[0]) || 0));
    on('moveText', (a) => this.moveText(Number(a[0]) || 0, Number(a[1]) || 0));
    on('setLeadingMoveText', (a) => {
      this.state.leading = Number(a[1]) || 0;
      this.moveText(Number(a[0]) || 0, Number(a[1]) || 0);
    });
    on('setTextMatrix', (a) => this.setTextMatrix(a));
    on('nextLine', () => this.moveText(0, this.state.leading));
    on('showText', (a) => this.showText(a[0]));
    on('showSpacedText', (a) => this.showText(a[0]));
    on('nextLineShowText', (a) => {
      this.moveText(0, this.state.leading);
      this.showText(a[0]);
    });
    on('nextLineSetSpacingShowText', (a) => {
      this.state.wordSpacing = Number(a[0]) || 0;
      this.state.charSpacing = Number(a[1]) || 0;
      this.moveText(0, this.state.leading);
      this.showText(a[2]);
    });
    on('setFillRGBColor', (a) => (this.state.fill = typeof a[0] === 'string' ? a[0] : '#000000'));
    on('setFillColorN', () => (this.state.fill = 'pattern'));
    on('setLineWidth', (a) => (this.state.lineWidth = Number(a[0]) || 0));
    on('clip', () => (this.pendingClip = true));
    on('eoClip', () => (this.pendingClip = true));
    on('constructPath', (a) => this.constructPath(OPS, a));
    on('shadingFill', () => this.shading());
    for (const name of [
      'paintImageXObject',
      'paintImageMaskXObject',
      'paintInlineImageXObject',
      'paintSolidColorImageMask',
      'paintImageXObjectRepeat',
      'paintImageMaskXObjectRepeat',
      'paintImageMaskXObjectGroup',
      'paintInlineImageXObjectGroup',
    ]) {
      on(name, () => this.image(transformBox(this.state.ctm, 0, 0, 1, 1)));
    }
    this.dispatch = d;
  }

  all(): void {
    const { fnArray, argsArray } = this.input;
    for (let i = 0; i < fnArray.length; i++) {
      const fn = this.dispatch.get(fnArray[i]!);
      if (fn) fn((argsArray[i] as unknown[] | null) ?? []);
    }
    while (this.stack.length) this.restore();
    this.endPlacement();
  }

  result(): Interpreted {
    return {
      fonts: this.fonts,
      glyphs: { chars: this.chars, data: Float64Array.from(this.nums) },
      graphics: this.graphics,
      graphicsDropped: this.graphicsDropped,
    };
  }

  private save(): void {
    this.stack.push(this.state);
    this.state = { ...this.state, placement: false };
  }

  private restore(): void {
    this.endPlacement();
    const previous = this.stack.pop();
    if (previous) this.state = previous;
  }

  private transform(m: ArrayLike<number>): void {
    if (m.length < 6 || !finite(m)) return;
    this.state.ctm = multiply(this.state.ctm, Array.from(m));
    this.state.placement = true;
  }

  private formBegin(args: unknown[]): void {
    this.drawn();
    this.save();
    const matrix = args[0];
    if (isList(matrix) && matrix.length === 6 && finite(matrix)) this.state.ctm = multiply(this.state.ctm, Array.from(matrix));
    const bbox = args[1];
    if (isList(bbox) && bbox.length === 4 && finite(bbox)) {
      const [x0, y0, x1, y1] = Array.from(bbox);
      this.state.clip = intersect(this.state.clip, transformBox(this.state.ctm, x0!, y0!, x1!, y1!));
    }
  }

  /** Something was painted in this state: a pending `cm` was not an image placement. */
  private drawn(): void {
    this.state.placement = false;
  }

  private endPlacement(): void {
    if (!this.state.placement) return;
    this.state.placement = false;
    const box = transformBox(this.state.ctm, 0, 0, 1, 1);
    if (box.x1 - box.x0 >= MIN_PLACEMENT_SIDE && box.y1 - box.y0 >= MIN_PLACEMENT_SIDE) this.image(box);
  }

  private image(box: Box): void {
    this.drawn();
    const clipped = this.state.clip ? intersect(this.state.clip, box) : box;
    if (clipped) this.addGraphic({ kind: 'image', box: clipped });
  }

  private addGraphic(g: RawGraphic): void {
    if (this.graphics.length >= MAX_RAW_GRAPHICS) {
      this.graphicsDropped++;
      return;
    }
    this.graphics.push(g);
  }

  private beginText(): void {
    const s = this.state;
    s.tm = [...IDENTITY] as Matrix;
    s.x = s.y = s.lineX = s.lineY = 0;
  }

  private setTextMatrix(args: unknown[]): void {
    const m = (isList(args[0]) ? args[0] : args) as ArrayLike<number>;
    if (m.length < 6 || !finite(m)) return;
    const s = this.state;
    s.tm = [m[0]!, m[1]!, m[2]!, m[3]!, m[4]!, m[5]!];
    s.x = s.y = s.lineX = s.lineY = 0;
  }

  private moveText(x: number, y: number): void {
    const s = this.state;
    s.x = s.lineX += x;
    s.y = s.lineY += y;
  }

  private setFont(loadedName: string, size: number): void {
    const s = this.state;
    s.fontDirection = size < 0 ? -1 : 1;
    s.fontSize = Math.abs(size);
    let f = this.fontIndex.get(loadedName);
    if (!f) {
      const obj = this.input.font(loadedName);
      const raw = describeFont(obj, loadedName);
      const fm = obj?.fontMatrix;
      const matrix = isList(fm) && fm.length === 6 && finite(fm) && fm[0] !== 0 ? Array.from(fm) : [0.001, 0, 0, 0.001, 0, 0];
      f = { index: this.fonts.length, matrix, vertical: Boolean(obj?.vertical), type3: Boolean(obj?.isType3Font), ascent: raw.ascent, descent: raw.descent };
      this.fonts.push(raw);
      this.fontIndex.set(loadedName, f);
    }
    s.font = f;
  }

  private showText(arg: unknown): void {
    const s = this.state;
    const font = s.font;
    if (!font || !Array.isArray(arg)) return;
    this.drawn();
    const glyphs = arg as Array<PdfJsGlyph | number>;
    const fontSize = s.fontSize;
    const hScale = s.hScale * s.fontDirection;
    // Glyph widths are in glyph space; the font matrix scales them to text space (1/1000 em for most fonts).
    const widthScale = fontSize * font.matrix[0]!;
    // Type 3 glyph space is the font's own: its em is 1/fontMatrix[3] units, not 1000.
    const emScale = font.type3 ? Math.abs(font.matrix[3]! * 1000) || 1 : 1;
    const m = multiply(s.ctm, s.tm);
    const [a, b, c, d] = m;
    const upX = c * fontSize * emScale;
    const upY = d * fontSize * emScale;
    const size = Math.hypot(upX, upY);
    if (!(size >= MIN_GLYPH_SIZE) || !Number.isFinite(size)) {
      this.advanceOnly(glyphs, widthScale, hScale);
      return;
    }
    // Upright: advancing to the right along x, "up" pointing to smaller y (top-left origin).
    const upright = !font.vertical && a > 0 && Math.abs(b) <= 0.05 * a && upY < 0 && Math.abs(upX) <= 0.05 * -upY;
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
        this.spacePending = true;
      } else if (text !== '') {
        const tx0 = s.x + x * hScale;
        const tx1 = tx0 + advance * hScale;
        this.emit(m, tx0, tx1, ty, size, font, baseFlags, text, upright);
      }
      x += advance + spacing * s.fontDirection;
    }
    s.x += x * hScale;
  }

  private advanceOnly(glyphs: Array<PdfJsGlyph | number>, widthScale: number, hScale: number): void {
    const s = this.state;
    let x = 0;
    for (const g of glyphs) {
      if (typeof g === 'number') x -= (g * s.fontSize) / 1000;
      else if (g && typeof g === 'object') x += g.width * widthScale + ((g.isSpace ? s.wordSpacing : 0) + s.charSpacing) * s.fontDirection;
    }
    s.x += x * hScale;
  }

  private emit(m: Matrix, tx0: number, tx1: number, ty: number, size: number, font: FontState, flags: number, text: string, upright: boolean): void {
    const [a, b, c, d, e, f] = m;
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
      const s = size / (Math.hypot(c, d) || 1);
      const up0 = ty + font.descent * s;
      const up1 = ty + font.ascent * s;
      const box = transformBox(m, tx0, up0, tx1, up1);
      ({ x0, x1, y0, y1 } = box);
      const quarter = (flags & QUARTER_MASK) >> QUARTER_SHIFT;
      base = quarter === 2 ? b * tx0 + d * ty + f : a * tx0 + c * ty + e;
    }
    const { width, height } = this.input;
    if (x1 < 0 || x0 > width || y1 < 0 || y0 > height) return;
    const flagsOut = flags | (this.spacePending ? FLAG_SPACE_BEFORE : 0);
    this.spacePending = false;
    this.chars.push(text);
    this.nums.push(Math.min(x0, x1), Math.max(x0, x1), y0, y1, base, size, font.index, flagsOut);
  }

  private constructPath(OPS: OpsTable, args: unknown[]): void {
    const op = Number(args[0]);
    const minMax = args[2] as ArrayLike<number> | null | undefined;
    if (!minMax || minMax.length < 4) {
      this.pendingClip = false;
      return;
    }
    const box = transformBox(this.state.ctm, minMax[0]!, minMax[1]!, minMax[2]!, minMax[3]!);
    if (this.pendingClip) {
      this.pendingClip = false;
      this.state.clip = intersect(this.state.clip, box) ?? { x0: 0, y0: 0, x1: 0, y1: 0 };
    }
    if (op === OPS.endPath) return;
    this.drawn();
    const data = isList(args[1]) ? (args[1] as ArrayLike<unknown>)[0] : null;
    const shape = pathShape(data as ArrayLike<number> | null);
    const fills = op === OPS.fill || op === OPS.eoFill || op === OPS.fillStroke || op === OPS.eoFillStroke || op === OPS.closeFillStroke || op === OPS.closeEOFillStroke || op === OPS.rawFillPath;
    const strokes = op === OPS.stroke || op === OPS.closeStroke || op === OPS.fillStroke || op === OPS.eoFillStroke || op === OPS.closeFillStroke || op === OPS.closeEOFillStroke;
    const [a, b, c, d] = this.state.ctm;
    const scale = Math.sqrt(Math.abs(a * d - b * c));
    if (fills) {
      const clipped = this.state.clip ? intersect(this.state.clip, box) : box;
      if (clipped) this.addGraphic({ kind: 'fill', box: clipped, fill: this.state.fill, shape });
    } else if (strokes) {
      const lw = Math.max(this.state.lineWidth * scale, 0.1);
      const grown = { x0: box.x0 - lw / 2, y0: box.y0 - lw / 2, x1: box.x1 + lw / 2, y1: box.y1 + lw / 2 };
      const clipped = this.state.clip ? intersect(this.state.clip, grown) : grown;
      if (clipped) this.addGraphic({ kind: 'stroke', box: clipped, lineWidth: lw, shape });
    }
  }

  private shading(): void {
    this.drawn();
    if (this.state.clip) this.addGraphic({ kind: 'shading', box: this.state.clip });
  }
}

/** Quarter turns (clockwise, y down) of a text direction, and whether it is off by more than 10°. */
export function orientationFlags(dx: number, dy: number): number {
  const angle = (Math.atan2(dy, dx) * 180) / Math.PI;
  const quarter = ((Math.round(angle / 90) % 4) + 4) % 4;
  const off = Math.abs(angle - Math.round(angle / 90) * 90);
  return (quarter << QUARTER_SHIFT) | (off > 10 ? FLAG_SKEWED : 0);
}

/** White space only (a space glyph that is not flagged as one: NBSP, ideographic space…). */
function isBlank(text: string): boolean {
  if (text.length === 1) {
    const c = text.charCodeAt(0);
    return c <= 0x20 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x202f || c === 0x205f;
  }
  return text.length > 0 && /^\s+$/u.test(text);
}

/** Arrays and typed arrays (pdf.js passes matrices and paths as Float32Array). */
function isList(v: unknown): v is ArrayLike<number> {
  return Array.isArray(v) || ArrayBuffer.isView(v);
}

function finite(v: ArrayLike<number>): boolean {
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
