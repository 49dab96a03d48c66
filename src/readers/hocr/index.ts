/**
 * hOCR reader: bytes → Galley document. hOCR as written by Tesseract (XHTML)
 * and other engines (HTML with `<meta>` left open, HTML named entities) is
 * parsed with the safe parser of ../xml/parse.ts. See ./parse.ts for the
 * classes read.
 */
import type { GalleyDocument } from '../../model/types.js';
import type { Message } from '../../model/messages.js';
import { decodeXml } from '../xml/decode.js';
import { parseHocr, type HocrOptions } from './parse.js';
import { checkPageLines, checkTextSize } from '../xml/limits.js';
import { refuseTextless } from '../xml/no-text.js';

export type { HocrOptions } from './parse.js';

export function readHocr(bytes: Uint8Array, name: string, options: HocrOptions = {}): GalleyDocument {
  const messages: Message[] = [];
  const decoded = decodeXml(bytes, name);
  if (decoded.warning) messages.push({ rule: 'reader/encoding', severity: 'warning', text: decoded.warning, source: { page: 1 } });
  const pages = parseHocr(decoded.text, name, messages, options);
  checkPageLines(pages, name);
  checkTextSize(pages, name);
  refuseTextless(pages, name, 'no ocrx_word or ocr_line with text');
  return { name, format: 'hocr', pages, articles: [], furniture: [], messages };
}
