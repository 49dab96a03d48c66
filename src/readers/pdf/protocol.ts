/**
 * The messages between the PDF host (main thread, ./host.ts) and the PDF
 * worker (./worker.ts, which runs pdf.js), and the raw page they exchange:
 * glyphs and graphic primitives in page coordinates (points, origin top-left),
 * before any layout analysis. Plain data only: it crosses a thread boundary.
 */
import type { Box } from '../../model/types.js';

/** One font as the PDF names it, with what its name and flags say. */
export interface RawFont {
  /** PostScript name without the subset prefix (`ABCDEF+`). */
  name: string;
  bold: boolean;
  italic: boolean;
  smallCaps: boolean;
  /** Ascent and descent in em (descent negative), as pdf.js reports them, or defaults. */
  ascent: number;
  descent: number;
}

/**
 * Glyphs are packed: the i-th glyph's text (pdf.js's Unicode for it, possibly
 * several characters or empty) is `text.slice(ends[i - 1] ?? 0, ends[i])`
 * (one string and one buffer cross the thread boundary, not a string per
 * glyph), `data[i * GLYPH_STRIDE + k]` its numbers, k being one of the `G_*`
 * offsets.
 */
export const GLYPH_STRIDE = 8;
/** Left and right edge of the glyph's box (advance width, without character spacing). */
export const G_X0 = 0;
export const G_X1 = 1;
/** Top and bottom of the glyph's box (from the font's ascent and descent). */
export const G_Y0 = 2;
export const G_Y1 = 3;
/** Baseline y (upright text); for rotated text see QUARTER_SHIFT. */
export const G_BASE = 4;
/** Font size on the page, in points (text matrix and CTM applied). */
export const G_SIZE = 5;
/** Index into `RawPage.fonts`. */
export const G_FONT = 6;
export const G_FLAGS = 7;

/** The glyph was preceded by a space glyph in the content stream. */
export const FLAG_SPACE_BEFORE = 1;
/** The text is not upright (rotated, vertical or mirrored). */
export const FLAG_ROTATED = 2;
/** Drawn invisibly (text render mode 3: an OCR text layer). */
export const FLAG_INVISIBLE = 4;
/**
 * Bits 3–4: the text's direction in quarter turns clockwise (0 upright, 1
 * reading downwards, 2 upside down, 3 reading upwards); for text that is not
 * upright, `G_BASE` is then the baseline's offset across the text direction,
 * the same for every glyph of a line however it slopes (text-show.ts
 * `baselineOffset`): its x when plumb (1, 3), its y when level (0, 2).
 */
export const QUARTER_SHIFT = 3;
export const QUARTER_MASK = 3 << QUARTER_SHIFT;
/** The direction is more than 10° off a quarter turn (rounded to the nearest). */
export const FLAG_SKEWED = 32;

export interface RawGlyphs {
  text: string;
  ends: Uint32Array;
  data: Float64Array;
}

/** The i-th glyph's text. */
export function glyphText(g: RawGlyphs, i: number): string {
  return g.text.slice(i ? g.ends[i - 1]! : 0, g.ends[i]!);
}

export const RAW_GRAPHIC_KINDS = ['fill', 'stroke', 'image', 'shading'] as const;
export type RawGraphicKind = (typeof RAW_GRAPHIC_KINDS)[number];

/** A painted path, an image placement or a shading, as its box on the page. */
export interface RawGraphic {
  kind: RawGraphicKind;
  box: Box;
  /** Fill colour as `#rrggbb` for filled paths, `pattern` for pattern fills. */
  fill?: string;
  /** Stroke width on the page, for stroked paths. */
  lineWidth?: number;
  /** The path is a single axis-aligned rectangle (`re`) or a single straight line. */
  shape?: 'rect' | 'line' | 'other';
}

export interface RawPage {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  fonts: RawFont[];
  glyphs: RawGlyphs;
  graphics: RawGraphic[];
  /** Count of raw graphics dropped because the page had too many (vector art). */
  graphicsDropped: number;
  /** The glyphs are a text dump's character cells, not a PDF's glyphs (src/readers/text/laid-out.ts). */
  cellGrid?: boolean;
}

export type HostMessage =
  | {
      type: 'open';
      bytes: Uint8Array;
      password?: string;
      /** Fonts the pages may load before pdf.js's document caches are emptied (host.ts MAX_CACHED_FONTS). */
      maxCachedFonts: number;
    }
  | { type: 'page'; number: number }
  | { type: 'close' };

/** Why a document could not be opened. */
export const OPEN_FAILURES = ['password', 'incorrect-password', 'invalid', 'other'] as const;
export type OpenFailure = (typeof OPEN_FAILURES)[number];

export type WorkerMessage =
  | { type: 'opened'; pages: number; encrypted: boolean }
  | { type: 'open-failed'; failure: OpenFailure; message: string }
  | {
      type: 'page';
      page: RawPage;
      /** The worker's JavaScript heap and external (ArrayBuffer) memory after the page (bytes). */
      heapUsed: number;
      /** pdf.js's document caches (parsed fonts…) were emptied after this page (worker.ts emptyCaches). */
      cachesEmptied: boolean;
    }
  | { type: 'page-failed'; number: number; message: string }
  | { type: 'closed' };
