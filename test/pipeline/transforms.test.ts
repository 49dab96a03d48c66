import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { defaultTransforms, read, restore, restoreTransforms, structureTransforms } from '../../src/pipeline.js';
import { writeJson } from '../../src/writers/index.js';

test('the pipeline is the restore steps, then the structure steps (the bench times the restore alone)', () => {
  const names = (steps: Array<{ name: string }>) => steps.map((s) => s.name);
  assert.deepEqual(names(restoreTransforms()), ['restore-pieces', 'restore-columns', 'dehyphenate', 'dashes']);
  assert.deepEqual(names(defaultTransforms()), [...names(restoreTransforms()), ...names(structureTransforms())]);
});

test('running the two halves in turn gives what restore gives (seed page)', () => {
  const bytes = readFileSync('../shared/examples/seed-page.txt');
  const doc = read('text', { name: 'seed-page.txt', bytes });
  for (const step of [...restoreTransforms(), ...structureTransforms()]) step.run(doc);
  assert.equal(writeJson(doc), writeJson(restore({ name: 'seed-page.txt', bytes })));
});
