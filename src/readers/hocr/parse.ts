/**
 * hOCR (HTML with OCR classes) → Galley pages, in one streaming pass:
 * - `ocr_page` → Page (bbox gives width/height, `scan_res` the resolution);
 * - `ocr_par` → a `text` block; lines directly in an `ocr_carea` (or any other
 *   container, or the page) form one block per run, ended by the container;
 * - `ocr_line`, `ocrx_line` and Tesseract's line-level `ocr_header`,
 *   `ocr_caption`, `ocr_textfloat` → Line (the last three with a `hint`); the
 *   same classes on a `div`/`p` are containers whose lines carry the hint;
 * - `ocrx_word` → Word (bbox, `x_wconf`/100, `x_font`/`x_fsize`, and
 *   `<strong>`/`<b>`, `<em>`/`<i>` inside it as bold/italic); text in a line but
 *   outside any word (engines that write no words) is split into words without boxes;
 * - `ocr_photo`, `ocr_image`, `ocr_linedrawing` → image graphics, `ocr_separator` → rule.
 * Pages keep the file's order; a page's lines and blocks are built once the
 * whole page is read (a line is cut at a gap only where the page's other lines
 * show columns, ../xml/split.ts); a running head/foot row is found from the page
 * geometry (../xml/running-heads.ts); see docs/readers-ocr.md.
 */
import type { Block, OcrHint, Page } from '../../model/types.js';
import type { Message } from '../../model/messages.js';
import { GalleyError } from '../../errors.js';
import { parseXml, type XmlElement } from '../xml/parse.js';
import { pageCounter, wordCounter } from '../xml/limits.js';
import type { RawLine, RawWord } from '../xml/ocr-model.js';
import { buildBlocks, buildLines, lazyMeasures, type RawRows } from '../xml/split.js';
import { bboxProp, boxAndId, fontOf, numberProp, parseTitle, type TitleProps } from './title.js';
import { checkPageOrder } from './page-order.js';
import { pushAll } from '../xml/geometry.js';
import { finishOcrPage } from '../xml/page-steps.js';

/** hOCR classes that are a line, and the hint the OCR engine meant by them. */
const LINE_CLASSES: Readonly<Record<string, OcrHint | null>> = {
  ocr_line: null,
  ocrx_line: null,
  ocr_header: 'heading',
  ocr_caption: 'caption',
  ocr_textfloat: 'float',
};

/** hOCR classes for non-text regions. */
const GRAPHIC_CLASSES: Readonly<Record<string, 'image' | 'rule'>> = {
  ocr_photo: 'image',
  ocr_image: 'image',
  ocr_linedrawing: 'image',
  ocr_separator: 'rule',
};

/** Elements that are blocks in HTML: a hint class on one of these is a container of lines, not a line. */
const BLOCK_TAGS = new Set(['div', 'p', 'section', 'article', 'aside', 'blockquote', 'figure', 'figcaption', 'table', 'td', 'body']);

export interface HocrOptions {
  /** Scan resolution in dpi when the file has no `scan_res` on its pages. */
  dpi?: number;
}

/** A block as read, its lines not yet built: they are built once the page is read (`flushPage`). */
interface PendingBlock extends Omit<RawRows, 'rows'> {
  lines: RawLine[];
}

interface LineState {
  raw: Omit<RawLine, 'words'>;
  items: Array<RawWord | string>;
  owner: number;
}

export function parseHocr(text: string, file: string, messages: Message[], options: HocrOptions = {}): Page[] {
  const pages: Page[] = [];
  // Blocks of a cut line's later columns (split.ts), to be put back into their columns' reading order.
  const pieces = new Set<Block>();
  const ppagenos: Array<number | undefined> = [];
  let page: Page | undefined;
  let pageOwner = -1;
  let block: (PendingBlock & { owner: number }) | undefined;
  // The blocks of the page being read: a line is cut at a narrow gap only where the page's other lines show columns (split.ts).
  let pending: PendingBlock[] = [];
  let line: LineState | undefined;
  // chars/bold/italic count the word's non-space characters, and those inside <strong>/<b> and <em>/<i>.
  let word: { raw: RawWord; text: string; owner: number; chars: number; bold: number; italic: number } | undefined;
  let bold = 0;
  let italic = 0;
  const hints: OcrHint[] = [];
  // Ids of the open containers (ocr_carea...), innermost last: an implicit block takes the innermost.
  const containers: string[] = [];
  const implicitBlock = (owner: number): PendingBlock & { owner: number } => {
    const id = containers[containers.length - 1];
    return { lines: [], owner, ...(id ? { id } : {}) };
  };
  let sawOcr = false;
  // Per open element: what to undo when it closes.
  const onClose: Array<Array<() => void>> = [];

  const countPage = pageCounter(file);
  const startPage = (props: TitleProps, owner: number): Page => {
    countPage();
    const p: Page = { number: pages.length + 1, blocks: [], graphics: [], unit: 'pixel' };
    const bbox = bboxProp(props);
    if (bbox) {
      p.width = bbox.x1 - bbox.x0;
      p.height = bbox.y1 - bbox.y0;
    }
    const res = numberProp(props, 'scan_res') ?? options.dpi;
    if (res !== undefined && res > 0) p.pointsPerUnit = 72 / res;
    pages.push(p);
    ppagenos.push(numberProp(props, 'ppageno'));
    pageOwner = owner;
    return p;
  };
  const currentPage = (): Page => page ?? (page = startPage(new Map(), 0));

  const countWord = wordCounter(file);
  const finishWord = (): void => {
    if (!word || !line) return;
    const t = word.text.replace(/\s+/g, ' ').trim();
    if (t !== '') {
      countWord();
      line.items.push({ ...word.raw, text: t });
    }
    word = undefined;
  };
  const finishLine = (): void => {
    finishWord();
    if (!line) return;
    const words: RawWord[] = [];
    for (const item of line.items) {
      if (typeof item !== 'string') words.push(item);
      else for (const t of item.split(/\s+/)) if (t !== '') words.push({ text: t });
    }
    const raw = line.raw;
    line = undefined;
    if (!words.some((w) => w.text.trim() !== '')) return;
    currentPage();
    block ??= implicitBlock(pageOwner);
    block.lines.push({ ...raw, words });
  };
  const finishBlock = (): void => {
    finishLine();
    if (!block) return;
    currentPage();
    const { owner: _owner, ...raw } = block;
    pending.push(raw);
    block = undefined;
  };
  /** Build the lines and blocks of the page read so far, with its measures at hand. */
  const flushPage = (): void => {
    const p = page;
    const blocks = pending;
    pending = [];
    if (!p) return;
    const measures = lazyMeasures(() => blocks.flatMap((b) => b.lines));
    for (const { lines, ...raw } of blocks) {
      const rows = lines.map((l) => buildLines(l, p.number, messages, measures)).filter((r) => r.length > 0);
      pushAll(p.blocks, buildBlocks({ ...raw, rows }, p.number, messages, pieces));
    }
  };
  const finishPage = (): void => {
    finishBlock();
    flushPage();
    page = undefined;
    pageOwner = -1;
  };

  const open = (el: XmlElement): void => {
    const depth = onClose.length + 1;
    const undo: Array<() => void> = [];
    onClose.push(undo);
    const tag = el.name.toLowerCase();
    const classes = (el.attrs.class ?? '').split(/\s+/).filter((c) => c !== '');
    if (word) {
      // Markup inside a word: Tesseract (hocr_font_info) and others mark bold and italic this way.
      if (tag === 'strong' || tag === 'b') {
        bold++;
        undo.push(() => bold--);
      } else if (tag === 'em' || tag === 'i') {
        italic++;
        undo.push(() => italic--);
      }
      return;
    }
    if (classes.length === 0) return;
    const props = parseTitle(el.attrs.title);
    const id = el.attrs.id;
    if (classes.includes('ocr_page')) {
      sawOcr = true;
      finishPage();
      page = startPage(props, depth);
      return;
    }
    const graphicClass = classes.find((c) => c in GRAPHIC_CLASSES);
    if (graphicClass) {
      sawOcr = true;
      const box = bboxProp(props);
      const p = currentPage();
      if (box) p.graphics.push({ kind: GRAPHIC_CLASSES[graphicClass]!, box, source: { page: p.number, box, ...(id ? { id } : {}) } });
      return;
    }
    if (classes.includes('ocr_par')) {
      sawOcr = true;
      finishBlock();
      block = { lines: [], owner: depth, ...boxAndId(props, id) };
      return;
    }
    const lineClass = classes.find((c) => c in LINE_CLASSES);
    if (lineClass && !line) {
      sawOcr = true;
      const hint = LINE_CLASSES[lineClass];
      if (hint && BLOCK_TAGS.has(tag) && lineClass !== 'ocr_line' && lineClass !== 'ocrx_line') {
        finishBlock();
        hints.push(hint);
        undo.push(() => hints.pop());
        if (id) {
          containers.push(id);
          undo.push(() => containers.pop());
        }
        return;
      }
      block ??= implicitBlock(depth - 1);
      const raw: LineState['raw'] = { ...boxAndId(props, id) };
      const font = fontOf(props);
      if (font) raw.font = font;
      const h = hint ?? hints[hints.length - 1];
      if (h) raw.hint = h;
      line = { raw, items: [], owner: depth };
      return;
    }
    if (classes.includes('ocrx_word')) {
      sawOcr = true;
      if (!line) {
        block ??= implicitBlock(depth - 1);
        const raw: LineState['raw'] = {};
        const h = hints[hints.length - 1];
        if (h) raw.hint = h;
        line = { raw, items: [], owner: depth - 1 };
      }
      const raw: RawWord = { text: '', ...boxAndId(props, id) };
      const conf = numberProp(props, 'x_wconf');
      if (conf !== undefined && conf >= 0 && conf <= 100) raw.confidence = conf / 100;
      const font = fontOf(props);
      if (font) raw.font = font;
      word = { raw, text: '', owner: depth, chars: 0, bold: 0, italic: 0 };
      bold = 0;
      italic = 0;
      return;
    }
    if (!line && classes.some((c) => c.startsWith('ocr_'))) {
      // A container (ocr_carea, ocr_column, ocr_chapter...): lines loose in it form their own block, named after it.
      finishBlock();
      if (id) {
        containers.push(id);
        undo.push(() => containers.pop());
      }
    }
  };

  const close = (): void => {
    const depth = onClose.length;
    for (const f of onClose.pop() ?? []) f();
    if (word && word.owner === depth) {
      // Bold/italic when all of the word is inside the markup (Tesseract wraps whole words).
      const w = word;
      const isBold = w.chars > 0 && w.bold === w.chars;
      const isItalic = w.chars > 0 && w.italic === w.chars;
      if (isBold || isItalic) w.raw.font = { ...w.raw.font, ...(isBold ? { bold: true } : {}), ...(isItalic ? { italic: true } : {}) };
      finishWord();
    }
    if (line && line.owner === depth) finishLine();
    if (block && block.owner === depth) finishBlock();
    if (page && pageOwner === depth) finishPage();
  };

  parseXml(
    text,
    file,
    {
      open,
      close,
      text(t) {
        if (word) {
          word.text += t;
          const n = t.replace(/\s+/g, '').length;
          word.chars += n;
          if (bold > 0) word.bold += n;
          if (italic > 0) word.italic += n;
        }
        else if (t.trim() === '') return;
        else if (line) {
          countWord(); // a run of text outside any word: counted once (it is split into words later)
          line.items.push(t);
        }
        else if (page) {
          // Text on a page but in no line (an engine that writes text straight into ocr_par): it becomes a line of its own element.
          const depth = onClose.length;
          block ??= implicitBlock(depth);
          const raw: LineState['raw'] = {};
          const h = hints[hints.length - 1];
          if (h) raw.hint = h;
          countWord();
          line = { raw, items: [t], owner: depth };
        }
      },
    },
    { html: true },
  );
  finishPage();
  if (!sawOcr) throw new GalleyError('malformed', file, 'not an hOCR file: no element with class ocr_page, ocr_line or ocrx_word');
  checkPageOrder(ppagenos, messages);
  for (const p of pages) {
    finishOcrPage(p, messages, pieces);
    if (p.blocks.length === 0) messages.push({ rule: 'reader/no-text', severity: 'warning', text: `page ${p.number} has no text`, source: { page: p.number } });
  }
  return pages;
}
