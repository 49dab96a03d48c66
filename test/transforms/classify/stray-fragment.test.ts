/**
 * classify/headline: a heading set wider than the column over a stray lower-case word or two and
 * then a story's start (corpus pdfminer and page.txt pages; skipped when ../shared/corpus is not
 * beside the clone).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { restore } from '../../../src/pipeline.js';
import { toOutput } from '../../../src/writers/json/index.js';

const heads = (file: string): Array<string | null> =>
  toOutput(restore({ name: file, bytes: new Uint8Array(readFileSync(file)) })).articles.map((a) => a.headline);

const d2001 = '../shared/corpus/dev2/d2_001/page.pdfminer.txt';
const d2007 = '../shared/corpus/dev2/d2_007/page.txt';

test('d2_001 pdfminer: `New faces emerge …` over the stray `turnout` and `HONG KONG—The …` is a headline', { skip: !existsSync(d2001) }, () => {
  const h = heads(d2001);
  assert.ok(h.includes('New faces emerge as veteran politicians step down in Hong Kong legislative election'), JSON.stringify(h));
});

test('d2_007 page.txt: a wide line over a lower-case word with no story start after it stays running text', { skip: !existsSync(d2007) }, () => {
  const h = heads(d2007);
  assert.ok(!h.some((x) => x?.startsWith('The stampede at Islam')), JSON.stringify(h));
});
