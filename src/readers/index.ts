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
    case 'image': {
      const { readImage } = await import('./image/index.js');
      return readImage(input.bytes, input.name);
    }
    default:
      return read(format, input);
  }
}

/** Guess the format from magic bytes first, then the file name. */
export function detectFormat(name: string, bytes: Uint8Array): InputFormat {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.startsWith('%PDF-')) return 'pdf';
  if (/^\x89PNG|^\xFF\xD8\xFF|^II\*\x00|^MM\x00\*/.test(head)) return 'image';
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(\w+:)?alto[\s>]/i.test(head) || /\.alto\.xml$/i.test(name)) return 'alto';
  if (/class=['"]ocr_page['"]/.test(head) || /\.hocr$/i.test(name)) return 'hocr';
  return 'text';
}
