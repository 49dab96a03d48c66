/**
 * The default pipeline, top to bottom:
 *   read → page model → restore (dehyphenate, dashes) → structure (reflow, classify) → segment → write.
 * Readers are chosen by `detectFormat`; writers live in ./writers.
 */
import type { GalleyDocument, InputFormat } from './model/types.js';
import { GalleyError } from './errors.js';
import { readText } from './readers/text/index.js';
import { createDehyphenate, type DehyphenateOptions } from './transforms/dehyphenate/index.js';
import { createDashes, type DashesOptions } from './transforms/dashes/index.js';
import { createSegment } from './transforms/segment/index.js';
import type { Transform } from './transforms/types.js';

export interface RestoreOptions {
  /** Input format; detected from the name and the bytes when absent. */
  format?: InputFormat;
  dehyphenate?: DehyphenateOptions;
  dashes?: DashesOptions;
}

export interface RestoreInput {
  /** File name as the user gave it (used in messages and errors), `-` for stdin. */
  name: string;
  bytes: Uint8Array;
}

/** The ordered list of transforms that run after reading. */
export function defaultTransforms(options: RestoreOptions = {}): Array<{ name: string; run: Transform }> {
  return [
    { name: 'dehyphenate', run: createDehyphenate(options.dehyphenate) },
    { name: 'dashes', run: createDashes(options.dashes) },
    { name: 'segment', run: createSegment() },
  ];
}

/** Read one input and run the whole pipeline. Throws GalleyError for input it cannot read. */
export function restore(input: RestoreInput, options: RestoreOptions = {}): GalleyDocument {
  const format = options.format ?? detectFormat(input.name, input.bytes);
  const doc = read(format, input);
  for (const step of defaultTransforms(options)) step.run(doc);
  return doc;
}

export function read(format: InputFormat, input: RestoreInput): GalleyDocument {
  switch (format) {
    case 'text':
      return readText(input.bytes, input.name);
    default:
      throw new GalleyError('unsupported', input.name, `${format} input is not supported yet`);
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
