/** Shared helpers for the structure tests: run the pipeline on text, find ../shared. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { defaultTransforms, detectFormat, read, restore } from '../../src/pipeline.js';
import { toOutput } from '../../src/writers/json/index.js';
import type { Output } from '../../src/writers/json/schema.js';
import type { Block, GalleyDocument } from '../../src/model/types.js';
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

/** Read a file and run the pipeline's transforms up to and including `last` (default: split). */
export function readThrough(path: string, last = 'split'): GalleyDocument {
  const bytes = readFileSync(path);
  const doc = read(detectFormat(path, bytes), { name: path, bytes });
  for (const step of defaultTransforms()) {
    step.run(doc);
    if (step.name === last) break;
  }
  return doc;
}

/** The block (unit) holding a line with this text (white space trimmed and collapsed); fails the test when none does. */
export function unitWithLine(doc: GalleyDocument, line: string): Block {
  const norm = (t: string): string => t.trim().replace(/\s+/g, ' ');
  const b = doc.pages.flatMap((p) => p.blocks).find((x) => x.lines.some((l) => norm(l.text) === norm(line)));
  assert.ok(b, `a unit holds the line "${line}"`);
  return b;
}

/**
 * Every line of each text layer of the dev corpus (../shared/corpus/dev), with the line before it in its
 * file (undefined for a file's first), or null when the corpus is not there.
 */
export function devTextLines(): Array<{ line: string; before: string | undefined }> | null {
  const corpus = sharedFile('corpus', 'dev');
  if (!corpus) return null;
  const out: Array<{ line: string; before: string | undefined }> = [];
  for (const id of readdirSync(corpus)) {
    for (const name of ['page.raw.txt', 'page.pdfminer.txt', 'page.txt']) {
      const path = join(corpus, id, name);
      if (!existsSync(path)) continue;
      const lines = readFileSync(path, 'utf8').split('\n');
      lines.forEach((line, i) => out.push({ line, before: lines[i - 1] }));
    }
  }
  return out;
}
