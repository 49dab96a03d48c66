/**
 * Placing the pieces of side-by-side rows in columns (src/transforms/restore-columns/assign.ts).
 * Pieces from dev007 page.txt (two columns of the Jespersen story), checked against page.raw.txt.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BREAKS_WORD, COMPLETES_WORD, LOWER_AFTER_END, placeRows, READS_ON, readsOn, UNKNOWN_REST } from '../../../src/transforms/restore-columns/assign.js';
import type { Piece } from '../../../src/transforms/restore-columns/cut.js';

const piece = (text: string, rowStart = false): Piece => ({ start: 0, end: text.length, text, restoredHyphen: false, rowStart, ratio: 1 });

test('how a piece reads on from the last line of a column', () => {
  const rows: Array<[string | undefined, string, number]> = [
    ['attending lectures at institutions like Oxford University. Follow-', 'ing the advice of his mentor Vilhelm Thomsen, he returned to', COMPLETES_WORD],
    ['attending lectures at institutions like Oxford University. Follow-', 'Copenhagen in August 1888 and began work on his doctoral dis-', BREAKS_WORD],
    ['attending lectures at institutions like Oxford University. Follow-', 'nexus combines two ideas. Junction and nexus proved valuable', UNKNOWN_REST],
    ['French, with English and Latin as his secondary languages. He', 'supported himself during his studies through part-time work as', READS_ON],
    ['in bringing the concept of context to the forefront of the attention', 'of the world of linguistics.', READS_ON],
    ['of the world of linguistics.', 'sertation on the English case system.', LOWER_AFTER_END],
    ['of the world of linguistics.', 'He advanced the theories of Rank and Nexus in Danish in two', READS_ON],
    [undefined, 'He advanced the theories of Rank and Nexus in Danish in two', 0],
  ];
  for (const [prev, next, want] of rows) assert.equal(readsOn(prev === undefined ? undefined : piece(prev), piece(next)), want, `${prev} ⏎ ${next}`);
});

test('full rows are placed as they stand; a row of one piece goes where it reads on', () => {
  const rows = [
    [piece('France, meeting linguists like Henry Sweet and Paul Passy and', true), piece('fied by a further concept called a junction which represents one')],
    [piece('attending lectures at institutions like Oxford University. Follow-', true), piece('idea, expressed by means of two or more elements, whereas a')],
    // Only the right column had a line on this baseline…
    [piece('nexus combines two ideas. Junction and nexus proved valuable', true)],
    // …and only the left one on this.
    [piece('ing the advice of his mentor Vilhelm Thomsen, he returned to', true)],
  ];
  const { columns, tossUps } = placeRows(rows, 2);
  assert.deepEqual(
    columns.map((c) => c.map((p) => p.text.split(' ')[0])),
    [
      ['France,', 'attending', 'ing'],
      ['fied', 'idea,', 'nexus'],
    ],
  );
  assert.equal(tossUps, 0);
});

test('a line short of the measure ends its paragraph: what follows in its column starts anew', () => {
  // dev007 page.txt: the heading `E ARLY LIFE`, then `Otto Jespersen was born …` in its column and
  // `teaching reform …` going on in the other.
  const heading: Piece = { ...piece('E ARLY LIFE'), ratio: 0.3 };
  assert.equal(readsOn(heading, piece('teaching reform and on phonetics, but he is best known for his')), LOWER_AFTER_END);
  assert.equal(readsOn(heading, piece('Otto Jespersen was born in Randers in Jutland. He was inspired')), READS_ON);
});
