/**
 * A corpus folder (`<page-id>/truth.json` + inputs) evaluated end to end:
 * predictions are made in-process by a function the caller gives (the CLI
 * passes Galley's pipeline), then scored with this module's metrics.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { GalleyError } from '../errors.js';
import { join } from 'node:path';
import { toEvalDoc, type Prediction } from './documents.js';
import { scorePage, summarize, total, type PageCounts, type Summary } from './score.js';

/** Where line-end hyphen sites are read from, first found wins: the raw extraction keeps every typeset line break. */
export const HYPHEN_SITE_SOURCES = ['page.raw.txt', 'page.txt'] as const;

/** A regular file (not a folder, a FIFO or a device such as a link to /dev/zero, which would never end). */
function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Page ids of a corpus folder: sub-folders holding a truth.json, sorted. */
export function corpusPages(dir: string): string[] {
  return readdirSync(dir)
    .filter((d) => existsSync(join(dir, d, 'truth.json')))
    .sort();
}

/** A page's truth.json; a GalleyError naming the file when it is not JSON (was `internal error: Expected property name…`, no file named). */
export function readTruth(dir: string, id: string): unknown {
  const path = join(dir, id, 'truth.json');
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new GalleyError('malformed', path, `not valid JSON: ${(e as Error).message}`);
  }
}

export function readHyphenSource(dir: string, id: string): string | null {
  for (const name of HYPHEN_SITE_SOURCES) {
    const p = join(dir, id, name);
    if (isRegularFile(p)) return readFileSync(p, 'utf8');
  }
  return null;
}

export interface EvalReport {
  pages: Summary[];
  total: Summary;
  counts: PageCounts;
}

/** Score predictions already made, one per page id. */
export function scoreCorpus(dir: string, ids: readonly string[], predictionOf: (id: string) => Prediction): EvalReport {
  return scoreTruths(
    ids.map((id) => ({ id, truth: readTruth(dir, id), rawText: readHyphenSource(dir, id) })),
    predictionOf,
  );
}

/** One page's truth from wherever it came (a corpus folder's truth.json, a METS file: ./mets.ts). */
export interface TruthPage {
  id: string;
  /** Truth in the corpus schema (truth.json). */
  truth: unknown;
  /** The page's raw text for hyphenation sites (page.raw.txt), null when there is none. */
  rawText: string | null;
}

/** Score predictions against truths given in memory. */
export function scoreTruths(pages: readonly TruthPage[], predictionOf: (id: string) => Prediction): EvalReport {
  const counts = pages.map((p) => scorePage(p.id, toEvalDoc(p.truth), p.rawText, predictionOf(p.id)));
  const sum = total(counts);
  return { pages: counts.map(summarize), total: summarize(sum), counts: sum };
}
