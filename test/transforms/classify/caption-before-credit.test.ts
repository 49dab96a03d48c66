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

/** Made-up pages: a headline over its photo's credit and its text read in the same order as d2_003's caption. */
const FLOOD = [
  'Flood waters rise in the valley',
  '',
  'JOHN SMITH/AP',
  '',
  'Residents of the lower valley were told to',
  'leave their homes on Sunday as the river rose',
  'above its banks for the second time this',
  'month, and the army was called in to build',
  'walls of sandbags along the main road through',
  'the town, where the water had already reached',
  'the doors of the church and the post office',
  'by noon, and the schools were closed for the',
  'rest of the week while the clean-up went on.',
  '',
].join('\n');

test('a headline over a photographer\'s credit and its own text stays the headline (no other head names the text)', () => {
  const { doc, out } = convert(FLOOD);
  assert.equal(out.articles[0]?.headline, 'Flood waters rise in the valley');
  assert.ok(!out.articles.some((a) => a.captions.some((c) => c.text.startsWith('Flood waters'))));
  assert.ok(!doc.messages.some((m) => m.rule === 'classify/caption-before-credit'));
});

test('the same order is a caption read before its credit when the text after the credit is the lead of a head read elsewhere', () => {
  const page = ['Vava’u', '', 'By Daniel Reyes', '', 'Kevin Allton, a USI instructor, said Warhol was', 'a legend of the art world and of its market.', '', 'Port of Refuge Harbor at Neiafu', '', 'FATIMA SILVA/EPA', '', 'Vava’u is a group of more than 50 islands in', 'Tonga, about 150 miles north of Tongatapu, all', 'of them either raised coral limestone or', 'coral atolls. The beautiful harbour opposite', 'the main town of Neiafu (known as the Port', 'of Refuge Harbour) is a common destination', 'for yachties sailing the South Pacific, and', 'the waters of the islands are known for their', 'clarity, it being said that you can see the', 'bottom at forty metres on a calm morning.', 'The area attracts many humpback whales between', 'June and November, and there are lots of', 'companies organising tours to see them, with', 'places to stay to suit most budgets.', ''].join('\n');
  const { doc } = convert(page);
  assert.ok(doc.messages.some((m) => m.rule === 'classify/caption-before-credit' && m.text.includes('FATIMA SILVA/EPA')), doc.messages.filter((m) => m.rule.startsWith('classify/')).map((m) => `${m.rule} ${m.text}`).join('\n'));
});
