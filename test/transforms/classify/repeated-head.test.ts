/**
 * classify/furniture-repeated: a unit repeating the running head is furniture when it is the paper's
 * name (two words or more), not when it is one word, the section name a story also prints as a
 * subhead (dev015 raw `Interview`; skipped when ../shared/corpus is not beside the clone).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { restore } from '../../../src/pipeline.js';
import { toOutput } from '../../../src/writers/json/index.js';

const dev015 = '../shared/corpus/dev/dev015/page.raw.txt';
const dev001 = '../shared/corpus/dev/dev001/page.pdfminer.txt';

function convert(file: string) {
  const out = toOutput(restore({ name: file, bytes: new Uint8Array(readFileSync(file)) }));
  return {
    subheads: out.articles.flatMap((a) => a.blocks.filter((b) => b.type === 'subhead').map((b) => b.text)),
    body: out.articles.flatMap((a) => a.blocks.map((b) => b.text)).join('\n'),
    furniture: out.furniture.map((f) => f.text),
  };
}

test('dev015 raw: the section name `Interview` printed again between paragraphs is a subhead', { skip: !existsSync(dev015) }, () => {
  const { subheads } = convert(dev015);
  assert.ok(subheads.includes('Interview'), JSON.stringify(subheads));
});

test('dev001 pdfminer: the paper’s name printed again mid-page stays furniture', { skip: !existsSync(dev001) }, () => {
  const { body, furniture } = convert(dev001);
  assert.ok(!body.includes('THE MERIDIAN TIMES'), 'not in the story text');
  assert.ok(furniture.filter((f) => f === 'THE MERIDIAN TIMES').length >= 1, JSON.stringify(furniture));
});
