/**
 * Truth from a digitised collection's own article segmentation: a METS file
 * whose logical structure map describes the articles of its ALTO pages
 * (src/readers/mets). Each ALTO page is one page to score (`unit: 'page'`,
 * what Galley sees when given that file); `galley eval --truth <METS file or
 * folder>` runs Galley on each page's ALTO file and scores it against this.
 */
import { closeSync, existsSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readMetsTruth } from '../readers/mets/index.js';
import type { TruthPage } from './corpus.js';

/** How much of a file's start is looked at for its root element: XML declaration, comments, then `<mets`. */
export const METS_SNIFF_BYTES = 4096;
/** The root element of a METS file, with or without a prefix (`<mets:mets`, `<mets `). */
const METS_ROOT = /<(?:[\w.-]+:)?mets[\s>/]/u;

/**
 * Does the file look like METS (an `.xml` file whose first element is `mets`)? Only a few KiB are read.
 * An entry that cannot be looked at (a dangling symlink, no read permission) is not one: false, no throw.
 */
export function isMetsFile(path: string): boolean {
  if (!/\.xml$/iu.test(path)) return false;
  let fd: number;
  try {
    if (!statSync(path).isFile()) return false;
    fd = openSync(path, 'r');
  } catch {
    return false;
  }
  try {
    const buf = Buffer.alloc(METS_SNIFF_BYTES);
    const n = readSync(fd, buf, 0, buf.length, 0);
    // Skip the declaration, comments and processing instructions; the first element decides.
    const head = buf.subarray(0, n).toString('utf8').replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gu, '');
    const first = /<[^!?]/u.exec(head);
    return first !== null && METS_ROOT.test(head.slice(first.index, first.index + 64));
  } finally {
    closeSync(fd);
  }
}

/** The METS files of a folder (not its subfolders), sorted by name. */
export function metsFilesIn(dir: string): string[] {
  return readdirSync(dir)
    .map((f) => join(dir, f))
    .filter(isMetsFile)
    .sort();
}

export interface MetsTruthPage extends TruthPage {
  /** The ALTO file to run Galley on. */
  file: string;
  /** What the METS reader could not map (its notes), for the user. */
  notes: string[];
}

/**
 * Pages to score from METS files: one per ALTO page file. With several METS
 * files the ids are prefixed with the METS file's name (`issue1/alto_00001`).
 */
export function metsTruthPages(metsFiles: readonly string[]): MetsTruthPage[] {
  const out: MetsTruthPage[] = [];
  for (const mets of metsFiles) {
    const prefix = metsFiles.length > 1 ? `${basename(mets).replace(/\.xml$/iu, '')}/` : '';
    for (const e of readMetsTruth(mets, { unit: 'page' })) {
      const file = e.files[0];
      if (!file || !existsSync(file)) continue;
      out.push({ id: prefix + e.id, file, truth: e.truth, rawText: e.rawText, notes: e.notes.map((n) => `${mets}: ${n}`) });
    }
  }
  return out;
}
