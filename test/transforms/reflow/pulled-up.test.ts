/**
 * pdftotext (default mode) joins a word broken at a line end by pulling the next printed line up: such a
 * line's own length is unknown, so a short-line cut after it rests on its end alone. A particle, comma or
 * dash at its end goes on. Real pages: d2_006, dev020 and dev004 page.txt (CC BY-SA).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readThrough, sharedFile, unitWithLine } from '../../structure/helpers.js';
import { cutBetween, lastLineRatio, pulledUp } from '../../../src/transforms/reflow/boundaries.js';
import type { LineInfo } from '../../../src/transforms/classify/features.js';
import type { Line } from '../../../src/model/types.js';

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

/** A made-up measured line: `len`/`width` as lineInfos gives them (a pulled-up line's `len` is its estimated last printed line). */
function info(text: string, width: number, pulled: boolean, len = text.length): LineInfo {
  const line: Line = { text, original: text, source: { page: 1 } };
  return {
    line,
    text,
    gapBefore: false,
    len,
    width,
    ratio: len / width,
    spanRatio: len / width,
    pulledUp: pulled,
    chars: text.length,
    endsSentence: /[.!?]$/u.test(text),
    endsHyphen: text.endsWith('-'),
    startsLower: /^\p{Ll}/u.test(text),
    startsUpper: /^\p{Lu}/u.test(text),
    allCaps: false,
    words: text.split(/\s+/u).length,
    stretched: false,
  };
}

test('a line marked pulled up but no longer than the column is measured whole by every rule (made-up lines)', () => {
  // 36 characters in a 35-character column: one printed line, though features.ts marked it pulled up and
  // estimated its last printed line at 4 characters.
  const a = info('the river flooded the houses in Kent', 35, true, 4);
  const b = info('Council Road and the station square.', 35, false);
  assert.ok(!pulledUp(a));
  assert.equal(lastLineRatio(a), 36 / 35);
  // A full line without final punctuation: not a heading's short line.
  assert.equal(cutBetween(a, b), null);
  // A line that holds two printed lines is judged by its end (a comma goes on; a bare word is a short line).
  const twice = info('the river flooded the houses in Kent and the lower town', 35, true, 20);
  assert.ok(pulledUp(twice));
  assert.equal(cutBetween(twice, b), 'short-line');
});
