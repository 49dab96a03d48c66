/**
 * Regression over the dev corpora (../shared/corpus/dev and dev2, when present): the
 * library's JSON predictions (restore + toOutput) for the pdfminer, pdftotext default-mode,
 * pdftotext -raw and PDF inputs of every page, scored by the shared scorer
 * (../shared/bench/score.mjs --json, spawned as a separate process). Each
 * figure must stay at or above a floor set a little below what the structure
 * transforms reached (docs/structure.md), so that a change that makes them
 * worse fails here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { restoreAsync } from '../../src/pipeline.js';
import { toOutput } from '../../src/writers/json/index.js';
import { sharedFile } from './helpers.js';

const corpora = { dev: sharedFile('corpus', 'dev'), dev2: sharedFile('corpus', 'dev2') };
const scorer = sharedFile('bench', 'score.mjs');
const skip = corpora.dev && corpora.dev2 && scorer ? false : 'needs ../shared/corpus/dev, dev2 and ../shared/bench/score.mjs';

type Metric = 'hyphen_acc' | 'para_f1' | 'order_acc' | 'article_f1' | 'headline_acc' | 'subhead_f1' | 'caption_f1' | 'caption_attach_acc' | 'credit_acc' | 'byline_acc';

/** Floors per input: a little below the figures reached (furniture_leak is a ceiling). */
const FLOORS: Record<string, Partial<Record<Metric, number>> & { furniture_leak: number }> = {
  // reached: para .902, order 1.000, art .968, head .917, subh .957, capt .973, attch .945, cred .952, byln 1.000, leak .000
  // hyphen_acc .996 (dehyphenate/swapped-piece puts back pieces pdfminer printed out of order)
  'dev/page.pdfminer.txt': {
    hyphen_acc: 0.99,
    para_f1: 0.89,
    order_acc: 0.98,
    article_f1: 0.94,
    headline_acc: 0.89,
    subhead_f1: 0.93,
    caption_f1: 0.95,
    caption_attach_acc: 0.92,
    credit_acc: 0.93,
    byline_acc: 0.97,
    furniture_leak: 0.03,
  },
  // reached: para .931, order 1.000, art .989, head .938, subh .989, capt .947, attch .981, cred .937, byln 1.000, leak .011
  'dev/page.raw.txt': {
    para_f1: 0.91,
    order_acc: 0.98,
    article_f1: 0.96,
    headline_acc: 0.91,
    subhead_f1: 0.96,
    caption_f1: 0.92,
    caption_attach_acc: 0.95,
    credit_acc: 0.91,
    byline_acc: 0.97,
    furniture_leak: 0.03,
  },
  // dev2 (another engine, more newspaper conventions): the dev2 figures (para, art, capt, leak).
  // reached: para .885, art 1.000, capt .981, leak .007 (head 1.000, subh .968, attch 1.000, cred .960)
  'dev2/page.raw.txt': { para_f1: 0.86, article_f1: 0.97, caption_f1: 0.96, headline_acc: 0.94, subhead_f1: 0.94, caption_attach_acc: 0.97, credit_acc: 0.93, furniture_leak: 0.02 },
  // reached: para .863, art .955, capt .962, leak .021 (head .939, subh .853, attch .960, byln 1.000, hyph .993)
  'dev2/page.pdfminer.txt': { hyphen_acc: 0.98, para_f1: 0.845, article_f1: 0.93, caption_f1: 0.94, headline_acc: 0.91, subhead_f1: 0.83, caption_attach_acc: 0.94, byline_acc: 0.97, furniture_leak: 0.03 },
  // pdftotext's default mode (issue targets: para .80, art .80, leak .10; the rest reported).
  // reached: para .785, order .984, art .845, head .750, subh .867, capt .909, attch .820, cred .810, byln .767, hyph .991, word .997, leak .023
  'dev/page.txt': { hyphen_acc: 0.985, para_f1: 0.77, article_f1: 0.83, headline_acc: 0.73, subhead_f1: 0.85, caption_f1: 0.89, caption_attach_acc: 0.80, credit_acc: 0.79, furniture_leak: 0.04 },
  // OCR (Tesseract's ALTO of the page images): no issue targets; floors keep what the OCR readers reach.
  // reached: para .926, art .989, head .917, subh .966, capt .911, attch .941, cred .905, byln .933, leak .000
  'dev/page.alto.xml': { para_f1: 0.91, article_f1: 0.97, headline_acc: 0.89, subhead_f1: 0.94, caption_f1: 0.89, caption_attach_acc: 0.92, credit_acc: 0.88, furniture_leak: 0.01 },
  // reached (2026-12-08, small ruled boxes read as adverts): para .895, art 1.000, head 1.000, subh .875,
  // capt .963, attch 1.000, cred .840, byln .955, leak .014
  'dev2/page.alto.xml': { para_f1: 0.88, article_f1: 0.97, headline_acc: 0.97, subhead_f1: 0.85, caption_f1: 0.96, caption_attach_acc: 0.97, credit_acc: 0.86, furniture_leak: 0.03 },
  // The PDFs, read with their geometry (issue targets: dev para .95, art .95, capt .95, attch .95, head .95,
  // subh .90, cred .90, byln .95, leak .02; dev2 para .90, art .90, capt .90, leak .05).
  // reached: para .957, order 1.000, art 1.000, head 1.000, subh .989, capt .973, attch 1.000, cred .968, byln 1.000, leak .000, hyph .999
  'dev/page.pdf': { hyphen_acc: 0.99, para_f1: 0.94, order_acc: 0.99, article_f1: 0.97, headline_acc: 0.97, subhead_f1: 0.96, caption_f1: 0.95, caption_attach_acc: 0.98, credit_acc: 0.94, byline_acc: 0.97, furniture_leak: 0.01 },
  // reached: para .988, art 1.000, head 1.000, subh 1.000, capt 1.000, attch 1.000, cred 1.000, leak .000, word 1.000
  'dev2/page.pdf': { para_f1: 0.97, article_f1: 0.97, headline_acc: 0.97, subhead_f1: 0.97, caption_f1: 0.97, caption_attach_acc: 0.97, credit_acc: 0.96, furniture_leak: 0.02 },
};

async function score(corpus: string, input: string): Promise<Record<string, number | null>> {
  const pred = mkdtempSync(join(tmpdir(), 'galley-struct-'));
  try {
    for (const id of readdirSync(corpus).sort()) {
      const file = join(corpus, id, input);
      if (!existsSync(file)) continue;
      const doc = await restoreAsync({ name: file, bytes: readFileSync(file) });
      writeFileSync(join(pred, `${id}.json`), JSON.stringify(toOutput(doc)));
    }
    const r = spawnSync(process.execPath, [scorer!, '--truth', corpus, '--pred', pred, '--json'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return (JSON.parse(r.stdout) as { total: Record<string, number | null> }).total;
  } finally {
    rmSync(pred, { recursive: true, force: true });
  }
}

for (const [key, floors] of Object.entries(FLOORS)) {
  const [name, input] = key.split('/') as ['dev' | 'dev2', string];
  test(`${name} corpus, ${input}: structure figures stay at their floors`, { skip }, async () => {
    const total = await score(corpora[name]!, input);
    const below: string[] = [];
    for (const [metric, floor] of Object.entries(floors)) {
      const v = total[metric];
      if (typeof v !== 'number') {
        below.push(`${metric}: missing`);
        continue;
      }
      if (metric === 'furniture_leak' ? v > floor : v < floor) below.push(`${metric} ${v.toFixed(3)} (floor ${floor})`);
    }
    assert.deepEqual(below, []);
  });
}
