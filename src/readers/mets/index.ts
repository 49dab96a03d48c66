/**
 * Ground truth from a digitised collection's own METS/ALTO: `readMetsTruth`
 * reads a METS file (one newspaper issue), its logical structure map and the
 * ALTO page files it points at, and returns truth in the corpus schema
 * (../shared/corpus/README.md), so Galley can be measured on a library's
 * article segmentation with the same scorer (`galley eval`). Per page by
 * default (one entry per ALTO file, what Galley sees when it reads that file),
 * or per issue. See ./truth.ts for how div types map to truth fields, and
 * docs/readers-ocr.md.
 */
import { basename, dirname, extname, isAbsolute, join, relative, resolve as resolvePath, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { GalleyError } from '../../errors.js';
import { decodeXml } from '../xml/decode.js';
import { parseMets, type MetsArea, type MetsFile } from './parse.js';
import { rawTextOf, readAltoText, textOfRuns, type AltoText, type TokenRun } from './alto-text.js';
import { buildArticles, collect, type Truth, type TruthFurniture } from './truth.js';
import { errnoReason, xmlFileProblem } from './local-file.js';

export type { Truth, TruthArticle, TruthBlock, TruthCaption, TruthFurniture } from './truth.js';
export { ARTICLE_TYPES, FURNITURE_TYPES } from './truth.js';

export interface MetsTruthOptions {
  /** `page` (default): one entry per ALTO file; `issue`: one entry for the whole METS file. */
  unit?: 'page' | 'issue';
}

export interface MetsTruthEntry {
  /** Page: the ALTO file's path relative to the METS file's folder, without extension, `/` → `_`; issue: the METS file's name without extension. */
  id: string;
  /** The ALTO file(s) this truth is for: the input to give Galley for the matching prediction. */
  files: string[];
  truth: Truth;
  /** The ALTO lines as printed (line-end hyphens kept), one per line: the scorer's source of hyphenation sites (like `page.raw.txt`). */
  rawText: string;
  /** What could not be mapped (unknown div types, areas pointing at missing ids or files). */
  notes: string[];
}

/** Read a METS file with its ALTO pages as ground truth. Throws GalleyError for a METS file that cannot be read. */
export function readMetsTruth(metsPath: string, options: MetsTruthOptions = {}): MetsTruthEntry[] {
  const problem = xmlFileProblem(metsPath);
  if (problem) throw new GalleyError('malformed', metsPath, problem);
  const decoded = decodeXml(readFileSync(metsPath), metsPath);
  const mets = parseMets(decoded.text, metsPath);
  const base = dirname(metsPath);
  const notes: string[] = [];
  const altos = new Map<string, AltoText>(); // by FILEID
  const order: string[] = []; // FILEIDs in the order areas first name them
  const missing = new Set<string>();

  const alto = (fileId: string): AltoText | undefined => {
    const known = altos.get(fileId);
    if (known || missing.has(fileId)) return known;
    const f = mets.files.get(fileId);
    if (!f) {
      missing.add(fileId);
      notes.push(`FILEID "${fileId}" is not in the METS file section`);
      return undefined;
    }
    // A page file that cannot be read is a note, as a missing one is: the other pages are still scored.
    const skip = (why: string): undefined => {
      missing.add(fileId);
      notes.push(`FILEID "${fileId}": ${why.replace(/\.$/u, '')}; its page is left out`);
      return undefined;
    };
    let path: string;
    try {
      path = localPath(f, base, metsPath);
    } catch (e) {
      if (e instanceof GalleyError) return skip(e.message.slice(e.file.length + 2));
      throw e;
    }
    const problem = xmlFileProblem(path);
    if (problem) return skip(`${path} ${problem}`);
    let text: AltoText;
    try {
      text = readAltoText(path);
    } catch (e) {
      if (e instanceof GalleyError) return skip(e.message);
      const why = errnoReason(e);
      if (why === undefined) throw e;
      return skip(`${path} ${why}`);
    }
    altos.set(fileId, text);
    order.push(fileId);
    return text;
  };

  const resolve = (area: MetsArea): TokenRun[] | undefined => {
    if (area.beType.toUpperCase() !== 'IDREF') {
      notes.push(`area BETYPE="${area.beType}" is not supported (only IDREF): ${area.fileId} ${area.begin}`);
      return undefined;
    }
    const file = alto(area.fileId);
    if (!file) return undefined;
    const b = file.ids.get(area.begin);
    const e = area.end ? file.ids.get(area.end) : b;
    if (!b || !e) {
      notes.push(`area ${area.fileId} ${area.begin}${area.end ? `…${area.end}` : ''}: no element with that ID in ${file.path}`);
      return undefined;
    }
    return e.to > b.from ? [{ file, from: b.from, to: e.to }] : [];
  };

  const collected = collect(mets.logical, resolve);
  notes.push(...collected.notes);
  const files = order.map((id) => altos.get(id)!);
  const furnitureOf = (keep: (f: AltoText) => boolean): TruthFurniture[] => {
    const out: TruthFurniture[] = [];
    for (const f of collected.furniture) {
      const runs = f.runs.filter((r) => keep(r.file));
      const text = textOfRuns(runs);
      if (text) out.push({ type: f.type, text });
    }
    // Text blocks nobody points at: not article text.
    for (const file of files.filter(keep)) {
      const covered = new Uint8Array(file.tokens.length);
      for (const a of collected.articles) for (const p of a.parts) for (const r of p.runs) if (r.file === file) covered.fill(1, r.from, r.to);
      for (const f of collected.furniture) for (const r of f.runs) if (r.file === file) covered.fill(1, r.from, r.to);
      for (const b of file.blocks) {
        if (covered.subarray(b.from, b.to).some((c) => c === 1)) continue;
        const text = textOfRuns([{ file, from: b.from, to: b.to }]);
        if (text) out.push({ type: 'other', text });
      }
    }
    return out;
  };

  if (options.unit === 'issue') {
    const id = basename(metsPath, extname(metsPath));
    const truth: Truth = {
      id,
      source: `METS ${basename(metsPath)} (logical structure map) with ${files.length} ALTO file(s)`,
      articles: buildArticles(collected.articles),
      furniture: furnitureOf(() => true),
    };
    return [{ id, files: files.map((f) => f.path), truth, rawText: files.map(rawTextOf).join('\n'), notes }];
  }
  return files.map((file) => {
    const rel = relative(base, file.path);
    const id = rel.slice(0, rel.length - extname(rel).length).split(sep).join('_');
    const keep = (f: AltoText): boolean => f === file;
    const truth: Truth = {
      id,
      source: `METS ${basename(metsPath)} (logical structure map), page ${rel}`,
      articles: buildArticles(collected.articles, keep),
      furniture: furnitureOf(keep),
    };
    return { id, files: [file.path], truth, rawText: rawTextOf(file), notes };
  });
}

/** The local path of a METS file entry: `file://` URLs and relative paths, against the METS file's folder; other URL schemes are refused. */
function localPath(f: MetsFile, base: string, metsPath: string): string {
  const href = f.href.trim();
  if (!href) throw new GalleyError('malformed', metsPath, `file ${f.id} has no FLocat href`);
  if (/^file:\/\/\//iu.test(href)) {
    try {
      return fileURLToPath(href);
    } catch (e) {
      throw new GalleyError('malformed', metsPath, `file ${f.id} has a file URL that names no local path (${(e as Error).message}): ${href}`);
    }
  }
  if (/^file:\/\//iu.test(href)) return resolvePath(base, decodeUri(href.replace(/^file:\/\//iu, '')));
  if (/^[a-z][a-z0-9+.-]*:/iu.test(href) && !/^[a-z]:[\\/]/iu.test(href)) {
    throw new GalleyError('unsupported', metsPath, `file ${f.id} is at ${href}: Galley reads only local files (nothing is downloaded)`);
  }
  return isAbsolute(href) ? href : join(base, decodeUri(href));
}

/** A path's %-escapes decoded; a path with a `%` that starts no valid escape is taken as written (decodeURIComponent threw `URI malformed`). */
function decodeUri(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
