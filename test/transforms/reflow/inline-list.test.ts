/**
 * A line ending in a semicolon ends a list item only when it holds that one item: a line of several
 * `;`-separated fields is running text (a harbour's details set in the paragraph). Real pages:
 * dev012 and dev001 page.raw.txt (CC BY-SA).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readThrough as split, sharedFile, unitWithLine as unitOf } from '../../structure/helpers.js';



test('a line of several fields ending in a semicolon is no list item (dev012 raw)', (t) => {
  const path = sharedFile('corpus', 'dev', 'dev012', 'page.raw.txt');
  if (!path) return t.skip('corpus not present');
  const doc = split(path);
  assert.equal(unitOf(doc, 'E; VHF; 10 berths at? DKK;'), unitOf(doc, 'Depth:2m; Speed: 3 knots.'));
});

test('items set one per line are still cut (dev001 raw)', (t) => {
  const path = sharedFile('corpus', 'dev', 'dev001', 'page.raw.txt');
  if (!path) return t.skip('corpus not present');
  const doc = split(path);
  assert.notEqual(unitOf(doc, 'race / ancestry / skin color;'), unitOf(doc, 'gender;'));
  assert.notEqual(unitOf(doc, 'gender;'), unitOf(doc, 'age;'));
});
