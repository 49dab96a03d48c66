/**
 * Galley's page model: document → pages → blocks → lines (→ words).
 *
 * Every reader (plain text, PDF, ALTO, hOCR) builds this tree; every transform
 * (restore, classify, segment) changes it; every writer prints it. Geometry
 * and font fields are optional: plain text has none, PDF/OCR readers fill them.
 * See docs/page-model.md for the prose version of this file.
 */

/** A point in the decoded source text. `line` and `column` are 1-based, `offset` 0-based (UTF-16 units). */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** A range in the decoded source text: `end` is exclusive. */
export interface TextSpan {
  start: Point;
  end: Point;
}

/** An axis-aligned box on the page, origin top-left, in the page's own units (PDF points, OCR pixels). */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Where a node came from: the page, and a text span (text input) or a box and element id (PDF/OCR). */
export interface Source {
  /** 1-based page number within the document. */
  page: number;
  span?: TextSpan;
  box?: Box;
  /** Id of the source element (ALTO `ID`, hOCR `id`, PDF object), when there is one. */
  id?: string;
}

export interface Font {
  name?: string;
  /** Size in the page's units (points for PDF). */
  size?: number;
  /**
   * Nominal size in typographic points as the source declares it (ALTO TextStyle
   * FONTSIZE, hOCR x_fsize); `size` is the same in page units when the unit's
   * factor is known (Page.pointsPerUnit).
   */
  points?: number;
  bold?: boolean;
  italic?: boolean;
  smallCaps?: boolean;
}

export interface Word {
  text: string;
  box?: Box;
  font?: Font;
  /** OCR word confidence, 0..1. */
  confidence?: number;
  id?: string;
  /** OCR's own joined form of a hyphenated word (ALTO SUBS_CONTENT). */
  substitution?: string;
}

/**
 * How a line continues into the next line of the same flow. Decided by the
 * restore transforms (dehyphenate), applied by the writers/reflow:
 * - `space`: ordinary word boundary (the default);
 * - `join`: the line ends in a hyphen that was a line-break hyphen: drop it, no space (`docu-`+`mentary`);
 * - `hyphen`: keep the hyphen, no space (`US-`+`led`);
 * - `dash`: the line-end hyphen is a flattened dash: ` — ` (`power-`+`left`).
 */
export const LINE_JOINS = ['space', 'join', 'hyphen', 'dash'] as const;
export type LineJoin = (typeof LINE_JOINS)[number];

export interface Line {
  /** The line's text after normalisation and in-line repairs (dashes, restored compounds). */
  text: string;
  /** The line's text as read (after character decoding only), for audit and "text in = text out". */
  original: string;
  source: Source;
  box?: Box;
  font?: Font;
  words?: Word[];
  /**
   * The line's words packed, as the PDF reader keeps them instead of `words` (a page model of hundreds of
   * pages): six numbers a word, its box's x0, y0, x1, y1, the length of its text in `original` (which
   * joins the words' texts by single spaces) and its font (0: the line's `font`; k: `wordFonts[k - 1]`).
   * Read through src/model/words.ts (`lineWords`, `wordHeights`). A step that changes `original` drops
   * it, as it drops `words`.
   */
  packedWords?: number[];
  /** The fonts of the line's packed words that are not the line's own `font` (a bold run-in head, an italic title). */
  wordFonts?: Font[];
  /** How this line continues into the next line of its flow; absent means `space`. */
  join?: LineJoin;
  /** What the OCR engine said the line is (hOCR ocr_header/ocr_caption/ocr_textfloat): evidence for classify, not a decision. */
  hint?: OcrHint;
}

/**
 * OCR engines' own labels for a line or block (hOCR classes; Tesseract writes
 * them for its PT_HEADING_TEXT, PT_CAPTION_TEXT and PT_PULLOUT_TEXT blocks):
 * - `heading`: `ocr_header`; - `caption`: `ocr_caption`; - `float`: `ocr_textfloat` (text outside the flow).
 * And the OCR readers' own page-geometry labels (src/readers/xml/running-heads.ts):
 * - `running-head` / `running-foot`: a row of small-type lines alone in the top / bottom band of the
 *   page, holding a page number, a date or a web address (paper name, date, section, folio).
 * - `boxed`: a few lines alone in a small box drawn by rules (src/readers/xml/ruled-boxes.ts): an
 *   advertisement, as the PDF reader reads a small frame (`pdf/framed-box`).
 */
export const OCR_HINTS = ['heading', 'caption', 'float', 'running-head', 'running-foot', 'boxed'] as const;
export type OcrHint = (typeof OCR_HINTS)[number];

/**
 * The closed set of block kinds. Story parts first, then what stays outside stories.
 * `text` is an unclassified run of lines as read (before classification).
 */
export const BLOCK_KINDS = [
  'text',
  'headline',
  'deck',
  'byline',
  'dateline',
  'subhead',
  'paragraph',
  'caption',
  'caption-credit',
  'signoff',
  'kicker',
  'pullquote',
  'jump',
  'advert',
  'furniture',
] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

/** Furniture types as in the truth schema. */
export const FURNITURE_TYPES = ['header', 'footer', 'folio', 'section', 'other'] as const;
export type FurnitureType = (typeof FURNITURE_TYPES)[number];

/** Why a block has its kind: the rule that decided, its confidence (0..1) and the evidence, for `--explain`. */
export interface Decision {
  rule: string;
  confidence: number;
  evidence?: string;
}

export interface Block {
  kind: BlockKind;
  lines: Line[];
  source: Source;
  box?: Box;
  font?: Font;
  decision?: Decision;
  /** For `furniture` blocks (and kickers, pull quotes, jumps, adverts reported as furniture). */
  furnitureType?: FurnitureType;
  /**
   * Set by reflow: `true` when the blank line before this block was found to be a
   * column break inside a paragraph, so this block continues the previous one.
   * The PDF reader sets it too, from geometry (`pdf/paragraph-continues`: a
   * column's first line flush left where paragraphs are indented).
   */
  continues?: boolean;
  /** Set by the OCR readers when every line of the block carries the same OCR hint. */
  hint?: OcrHint;
}

/** Photos, rules and frames found on the page (PDF/OCR). */
export interface Graphic {
  kind: 'image' | 'rule' | 'frame';
  box: Box;
  source: Source;
}

/** Units of page geometry: PDF points, or an OCR file's MeasurementUnit (ALTO: pixel, mm10 = 1/10 mm, inch1200 = 1/1200 inch). */
export const PAGE_UNITS = ['pt', 'pixel', 'mm10', 'inch1200'] as const;
export type PageUnit = (typeof PAGE_UNITS)[number];

export interface Page {
  /** 1-based. */
  number: number;
  width?: number;
  height?: number;
  /** Unit of every box and `width`/`height` on this page (absent for plain text). */
  unit?: PageUnit;
  /**
   * Points per page unit: multiply a length in page units by this to get points
   * (1 for PDF, 72/1200 for inch1200, 72/254 for mm10, 72/dpi for pixels when the
   * resolution is known). Absent when unknown (pixels of an unknown resolution).
   */
  pointsPerUnit?: number;
  /** The file this page was read from, when a document is read from several files (a folder of one-page ALTO files). */
  file?: string;
  blocks: Block[];
  graphics: Graphic[];
}

export interface Caption {
  text: string;
  credit: string | null;
  blocks: Block[];
}

export interface ArticleBlock {
  type: 'paragraph' | 'subhead';
  text: string;
  blocks: Block[];
}

export interface Article {
  headline: string | null;
  deck: string | null;
  byline: string | null;
  dateline: string | null;
  /** Agency sign-off (`— AFP`), without the dash. */
  credit: string | null;
  blocks: ArticleBlock[];
  captions: Caption[];
  /** Pages this article has text on. */
  pages: number[];
  decision?: Decision;
}

export interface FurnitureItem {
  type: FurnitureType;
  text: string;
  source: Source;
}

export const INPUT_FORMATS = ['text', 'pdf', 'alto', 'hocr', 'image'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

export interface GalleyDocument {
  /** File name as given (or `-` for stdin). */
  name: string;
  format: InputFormat;
  pages: Page[];
  /** Filled by the segment transform. */
  articles: Article[];
  furniture: FurnitureItem[];
  messages: import('./messages.js').Message[];
}
