/**
 * Lists set one item per line, each closing on a bracket or a year (an infobox's career list):
 * every item is a paragraph of its own, in a text box too, and no item is carried on into the
 * next piece as an unfinished sentence. Real case: dev005 (CC BY-SA), all text inputs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { restore } from '../../../src/pipeline.js';
import { closesItem } from '../../../src/transforms/reflow/boundaries.js';
import { sharedFile, squash } from '../../structure/helpers.js';

test('items close on a bracket or a year', () => {
  assert.ok(closesItem('World Series champion (2013)'));
  assert.ok(closesItem('Hit for the cycle on June 16, 2015'));
  assert.ok(!closesItem('Holt made his major league debut on'));
});

for (const input of ['page.pdfminer.txt', 'page.raw.txt']) {
  test(`dev005 ${input}: the career list gives one paragraph per item`, (t) => {
    const file = sharedFile('corpus', 'dev', 'dev005', input);
    if (!file) return t.skip('../shared not present');
    const doc = restore({ name: file, bytes: readFileSync(file) });
    const paras = new Set(doc.articles.flatMap((a) => a.blocks.filter((b) => b.type === 'paragraph').map((b) => squash(b.text))));
    for (const item of ['All-Star (2015)', 'Hit for the cycle on June 16, 2015', 'World Series champion (2013)']) {
      assert.ok(paras.has(squash(item)), `"${item}" is a paragraph of its own`);
    }
  });
}
