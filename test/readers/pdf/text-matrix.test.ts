/**
 * Text drawn through unusual matrices, written by hand in the test setup:
 * synthetic italics (a sheared text matrix), a page whose y axis is flipped
 * with a negative font size drawing upright text, and mirrored text. Each
 * must read as its lines in order, not interleaved word by word.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPdf } from '../../../src/readers/pdf/index.js';
import { joinLines } from '../../../src/text/join.js';
import type { GalleyDocument } from '../../../src/model/types.js';
import { pdfOfObjects } from './objects.js';

const LINES = ['Harbour cranes stood idle on Monday as dockers', 'walked out over pay on the quay side, and the', 'union said talks would resume next week.'];
const TEXT = 'Harbour cranes stood idle on Monday as dockers walked out over pay on the quay side, and the union said talks would resume next week.';

/** A one-page PDF (612 × 792, Helvetica as /F1) with this content stream. */
function onePage(content: string): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  return pdfOfObjects(objects);
}

function text(doc: GalleyDocument): string {
  return doc.pages.flatMap((p) => p.blocks.map((b) => joinLines(b.lines))).join(' | ');
}

test('synthetic italics (a sheared text matrix) read line by line, at their upright size', async () => {
  const doc = await readPdf(onePage(LINES.map((l, i) => `BT /F1 12 Tf 1 0 0.25 1 72 ${700 - i * 14} Tm (${l}) Tj ET`).join('\n')), 'oblique.pdf');
  assert.equal(text(doc), TEXT);
  const sizes = doc.pages[0]!.blocks.flatMap((b) => b.lines.map((l) => l.font?.size));
  assert.deepEqual(sizes, [12, 12, 12]);
});

test('a flipped page with a negative font size (upright text, as some producers draw it) reads in order', async () => {
  const content = `1 0 0 -1 0 792 cm\n${LINES.map((l, i) => `BT /F1 -12 Tf -1 0 0 1 72 ${92 + i * 14} Tm (${l}) Tj ET`).join('\n')}`;
  const doc = await readPdf(onePage(content), 'flipped.pdf');
  assert.equal(text(doc), TEXT);
});

test('mirrored text (a flipped page, the text matrix not flipped back) reads line by line, each line whole', async () => {
  const content = `1 0 0 -1 0 792 cm\n${LINES.map((l, i) => `BT /F1 12 Tf 72 ${92 + i * 14} Td (${l}) Tj ET`).join('\n')}`;
  const doc = await readPdf(onePage(content), 'mirrored.pdf');
  // Not upright, so each line is set apart as rotated text is; before, the lines' words were interleaved.
  assert.equal(text(doc), LINES.join(' | '));
});

/** The text matrix of a line turned `degrees` anticlockwise, at (x, y). */
function turned(degrees: number, x: number, y: number): string {
  const r = (degrees * Math.PI) / 180;
  const cos = Math.cos(r).toFixed(4);
  const sin = Math.sin(r).toFixed(4);
  return `${cos} ${sin} ${-Number(sin)} ${cos} ${x} ${y} Tm`;
}

for (const degrees of [5, 20, -20]) {
  test(`a line turned ${degrees}° reads whole, apart from the upright paragraph under it`, async () => {
    // Each glyph's y changes along a turned line (26 pt over 300 pt at 5°); before, every glyph's own
    // y was its baseline and the line fell apart into pieces pulled in among the paragraph below.
    const content = [
      `BT /F1 12 Tf ${turned(degrees, 72, 500)} (${LINES[0]} ${LINES[1]}) Tj ET`,
      ...LINES.map((l, i) => `BT /F1 12 Tf 1 0 0 1 72 ${300 - i * 14} Tm (${l}) Tj ET`),
    ].join('\n');
    const doc = await readPdf(onePage(content), `turned${degrees}.pdf`);
    assert.equal(text(doc), `${LINES[0]} ${LINES[1]} | ${TEXT}`);
  });
}
