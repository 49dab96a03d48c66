/**
 * A sentence that ends on a full line at a column's foot: the paragraph goes on in the next piece of the
 * flow (src/transforms/reflow/pieces.ts FULL_STOP_RATIO, links.ts capitalAfterFullStop). Real case: a short
 * excerpt of dev012 page.pdfminer.txt (CC BY-SA text).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { GalleyDocument } from '../../../src/model/types.js';
import { restore } from '../../../src/pipeline.js';

const run = (text: string): GalleyDocument => restore({ name: 't.txt', bytes: new TextEncoder().encode(text) });
const paragraphs = (doc: GalleyDocument): string[] => doc.articles.flatMap((a) => a.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text));

const COLUMN_FOOT = [
  'farm houses which the remain-',
  'ing population does a commend-',
  'able job trying to maintain, since',
  'many of them are now empty and',
  'the rest used as vacation home',
  'for “Danish foreigners”. There are',
  'some nice beaches and good fish-',
  'ing once you’ve toured the island.',
];
const NEXT_COLUMN = ['If you are a hunter, you might be', 'lucky to run into the yearly Pheas-', 'ant or hare hunts - you can even', 'rest assured your “evil deeds” does', 'some good, as it supports life on', 'the island.'];

test('a sentence ending on a full line at a box edge: the paragraph goes on in the next column (dev012 excerpt)', () => {
  const paras = paragraphs(run([...COLUMN_FOOT, '', ...NEXT_COLUMN, ''].join('\n')));
  assert.ok(paras.some((t) => t.includes('toured the island. If you are a hunter')), paras.join(' | '));
});

test('…not when the last line is short: that is a paragraph’s own last line', () => {
  const foot = [...COLUMN_FOOT.slice(0, -1), 'ing on the island.'];
  const paras = paragraphs(run([...foot, '', ...NEXT_COLUMN, ''].join('\n')));
  assert.ok(paras.some((t) => t.startsWith('If you are a hunter')), paras.join(' | '));
});

test('…nor when it closes on reference marks, which end a paragraph as readily (d2_006-like)', () => {
  const foot = [...COLUMN_FOOT.slice(0, -1), 'ing once you’ve toured the island. [6]'];
  const paras = paragraphs(run([...foot, '', ...NEXT_COLUMN, ''].join('\n')));
  assert.ok(paras.some((t) => t.startsWith('If you are a hunter')), paras.join(' | '));
});
