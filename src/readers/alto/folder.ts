/**
 * Several ALTO files read as one document: a newspaper issue delivered as one
 * file per page (Chronicling America, Europeana Newspapers, most national
 * libraries). Files are taken in natural name order (`2.xml` before `10.xml`),
 * pages are numbered through. A file that cannot be read does not lose the
 * others: it becomes an empty page with an error message naming the file and
 * the problem. Other XML in the folder (METS, MODS) is skipped with a note.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { GalleyDocument, Page } from '../../model/types.js';
import type { Message } from '../../model/messages.js';
import { GalleyError } from '../../errors.js';
import { NotAltoError } from './parse.js';
import { readAltoPages, type AltoOptions } from './index.js';

export interface AltoFile {
  name: string;
  bytes: Uint8Array;
}

export interface AltoFilesOptions extends AltoOptions {
  /** Throw at the first file that cannot be read, instead of recording it and going on (default false). */
  strict?: boolean;
}

const NATURAL = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Natural order of file names: digit runs compare as numbers. */
export function naturalCompare(a: string, b: string): number {
  return NATURAL.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Read several ALTO files as one document (`name` names the whole, e.g. the folder). */
export function readAltoFiles(files: readonly AltoFile[], name: string, options: AltoFilesOptions = {}): GalleyDocument {
  if (files.length === 0) throw new GalleyError('empty', name, 'no ALTO files to read');
  const sorted = [...files].sort((a, b) => naturalCompare(a.name, b.name));
  const messages: Message[] = [];
  const pages: Page[] = [];
  let failures = 0;
  let firstError: GalleyError | undefined;
  for (const f of sorted) {
    const number = pages.length + 1;
    try {
      const own: Message[] = [];
      const read = readAltoPages(f.bytes, f.name, own, { ...options, firstPage: number, file: f.name });
      pages.push(...read);
      messages.push(...own);
    } catch (e) {
      if (options.strict || !(e instanceof GalleyError)) throw e;
      if (e instanceof NotAltoError) {
        messages.push({ rule: 'reader/skipped', severity: 'info', text: `${f.name}: skipped, not ALTO (root element <${e.root}>)` });
        continue;
      }
      failures++;
      firstError ??= e;
      messages.push({ rule: 'reader/file', severity: 'error', text: e.message, source: { page: number } });
      pages.push({ number, blocks: [], graphics: [], file: f.name });
    }
  }
  if (pages.length === 0) throw new GalleyError('unsupported', name, 'none of the files is an ALTO file');
  if (failures === pages.length && firstError) {
    throw new GalleyError(firstError.code, name, `none of the ${failures} ALTO files could be read; first: ${firstError.message}`);
  }
  return { name, format: 'alto', pages, articles: [], furniture: [], messages };
}

/** File names Galley takes as ALTO candidates in a folder. */
const XML_FILE = /\.xml$/i;

/** Read every `*.xml` file of a folder (not its subfolders) as one ALTO document in natural name order. */
export function readAltoFolder(dir: string, options: AltoFilesOptions = {}): GalleyDocument {
  const names = readdirSync(dir).filter((n) => XML_FILE.test(n) && statSync(join(dir, n)).isFile());
  if (names.length === 0) throw new GalleyError('empty', dir, 'the folder holds no XML files');
  return readAltoFiles(
    names.map((n) => ({ name: join(dir, n), bytes: readFileSync(join(dir, n)) })),
    dir,
    options,
  );
}
