/**
 * Reflow links pieces into chains and never closes one into a loop (index.ts `ChainSets`): a loop's
 * pieces would have no first piece and fall out of the page. Pieces that each start in lower case and
 * stop open can each continue the other; only one of the two links is made.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { defaultTransforms, detectFormat, read, restore } from '../../../src/pipeline.js';
import type { Block } from '../../../src/model/types.js';
import { writeText } from '../../../src/writers/index.js';
import { sharedFile } from '../../structure/helpers.js';

test('two pieces that could each continue the other make one chain, both kept once', () => {
  const text = 'members of the committee said that the plan for\n\nthe new bridge across the river would be paid by\n';
  const out = writeText(restore({ name: 'loop.txt', bytes: Buffer.from(text) }));
  assert.equal(out.trim(), 'members of the committee said that the plan for the new bridge across the river would be paid by');
});

test('a page cut into hundreds of lower-case pieces keeps every piece once (d2_001 page.txt, CC BY-SA)', (t) => {
  const path = sharedFile('corpus', 'dev2', 'd2_001', 'page.txt');
  if (!path) return t.skip('corpus not present');
  const bytes = readFileSync(path);
  const doc = read(detectFormat(path, bytes), { name: path, bytes });
  let before: Set<Block> | null = null;
  let dropCaps = 0;
  for (const step of defaultTransforms()) {
    if (step.name === 'reflow') before = new Set(doc.pages[0]!.blocks);
    const n = doc.messages.length;
    step.run(doc);
    if (step.name === 'reflow') dropCaps = doc.messages.slice(n).filter((m) => m.rule === 'reflow/drop-cap').length;
    if (step.name === 'reflow') break;
  }
  const links = doc.messages.filter((m) => m.rule === 'reflow/column-break').length;
  assert.ok(links > 300, `links made: ${links}`);
  // Reflow only puts pieces in order (and joins a displaced drop cap to its word): the same blocks, each once.
  const after = doc.pages[0]!.blocks;
  assert.ok(dropCaps > 0);
  assert.equal(new Set(after).size, after.length);
  assert.ok(after.every((b) => before!.has(b)));
  assert.equal(after.length, before!.size - dropCaps);
});
