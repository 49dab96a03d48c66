/**
 * Column edges (src/readers/pdf/layout/column-edges.ts) on PDFs written in the
 * test setup: a short two-column box is hemmed in by full-width lines just as a
 * river of word spaces is by its own paragraph; its gutter is told apart by
 * being wider than the word spaces of the lines beside it. (The river itself,
 * d2_001's `result of his distin-`, is tested in ./corpus.test.ts.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPdf } from '../../../src/readers/pdf/index.js';
import { writePdf, type Item } from './helpers/pdf-writer.js';

const text = (x: number, y: number, t: string): Item => ({ type: 'text', font: 'Times-Roman', size: 10, x, y, text: t });

/** Full-width line, then n lines in two columns (the right one at 163 pt: 1.7 em right of the widest left line, which ends at 145.8), then a full-width line. */
function box(n: number): Item[] {
  const left = ['left column text runs on to', 'the next line of the left', 'column and ends here ok', 'and one more line of it'].slice(0, n);
  const right = ['right column text runs on to', 'the next line of the right', 'column and ends here ok', 'and one more line of it'].slice(0, n);
  return [
    text(40, 80, 'A full width line of text that runs across both of the columns here'),
    ...left.map((t, i) => text(40, 92 + 12 * i, t)),
    ...right.map((t, i) => text(163, 92 + 12 * i, t)),
    text(40, 92 + 12 * n, 'Another full width line of text running across both columns at foot'),
  ];
}

for (const n of [3, 4]) {
  test(`a ${n}-line two-column box between full-width lines: its 1.7 em gutter is not a river of word spaces`, async () => {
    const doc = await readPdf(writePdf([{ width: 400, height: 300, items: box(n) }]), 'box.pdf');
    const lines = doc.pages[0]!.blocks.flatMap((b) => b.lines.map((l) => l.text));
    assert.ok(lines.includes('left column text runs on to'), lines.join(' | '));
    assert.ok(lines.includes('right column text runs on to'), lines.join(' | '));
    assert.ok(!lines.some((l) => l.includes('to right')), lines.join(' | '));
  });
}
