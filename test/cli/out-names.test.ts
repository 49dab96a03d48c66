/** The --out naming rule (src/cli/out-names.ts) and atomic writes (src/cli/atomic-write.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { commonParent, outputNames } from '../../src/cli/out-names.js';
import { writeFileAtomic } from '../../src/cli/atomic-write.js';
import { tempDir } from './harness.js';

const CWD = '/work/x';

const cases: Array<[string, string[], string, string[]]> = [
  ['one file: its base name', ['a/b/page.txt'], '.md', ['page.md']],
  ['same base name in sibling folders: the folders are kept', ['corpus/dev001/page.txt', 'corpus/dev002/page.txt'], '.md', ['dev001/page.md', 'dev002/page.md']],
  ['different depths: relative to the common parent', ['c/d/p.txt', 'c/q.txt'], '.json', ['d/p.json', 'q.json']],
  ['same stem, different extensions: whole names kept', ['a/page.txt', 'a/page.raw'], '.md', ['page.txt.md', 'page.raw.md']],
  ['names differing only in case collide too (case-insensitive file systems)', ['a/Page.txt', 'a/page.txt'], '.md', ['Page.txt.md', 'page.txt~2.md']],
  ['no extension', ['a/README'], '.txt', ['README.txt']],
  ['stdin', ['-', 'a/p.txt'], '.md', ['stdin.md', 'p.md']],
  ['the same input twice: the same output', ['a/p.txt', './a/p.txt'], '.md', ['p.md', 'p.md']],
  ['a kept whole name meeting another input: ~2', ['a/page.txt', 'a/page.raw', 'a/page.txt.md'], '.md', ['page.txt.md', 'page.raw.md', 'page.txt~2.md']],
];

for (const [what, inputs, ext, expected] of cases) {
  test(`out names: ${what}`, () => {
    assert.deepEqual(outputNames(inputs, ext, 'out', CWD), expected);
  });
}

test('out names: an output that would replace its input keeps the whole name', () => {
  assert.deepEqual(outputNames(['a/story.md'], '.md', 'a', CWD), ['story.md.md']);
});

test('out names: absolute inputs with nothing in common but the root', () => {
  assert.equal(commonParent(['/x/a.txt', '/y/b.txt']), '/');
  assert.deepEqual(outputNames(['/x/a.txt', '/y/a.txt'], '.md', 'out', CWD), ['x/a.md', 'y/a.md']);
});

test('atomic write: creates folders, replaces the old content whole', () => {
  const dir = tempDir();
  const target = join(dir, 'sub', 'out.md');
  writeFileAtomic(target, 'first\n');
  writeFileAtomic(target, 'second\n');
  assert.equal(readFileSync(target, 'utf8'), 'second\n');
  assert.deepEqual(readdirSync(join(dir, 'sub')), ['out.md']);
});

test('atomic write: a failed rename leaves no temporary file and the target untouched', () => {
  const dir = tempDir();
  // the target is a non-empty folder: the rename over it fails
  const target = join(dir, 'taken');
  mkdirSync(target);
  writeFileSync(join(target, 'keep'), 'x');
  assert.throws(() => writeFileAtomic(target, 'data'), /EISDIR|ENOTEMPTY|EEXIST|EPERM/);
  assert.deepEqual(readdirSync(dir), ['taken']);
  assert.deepEqual(readdirSync(target), ['keep']);
});
