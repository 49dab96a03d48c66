/**
 * Moving a cut by one word where a column's broken word says where it goes
 * (src/transforms/restore-columns/shift.ts). dev005 page.txt, checked against page.raw.txt.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shiftCuts } from '../../../src/transforms/restore-columns/shift.js';
import type { Piece } from '../../../src/transforms/restore-columns/cut.js';

/** Pieces of `line` cut before each of `starts` (offsets of the pieces' first words). */
function piecesOf(line: string, starts: number[]): Piece[] {
  return starts.map((s, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]! - 1 : line.length;
    return { start: s, end, text: line.slice(s, end), restoredHyphen: false, rowStart: i === 0, ratio: 1 };
  });
}
const prev = (text: string): Piece => ({ start: 0, end: text.length, text, restoredHyphen: false, rowStart: true, ratio: 1 });

test('a word before the rest of a broken word goes back to the piece before it', () => {
  // `… a crucial role` | `in ance. [7] [8]`, the right column's line before ending `utter-`: `in` is the
  // left column's (`… a crucial role in`), and `ance.` opens the right one's.
  const line = 'that semantics plays a crucial role in ance. [7] [8]';
  const pieces = piecesOf(line, [0, line.indexOf('in ance')]);
  const columns = [[prev('Fillmore had come to acknowledge'), pieces[0]!], [prev('guistic form and the context of utter-'), pieces[1]!]];
  assert.equal(shiftCuts([pieces], [line], columns, 14_000), 1);
  assert.deepEqual(pieces.map((p) => p.text), ['that semantics plays a crucial role in', 'ance. [7] [8]']);
});

test('the rest of a broken word at the end of the piece before goes to the piece it opens', () => {
  // `… a group of sity` | `of California, Berkeley, in 1971,`, the right column's line before ending `Univer-`.
  const line = 'September 24, 1944, a group of sity of California, Berkeley, in 1971,';
  const pieces = piecesOf(line, [0, line.indexOf('of California')]);
  const columns = [[prev('ation of the manganese mines. On'), pieces[0]!], [prev('Following his move to the Univer-'), pieces[1]!]];
  assert.equal(shiftCuts([pieces], [line], columns, 14_000), 1);
  assert.deepEqual(pieces.map((p) => p.text), ['September 24, 1944, a group of', 'sity of California, Berkeley, in 1971,']);
});

test('a piece that completes its column’s broken word, or whose column has none, stays as cut', () => {
  const line = 'which highlighted the fact that syn- tivating syntactic and morpholog-';
  const pieces = piecesOf(line, [0, line.indexOf('tivating')]);
  const columns = [[prev('of Case Grammar (Fillmore 1968),'), pieces[0]!], [prev('of semantics, and its role in mo-'), pieces[1]!]];
  assert.equal(shiftCuts([pieces], [line], columns, 14_000), 0);
  assert.deepEqual(pieces.map((p) => p.text), ['which highlighted the fact that syn-', 'tivating syntactic and morpholog-']);
});
