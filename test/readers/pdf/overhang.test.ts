/**
 * A web address set into the gutter past its column's edge does not close the gutter to the story
 * beside it in the reading order. Real case: dev019 page.pdf (CC BY-SA), where the block holding
 * `(http://www.wikihow.com/wikiHow:Contributions-` was read after the story to its right and opened a
 * story of its own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { restoreAsync } from '../../../src/pipeline.js';
import { toOutput } from '../../../src/writers/json/index.js';
import { orderBox } from '../../../src/readers/pdf/layout/page.js';
import type { PLine } from '../../../src/readers/pdf/layout/types.js';

const FILE = '../shared/corpus/dev/dev019/page.pdf';

test('dev019 page.pdf: the paragraph with the overhanging address stays in its story', { skip: !existsSync(FILE) }, async () => {
  const out = toOutput(await restoreAsync({ name: FILE, bytes: readFileSync(FILE) }));
  const articles = out.articles ?? [];
  assert.deepEqual(articles.map((a) => a.headline), [
    'Jack Herrick, wikiHow founder interviewed by Wikinews',
    'Reports: ‘streamlined’ UK asylum process to replace interview with questionnaire for five nationalities',
    'Wikinews interviews President of the International Brotherhood of Magicians',
  ]);
  const herrick = articles[0]!.blocks.map((b) => b.text).join('\n');
  assert.ok(herrick.includes('(http://www.wikihow.com/wikiHow:Contributions-to-Charity). In addition'));
});

const line = (x1: number): PLine => ({ x0: 217, y0: 0, x1, y1: 9, base: 8, size: 9.96, font: 0, words: [], rotated: false });
const block = (ends: number[]) => ({ lines: ends.map(line), box: { x0: 217, y0: 0, x1: Math.max(...ends), y1: 9 * ends.length } });

test('orderBox: a line or two past the column edge by more than an em are left out of the right edge', () => {
  assert.equal(orderBox(block([399.5, 431, 399.6, 399.4, 399.6, 380])).x1, 399.6);
  // Within an em: the block's own box.
  assert.equal(orderBox(block([399.5, 405, 399.6, 399.4])).x1, 405);
  // Half the lines wider: a wider measure, not an overhang.
  assert.equal(orderBox(block([300, 431, 300, 431])).x1, 431);
});
