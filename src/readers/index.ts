/**
 * Reader dispatch: bytes → page model, by format. Text is always loaded; the
 * PDF, OCR and image readers are loaded only when such input is given.
 */
import type { GalleyDocument, InputFormat } from '../model/types.js';
import { GalleyError } from '../errors.js';
import { readText } from './text/index.js';
import { readAlto } from './alto/index.js';
import { readHocr } from './hocr/index.js';

export interface ReaderInput {
  /** File name as the user gave it (used in messages and errors), `-` for stdin. */
  name: string;
  bytes: Uint8Array;
}

/** Read one input in the given format (synchronous formats only). */
export function read(format: InputFormat, input: ReaderInput): GalleyDocument {
  switch (format) {
    case 'text':
      return readText(input.bytes, input.name);
    case 'alto':
      return readAlto(input.bytes, input.name);
    case 'hocr':
      return readHocr(input.bytes, input.name);
    default:
      throw new GalleyError('unsupported', input.name, `${format} input is not supported yet`);
  }
}

/** Formats whose readers are asynchronous and loaded on demand. */
export const ASYNC_FORMATS: ReadonlySet<InputFormat> = new Set(['pdf', 'image']);

/** Read one input in any format; the PDF and image readers are imported only when needed. */
export async function readAsync(format: InputFormat, input: ReaderInput): Promise<GalleyDocument> {
  switch (format) {
    case 'pdf': {
      const { readPdf } = await import('./pdf/index.js');
      return readPdf(input.bytes, input.name);
    }
    case 'image': {
      const { readImage } = await import('./image/index.js');
      return readImage(input.bytes, input.name);
    }
    default:
      return read(format, input);
  }
}

/**
 * How much of the head of a file format sniffing looks at. A PDF header may sit
 * anywhere in the first 1,024 bytes (PDF 1.7 §7.5.2, Implementation note); XML
 * files can open with long comments, DOCTYPEs and <head> sections (hOCR), so
 * markup is looked for in the first 64 KiB.
 */
export const PDF_HEADER_WINDOW = 1024;
export const MARKUP_SNIFF_WINDOW = 64 * 1024;

/** The root element of an ALTO file, after an optional XML declaration, comments, PIs and DOCTYPE. */
const ALTO_ROOT = /^\uFEFF?\s*(<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<([\w.-]+:)?alto[\s>]/i;
/** hOCR marks its pages with the class `ocr_page` (hOCR 1.2 spec). */
const HOCR_PAGE = /class\s*=\s*['"][^'"]*\bocr_page\b/;

/** Guess the format from the content first (magic bytes, root element), then the file name. */
export function detectFormat(name: string, bytes: Uint8Array): InputFormat {
  const head = Buffer.from(bytes.subarray(0, MARKUP_SNIFF_WINDOW)).toString('latin1');
  if (head.slice(0, PDF_HEADER_WINDOW).includes('%PDF-')) return 'pdf';
  if (/^\x89PNG\r\n|^\xFF\xD8\xFF|^II\*\x00|^MM\x00\*/.test(head)) return 'image';
  if (ALTO_ROOT.test(head)) return 'alto';
  if (HOCR_PAGE.test(head)) return 'hocr';
  if (/\.alto\.xml$/i.test(name)) return 'alto';
  if (/\.hocr$/i.test(name)) return 'hocr';
  if (/\.pdf$/i.test(name)) return 'pdf';
  if (/\.(png|jpe?g|tiff?)$/i.test(name)) return 'image';
  const root = markupRoot(head, /\.(xml|x?html?)$/i.test(name));
  if (root !== undefined) {
    throw new GalleyError(
      'unsupported',
      name,
      `XML or HTML, but neither ALTO (root element <alto>) nor hOCR (no element of class ocr_page); its root element is <${root}>`,
    );
  }
  return 'text';
}

/**
 * Markup that is neither ALTO nor hOCR (a METS file, a web page, some other
 * XML): read as text it would fill the articles with tags, so it is refused.
 * Evidence that a file is markup and not a text layer: it opens with an XML
 * declaration, a DOCTYPE, or an element that carries a namespace or is
 * <html>, or it opens with an element and is named .xml or .html. A text
 * layer that opens with "<" and a word is still text.
 */
const MARKUP_OPENING = /^\uFEFF?\s*(?:<\?xml[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*|<\?[\s\S]*?\?>\s*)*<([\w.-]+:)?([\w.-]+)([^>]*)>/i;

/** The root element's local name when `head` is markup (see MARKUP_OPENING; `markupName`: the file is named .xml/.html), else undefined. */
export function markupRoot(head: string, markupName = false): string | undefined {
  const m = MARKUP_OPENING.exec(head);
  if (!m) return undefined;
  const declared = /^\uFEFF?\s*<(\?xml|!DOCTYPE)/i.test(head);
  const local = m[2]!;
  if (declared || markupName || /\bxmlns\b/.test(m[3] ?? '') || local.toLowerCase() === 'html') return local;
  return undefined;
}
