/**
 * A page number glued under running text at a block's end (split.ts folioUnderText): it is cut off as
 * furniture, and the sentence it interrupted goes on in the next block. Real case: dev015 page.txt
 * (CC BY-SA); the counter-cases are made-up lines in the style of the corpus.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { restore } from '../../../src/pipeline.js';
import { read } from '../../../src/readers/index.js';
import { folioUnderText, pageLines } from '../../../src/transforms/reflow/split.js';
import { sharedFile, squash } from '../../structure/helpers.js';

function run(name: string, text: string | Uint8Array): { paras: string[]; furniture: string[] } {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const doc = restore({ name, bytes });
  return {
    paras: doc.articles.flatMap((a) => a.blocks.filter((b) => b.type === 'paragraph').map((b) => squash(b.text))),
    furniture: doc.furniture.map((f) => f.text.trim()),
  };
}

test('dev015 page.txt: the folio under `Heald noted` is furniture and the sentence goes on', (t) => {
  const file = sharedFile('corpus', 'dev', 'dev015', 'page.txt');
  if (!file) return t.skip('../shared not present');
  const { paras, furniture } = run(file, readFileSync(file));
  assert.ok(paras.some((p) => p.includes(squash('and diseases. Heald noted the findings show pollution reduction is also important.'))), 'the sentence runs on over the folio');
  assert.ok(!paras.some((p) => /\b35\b/u.test(p) && p.includes('Heald noted')), 'the folio is in no paragraph');
  assert.ok(furniture.includes('35'), 'the folio is furniture');
});

const ABOVE = [
  'The study focuses on ozone-temperature covariation: ground-level',
  'ozone increases with temperatures, the researchers said on Tuesday.',
  'The effect was measured in the fields of the state, and Heald noted',
];

/** The measured lines of a made-up page.txt text, and whether folioUnderText takes the line `at`. */
function folioAt(lines: string[], at: string): boolean {
  const doc = read('text', { name: 'page.txt', bytes: new TextEncoder().encode(lines.join('\n')) });
  const infos = pageLines(doc.pages[0]!);
  const i = infos.findIndex((l) => l.line.text.trim() === at);
  assert.ok(i > 0, `the line ${at} is there`);
  return folioUnderText(infos, i);
}

test('a bare number on a block\'s last line, under a sentence left open, is a folio', () => {
  assert.ok(folioAt([...ABOVE, '35', '', 'the findings show pollution reduction is also important.', ''], '35'));
});

test('a number under a finished sentence, a number that goes on, or one with its stop, is no folio', () => {
  // The sentence above is closed: the number may be a label or an item's, not text broken by a folio.
  assert.ok(!folioAt([...ABOVE.slice(0, 2), '35', '', 'the findings show pollution reduction is also important.', ''], '35'));
  // Lines follow in the same block: the number is inside the text.
  assert.ok(!folioAt([...ABOVE, '35', 'percent of the crops were lost that year.', ''], '35'));
  // A number carrying its stop closes a sentence.
  assert.ok(!folioAt([...ABOVE, '1989.', '', 'Other text follows here in a new block.', ''], '1989.'));
});

test('a jump line broken before its page number keeps it: the number is the jump\'s, not a folio (review)', () => {
  const text = ['The council will meet again next week to discuss the plan and', 'Please turn to page', '12', '', 'Other text follows here in a new block.', ''];
  assert.ok(!folioAt(text, '12'));
  // The same number under running text that leaves its sentence open is one.
  assert.ok(folioAt(['The council will meet again next week to discuss the plan and', 'the budget of the library for the coming', '12', '', 'year, which the mayor hopes to close.', ''], '12'));
});
