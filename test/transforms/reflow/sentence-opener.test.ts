/**
 * A line set alone that ends on a bare content word (a heading's shape) does not run on into a piece that
 * opens a sentence (`In the 1990s, Fillmore…`: a capitalised preposition, then lower case)
 * (src/transforms/reflow/links.ts SENTENCE_OPENER, standsAlone). Real case: dev012 page.pdfminer.txt
 * (CC BY-SA), where two headings were classified as text and run into the story under them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { restore } from '../../../src/pipeline.js';
import { SENTENCE_OPENER, standsAlone } from '../../../src/transforms/reflow/links.js';
import type { Piece } from '../../../src/transforms/reflow/pieces.js';
import { sharedFile, squash } from '../../structure/helpers.js';

test('dev012 pdfminer: `Hundreds dead in Hajj stampede` ⏎⏎ `In the 1990s, Fillmore taught` is no sentence going on', (t) => {
  const file = sharedFile('corpus', 'dev', 'dev012', 'page.pdfminer.txt');
  if (!file) return t.skip('../shared not present');
  const doc = restore({ name: file, bytes: readFileSync(file) });
  const paras = doc.articles.flatMap((x) => x.blocks.filter((bl) => bl.type === 'paragraph').map((bl) => squash(bl.text)));
  assert.ok(paras.some((p) => p.startsWith(squash('In the 1990s, Fillmore taught classes in computational'))));
  assert.ok(!paras.some((p) => p.includes(squash('Hajj stampede In the 1990s'))));
});


test('sentence openers and heading-shaped lines: titles and names, and lines ending on a function word, are left out', () => {
  assert.ok(SENTENCE_OPENER.test('In the 1990s, Fillmore taught'));
  assert.ok(SENTENCE_OPENER.test('The stampede at Islam’s most holy site'));
  // A title or a name goes on in capitals: it may carry a sentence on (`… reported by` ⏎ `The Hague …`).
  assert.ok(!SENTENCE_OPENER.test('The Hague said on Monday'));
  assert.ok(!SENTENCE_OPENER.test('Hundreds dead in Hajj stampede'));
  const piece = (text: string): Piece => ({ block: { kind: 'paragraph', lines: [{ text, original: text, source: { line: 1, column: 1, offset: 0 } }] } }) as unknown as Piece;
  assert.ok(standsAlone(piece('Hundreds dead in Hajj stampede')));
  // A line ending on a conjunction plainly goes on (d2_002 page.txt: `“We are so interested because`).
  assert.ok(!standsAlone(piece('“We are so interested because')));
});
