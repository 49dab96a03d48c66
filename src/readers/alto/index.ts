/**
 * ALTO reader (v1–v4): bytes → Galley document. One file may hold several
 * pages (several <Page> elements); a folder of one-page files (a newspaper
 * issue) is read by ./folder.ts. Parsing is safe against hostile XML (see
 * ../xml/parse.ts); errors are GalleyErrors naming the file and the line.
 */
import type { GalleyDocument } from '../../model/types.js';
import type { Message } from '../../model/messages.js';
import { decodeXml } from '../xml/decode.js';
import { parseAlto } from './parse.js';
import { buildAltoPages, type AltoBuildOptions } from './build.js';
import { checkPageLines, checkTextSize } from '../xml/limits.js';
import { refuseTextless } from '../xml/no-text.js';

export type AltoOptions = Pick<AltoBuildOptions, 'dpi'>;

export { readAltoFiles, readAltoFolder, type AltoFile, type AltoFilesOptions } from './folder.js';
export { MAX_XML_BYTES } from '../xml/decode.js';

export function readAlto(bytes: Uint8Array, name: string, options: AltoOptions = {}): GalleyDocument {
  const messages: Message[] = [];
  const pages = readAltoPages(bytes, name, messages, options);
  refuseTextless(pages, name, 'no String with CONTENT');
  return { name, format: 'alto', pages, articles: [], furniture: [], messages };
}

/** Decode, parse and build the pages of one ALTO file, adding its messages. */
export function readAltoPages(bytes: Uint8Array, name: string, messages: Message[], options: AltoBuildOptions = {}) {
  const decoded = decodeXml(bytes, name);
  if (decoded.warning) {
    messages.push({ rule: 'reader/encoding', severity: 'warning', text: `${name}: ${decoded.warning}`, source: { page: options.firstPage ?? 1 } });
  }
  const raw = parseAlto(decoded.text, name);
  const pages = buildAltoPages(raw, name, messages, options);
  checkPageLines(pages, name);
  checkTextSize(pages, name);
  return pages;
}
