/**
 * A piece ending on a left piece (a word the extractor cut from its printed line, its space glyph kept)
 * stops on a bare word only because its line was cut (src/transforms/reflow/links.ts `carriedOn`,
 * pieces.ts `fitsAfterLeft`). Real cases: d2_001 and d2_006 page.pdfminer.txt (CC BY-SA text): short
 * excerpts, and the whole page from ../shared when present.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { GalleyDocument } from '../../../src/model/types.js';
import { restore } from '../../../src/pipeline.js';
import { fitsAfterLeft, type Piece } from '../../../src/transforms/reflow/pieces.js';
import { sharedFile } from '../../structure/helpers.js';

const run = (text: string): GalleyDocument => restore({ name: 't.txt', bytes: new TextEncoder().encode(text) });
const paragraphs = (doc: GalleyDocument): string[] => doc.articles.flatMap((a) => a.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text));

test('the rest of a cut line is no whole line, and fits beside its left piece', () => {
  const p = (leftEnd: boolean, firstRatio: number, lastRatio: number): Piece => ({ leftEnd, firstRatio, lastRatio }) as Piece;
  assert.equal(fitsAfterLeft(p(true, 1, 0.4), p(false, 1, 1)), false, 'a whole line after a left piece');
  assert.equal(fitsAfterLeft(p(true, 1, 0.4), p(false, 0.5, 1)), true, 'a piece that fits beside it');
  assert.equal(fitsAfterLeft(p(true, 1, 0.7), p(false, 0.6, 1)), false, 'together longer than a line');
  assert.equal(fitsAfterLeft(p(false, 1, 0.4), p(false, 1, 1)), true, 'no left piece: nothing to fit');
});

/** Column lines around the excerpts: the page marks its cuts (a few lines end on a space, most do not). */
const COLUMN = [
  'The  study  combines',
  'qualitative  and  quantit-',
  'ative  approaches.  It  col-',
  'lects  the  data  based  on',
  'the  intervention  of  the',
  'games  in  the  classroom',
  'with the students of the',
  'elementary school. Before',
  'the  implementation  of  the',
  'intervention,  and  as  well',
  'as after the implementation',
  'of  the  intervention,  we',
  'performed  a  D2  Test  of  at-',
  'tention  that  measures',
  'selective  and  sustained',
  'attention.',
];

test('a left piece boxed alone after a closed paragraph does not carry on into the whole line after it (d2_001 excerpt)', () => {
  // As printed: the paragraph's end, the stray, a pull quote, then the next paragraph's column.
  const doc = run(
    [
      'The  games  involve  chal-',
      'lenges  and  rules  in-',
      'volving  the  exercise  of',
      'cognitive  functions,  es-',
      'pecially  the  working',
      'memory,  attention  and',
      'capacity of solving prob-',
      'lems.',
      '',
      'improvement ',
      '',
      '“The study in',
      'question focuses on',
      'the attention,',
      'proposing and',
      'evaluation in the',
      'context of the',
      'classroom.”',
      '',
      ...COLUMN,
      '',
    ].join('\n'),
  );
  const paras = paragraphs(doc);
  assert.ok(paras.some((t) => t.startsWith('The study combines')), paras.join(' | '));
});

test('a left piece between two pieces of one paragraph carries it on (d2_006 excerpt)', () => {
  const doc = run(
    [
      'ficial creation of the Municip-',
      'ality of Culion.',
      '',
      'In the past, Coron was vir-',
      'tually  unknown  outside  of',
      '',
      'it ',
      '',
      'Palawan.  It  remains  a  small,',
      'quaint  fishing  town  with  laid',
      'back  charm  but  with  increas-',
      ...COLUMN,
      '',
    ].join('\n'),
  );
  const paras = paragraphs(doc);
  assert.ok(paras.some((t) => t.startsWith('In the past, Coron was virtually unknown outside of it Palawan.')), paras.join(' | '));
});

test('whole page: the story’s last paragraph stays in its story (d2_001 pdfminer)', (t) => {
  const file = sharedFile('corpus', 'dev2', 'd2_001', 'page.pdfminer.txt');
  if (!file) return t.skip('corpus page not present');
  const doc = restore({ name: file, bytes: readFileSync(file) });
  const storyOf = (start: string): number => doc.articles.findIndex((a) => a.blocks.some((b) => b.text.replace(/^\(Miller in /, '').startsWith(start)));
  assert.ok(storyOf('The study combines') >= 0, 'the paragraph starts as printed');
  assert.equal(storyOf('The study combines'), storyOf('Considering the importance'));
});
