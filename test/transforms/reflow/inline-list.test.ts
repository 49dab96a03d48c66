/**
 * A line ending in a semicolon ends a list item only when it holds that one item: a line of several
 * `;`-separated fields is running text (a harbour's details set in the paragraph). Real pages:
 * dev012 and dev001 page.raw.txt (CC BY-SA).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { defaultTransforms, read, detectFormat } from '../../../src/pipeline.js';
import type { Block, GalleyDocument } from '../../../src/model/types.js';
import { sharedFile } from '../../structure/helpers.js';

function split(path: string): GalleyDocument {
  const bytes = readFileSync(path);
  const doc = read(detectFormat(path, bytes), { name: path, bytes });
  for (const step of defaultTransforms()) {
    step.run(doc);
    if (step.name === 'split') break;
  }
  return doc;
}

function unitOf(doc: GalleyDocument, line: string): Block {
  const b = doc.pages.flatMap((p) => p.blocks).find((x) => x.lines.some((l) => l.text.trim() === line));
  assert.ok(b, `a unit holds the line "${line}"`);
  return b;
}

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
