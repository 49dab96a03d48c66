/**
 * A left piece pdfminer boxed alone, lines away from its printed line (src/transforms/restore-pieces/strays.ts).
 * Real case: a short excerpt of d2_007 page.pdfminer.txt (CC BY-SA text), trailing spaces as pdfminer wrote them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { GalleyDocument } from '../../../src/model/types.js';
import { read } from '../../../src/pipeline.js';
import { createRestorePieces } from '../../../src/transforms/restore-pieces/index.js';
import { STRAY_LINE_GUESS_CONFIDENCE } from '../../../src/transforms/restore-pieces/strays.js';

function restored(text: string): GalleyDocument {
  const doc = read('text', { name: 't.txt', bytes: new TextEncoder().encode(text) });
  createRestorePieces()(doc);
  return doc;
}
const blocks = (doc: GalleyDocument): string[][] => doc.pages[0]!.blocks.map((b) => b.lines.map((l) => l.text.trim().replace(/\s+/g, ' ')));
const strays = (doc: GalleyDocument) => doc.messages.filter((m) => m.rule === 'restore-pieces/stray');

const PAGE = [
  'tion,  to  edit  and  render  into',
  'Chinese Bernhard Karlgren’s mo-',
  'numental  Etudes  sur  la  Phonolo-',
  'gie Chinoise (published in 1940).',
  '',
  'there  afterwards. ',
  '',
  'He left for the US in 1938, and',
  'resided ',
  'In',
  '1945,  he  served  as  president  of',
  'the Linguistic Society of America,',
  'and a special issue of the society’s',
  'journal  Language  was  dedicated',
  '',
];

test('a left piece boxed alone goes to the one printed line near it that lacks words (d2_007 excerpt)', () => {
  const doc = restored(PAGE.join('\n'));
  const b = blocks(doc);
  assert.equal(b.length, 2, 'the stray’s block is gone');
  // In place, the pieces of the printed line are then one line (src/transforms/restore-pieces/join.ts).
  assert.deepEqual(b[1]!.slice(0, 3), ['He left for the US in 1938, and', 'resided there afterwards. In', '1945, he served as president of']);
  const [m] = strays(doc);
  assert.ok(m, 'the move is recorded');
  assert.equal(m.source?.span?.start.line, 6, 'at the stray');
  assert.equal(m.after, 'resided ⏎ there afterwards. ⏎ In');
});

test('without the left-piece mark nothing is moved', () => {
  const doc = restored(PAGE.map((l) => l.trimEnd()).join('\n'));
  assert.equal(strays(doc).length, 0);
});

test('two places that lack words in the box beside the stray: the box is certain, the line a guess', () => {
  const lines = [...PAGE];
  // A second printed line of two pieces, a third of the measure, stopping mid-sentence.
  lines.splice(12, 0, 'when ', 'He');
  const doc = restored(lines.join('\n'));
  const [m] = strays(doc);
  assert.ok(m, 'the stray goes into the box after it');
  assert.equal(m.confidence, STRAY_LINE_GUESS_CONFIDENCE, 'at the low confidence of a guessed line');
  assert.equal(blocks(doc).length, 2, 'the stray’s block is gone');
});

test('two places that lack words, one in each box around the stray: it stays (a tie is no evidence)', () => {
  const lines = [...PAGE];
  // A second printed line of two pieces, a third of the measure, stopping mid-sentence, in the box before.
  lines.splice(2, 0, 'when ', 'He');
  const doc = restored(lines.join('\n'));
  assert.equal(strays(doc).length, 0);
});
