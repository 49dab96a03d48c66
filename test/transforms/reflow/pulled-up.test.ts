/**
 * pdftotext (default mode) joins a word broken at a line end by pulling the next printed line up: such a
 * line's own length is unknown, so a short-line cut after it rests on its end alone. A particle, comma or
 * dash at its end goes on. Real pages: d2_006, dev020 and dev004 page.txt (CC BY-SA).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readThrough, sharedFile, unitWithLine } from '../../structure/helpers.js';

test('a pulled-up line ending on a particle or comma goes on (d2_006 page.txt)', (t) => {
  const path = sharedFile('corpus', 'dev2', 'd2_006', 'page.txt');
  if (!path) return t.skip('corpus not present');
  const doc = readThrough(path);
  for (const [a, b] of [
    ['of the Linguistic Society of', 'America in 1991 and was'],
    ['by the Croucher Foundation,', 'US National Science Foundation, and US National Park'],
  ] as const) {
    assert.equal(unitWithLine(doc, a), unitWithLine(doc, b), `"${a}" ⏎ "${b}" is one unit`);
  }
});

test('a pulled-up line ending on a comma goes on; a headline wrapped after a particle stays whole (dev020, dev004 page.txt)', (t) => {
  const p20 = sharedFile('corpus', 'dev', 'dev020', 'page.txt');
  const p04 = sharedFile('corpus', 'dev', 'dev004', 'page.txt');
  if (!p20 || !p04) return t.skip('corpus not present');
  const d20 = readThrough(p20);
  const fort = unitWithLine(d20, 'Fort Lee is bordered by Edgewater,');
  assert.ok(fort.lines.some((l) => l.text.startsWith('Englewood Cliffs')));
  const d04 = readThrough(p04);
  assert.equal(unitWithLine(d04, 'Hackers attack Church of'), unitWithLine(d04, 'Scientology website'));
});

test('a line no longer than the column holds one printed line, though marked pulled up (d2_008 page.txt)', (t) => {
  const path = sharedFile('corpus', 'dev2', 'd2_008', 'page.txt');
  if (!path) return t.skip('corpus not present');
  const doc = readThrough(path);
  // `people falling off their chairs.` (32 characters, a 33-character column) is a full line, not a short last line.
  assert.equal(unitWithLine(doc, 'people falling off their chairs.'), unitWithLine(doc, 'It’s more subdued than I think'));
});

test('a line a few characters over a narrow column is one printed line (d2_008 page.txt)', (t) => {
  const path = sharedFile('corpus', 'dev2', 'd2_008', 'page.txt');
  if (!path) return t.skip('corpus not present');
  const doc = readThrough(path);
  // `those are scripted writers rooms.` (33 characters, a 30-character column) is no short last line.
  assert.equal(unitWithLine(doc, 'those are scripted writers rooms.'), unitWithLine(doc, 'Everything is funny there.'));
});
