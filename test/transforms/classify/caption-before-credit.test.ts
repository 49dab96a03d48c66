/**
 * classify/caption-before-credit: a line or two standing apart right before a photographer's credit
 * (`NAME/AGENCY`), with running text after the credit, is the caption an extractor read before it
 * (d2_003 pdfminer; skipped when ../shared/corpus is not beside the clone).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { restore } from '../../../src/pipeline.js';
import { toOutput } from '../../../src/writers/json/index.js';

const d2003 = '../shared/corpus/dev2/d2_003/page.pdfminer.txt';
const convert = (text: string) => {
  const doc = restore({ name: 'page.pdfminer.txt', bytes: new TextEncoder().encode(text) });
  return { doc, out: toOutput(doc) };
};

test('d2_003 pdfminer: `Port of Refuge Harbor at Neiafu` ⏎ `FATIMA SILVA/EPA` is a caption, not a headline', { skip: !existsSync(d2003) }, () => {
  const { doc, out } = convert(readFileSync(d2003, 'utf8'));
  assert.ok(!out.articles.some((a) => a.headline === 'Port of Refuge Harbor at Neiafu'));
  assert.ok(out.articles.some((a) => a.captions.some((c) => c.text === 'Port of Refuge Harbor at Neiafu')));
  assert.ok(doc.messages.some((m) => m.rule === 'classify/caption-before-credit' && m.text.includes('FATIMA SILVA/EPA')));
});

test('d2_003 pdfminer, edited: a line that breaks off on a comma before the credit is not taken for its caption', { skip: !existsSync(d2003) }, () => {
  const text = readFileSync(d2003, 'utf8');
  const edited = text.replace('Port of Refuge Harbor at Neiafu\n', 'Port of Refuge Harbor at Neiafu,\n');
  assert.notEqual(edited, text, 'the excerpt is on the page');
  const { doc, out } = convert(edited);
  assert.ok(!doc.messages.some((m) => m.rule === 'classify/caption-before-credit'));
  assert.ok(!out.articles.some((a) => a.captions.some((c) => c.text.startsWith('Port of Refuge'))));
});
