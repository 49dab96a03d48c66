/**
 * The command run in-process with a replaced pipeline: an unexpected
 * exception for one file is reported and the batch goes on; --check fails an
 * output that lost text; the progress bar appears only on a terminal, for
 * long batches, without --quiet.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { restore, type RestoreInput } from '../../src/pipeline.js';
import { PROGRESS_MIN_FILES } from '../../src/cli/progress.js';
import { fakeIO, tempDir } from './harness.js';

const TEXT = 'CITY HALL VOTES\n\nThe council met on Tuesday and voted to keep the\nlibrary open.\n';

function files(n: number, dir = tempDir()): { dir: string; names: string[] } {
  const names: string[] = [];
  for (let i = 1; i <= n; i++) {
    const name = `p${i}.txt`;
    writeFileSync(join(dir, name), TEXT);
    names.push(name);
  }
  return { dir, names };
}

test('an internal error in the pipeline is reported for that file; the others are converted', async () => {
  const { dir, names } = files(3);
  const io = fakeIO({
    cwd: dir,
    restore: (input: RestoreInput) => {
      if (input.name.endsWith('p2.txt')) throw new TypeError("Cannot read properties of undefined (reading 'lines')");
      return restore(input);
    },
  });
  const code = await main([...names.map((n) => join(dir, n)), '--out', join(dir, 'out'), '-f', 'text'], io);
  assert.equal(code, 1);
  assert.equal(io.err.text, `galley: ${join(dir, 'p2.txt')}: internal error: Cannot read properties of undefined (reading 'lines')\n`);
  assert.deepEqual(readdirSync(join(dir, 'out')).sort(), ['p1.txt', 'p3.txt']);
});

test('a thrown non-Error is still one line', async () => {
  const { dir, names } = files(1);
  const io = fakeIO({
    cwd: dir,
    restore: () => {
      throw 'boom';
    },
  });
  assert.equal(await main([join(dir, names[0]!)], io), 1);
  assert.equal(io.err.text, `galley: ${join(dir, names[0]!)}: internal error: boom\n`);
});

test('an output too large for a JavaScript string is said as such, not as an internal error', async () => {
  const { dir, names } = files(2);
  const io = fakeIO({
    cwd: dir,
    restore: (input: RestoreInput) => {
      // what V8 throws when a string passes its length limit
      if (input.name.endsWith('p1.txt')) throw new RangeError('Invalid string length');
      return restore(input);
    },
  });
  assert.equal(await main([...names.map((n) => join(dir, n)), '--out', join(dir, 'out')], io), 1);
  assert.equal(io.err.text, `galley: ${join(dir, 'p1.txt')}: the output is too large to build (over the 512 MB a JavaScript string can hold)\n`);
  assert.deepEqual(readdirSync(join(dir, 'out')), ['p2.md']);
});

test('--check fails an output that lost text no message explains, and passes an honest one', async () => {
  const { dir, names } = files(1);
  const file = join(dir, names[0]!);
  const honest = fakeIO({ cwd: dir });
  assert.equal(await main([file, '--check', '-f', 'json'], honest), 0, honest.err.text);
  const lossy = fakeIO({
    cwd: dir,
    restore: (input: RestoreInput) => {
      const doc = restore(input);
      for (const a of doc.articles) a.blocks = a.blocks.filter((b) => !b.text.includes('library'));
      return doc;
    },
  });
  assert.equal(await main([file, '--check', '-f', 'json'], lossy), 1);
  assert.match(lossy.err.text, /^galley: .*p1\.txt: check failed: \d+ input word\(s\) missing from the output: .*library/m);
  // the output is still written: --check reports, it does not withhold
  assert.ok(JSON.parse(lossy.out.text).articles);
});

test('progress bar: on a terminal, for more than PROGRESS_MIN_FILES files, not with --quiet', async () => {
  const { dir, names } = files(PROGRESS_MIN_FILES + 2);
  const paths = [...names.map((n) => join(dir, n)), join(dir, 'missing.txt')];
  const tty = fakeIO({ cwd: dir, tty: true });
  assert.equal(await main([...paths, '--out', join(dir, 'o1')], tty), 1);
  assert.match(tty.err.text, /galley \|.*\| \d+\/8 files/);
  // the failure is still reported, on its own line
  assert.match(tty.err.text, new RegExp(`galley: ${join(dir, 'missing.txt')}: no such file\\n`));
  assert.match(tty.err.text, /galley: 7 of 8 files converted, 1 failed\n$/);

  const quiet = fakeIO({ cwd: dir, tty: true });
  await main([...paths, '--out', join(dir, 'o2'), '--quiet'], quiet);
  assert.equal(quiet.err.text, `galley: ${join(dir, 'missing.txt')}: no such file\n`);

  const pipe = fakeIO({ cwd: dir, tty: false });
  await main([...paths, '--out', join(dir, 'o3')], pipe);
  assert.equal(pipe.err.text, `galley: ${join(dir, 'missing.txt')}: no such file\n`);

  const few = fakeIO({ cwd: dir, tty: true });
  await main([...paths.slice(0, PROGRESS_MIN_FILES), '--out', join(dir, 'o4')], few);
  assert.doesNotMatch(few.err.text, /\|/);
});
