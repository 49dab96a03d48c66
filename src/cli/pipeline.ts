/**
 * The pipeline the command runs: the library's `restoreAsync`, which reads every
 * format (PDF and images too, their readers loaded only when such a file is given).
 */
import type { GalleyDocument } from '../model/types.js';
import { restoreAsync, type RestoreInput } from '../pipeline.js';

export type RunPipeline = (input: RestoreInput) => GalleyDocument | Promise<GalleyDocument>;

export const runPipeline: RunPipeline = (input) => restoreAsync(input);
