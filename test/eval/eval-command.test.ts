/** `galley eval`: Galley run in-process over a corpus folder, scored with src/eval, shown like the scorer. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { restore, type RestoreInput } from '../../src/pipeline.js';
import { writeJson } from '../../src/writers/index.js';
import { scorerPath, sharedDir } from '../../bench/lib/paths.js';
import { ROOT, fakeIO, galley, tempDir } from '../cli/harness.js';

const DEV = join(sharedDir(), 'corpus', 'dev');
const skip = existsSync(DEV) && existsSync(scorerPath()) ? false : 'needs ../shared';
const PAGES = ['dev001', 'dev002', 'dev003'];
const INPUT = 'page.pdfminer.txt';

/** A small corpus: three dev pages (truth, raw text for hyphen sites, the input). */
function smallCorpus(): string {
  const dir = tempDir('galley-evalcorpus-');
  for (const id of PAGES) {
    mkdirSync(join(dir, id));
    for (const f of ['truth.json', 'page.raw.txt', INPUT]) cpSync(join(DEV, id, f), join(dir, id, f));
  }
  return dir;
}

test('prints the scorer’s table with a TOTAL row; --json the same figures', { skip }, async () => {
  const corpus = smallCorpus();
  const io = fakeIO();
  assert.equal(await main(['eval', '--truth', corpus, '--input', INPUT], io), 0, io.err.text);
  const lines = io.out.text.trimEnd().split('\n');
  assert.match(lines[0]!, /^page\s+kind\s+word\s+hyph\s+dash\s+para\s+order\s+art\s+head\s+subh\s+capt\s+attch\s+cred\s+byln\s+leak\s+fjoin$/);
  assert.deepEqual(lines.slice(1, 4).map((l) => l.split(/\s+/)[0]), PAGES);
  assert.match(lines[5]!, /^TOTAL\s+json\s/);
  assert.match(lines[6]!, /^sites: hyphen \d+ \(compound \d+, compound_acc/);
  const json = fakeIO();
  assert.equal(await main(['eval', '--truth', corpus, '--input', INPUT, '--json'], json), 0);
  const report = JSON.parse(json.out.text) as { pages: Array<{ id: string }>; total: { id: string; word_f1: number } };
  assert.deepEqual(report.pages.map((p) => p.id), PAGES);
  assert.equal(report.total.id, 'TOTAL');
  assert.ok(lines[5]!.includes(report.total.word_f1.toFixed(3).replace(/^0/, '')));
});

test('the same TOTAL as run-dev.sh: galley per file, then score.mjs', { skip }, async () => {
  const corpus = smallCorpus();
  const pred = tempDir('galley-evalpred-');
  for (const id of PAGES) {
    const file = join(corpus, id, INPUT);
    writeFileSync(join(pred, `${id}.json`), writeJson(restore({ name: file, bytes: readFileSync(file) })));
  }
  const ref = JSON.parse(execFileSync(process.execPath, [scorerPath(), '--truth', corpus, '--pred', pred, '--json'], { encoding: 'utf8' })) as { total: Record<string, unknown> };
  const io = fakeIO();
  await main(['eval', '--truth', corpus, '--input', INPUT, '--json'], io);
  const ours = JSON.parse(io.out.text) as { total: Record<string, unknown> };
  for (const [k, v] of Object.entries(ref.total)) assert.equal(typeof v === 'number' ? v.toFixed(3) : v, typeof ours.total[k] === 'number' ? (ours.total[k] as number).toFixed(3) : ours.total[k], k);
});

test('pages without the input are left out; a page Galley fails on is reported and scored as missing, exit 1', { skip }, async () => {
  const corpus = smallCorpus();
  rmSync(join(corpus, 'dev003', INPUT));
  const io = fakeIO({
    restore: (input: RestoreInput) => {
      if (input.name.includes('dev002')) throw new Error('boom');
      return restore(input);
    },
  });
  assert.equal(await main(['eval', '--truth', corpus, '--input', INPUT], io), 1);
  assert.equal(io.err.text, `galley eval: ${join(corpus, 'dev002', INPUT)}: internal error: boom (scored as missing)\n`);
  const rows = io.out.text.split('\n').filter((l) => /^dev\d/.test(l));
  assert.deepEqual(rows.map((l) => l.split(/\s+/).slice(0, 2)), [['dev001', 'json'], ['dev002', 'miss']]);
  assert.match(rows[1]!, /^dev002\s+miss\s+\.000/);
});

test('usage errors: no such folder, no pages, no --truth (exit 2)', { skip }, async () => {
  const a = fakeIO();
  assert.equal(await main(['eval', '--truth', '/nonexistent/corpus'], a), 2);
  assert.equal(a.err.text, 'galley eval: /nonexistent/corpus: no such file or directory\n');
  const empty = tempDir();
  const b = fakeIO();
  assert.equal(await main(['eval', '--truth', empty], b), 2);
  assert.equal(b.err.text, `galley eval: no <page-id>/truth.json with a page.txt under ${empty}, and no METS file\n`);
  const c = fakeIO();
  assert.equal(await main(['eval'], c), 2);
  assert.match(c.err.text, /required option '--truth <path>' not specified/);
});

test('spawned: galley eval runs as a command', { skip }, () => {
  const corpus = smallCorpus();
  const r = galley(['eval', '--truth', corpus, '--input', INPUT]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /\nTOTAL\s+json\s/);
});

test('usage: `galley --help` says --truth takes a corpus folder or a METS file', async () => {
  const io = fakeIO();
  assert.equal(await main(['--help'], io), 0);
  const help = io.out.text + io.err.text;
  assert.match(help, /galley eval --truth <corpus folder \| METS file> /u);
  assert.doesNotMatch(help, /--truth DIR/u);
  const docs = readFileSync(join(ROOT, 'docs', 'cli.md'), 'utf8');
  assert.match(docs, /galley eval --truth <corpus folder \| METS file> /u);
  assert.doesNotMatch(docs, /--truth DIR/u);
});
