/** Shared helpers for the dash tests: run the reader and the dash transform on a text. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from '../../../bench/lib/paths.js';
import type { GalleyDocument } from '../../../src/model/types.js';
import { readText } from '../../../src/readers/text/index.js';
import { createDashes, type DashesOptions } from '../../../src/transforms/dashes/index.js';

export interface Repaired {
  doc: GalleyDocument;
  /** Every line's text after the transform, lines joined with `\n`, blocks with `\n\n`. */
  text: string;
}

export function repair(input: string, options: DashesOptions = {}): Repaired {
  const doc = readText(Buffer.from(input, 'utf8'), 'test.txt');
  createDashes(options)(doc);
  const text = doc.pages
    .flatMap((p) => p.blocks.map((b) => b.lines.map((l) => l.text).join('\n')))
    .join('\n\n');
  return { doc, text };
}

/** Messages of one rule. */
export function messagesOf(doc: GalleyDocument, rule: string) {
  return doc.messages.filter((m) => m.rule === rule);
}

/** A path under ../shared (beside the clone), or null when it is not there. */
export function sharedPath(...parts: string[]): string | null {
  const p = join(sharedDir(), ...parts);
  return existsSync(p) ? p : null;
}
