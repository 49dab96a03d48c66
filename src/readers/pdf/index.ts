/**
 * PDF reader: a born-digital PDF → the page model, every page with its
 * words, lines and blocks (boxes, fonts), graphics (photos, rules, frames),
 * furniture, and blocks in reading order. pdf.js (pdfjs-dist, Apache-2.0)
 * parses the file in a worker thread (./host.ts, ./worker.ts); the layout
 * analysis runs here (./layout/). Loaded only when a PDF is given:
 * `import('galley-news/pdf')` or the reader dispatch's dynamic import.
 *
 * Bad files: a user password → GalleyError `unsupported`; not a PDF, or
 * damaged beyond opening → `malformed`; a page that fails or takes longer
 * than the time limit → a warning and an empty page, the rest is read (no
 * page at all, or none readable → `malformed`); a page
 * without text → a `pdf/no-text-layer` warning with the OCR hint, and when
 * no page has text (a scan, blank or lost pages) → `empty`, with that hint.
 */
import type { GalleyDocument, Page } from '../../model/types.js';
import type { Message } from '../../model/messages.js';
import { GalleyError } from '../../errors.js';
import { OpenError, PAGE_TIME_LIMIT_MS, PdfHost, type PageOutcome } from './host.js';
import { markRepeatedFurniture } from './furniture-repeat.js';
import { layoutPage } from './layout/page.js';
import { isOcrLayer, ocrLayerPage } from './ocr-layer.js';
import { layoutRepairs, toModelPage } from './model.js';
import { appendTrailer } from './repair.js';
import type { RawPage } from './protocol.js';

export { PAGE_TIME_LIMIT_MS, OPEN_TIME_LIMIT_MS, REQUEST_MEMORY_LIMIT_MB } from './host.js';

/**
 * Pages of one PDF that may go over the time or memory limit (PAGE_TIME_LIMIT_MS,
 * REQUEST_MEMORY_LIMIT_MB) before the rest of the document is left unread. Each costs up to 20 s,
 * and pages may share one hostile content stream: a 560 KB file of four pages drawing the same
 * stream (230 MB of text operators once inflated) took 85 s, one of a hundred would take half an
 * hour. A real page needs under 0.1 s (the dev PDFs), so a document with three pages over the limits
 * is hostile or broken beyond use; its pages read before are kept.
 */
export const MAX_PAGES_OVER_LIMIT = 3;

export interface PdfReaderOptions {
  /** Password of an encrypted PDF (only needed when a user password is set). */
  password?: string;
  /** Time one page may take before it is skipped (ms); default PAGE_TIME_LIMIT_MS. */
  pageTimeLimitMs?: number;
  /** Time opening the document may take (ms); default OPEN_TIME_LIMIT_MS. */
  openTimeLimitMs?: number;
  /** Memory (MB) reading one page may add to the process before the page is stopped; default REQUEST_MEMORY_LIMIT_MB. */
  memoryLimitMb?: number;
  /** Record each character normalisation as an info message (default true). */
  recordCharacters?: boolean;
  /** Called after each page, e.g. for a progress bar. */
  onPage?: (done: number, total: number) => void;
}

export async function readPdf(bytes: Uint8Array, name: string, options: PdfReaderOptions = {}): Promise<GalleyDocument> {
  if (bytes.length === 0) throw new GalleyError('empty', name, 'the file is empty');
  const messages: Message[] = [];
  const { host, info, repaired } = await openHost(bytes, name, options);
  const pages: Page[] = [];
  try {
    if (repaired) {
      messages.push({ rule: 'pdf/repaired', severity: 'warning', text: 'the end of the file (cross-reference table and trailer) is missing or damaged: objects were found by scanning the file; pages whose objects are lost cannot be read' });
    }
    if (info.encrypted) {
      messages.push({ rule: 'pdf/encrypted', severity: 'info', text: 'the PDF is encrypted with an owner password only (permissions); read without a password' });
    }
    if (info.pages < 1) throw new GalleyError('malformed', name, 'the PDF has no pages');
    // The worker parses page n + 1 while this thread lays out page n (one page in flight at most).
    let next = info.pages >= 1 ? host.page(1) : null;
    let firstFailure: string | null = null;
    let failures = 0;
    const textless: Textless = { scanned: 0, blank: 0, first: null };
    let overLimit = 0;
    let abandoned: string | null = null;
    for (let n = 1; n <= info.pages && next; n++) {
      const outcome = await next;
      if (!outcome.ok && outcome.reason !== 'failed') overLimit++;
      const abandon = overLimit >= MAX_PAGES_OVER_LIMIT && n < info.pages;
      next = n < info.pages && !abandon ? host.page(n + 1) : null;
      const read = readPage(n, outcome, messages, options);
      pages.push(read.page);
      if (!outcome.ok) {
        failures++;
        // the warning readPage just recorded
        firstFailure ??= messages[messages.length - 1]!.text;
      }
      if (abandon) {
        const rest = info.pages - n;
        abandoned = `${rest === 1 ? `page ${n + 1} was` : `pages ${n + 1}–${info.pages} were`} not read: ${MAX_PAGES_OVER_LIMIT} pages went over the time or memory limit (a hostile or badly damaged file; each such page costs up to ${(options.pageTimeLimitMs ?? PAGE_TIME_LIMIT_MS) / 1000} s)`;
        messages.push({ rule: 'pdf/pages-abandoned', severity: 'warning', text: abandoned, source: { page: n + 1 } });
        for (let k = n + 1; k <= info.pages; k++) pages.push({ number: k, blocks: [], graphics: [] });
        failures += rest;
        options.onPage?.(info.pages, info.pages);
        break;
      }
      if (outcome.ok && read.textless) {
        textless[read.textless]++;
        const rule = TEXTLESS_RULE[read.textless];
        textless.first ??= [...messages].reverse().find((m) => m.rule === rule)!.text;
      }
      options.onPage?.(n, info.pages);
    }
    // One bad page is a warning and the others are read; when none could be read the output would be empty: an error.
    if (failures === info.pages) {
      throw new GalleyError(
        'malformed',
        name,
        info.pages === 1 ? firstFailure!.replace(/^page 1 /, 'its only page ') : `none of its ${info.pages} pages could be read (${firstFailure}${abandoned ? `; ${abandoned}` : ''})`,
      );
    }
    // Likewise when no page has text (scans, blank or lost pages): the output would be empty, as for a text file of white space.
    if (failures + textless.scanned + textless.blank === info.pages) throw noTextError(name, info.pages, failures, textless, repaired);
  } finally {
    await host.close();
  }
  markRepeatedFurniture(pages, messages);
  return { name, format: 'pdf', pages, articles: [], furniture: [], messages };
}

type Opened = Awaited<ReturnType<typeof PdfHost.open>> & { repaired: boolean };

/** Open the document; a file pdf.js finds no structure in is tried once more with a trailer appended (./repair.ts). */
async function openHost(bytes: Uint8Array, name: string, options: PdfReaderOptions): Promise<Opened> {
  const hostOptions = {
    ...(options.password !== undefined ? { password: options.password } : {}),
    ...(options.pageTimeLimitMs !== undefined ? { pageTimeLimitMs: options.pageTimeLimitMs } : {}),
    ...(options.openTimeLimitMs !== undefined ? { openTimeLimitMs: options.openTimeLimitMs } : {}),
    ...(options.memoryLimitMb !== undefined ? { memoryLimitMb: options.memoryLimitMb } : {}),
  };
  try {
    return { ...(await PdfHost.open(bytes, hostOptions)), repaired: false };
  } catch (e) {
    const fixed = e instanceof OpenError && e.failure === 'invalid' ? appendTrailer(bytes) : null;
    if (!fixed) throw openError(e, name);
    try {
      return { ...(await PdfHost.open(fixed, hostOptions)), repaired: true };
    } catch {
      throw openError(e, name);
    }
  }
}

/** The user-facing error for a document that could not be opened. */
export function openError(e: unknown, name: string): GalleyError {
  if (!(e instanceof OpenError)) return new GalleyError('malformed', name, `the PDF could not be read (${(e as Error)?.message ?? String(e)})`);
  switch (e.failure) {
    case 'password':
      return new GalleyError('unsupported', name, 'the PDF is encrypted with a user password; Galley needs that password to read it');
    case 'incorrect-password':
      return new GalleyError('unsupported', name, 'the password given for this encrypted PDF is not correct');
    case 'invalid':
      return new GalleyError('malformed', name, `not a readable PDF (${e.message})`);
    case 'timeout':
      return new GalleyError('malformed', name, `opening the PDF took too long (${e.message}); the file is damaged or too complex`);
    case 'crashed':
    case 'other':
      return new GalleyError('malformed', name, `the PDF could not be read (${e.message})`);
  }
}

/** Pages read without a single glyph: with graphics (a scan, text drawn as outlines) or with nothing; `first` is the first one's warning. */
interface Textless {
  scanned: number;
  blank: number;
  first: string | null;
}

/** The warning each kind of page without text gets. */
const TEXTLESS_RULE = { scanned: 'pdf/no-text-layer', blank: 'pdf/empty-page' } as const;

/** What a page read gave: the page, and whether it has no text (and why). */
interface ReadPage {
  page: Page;
  textless?: keyof typeof TEXTLESS_RULE;
}

/** A PDF none of whose pages has text: said as its pages' warnings say it, with the OCR hint for scans. */
function noTextError(name: string, total: number, failures: number, textless: Textless, repaired: boolean): GalleyError {
  const damaged = repaired ? ' (the end of the file is missing or damaged: its text may have been lost with it)' : '';
  if (total === 1) return new GalleyError('empty', name, `${textless.first!.replace(/^page 1 /, 'its only page ')}${damaged}`);
  const parts = [
    ...(textless.scanned ? [`${textless.scanned} without a text layer`] : []),
    ...(textless.blank ? [`${textless.blank} blank`] : []),
    ...(failures ? [`${failures} could not be read`] : []),
  ];
  const hint = textless.scanned ? ': it looks scanned; run OCR on it (e.g. tesseract with hOCR or ALTO output) and give Galley the OCR file' : '';
  return new GalleyError('empty', name, `none of its ${total} pages has text (${parts.join(', ')})${hint}${damaged}`);
}

/**
 * V8's message when pdf.js recurses past the stack, as it does on arrays or dictionaries nested
 * tens of thousands deep (`[[[[…`): said as what it means about the file.
 */
const STACK_OVERFLOW = 'Maximum call stack size exceeded';

function pageProblem(message: string): string {
  return message === STACK_OVERFLOW ? `its objects are nested too deeply to read (${message})` : message;
}

function readPage(n: number, outcome: PageOutcome, messages: Message[], options: PdfReaderOptions): ReadPage {
  if (!outcome.ok) {
    const what = outcome.reason === 'timeout' ? 'took longer than the time limit and was skipped' : outcome.reason === 'crashed' ? 'stopped the PDF reader and was skipped' : 'could not be read';
    messages.push({ rule: outcome.reason === 'timeout' ? 'pdf/page-timeout' : 'pdf/page-failed', severity: 'warning', text: `page ${n} ${what}: ${pageProblem(outcome.message)}`, source: { page: n } });
    return { page: { number: n, blocks: [], graphics: [] } };
  }
  return pageFrom(outcome.page, messages, options);
}

function pageFrom(raw: RawPage, messages: Message[], options: PdfReaderOptions): ReadPage {
  const n = raw.number;
  if (isOcrLayer(raw)) {
    // A scan with an invisible OCR layer: read as OCR output, the engine's lines and blocks in its order (./ocr-layer.ts).
    messages.push({ rule: 'pdf/ocr-layer', severity: 'info', text: `page ${n}: all text is invisible (an OCR layer over a scan); read as OCR output: the engine's lines and blocks, in its order`, source: { page: n } });
    return { page: ocrLayerPage(raw, messages, options.recordCharacters !== false) };
  }
  const layout = layoutPage(raw);
  const page = toModelPage(n, raw, layout, raw.fonts, messages, { recordCharacters: options.recordCharacters !== false });
  const textless = layout.glyphCount > 0 ? undefined : layout.graphics.length === 0 ? 'blank' : 'scanned';
  if (textless === 'blank') {
    messages.push({ rule: 'pdf/empty-page', severity: 'warning', text: `page ${n} has no text and no graphics: a blank page, or its content is lost`, source: { page: n } });
  } else if (textless === 'scanned') {
    const images = layout.graphics.filter((g) => g.kind === 'image').length;
    messages.push({
      rule: 'pdf/no-text-layer',
      severity: 'warning',
      text: `page ${n} has no text layer${images ? ` (${images === 1 ? 'one image' : `${images} images`})` : ''}: it looks scanned; run OCR on it (e.g. tesseract with hOCR or ALTO output) and give Galley the OCR file`,
      source: { page: n },
    });
  } else if (layout.invisibleGlyphs === layout.glyphCount) {
    messages.push({ rule: 'pdf/ocr-layer', severity: 'info', text: `page ${n}: all text is invisible (an OCR layer over a scan); read as it is`, source: { page: n } });
  }
  if (layout.overprints) {
    messages.push({ rule: 'pdf/overprint', severity: 'info', text: `page ${n}: ${layout.overprints} glyph(s) drawn twice at the same place (fake bold or shadow) were read once`, source: { page: n } });
  }
  if (raw.graphicsDropped) {
    messages.push({ rule: 'pdf/graphics-limit', severity: 'info', text: `page ${n}: ${raw.graphicsDropped} further painted paths were not kept (vector art)`, source: { page: n } });
  }
  messages.push(...layoutRepairs(n, layout));
  return textless ? { page, textless } : { page };
}
