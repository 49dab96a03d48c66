/**
 * A paragraph whose last line stops well short of a justified column's edge ended there: reflow
 * keeps the break the PDF reader found, even when the text alone (no stop at the end, a capital
 * next) reads as going on. Real pages: dev017 and d2_001 page.pdf (CC BY-SA).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { defaultTransforms } from '../../../src/pipeline.js';
import { detectFormat, readAsync } from '../../../src/readers/index.js';
import type { Block, GalleyDocument } from '../../../src/model/types.js';
import { shortLastLines } from '../../../src/transforms/reflow/geometry.js';
import { sharedFile } from '../../structure/helpers.js';

/** Read a corpus PDF and run the pipeline up to (not including) `stop`. */
async function upTo(path: string, stop: string): Promise<GalleyDocument> {
  const bytes = readFileSync(path);
  const doc = await readAsync(detectFormat(path, bytes), { name: path, bytes });
  for (const step of defaultTransforms()) {
    if (step.name === stop) break;
    step.run(doc);
  }
  return doc;
}

const text = (b: Block): string => b.lines.map((l) => l.text).join(' ');

test('a one-line paragraph short of a justified column ends its paragraph (dev017 page.pdf)', async (t) => {
  const path = sharedFile('corpus', 'dev', 'dev017', 'page.pdf');
  if (!path) return t.skip('corpus not present');
  const before = await upTo(path, 'reflow');
  const page = before.pages[0]!;
  const short = page.blocks.find((b) => b.kind === 'paragraph' && text(b) === 'Mario J Lucero: Digital Domain');
  assert.ok(short, 'the reader keeps the one-line paragraph apart');
  assert.ok(shortLastLines(page).has(short));
  // After the whole pipeline the next paragraph (a capital start, after a caption) is not joined to it.
  const done = await upTo(path, 'none');
  const blocks = done.pages[0]!.blocks;
  const i = blocks.findIndex((b) => text(b) === 'Mario J Lucero: Digital Domain');
  assert.ok(i >= 0, 'the short paragraph stays a paragraph of its own');
  assert.ok(!done.messages.some((m) => m.rule === 'reflow/column-break' && m.text.includes('no punctuation at the end of a full line')));
});

test('a line cut beside other text on its baseline is no paragraph end (d2_001 page.pdf)', async (t) => {
  const path = sharedFile('corpus', 'dev2', 'd2_001', 'page.pdf');
  if (!path) return t.skip('corpus not present');
  const page = (await upTo(path, 'reflow')).pages[0]!;
  // A paragraph whose last line (`gardeners.`) stops short of its justified column, with nothing
  // beside it, ends there.
  const ended = page.blocks.find((b) => b.kind === 'paragraph' && b.lines[b.lines.length - 1]!.text.trim() === 'gardeners.');
  assert.ok(ended && shortLastLines(page).has(ended));
  // The same line with more text on its baseline before the column's edge (an extractor that cut a
  // justified line at a wide word space) is a cut, not an end. The reader no longer cuts this page's
  // lines at such spaces, so the text beside it is added here, one line height to its right.
  const last = ended.lines[ended.lines.length - 1]!;
  const box = last.box!;
  const h = box.y1 - box.y0;
  const beside: Block = {
    kind: 'paragraph',
    lines: [{ text: 'of his', original: 'of his', source: last.source, box: { ...box, x0: box.x1 + h, x1: box.x1 + 3 * h } }],
    source: ended.source,
  };
  page.blocks.push(beside);
  assert.ok(!shortLastLines(page).has(ended));
});

test('a page without boxes has no geometric paragraph ends', () => {
  const line = { text: 'Short line.', original: 'Short line.', source: { page: 1 } };
  const block: Block = { kind: 'paragraph', lines: [line], source: { page: 1 } };
  assert.equal(shortLastLines({ number: 1, blocks: [block], graphics: [] }).size, 0);
});

test('a hostile page of 200,000 boxed lines in one column is measured without overflowing the stack', () => {
  // Math.max(...lines) passed every line as an argument and threw RangeError on such a page.
  const lines = Array.from({ length: 200_000 }, (_, i) => ({
    text: 'x',
    original: 'x',
    source: { page: 1 },
    box: { x0: 10, y0: i * 10, x1: i === 199_999 ? 40 : 100, y1: i * 10 + 9 },
  }));
  const block: Block = { kind: 'paragraph', lines, source: { page: 1 } };
  const short = shortLastLines({ number: 1, unit: 'pt', blocks: [block], graphics: [] });
  assert.ok(short.has(block), 'the last line, short of the justified column, ends the paragraph');
});
