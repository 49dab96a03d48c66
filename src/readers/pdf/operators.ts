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
import type { RawFont, RawGraphic, RawGlyphs } from './protocol.js';
import { describeFont, type PdfJsFontLike } from './fonts.js';
import { IDENTITY, finite, intersect, isList, multiply, pathShape, transformBox, type Matrix } from './geometry.js';
import { GlyphSink, showGlyphs, type FontState, type PdfJsGlyph, type TextState } from './text-show.js';

export { intersect, multiply, pathShape, transformBox, type Matrix } from './geometry.js';
export { MIN_GLYPH_SIZE } from './text-show.js';

interface GState extends TextState {
  leading: number;
  fill: string;
  lineWidth: number;
  clip: Box | null;
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
  private readonly sink: GlyphSink;
  private readonly graphics: RawGraphic[] = [];
  private graphicsDropped = 0;
  private readonly fonts: RawFont[] = [];
  private readonly fontIndex = new Map<string, FontState>();
  private readonly stack: GState[] = [];
  private state: GState;
  private pendingClip = false;
  private readonly dispatch: Map<number, (args: unknown[]) => void>;

  constructor(
    OPS: OpsTable,
    private readonly input: InterpretInput,
  ) {
    this.sink = new GlyphSink(input.width, input.height);
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
      glyphs: this.sink.glyphs(),
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
    if (!this.state.font || !Array.isArray(arg)) return;
    this.drawn();
    showGlyphs(this.state, arg as Array<PdfJsGlyph | number>, this.sink);
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

