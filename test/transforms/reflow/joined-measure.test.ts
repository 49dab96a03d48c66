/**
 * The column's measure on a page pdftotext (default mode) joined, where most lines of a narrow column's
 * box were joined: lines left whole as a run of wide lines (features.ts wideRun) must not make the box's
 * measure a joined line's length, nor the median a joinedTail reads the last printed line against.
 * Real page: dev014 page.txt (CC BY-SA), a 42-character column whose first box holds lines of 81, 90,
 * 42, 164 and 97 characters.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readThrough, sharedFile, unitWithLine } from '../../structure/helpers.js';
import { pageLines } from '../../../src/transforms/reflow/split.js';
import { DOUBLE_LINE_RATIO } from '../../../src/transforms/classify/features.js';

test('a box whose joined lines were left whole takes its measure from its single lines (dev014 page.txt)', (t) => {
  const path = sharedFile('corpus', 'dev', 'dev014', 'page.txt');
  if (!path) return t.skip('corpus not present');
  const doc = readThrough(path, 'dashes');
  const infos = pageLines(doc.pages[0]!);
  const full = infos.find((x) => x.line.text.trim() === 'He received his Ph.D. in Linguistics from');
  assert.ok(full);
  // A full line of the column (41 characters): its measure is the column's, not a joined line's (86 before).
  assert.ok(full.width < DOUBLE_LINE_RATIO * full.chars, `measure ${full.width}`);
  assert.ok(full.ratio > 0.86, `ratio ${full.ratio}`);
});

test('a full line under a joined line ending a sentence is no paragraph start (dev014 page.txt)', (t) => {
  const path = sharedFile('corpus', 'dev', 'dev014', 'page.txt');
  if (!path) return t.skip('corpus not present');
  const doc = readThrough(path);
  const a = unitWithLine(doc, 'American linguist and Professor of Linguistics at the University of California, Berkeley.');
  assert.equal(a, unitWithLine(doc, 'He received his Ph.D. in Linguistics from'));
});
