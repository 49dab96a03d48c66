/** Shared helpers for the structure tests: run the pipeline on text, find ../shared. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { restore } from '../../src/pipeline.js';
import { toOutput } from '../../src/writers/json/index.js';
import type { Output } from '../../src/writers/json/schema.js';
import type { GalleyDocument } from '../../src/model/types.js';
import { sharedDir } from '../../bench/lib/paths.js';

/** The whole pipeline on a text, as the JSON writer prints it. */
export function run(text: string, name = 'test.txt'): { doc: GalleyDocument; out: Output } {
  const doc = restore({ name, bytes: new TextEncoder().encode(text) });
  return { doc, out: toOutput(doc) };
}

/** A file under ../shared, or null when the shared folder is not beside the clone. */
export function sharedFile(...parts: string[]): string | null {
  try {
    const p = join(sharedDir(), ...parts);
    return existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

/** Lower-case letters and digits only, for "is this text inside that one". */
export function squash(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
