/**
 * A pull quote set in a narrow box, cut into pieces that are boxes of their own: on a page with
 * boxes, each piece right under the one before (within a line height, same left edge) belongs to the
 * quote. Real case: d2_006 page.pdf (CC BY-SA), whose quote `“… In all of this research, he
 * illuminated the fundamental importance of semantics,` ⏎ `and its role in motivating` ⏎ `syntactic
 * and morphological phenomena.”` ended up as a paragraph.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { restoreAsync } from '../../src/pipeline.js';
import { toOutput } from '../../src/writers/json/index.js';
import { rightUnder, type UnitInfo } from '../../src/transforms/classify/units.js';
import { sharedFile } from './helpers.js';

test('d2_006 page.pdf: the pull quote’s last pieces are furniture, not a paragraph', async (t) => {
  const path = sharedFile('corpus', 'dev2', 'd2_006', 'page.pdf');
  if (!path) return t.skip('corpus not present');
  const out = toOutput(await restoreAsync({ name: path, bytes: readFileSync(path) }));
  const paragraphs = (out.articles ?? []).flatMap((a) => a.blocks.map((b) => b.text));
  assert.ok(!paragraphs.some((p) => p.startsWith('and its role in motivating')), paragraphs.filter((p) => p.includes('motivating')).join('\n'));
  // The sentence stays once, in its paragraph.
  assert.equal(paragraphs.filter((p) => p.includes('and its role in motivating syntactic and morphological phenomena')).length, 1);
});

const unit = (box: { x0: number; y0: number; x1: number; y1: number } | undefined, gapBefore = false): UnitInfo =>
  ({ gapBefore, block: { kind: 'text', source: { page: 1 }, lines: [{ text: 'x', original: 'x', source: { page: 1 }, ...(box ? { box } : {}) }] } }) as unknown as UnitInfo;

test('rightUnder: within a line height under, at the same left edge; without boxes, no blank line between', () => {
  const a = unit({ x0: 724, y0: 466, x1: 831, y1: 476 });
  assert.equal(rightUnder(a, unit({ x0: 730, y0: 478, x1: 825, y1: 488 })), true);
  assert.equal(rightUnder(a, unit({ x0: 724, y0: 500, x1: 825, y1: 510 })), false, 'a blank line’s height below');
  assert.equal(rightUnder(a, unit({ x0: 608, y0: 478, x1: 716, y1: 488 })), false, 'the column to the left');
  assert.equal(rightUnder(unit(undefined), unit(undefined, false)), true);
  assert.equal(rightUnder(unit(undefined), unit(undefined, true)), false);
});
