/**
 * A corpus folder (`<page-id>/truth.json` + inputs) evaluated end to end:
 * predictions are made in-process by a function the caller gives (the CLI
 * passes Galley's pipeline), then scored with this module's metrics.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toEvalDoc, type Prediction } from './documents.js';
import { scorePage, summarize, total, type PageCounts, type Summary } from './score.js';

/** Where line-end hyphen sites are read from, first found wins: the raw extraction keeps every typeset line break. */
export const HYPHEN_SITE_SOURCES = ['page.raw.txt', 'page.txt'] as const;

/** Page ids of a corpus folder: sub-folders holding a truth.json, sorted. */
export function corpusPages(dir: string): string[] {
  return readdirSync(dir)
    .filter((d) => existsSync(join(dir, d, 'truth.json')))
    .sort();
}

export function readTruth(dir: string, id: string): unknown {
  return JSON.parse(readFileSync(join(dir, id, 'truth.json'), 'utf8'));
}

export function readHyphenSource(dir: string, id: string): string | null {
  for (const name of HYPHEN_SITE_SOURCES) {
    const p = join(dir, id, name);
    if (existsSync(p)) return readFileSync(p, 'utf8');
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
  const counts = ids.map((id) => scorePage(id, toEvalDoc(readTruth(dir, id)), readHyphenSource(dir, id), predictionOf(id)));
  const sum = total(counts);
  return { pages: counts.map(summarize), total: summarize(sum), counts: sum };
}
