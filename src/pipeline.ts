/**
 * The default pipeline, top to bottom:
 *   read → page model → restore (dehyphenate, dashes) → structure (reflow, classify) → segment → write.
 * Readers are chosen by `detectFormat`; writers live in ./writers.
 */
import type { GalleyDocument, InputFormat } from './model/types.js';
export { detectFormat, read } from './readers/index.js';
import { ASYNC_FORMATS, detectFormat, read, readAsync } from './readers/index.js';
import { createRestorePieces } from './transforms/restore-pieces/index.js';
import { createRestoreColumns } from './transforms/restore-columns/index.js';
import { createDehyphenate, type DehyphenateOptions } from './transforms/dehyphenate/index.js';
import { createDashes, type DashesOptions } from './transforms/dashes/index.js';
import { createSplit } from './transforms/reflow/split.js';
import { createClassify } from './transforms/classify/index.js';
import { createReflow } from './transforms/reflow/index.js';
import { createCaptions } from './transforms/captions/index.js';
import { createSegment } from './transforms/segment/index.js';
import type { Transform } from './transforms/types.js';

export interface RestoreOptions {
  /** Input format; detected from the name and the bytes when absent. */
  format?: InputFormat;
  dehyphenate?: DehyphenateOptions;
  dashes?: DashesOptions;
}

export type { ReaderInput as RestoreInput } from './readers/index.js';
import type { ReaderInput as RestoreInput } from './readers/index.js';

/**
 * The restore steps, in order: the text made whole again (pieces and columns put back, line-end
 * hyphens and dashes repaired), no structure yet. Issue 2's speed target is stated for read + these.
 */
export function restoreTransforms(options: RestoreOptions = {}): Array<{ name: string; run: Transform }> {
  return [
    { name: 'restore-pieces', run: createRestorePieces() },
    { name: 'restore-columns', run: createRestoreColumns() },
    { name: 'dehyphenate', run: createDehyphenate(options.dehyphenate) },
    { name: 'dashes', run: createDashes(options.dashes) },
  ];
}

/** The structure steps that follow the restore: lines into blocks, kinds, reading order, captions, articles. */
export function structureTransforms(): Array<{ name: string; run: Transform }> {
  return [
    { name: 'split', run: createSplit() },
    { name: 'classify', run: createClassify() },
    { name: 'reflow', run: createReflow() },
    { name: 'captions', run: createCaptions() },
    { name: 'segment', run: createSegment() },
  ];
}

/** The ordered list of transforms that run after reading: the restore, then the structure. */
export function defaultTransforms(options: RestoreOptions = {}): Array<{ name: string; run: Transform }> {
  return [...restoreTransforms(options), ...structureTransforms()];
}

/** Read one input and run the whole pipeline. Throws GalleyError for input it cannot read. */
export function restore(input: RestoreInput, options: RestoreOptions = {}): GalleyDocument {
  const format = options.format ?? detectFormat(input.name, input.bytes);
  const doc = read(format, input);
  for (const step of defaultTransforms(options)) step.run(doc);
  return doc;
}

/**
 * Like `restore`, for every format: PDF and image input are read asynchronously
 * (their readers are loaded only when such a file is given).
 */
export async function restoreAsync(input: RestoreInput, options: RestoreOptions = {}): Promise<GalleyDocument> {
  const format = options.format ?? detectFormat(input.name, input.bytes);
  const doc = ASYNC_FORMATS.has(format) ? await readAsync(format, input) : read(format, input);
  for (const step of defaultTransforms(options)) step.run(doc);
  return doc;
}
