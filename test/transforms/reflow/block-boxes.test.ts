/**
 * Blocks made or cut by the transforms keep their place on the page in their source, so that every
 * message about them and every JSON `sources` entry names a box (the audit trail of OCR and PDF input).
 * Real page: the Evening Star of 2 October 1865, an ALTO excerpt (public domain).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { restore } from '../../../src/pipeline.js';
import { toOutput } from '../../../src/writers/json/index.js';
import { makeBlock } from '../../../src/transforms/reflow/blocks.js';

const FIX = 'test/fixtures/ocr/evening-star-1865-10-02-news.alto.xml';

test('every block of an ALTO page keeps a box in its source after the transforms', () => {
  const doc = restore({ name: FIX, bytes: readFileSync(FIX) });
  const blocks = doc.pages.flatMap((p) => p.blocks);
  assert.ok(blocks.length > 5);
  assert.deepEqual(blocks.filter((b) => !b.source.box).map((b) => b.lines[0]?.text), []);
  // …and so do the messages about them: each classify decision names a box.
  const decisions = doc.messages.filter((m) => m.rule.startsWith('classify/'));
  assert.ok(decisions.length > 0);
  assert.deepEqual(decisions.filter((m) => !m.source?.box).map((m) => m.text), []);
  // The JSON names them too.
  const out = toOutput(doc);
  const sources = (out.articles ?? []).flatMap((a) => a.blocks.flatMap((b) => b.sources ?? []));
  assert.ok(sources.length > 0 && sources.every((s) => s.box !== undefined));
});

test('makeBlock: the box is the union of the lines’ boxes, in the block and in its source', () => {
  const line = (y: number, x1: number) => ({ text: 'a', original: 'a', source: { page: 2 }, box: { x0: 10, y0: y, x1, y1: y + 8 } });
  const b = makeBlock([line(100, 50), line(110, 80)]);
  assert.deepEqual(b.box, { x0: 10, y0: 100, x1: 80, y1: 118 });
  assert.deepEqual(b.source, { page: 2, box: { x0: 10, y0: 100, x1: 80, y1: 118 } });
});
