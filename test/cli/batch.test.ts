/** Batches: one bad file is reported and the others still succeed; --out names never collide; writes are atomic. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { galley, ROOT, tempDir } from './harness.js';
import { writePdf } from '../readers/pdf/helpers/pdf-writer.js';

const PAGE_A = 'CITY HALL VOTES\n\nThe council met on Tuesday and voted to keep the\nlibrary open.\n';
const PAGE_B = 'HARBOUR REOPENS\n\nShips returned to the harbour after a week of\nrepairs to the quay.\n';

/** Every file under `dir`, relative, sorted. */
function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

test('one missing file among good ones: the good outputs are written, the bad one named, exit 1', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.txt'), PAGE_A);
  writeFileSync(join(dir, 'b.txt'), PAGE_B);
  writeFileSync(join(dir, 'empty.txt'), '');
  const r = galley(['a.txt', 'missing.txt', 'empty.txt', 'b.txt', '--out', 'out', '--format', 'text'], { cwd: dir });
  assert.equal(r.code, 1);
  assert.equal(r.stderr, 'galley: missing.txt: no such file\ngalley: empty.txt: the file is empty\n');
  assert.equal(r.stdout, '');
  assert.deepEqual(listFiles(join(dir, 'out')), ['a.txt', 'b.txt']);
  assert.match(readFileSync(join(dir, 'out', 'a.txt'), 'utf8'), /library open/);
  assert.match(readFileSync(join(dir, 'out', 'b.txt'), 'utf8'), /repairs to the quay/);
});

test('all good: exit 0, one output per input, no temporary files left', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.txt'), PAGE_A);
  writeFileSync(join(dir, 'b.txt'), PAGE_B);
  const r = galley(['a.txt', 'b.txt', '--out', 'out', '--format', 'json'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(listFiles(join(dir, 'out')), ['a.json', 'b.json']);
  for (const f of ['a.json', 'b.json']) assert.equal(JSON.parse(readFileSync(join(dir, 'out', f), 'utf8')).source.format, 'text');
});

test('--out: inputs with the same base name in different folders do not overwrite each other', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'corpus', 'dev001'), { recursive: true });
  mkdirSync(join(dir, 'corpus', 'dev002'), { recursive: true });
  writeFileSync(join(dir, 'corpus', 'dev001', 'page.txt'), PAGE_A);
  writeFileSync(join(dir, 'corpus', 'dev002', 'page.txt'), PAGE_B);
  const r = galley(['corpus/dev001/page.txt', 'corpus/dev002/page.txt', '--out', 'out'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(listFiles(join(dir, 'out')), ['dev001/page.md', 'dev002/page.md']);
  assert.match(readFileSync(join(dir, 'out', 'dev001', 'page.md'), 'utf8'), /library open/);
  assert.match(readFileSync(join(dir, 'out', 'dev002', 'page.md'), 'utf8'), /repairs to the quay/);
});

test('--out: inputs differing only in extension keep their whole name', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'page.txt'), PAGE_A);
  writeFileSync(join(dir, 'page.raw'), PAGE_B);
  const r = galley(['page.txt', 'page.raw', '--out', 'out', '-f', 'text'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(listFiles(join(dir, 'out')), ['page.raw.txt', 'page.txt.txt']);
});

test('--out into the inputs’ own folder never overwrites an input', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'story.md'), PAGE_A);
  const r = galley(['story.md', '--out', '.'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(readFileSync(join(dir, 'story.md'), 'utf8'), PAGE_A);
  assert.match(readFileSync(join(dir, 'story.md.md'), 'utf8'), /library open/);
});

test('several inputs to stdout: JSON Lines, Markdown sections with the file name', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.txt'), PAGE_A);
  writeFileSync(join(dir, 'b.txt'), PAGE_B);
  const json = galley(['a.txt', 'b.txt', '-f', 'json'], { cwd: dir });
  assert.equal(json.code, 0);
  const lines = json.stdout.trimEnd().split('\n');
  assert.equal(lines.length, 2);
  assert.deepEqual(lines.map((l) => JSON.parse(l).source.name), ['a.txt', 'b.txt']);
  const md = galley(['a.txt', 'b.txt'], { cwd: dir });
  assert.match(md.stdout, /^# a\.txt\n\n[\s\S]*library open[\s\S]*\n# b\.txt\n\n[\s\S]*quay/);
  // one input: the writer's output as it is (pretty JSON)
  const one = galley(['a.txt', '-f', 'json'], { cwd: dir });
  assert.equal(JSON.parse(one.stdout).source.name, 'a.txt');
  assert.ok(one.stdout.split('\n').length > 3);
});

test('stdin: "-" reads standard input, named <stdin>', () => {
  const r = galley(['-', '-f', 'json'], { input: PAGE_B });
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.source.name, '<stdin>');
  assert.match(JSON.stringify(out.articles), /repairs to the quay/);
  const empty = galley(['-'], { input: '' });
  assert.equal(empty.code, 1);
  assert.equal(empty.stderr, 'galley: <stdin>: the file is empty\n');
  const dir = tempDir();
  const written = galley(['-', '--out', 'o', '-f', 'text'], { input: PAGE_A, cwd: dir });
  assert.equal(written.code, 0, written.stderr);
  assert.ok(existsSync(join(dir, 'o', 'stdin.txt')));
});

test('--version, --help and --schema', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const v = galley(['--version']);
  assert.equal(v.code, 0);
  assert.equal(v.stdout, `${pkg.version}\n`);
  const h = galley(['--help']);
  assert.equal(h.code, 0);
  for (const s of ['--format', '--out', '--explain', '--quiet', '--furniture', '--schema', '--check', 'Exit codes:', 'eval']) assert.ok(h.stdout.includes(s), s);
  const s = galley(['--schema']);
  assert.equal(s.code, 0);
  const schema = JSON.parse(s.stdout) as { type: string; properties: Record<string, unknown> };
  assert.equal(schema.type, 'object');
  assert.ok('articles' in schema.properties && 'furniture' in schema.properties && 'messages' in schema.properties);
});

test('a scanned PDF (no text on any page) among good inputs: named with the OCR hint, no output for it, the others written whole, exit 1', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.txt'), PAGE_A);
  writeFileSync(join(dir, 'scan.pdf'), writePdf([{ width: 300, height: 400, items: [{ type: 'image', x: 0, y: 0, w: 300, h: 400 }] }]));
  writeFileSync(join(dir, 'b.txt'), PAGE_B);
  const r = galley(['a.txt', 'scan.pdf', 'b.txt', '--out', 'out', '--format', 'text'], { cwd: dir });
  assert.equal(r.code, 1);
  assert.equal(r.stderr, 'galley: scan.pdf: its only page has no text layer (one image): it looks scanned; run OCR on it (e.g. tesseract with hOCR or ALTO output) and give Galley the OCR file\n');
  assert.deepEqual(listFiles(join(dir, 'out')), ['a.txt', 'b.txt']);
  assert.equal(readFileSync(join(dir, 'out', 'b.txt'), 'utf8'), galley(['b.txt', '--format', 'text'], { cwd: dir }).stdout);
});

test('standard input given twice (- -) converts the same text twice (the second was "the file is empty")', () => {
  const r = galley(['-', '-', '--format', 'text'], { input: PAGE_B });
  assert.equal(r.stderr, '');
  assert.equal(r.code, 0);
  const one = galley(['-', '--format', 'text'], { input: PAGE_B }).stdout;
  assert.equal(r.stdout, `==> <stdin> <==\n${one}\n==> <stdin> <==\n${one}\n`);
});
