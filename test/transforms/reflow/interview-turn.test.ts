/**
 * A turn of an interview opens its paragraph with the speaker's label: no sentence broken elsewhere
 * goes on into it (src/transforms/reflow/links.ts, pieces.ts opensTurn, boundaries.ts repeatedLabels).
 * Real case: dev017 page.pdfminer.txt (CC BY-SA), where a caption box sits between two turns.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { restore } from '../../../src/pipeline.js';
import { repeatedLabels } from '../../../src/transforms/reflow/boundaries.js';
import { sharedFile, squash } from '../../structure/helpers.js';

test('repeated labels: a speaker speaks more than once, a title on a colon is printed once', () => {
  const labels = repeatedLabels([
    'Wikinews: What is your purpose be-',
    'Isabel Ruiz: There’s of course Jason,',
    'Sydfynske Øhav: Get in',
    'Wikinews: How did you start?',
    'Isabel Ruiz:',
    'The following options: race;',
  ]);
  assert.deepEqual([...labels].sort(), ['Isabel Ruiz', 'Wikinews']);
});

test('dev017 pdfminer: `Mario J Lucero: Digital Domain` ⏎⏎ caption ⏎⏎ `Wikinews: What is your purpose…` are two turns', (t) => {
  const file = sharedFile('corpus', 'dev', 'dev017', 'page.pdfminer.txt');
  if (!file) return t.skip('../shared not present');
  const doc = restore({ name: file, bytes: readFileSync(file) });
  const paras = doc.articles.flatMap((x) => x.blocks.filter((bl) => bl.type === 'paragraph').map((bl) => squash(bl.text)));
  assert.ok(paras.includes(squash('Mario J Lucero: Digital Domain')));
  assert.ok(paras.some((p) => p.startsWith(squash('Wikinews: What is your purpose behind this venture?'))));
});
