/**
 * Two columns printed interleaved, one line per block (pdftotext default mode, d2_002 page.txt, CC BY-SA):
 * broken words complete two lines apart, so the run is put back in column order. A run whose broken
 * words complete between neighbours is left alone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { read } from '../../../src/pipeline.js';
import { deinterleave } from '../../../src/transforms/reflow/interleave.js';
import type { GalleyDocument } from '../../../src/model/types.js';
import { readThrough, sharedFile } from '../../structure/helpers.js';

/** A text page whose lines are each a block of their own (blank lines between). */
function page(lines: readonly string[]): GalleyDocument {
  return read('text', { name: 't.txt', bytes: new TextEncoder().encode(lines.join('\n\n') + '\n') });
}
const texts = (doc: GalleyDocument): string[] => doc.pages[0]!.blocks.map((b) => b.lines[0]!.text);

const LEFT = [
  'The ferry leaves the harbour at six',
  'in the morning and reaches the is-',
  'land two hours later, when the mar-',
  'ket on the square is already open',
  'and the fishermen sell their catch.',
];
const RIGHT = [
  'Tickets are sold at the quay or on',
  'board; children under twelve trav-',
  'el free, and bicycles cost a few',
  'crowns more. In winter the ser-',
  'vice runs only twice a week.',
];

test('a run of two interleaved columns is put back in column order (made-up lines)', () => {
  const mixed: string[] = [];
  LEFT.forEach((l, i) => mixed.push(l, RIGHT[i]!));
  const doc = page(mixed);
  assert.equal(deinterleave(doc.pages[0]!, doc), 1);
  assert.deepEqual(texts(doc), [...LEFT, ...RIGHT]);
  assert.ok(doc.messages.some((m) => m.rule === 'reflow/interleaved-columns'));
});

test('lines already in column order stay as they are', () => {
  const doc = page([...LEFT, ...RIGHT]);
  assert.equal(deinterleave(doc.pages[0]!, doc), 0);
  assert.deepEqual(texts(doc), [...LEFT, ...RIGHT]);
});

test('d2_002 page.txt: the interleaved trail columns read in order', (t) => {
  const path = sharedFile('corpus', 'dev2', 'd2_002', 'page.txt');
  if (!path) return t.skip('corpus not present');
  const doc = readThrough(path, 'reflow');
  // `consider-` ⏎ `ate.` and `connec-` ⏎ `ted` were printed two lines apart, another column's line between.
  const lines = doc.pages[0]!.blocks.flatMap((b) => b.lines.map((l) => l.text.trim()));
  const k = lines.indexOf('(da: Øhavsstien) is a 220');
  assert.ok(k >= 0);
  assert.equal(lines[k + 1], 'km hiking trail connec-');
  assert.equal(lines[k + 2], 'ted by ferries that circles the en-');
});

/** The two columns interleaved, a row (left line, right line) at a time. */
const interleaved = (): string[] => LEFT.flatMap((l, i) => [l, RIGHT[i]!]);

test('a headline and another story after the interleaved stretch stay in place (made-up lines)', () => {
  const after = ['Council approves budget for next year', 'The vote was seven to two after a long', 'debate about the cost of road repairs.'];
  const doc = page([...interleaved(), ...after]);
  assert.equal(deinterleave(doc.pages[0]!, doc), 1);
  assert.deepEqual(texts(doc), [...LEFT, ...RIGHT, ...after]);
});

test('lines of another story before the interleaved stretch stay in place (made-up lines)', () => {
  const before = ['Mayor opens new library on Main Street', 'The building took three years to build', 'and cost the town two million dollars', 'Readers queued from early in the morning'];
  const doc = page([...before, ...interleaved()]);
  assert.equal(deinterleave(doc.pages[0]!, doc), 1);
  assert.deepEqual(texts(doc), [...before, ...LEFT, ...RIGHT]);
  // Three lines before (the rows start one line later): the columns are still found.
  const odd = page([...before.slice(1), ...interleaved()]);
  assert.equal(deinterleave(odd.pages[0]!, odd), 1);
  assert.deepEqual(texts(odd), [...before.slice(1), ...LEFT, ...RIGHT]);
});

test('column tails after the stretch are not dealt into the columns (made-up lines)', () => {
  const tails = ['Most visitors stay for the weekend.', 'Boats leave on Sunday evening.'];
  const doc = page([...interleaved(), ...tails]);
  assert.equal(deinterleave(doc.pages[0]!, doc), 1);
  assert.deepEqual(texts(doc), [...LEFT, ...RIGHT, ...tails]);
});

test('the message spans the blocks moved, with their source positions', () => {
  const before = ['Mayor opens new library on Main Street', 'The building took three years to build'];
  const doc = page([...before, ...interleaved()]);
  const moved = doc.pages[0]!.blocks.slice(before.length);
  deinterleave(doc.pages[0]!, doc);
  const m = doc.messages.find((x) => x.rule === 'reflow/interleaved-columns');
  assert.ok(m?.source?.span);
  assert.equal(m.source.span.start.offset, moved[0]!.source.span!.start.offset);
  assert.equal(m.source.span.end.offset, moved[moved.length - 1]!.source.span!.end.offset);
});
