/**
 * Reader dispatch: bytes → page model, by format. Text is always loaded; the
 * PDF, OCR and image readers are loaded only when such input is given.
 */
import type { GalleyDocument, InputFormat } from '../model/types.js';
import { GalleyError } from '../errors.js';
import { readText } from './text/index.js';
import { readAlto } from './alto/index.js';
import { readHocr } from './hocr/index.js';
import { MAX_TEXT_BYTES, UTF16_SIZE_FACTOR } from './text/index.js';
import { MAX_XML_BYTES } from './xml/decode.js';
import { utf16Encoding } from './text/decode.js';

export interface ReaderInput {
  /** File name as the user gave it (used in messages and errors), `-` for stdin. */
  name: string;
  bytes: Uint8Array;
}

/**
 * The input's bytes must be a Uint8Array (a Buffer is one). A string, an ArrayBuffer or nothing,
 * easy to pass from JavaScript, failed deep inside with `bytes.subarray is not a function`.
 */
function checkBytes(name: string, bytes: unknown): asserts bytes is Uint8Array {
  if (bytes instanceof Uint8Array) return;
  const what = bytes === null ? 'null' : bytes instanceof ArrayBuffer ? 'an ArrayBuffer' : typeof bytes === 'string' ? 'a string' : typeof bytes;
  throw new TypeError(`${name}: the input's bytes must be a Uint8Array (a Buffer, or new Uint8Array(arrayBuffer)), not ${what}`);
}

/** Read one input in the given format (synchronous formats only). */
export function read(format: InputFormat, input: ReaderInput): GalleyDocument {
  checkBytes(input.name, input.bytes);
  switch (format) {
    case 'text':
      return readText(input.bytes, input.name);
    case 'alto':
      return readAlto(input.bytes, input.name);
    case 'hocr':
      return readHocr(input.bytes, input.name);
    case 'pdf':
    case 'image':
      throw new GalleyError('unsupported', input.name, `${format === 'pdf' ? 'PDF' : 'image'} input is read asynchronously: call restoreAsync (or readAsync), not restore`);
    default:
      throw new GalleyError('unsupported', input.name, `${format} input is not supported yet`);
  }
}

/**
 * The most bytes a reader of `format` accepts: past it the reader refuses the
 * input whatever it holds (text: MAX_TEXT_BYTES, UTF16_SIZE_FACTOR times that
 * for UTF-16; ALTO and hOCR: MAX_XML_BYTES). Undefined where no size limit
 * applies (PDF, images). Whoever reads an input of unknown size (a pipe, a
 * device, standard input) can stop at this size instead of reading to the end.
 */
export function maxInputBytes(format: InputFormat): number | undefined {
  switch (format) {
    case 'text':
      return MAX_TEXT_BYTES * UTF16_SIZE_FACTOR;
    case 'alto':
    case 'hocr':
      return MAX_XML_BYTES;
    default:
      return undefined;
  }
}

/** Formats whose readers are asynchronous and loaded on demand. */
export const ASYNC_FORMATS: ReadonlySet<InputFormat> = new Set(['pdf', 'image']);

/** Read one input in any format; the PDF and image readers are imported only when needed. */
export async function readAsync(format: InputFormat, input: ReaderInput): Promise<GalleyDocument> {
  checkBytes(input.name, input.bytes);
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

/**
 * A PDF: `%PDF-` at the very start, or later in the first PDF_HEADER_WINDOW bytes (junk before the
 * header is accepted by PDF readers: mail gateways and web servers prepend it) when PDF structure
 * follows it in the head (PDF_STRUCTURE), or when nothing but white space follows a header on a
 * line of its own (a file cut off after its header is a broken PDF, not a text page). A text page
 * that mentions the header, in a sentence or on a line of its own ("a header line such as\n
 * %PDF-1.7\nfollowed by…"), is text: it was refused as "not a readable PDF".
 */
function looksPdf(head: string): boolean {
  const at = head.slice(0, PDF_HEADER_WINDOW).indexOf('%PDF-');
  if (at < 0) return false;
  if (at === 0) return true;
  const after = head.slice(at);
  if (PDF_STRUCTURE.test(after)) return true;
  return (head[at - 1] === '\n' || head[at - 1] === '\r') && /^%PDF-\d+\.\d+\s*$/.test(after);
}

/**
 * What follows a PDF's header and no text page has (ISO 32000-1, 7.5): an indirect object
 * (`1 0 obj`), the cross-reference table or trailer keywords at a line start, or the comment line
 * of at least four bytes ≥ 128 that producers write right after the header so that transfer
 * programs treat the file as binary (7.5.2).
 */
const PDF_STRUCTURE = /\b\d+\s+\d+\s+obj\b|^(?:xref|trailer|startxref)\s|^%[\x80-\xff]{4}/m;

/** hOCR marks its pages with the class `ocr_page` (hOCR 1.2 spec). */
const HOCR_PAGE = /class\s*=\s*['"][^'"]*\bocr_page\b/;

/** Guess the format from the content first (magic bytes, root element), then the file name. */
export function detectFormat(name: string, bytes: Uint8Array): InputFormat {
  checkBytes(name, bytes);
  // The head's bytes read in place (Buffer.from of a Uint8Array copies them one by one).
  const sniffed = bytes.subarray(0, MARKUP_SNIFF_WINDOW);
  const raw = Buffer.from(sniffed.buffer, sniffed.byteOffset, sniffed.byteLength).toString('latin1');
  if (looksPdf(raw)) return 'pdf';
  if (/^\x89PNG\r\n|^\xFF\xD8\xFF|^II\*\x00|^MM\x00\*/.test(raw)) return 'image';
  // magic bytes first, byte for byte (a 16-bit TIFF may have NULs at every other byte); then markup, as text
  const head = markupHead(bytes.subarray(0, MARKUP_SNIFF_WINDOW), raw);
  const root = rootElement(head);
  if (root?.local.toLowerCase() === 'alto') return 'alto';
  if (HOCR_PAGE.test(head)) return 'hocr';
  if (/\.alto\.xml$/i.test(name)) return 'alto';
  if (/\.hocr$/i.test(name)) return 'hocr';
  if (/\.pdf$/i.test(name)) return 'pdf';
  if (/\.(png|jpe?g|tiff?)$/i.test(name)) return 'image';
  const markup = markupRoot(head, /\.(xml|x?html?)$/i.test(name), root);
  if (markup !== undefined) {
    throw new GalleyError(
      'unsupported',
      name,
      `XML or HTML, but neither ALTO (root element <alto>) nor hOCR (no element of class ocr_page); its root element is <${markup}>`,
    );
  }
  return 'text';
}

/**
 * The head of a file as a string to sniff: UTF-16 (a byte-order mark, or NUL bytes at every other
 * byte: utf16Encoding) decoded as such, anything else byte for byte (Latin-1). Read byte for byte, a
 * UTF-16 ALTO or hOCR file (`<\0a\0l\0t\0o\0`) had no root element: it was read as a text page and
 * its tags became the articles' text, exit 0.
 */
function markupHead(head: Uint8Array, latin1: string): string {
  const utf16 = utf16Encoding(head);
  return utf16 ? new TextDecoder(utf16).decode(head.subarray(0, head.length & ~1)) : latin1;
}

/**
 * Markup that is neither ALTO nor hOCR (a METS file, a web page, some other
 * XML): read as text it would fill the articles with tags, so it is refused.
 * Evidence that a file is markup and not a text layer: it opens with an XML
 * declaration, a DOCTYPE, or an element that carries a namespace or is
 * <html>, or it opens with an element and is named .xml or .html. A text
 * layer that opens with "<" and a word is still text.
 */
export function markupRoot(head: string, markupName = false, root = rootElement(head)): string | undefined {
  if (!root) return undefined;
  const declared = /^(?:\uFEFF|\u00EF\u00BB\u00BF)?\s*<(?:\?xml|!DOCTYPE)/i.test(head.slice(0, 64));
  if (declared || markupName || /\bxmlns\b/.test(root.attributes) || root.local.toLowerCase() === 'html') return root.local;
  return undefined;
}

export interface RootElement {
  /** Local name (`alto` of `alto:alto`). */
  local: string;
  /** The text between the name and the tag's `>` (or the end of the head). */
  attributes: string;
}

/** An element name (with its prefix): one greedy run, so matching it never backtracks. */
const ELEMENT_NAME = /[\w.:-]+/y;

/**
 * The root element at the head of an XML or HTML file, after a byte-order mark
 * (as UTF-16 or, as sniffing decodes bytes, UTF-8 read as Latin-1), white space,
 * the XML declaration, processing instructions, comments and a DOCTYPE (with an
 * internal subset). Each part of the prolog is skipped with indexOf, so hostile
 * heads (thousands of declarations, unclosed comments) cost linear time.
 * Undefined when the head does not open with an element.
 */
export function rootElement(head: string): RootElement | undefined {
  let i = head.startsWith('\uFEFF') ? 1 : head.startsWith('\u00EF\u00BB\u00BF') ? 3 : 0;
  for (;;) {
    while (i < head.length && /\s/.test(head[i]!)) i++;
    let end = -1;
    if (head.startsWith('<?', i)) end = closeAt(head, '?>', i + 2);
    else if (head.startsWith('<!--', i)) end = closeAt(head, '-->', i + 4);
    else if (head.slice(i, i + 9).toUpperCase() === '<!DOCTYPE') {
      const gt = head.indexOf('>', i);
      const subset = head.indexOf('[', i);
      end = subset >= 0 && (gt < 0 || subset < gt) ? closeAt(head, ']', subset) : gt < 0 ? -1 : gt + 1;
      if (end > 0 && head[end - 1] === ']') end = closeAt(head, '>', end);
    } else break;
    if (end < 0) return undefined;
    i = end;
  }
  if (head[i] !== '<') return undefined;
  ELEMENT_NAME.lastIndex = i + 1;
  const name = ELEMENT_NAME.exec(head)?.[0];
  if (!name) return undefined;
  const after = i + 1 + name.length;
  const gt = head.indexOf('>', after);
  const attributes = head.slice(after, gt < 0 ? head.length : gt);
  if (attributes !== '' && !/^[\s/]/.test(attributes)) return undefined;
  return { local: name.slice(name.lastIndexOf(':') + 1), attributes };
}

/** The index just after the first `close` at or after `from`, or -1. */
function closeAt(head: string, close: string, from: number): number {
  const j = head.indexOf(close, from);
  return j < 0 ? -1 : j + close.length;
}
