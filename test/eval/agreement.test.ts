/**
 * Our metrics (src/eval) must agree with the reference scorer
 * (../shared/bench/score.mjs) on the dev corpora: the same raw counts and the
 * same figures to 3 decimals, page by page and for TOTAL, on several sets of
 * predictions that exercise every metric — Galley's own output (JSON and flat
 * text), the truth itself, the truth damaged in seeded ways, and a mixed set
 * (JSON, text, missing and unparsable predictions).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { restore } from '../../src/pipeline.js';
import { writeJson, writeText } from '../../src/writers/index.js';
import { corpusPages, formatTable, readPrediction, scoreCorpus, type EvalReport } from '../../src/eval/index.js';
import { scorerPath, sharedDir } from '../../bench/lib/paths.js';
import { damage, seeded } from './damage.js';

const DEV = join(sharedDir(), 'corpus', 'dev');
const DEV2 = join(sharedDir(), 'corpus', 'dev2');
const skip = !existsSync(DEV) || !existsSync(scorerPath()) ? 'needs ../shared (corpus and scorer)' : false;

type Files = Map<string, string>; // file name in the prediction folder → content

interface ScorerJson {
  pages: Array<Record<string, unknown>>;
  total: Record<string, unknown>;
  counts: Record<string, unknown>;
}

function withPredictions<T>(files: Files, fn: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'galley-agree-'));
  try {
    for (const [name, content] of files) writeFileSync(join(dir, name), content);
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function reference(corpus: string, dir: string, json = true): string {
  return execFileSync(process.execPath, [scorerPath(), '--truth', corpus, '--pred', dir, ...(json ? ['--json'] : [])], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}

const fig = (v: unknown): unknown => (typeof v === 'number' ? v.toFixed(3) : v);

/** Same raw counts, and every figure the same to 3 decimals, page by page and TOTAL. */
function assertAgree(ours: EvalReport, ref: ScorerJson, label: string): void {
  const { hyph, ...rest } = ours.counts;
  const counts = JSON.parse(JSON.stringify(hyph ? ours.counts : rest)) as Record<string, unknown>;
  assert.deepEqual(counts, ref.counts, `${label}: raw counts differ`);
  assert.equal(ours.pages.length, ref.pages.length, `${label}: page count`);
  const rows = [...ref.pages, ref.total];
  [...ours.pages, ours.total].forEach((row, i) => {
    const theirs = rows[i]!;
    assert.deepEqual(Object.keys(row), Object.keys(theirs), `${label}: fields of ${String(theirs.id)}`);
    for (const k of Object.keys(theirs)) {
      assert.equal(fig((row as unknown as Record<string, unknown>)[k]), fig(theirs[k]), `${label}: ${String(theirs.id)} ${k}`);
    }
  });
}

function check(corpus: string, files: Files, label: string): EvalReport {
  return withPredictions(files, (dir) => {
    const ref = JSON.parse(reference(corpus, dir)) as ScorerJson;
    const ours = scoreCorpus(corpus, corpusPages(corpus), (id) => readPrediction(dir, id));
    assertAgree(ours, ref, label);
    return ours;
  });
}

/** Galley's predictions for one input of every page: JSON, or flat text (`.txt`). */
function galleyPredictions(corpus: string, input: string, as: 'json' | 'txt'): Files {
  const files: Files = new Map();
  for (const id of corpusPages(corpus)) {
    const file = join(corpus, id, input);
    if (!existsSync(file)) continue;
    const doc = restore({ name: file, bytes: readFileSync(file) });
    files.set(`${id}.${as}`, as === 'json' ? writeJson(doc) : writeText(doc));
  }
  return files;
}

const truthOf = (corpus: string, id: string): unknown => JSON.parse(readFileSync(join(corpus, id, 'truth.json'), 'utf8'));

test('agrees with score.mjs on Galley’s JSON predictions (dev, dev2)', { skip }, () => {
  check(DEV, galleyPredictions(DEV, 'page.pdfminer.txt', 'json'), 'dev pdfminer json');
  if (existsSync(DEV2)) check(DEV2, galleyPredictions(DEV2, 'page.raw.txt', 'json'), 'dev2 raw json');
});

test('agrees with score.mjs on flat-text predictions', { skip }, () => {
  check(DEV, galleyPredictions(DEV, 'page.txt', 'txt'), 'dev page.txt as .txt');
});

test('the truth scored as a prediction is perfect, as in the scorer', { skip }, () => {
  const files: Files = new Map(corpusPages(DEV).map((id) => [`${id}.json`, JSON.stringify(truthOf(DEV, id))]));
  const ours = check(DEV, files, 'truth');
  for (const k of ['word_f1', 'hyphen_acc', 'dash_acc', 'para_f1', 'article_f1', 'headline_acc', 'subhead_f1', 'caption_f1', 'credit_acc', 'byline_acc'] as const) {
    assert.equal(ours.total[k], 1, k);
  }
  assert.equal(ours.total.furniture_leak, 0);
});

test('agrees with score.mjs on damaged truth (every metric moves)', { skip }, () => {
  for (const [corpus, seed] of [[DEV, 7], [DEV, 1234], [DEV2, 99]] as const) {
    if (!existsSync(corpus)) continue;
    const rnd = seeded(seed);
    const files: Files = new Map(corpusPages(corpus).map((id) => [`${id}.json`, JSON.stringify(damage(truthOf(corpus, id), rnd))]));
    const ours = check(corpus, files, `damaged ${seed}`);
    // the damage must really reach the metrics, or this test proves little
    for (const k of ['word_f1', 'para_f1', 'article_f1', 'headline_acc', 'caption_f1', 'credit_acc', 'byline_acc'] as const) {
      assert.ok((ours.total[k] as number) < 1, `damage ${seed} left ${k} at 1`);
    }
  }
});

test('agrees with score.mjs on a mixed set: JSON, text, per-page JSON, missing, unparsable', { skip }, () => {
  const ids = corpusPages(DEV);
  const json = galleyPredictions(DEV, 'page.raw.txt', 'json');
  const txt = galleyPredictions(DEV, 'page.pdfminer.txt', 'txt');
  const files: Files = new Map();
  ids.forEach((id, i) => {
    if (i % 5 === 0) files.set(`${id}.txt`, txt.get(`${id}.txt`)!);
    else if (i % 5 === 1) files.set(`${id}.json`, JSON.stringify({ pages: [JSON.parse(json.get(`${id}.json`)!)] }));
    else if (i % 5 === 2) files.set(`${id}.json`, '{ not json');
    else if (i % 5 === 3) files.set(`${id}.json`, JSON.stringify({ articles: [null, { blocks: 'x', captions: [3] }, ...(truthOf(DEV, id) as { articles: unknown[] }).articles] }));
    // i % 5 === 4: missing
  });
  const ours = check(DEV, files, 'mixed');
  assert.equal(ours.total.kind, 'mixed');
});

test('galley’s table is laid out exactly as the scorer’s', { skip }, () => {
  const files = galleyPredictions(DEV, 'page.pdfminer.txt', 'json');
  withPredictions(files, (dir) => {
    const ours = scoreCorpus(DEV, corpusPages(DEV), (id) => readPrediction(dir, id));
    assert.equal(`${formatTable(ours.pages, ours.total)}\n`, reference(DEV, dir, false));
  });
});
