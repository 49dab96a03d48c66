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

/**
 * A river under a subhead: three justified lines whose word spaces line up, with a short heading above
 * (so the run is not hemmed in by text across it) and a full line below. Each line's spaces are equal
 * (12, 6, 12 pt: Courier's 6 pt glyphs make the arithmetic exact), the gap at the lined-up edge among
 * them: it is a river, and the lines are read whole. The pattern of d2_006 PDF (`HISTORY` over `The
 * first | inhabitants of`, `Coron were | the Tagbanuas`, `who belong | to the second`), whose lines were
 * cut in two and read left pieces first.
 */
function underHeading(rightShift: number): Item[] {
  const word = (x: number, y: number, t: string): Item => ({ type: 'text', font: 'Courier', size: 10, x, y, text: t });
  const rows: Array<Array<[number, string]>> = [
    [[40, 'The'], [70, 'first'], [112, 'native'], [160, 'tribe']],
    [[40, 'Coron'], [76, 'were'], [106, 'the'], [130, 'Tagbanuas,']],
    [[40, 'who'], [70, 'lived'], [112, 'along'], [154, 'coasts']],
  ];
  return [
    { type: 'text', font: 'Times-Bold', size: 10, x: 40, y: 88, text: 'HISTORY' },
    // The words right of the lined-up ends (x = 100) move by rightShift: 0 keeps every space even.
    ...rows.flatMap((r, i) => r.map(([x, t], k) => word(k >= 2 ? x + rightShift : x, 100 + 12 * i, t))),
    ...[[40, 'wave'], [70, 'of'], [88, 'Indonesians'], [172 + rightShift, 'who']].map(([x, t]) => word(x as number, 136, t as string)),
  ];
}

test('three evenly spaced justified lines under a subhead, spaces lined up: a river, the lines read whole', async () => {
  const doc = await readPdf(writePdf([{ width: 300, height: 200, items: underHeading(0) }]), 'river.pdf');
  const lines = doc.pages[0]!.blocks.flatMap((b) => b.lines.map((l) => l.text));
  assert.ok(lines.includes('The first native tribe'), lines.join(' | '));
  assert.ok(lines.includes('Coron were the Tagbanuas,'), lines.join(' | '));
  assert.ok(lines.includes('who lived along coasts'), lines.join(' | '));
});

test('the same lines with the gap at the edge wider than their spaces (a 2.4 em gutter): cut in two', async () => {
  const doc = await readPdf(writePdf([{ width: 320, height: 200, items: underHeading(12) }]), 'gutter.pdf');
  const lines = doc.pages[0]!.blocks.flatMap((b) => b.lines.map((l) => l.text));
  assert.ok(lines.includes('The first'), lines.join(' | '));
  assert.ok(lines.includes('native tribe'), lines.join(' | '));
});
