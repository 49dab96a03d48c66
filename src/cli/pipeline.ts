/**
 * The pipeline the command runs: the library's `restoreAsync` (every format,
 * PDF and images included, their readers loaded on demand) where the library
 * has it, else the synchronous `restore` (text, ALTO, hOCR).
 */
import * as library from '../pipeline.js';
import type { GalleyDocument } from '../model/types.js';
import type { RestoreInput } from '../pipeline.js';

export type RunPipeline = (input: RestoreInput) => GalleyDocument | Promise<GalleyDocument>;

const asyncEntry = (library as unknown as { restoreAsync?: RunPipeline }).restoreAsync;

export const runPipeline: RunPipeline = (input) => (asyncEntry ? asyncEntry(input) : library.restore(input));
