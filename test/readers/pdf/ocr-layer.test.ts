/**
 * Scanned pages with an invisible OCR text layer (src/readers/pdf/ocr-layer.ts):
 * read as OCR output, the engine's lines and blocks in stream order. A PDF
 * written in the test setup (one word per text show, sizes from word boxes,
 * baselines jittered as on a skewed scan), and the Evening Star of 1865-10-02
 * (Library of Congress, public domain; ../shared/examples, skipped when absent)
 * against the same page's ALTO.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { readPdf } from '../../../src/readers/pdf/index.js';
import { readAlto } from '../../../src/readers/alto/index.js';
import { restoreAsync } from '../../../src/pipeline.js';
import { joinLines } from '../../../src/text/join.js';
import { streamLines } from '../../../src/readers/pdf/ocr-layer.js';
import type { PWord } from '../../../src/readers/pdf/layout/types.js';
import { writePdf, type Item } from './helpers/pdf-writer.js';

/** Word sizes of an OCR layer follow the word boxes (ascenders, descenders), and skew moves each word's baseline. */
const SIZES = [8, 11, 9.5, 7, 10.5];
const JITTER = [0, 0.8, -0.6, 0.4, -0.3];

/** One OCR line at (x, y): each word its own invisible text show in Courier (0.6 em a character), sized as its box. */
function ocrLine(x: number, y: number, text: string, k: number): Item[] {
  const items: Item[] = [];
  for (const [i, word] of text.split(' ').entries()) {
    const size = SIZES[(i + k) % SIZES.length]!;
    items.push({ type: 'text', font: 'Courier', size, x, y: y + JITTER[(i + k) % JITTER.length]!, text: word, render: 3 });
    x += 0.6 * size * word.length + 4;
  }
  return items;
}

test('an OCR layer: words of jumping sizes and baselines are read as the engine’s lines, blocks in stream order', async () => {
  const left = ['The steamer leaves the', 'wharf at ten every', 'morning and returns at', 'four in the afternoon.'];
  const right = ['AMUSEMENTS.', 'Canterbury Hall opens', 'on Monday evening.'];
  const items: Item[] = [
    { type: 'image', x: 0, y: 0, w: 400, h: 300 },
    ...left.flatMap((t, k) => ocrLine(20, 60 + 12 * k, t, k)),
    ...right.flatMap((t, k) => ocrLine(220, 60 + 12 * k, t, k)),
  ];
  const doc = await readPdf(writePdf([{ width: 400, height: 300, items }]), 'ocr-layer.pdf');
  const page = doc.pages[0]!;
  assert.deepEqual(
    page.blocks.map((b) => b.lines.map((l) => l.text)),
    [left, right],
  );
  // Lines carry a type size estimated from their words (the median box height), as ALTO's FONTSIZE; the scan is not a photo.
  assert.ok(page.blocks.every((b) => b.lines.every((l) => l.font?.size !== undefined && l.font.size >= 7 && l.font.size <= 11)));
  assert.deepEqual(page.graphics, []);
  assert.ok(doc.messages.some((m) => m.rule === 'pdf/ocr-layer'));
});

test('invisible text with no scan under it (text drawn as outlines, hidden text for search) goes through the layout steps', async () => {
  const items: Item[] = ocrLine(20, 60, 'Hidden words with no page image', 0);
  const doc = await readPdf(writePdf([{ width: 400, height: 300, items }]), 'hidden.pdf');
  assert.equal(doc.messages.find((m) => m.rule === 'pdf/ocr-layer')?.text, 'page 1: all text is invisible (an OCR layer over a scan); read as it is');
});

test('stream lines: a jump back to the left, or off the line’s height, starts the next line', () => {
  const w = (text: string, x0: number, y0: number, size = 10): PWord => ({ text, x0, x1: x0 + 6 * text.length, y0, y1: y0 + size, base: y0 + 0.8 * size, size, font: 0, spaceBefore: false, rotated: false, invisible: true, glyphs: [] });
  const lines = streamLines([w('one', 10, 100), w('two', 34, 101.5, 12), w('three', 10, 112), w('four', 45, 112.5), w('far', 200, 40)]);
  assert.deepEqual(lines.map((l) => l.words.map((x) => x.text).join(' ')), ['one two', 'three four', 'far']);
});

const ES = '../shared/examples/evening-star-1865-10-02';
const haveEs = existsSync(`${ES}/page.pdf`) && existsSync(`${ES}/page.alto.xml`);

test('Evening Star 1865-10-02: the OCR layer of the scanned PDF reads as its ALTO does (lines, items, heads)', { skip: !haveEs && 'example not present' }, async () => {
  const bytes = (f: string): Uint8Array => new Uint8Array(readFileSync(`${ES}/${f}`));
  // Reader: every OCR line is one line, as the ALTO's TextLines (1142); blocks are the engine's, not one a line.
  const pdfDoc = await readPdf(bytes('page.pdf'), 'page.pdf');
  const altoDoc = readAlto(bytes('page.alto.xml'), 'page.alto.xml');
  const pdfLines = pdfDoc.pages[0]!.blocks.flatMap((b) => b.lines);
  const altoLines = altoDoc.pages[0]!.blocks.flatMap((b) => b.lines);
  assert.equal(pdfLines.length, altoLines.length);
  assert.ok(pdfDoc.pages[0]!.blocks.length <= 60, `${pdfDoc.pages[0]!.blocks.length} blocks`);
  // Pipeline: was 29 items (28 with heads) and 129 furniture blocks `other`; the ALTO gives 38 items, 37 heads, 6 decks.
  // 34 and up: a stacked head (`REMOVAL.` repeated on five lines) is one head of one item since
  // segment/headline-stacked, not an empty item of its own.
  const pdf = await restoreAsync({ name: 'page.pdf', bytes: bytes('page.pdf') });
  const alto = await restoreAsync({ name: 'page.alto.xml', bytes: bytes('page.alto.xml') });
  const heads = (d: typeof pdf): string[] => d.articles.flatMap((a) => (a.headline ? [a.headline] : []));
  assert.ok(pdf.articles.length >= 34 && pdf.articles.length <= 42, `${pdf.articles.length} items`);
  assert.ok(heads(pdf).length >= 33, `${heads(pdf).length} heads`);
  assert.ok(pdf.articles.filter((a) => a.deck).length >= 5);
  const other = pdf.furniture.filter((f) => f.type === 'other').length;
  assert.ok(other <= 70, `${other} furniture blocks 'other'`);
  // The same heads as from the ALTO (compared on letters; the two files map a few unreadable glyphs differently).
  const key = (s: string): string => s.toLowerCase().replace(/[^a-z]/g, '');
  const altoHeads = new Set(heads(alto).map(key));
  const shared = heads(pdf).filter((h) => altoHeads.has(key(h))).length;
  assert.ok(shared >= 24, `${shared} heads shared with the ALTO's`);
  assert.ok(joinLines(pdfLines.slice(0, 1)).includes('EVENING STAR'));
});

test('an OCR layer: the engine’s next block starting level with the last line of the block before is not glued onto that line', async () => {
  // The engine writes the left block, then the right one, whose first line is level with the left block's last line:
  // in stream order `afternoon.` → `AMUSEMENTS.` is a jump right (of ~8 em), and the right block's next line jumps back under `AMUSEMENTS.`.
  const left = ['The steamer leaves the', 'wharf at ten every', 'morning and returns at', 'four in the afternoon.'];
  const right = ['AMUSEMENTS.', 'Canterbury Hall opens', 'on Monday evening.'];
  const items: Item[] = [
    { type: 'image', x: 0, y: 0, w: 400, h: 300 },
    ...left.flatMap((t, k) => ocrLine(20, 60 + 12 * k, t, k)),
    ...right.flatMap((t, k) => ocrLine(220, 96 + 12 * k, t, k)),
  ];
  const doc = await readPdf(writePdf([{ width: 400, height: 300, items }]), 'ocr-jump.pdf');
  assert.deepEqual(
    doc.pages[0]!.blocks.map((b) => b.lines.map((l) => l.text)),
    [left, right],
  );
  assert.ok(doc.messages.some((m) => m.rule === 'pdf/ocr-block-jump' && m.text.includes('`AMUSEMENTS.`')));
});

test('stream lines: a wide gap inside a line is kept when the lines around do not show a block beside it (a cast list’s leader gap)', () => {
  const w = (text: string, x0: number, y0: number, size = 10): PWord => ({ text, x0, x1: x0 + 6 * text.length, y0, y1: y0 + size, base: y0 + 0.8 * size, size, font: 0, spaceBefore: false, rotated: false, invisible: true, glyphs: [] });
  // `Thunder` … `Mr.` 9 em apart, the next line's `Mr.` right under it: but the line above reaches past it (one column).
  const lines = streamLines([w('Lightning', 10, 88), w('Mr.', 150, 88), w('Brown', 172, 88), w('Thunder', 10, 100), w('Mr.', 150, 100), w('Smith', 172, 100), w('Rain', 10, 112), w('Mr.', 150, 112), w('Green', 172, 112)]);
  assert.deepEqual(lines.map((l) => l.words.map((x) => x.text).join(' ')), ['Lightning Mr. Brown', 'Thunder Mr. Smith', 'Rain Mr. Green']);
});

/** An OCR line in Courier 10 pt (one word per text show), optionally turned (degrees) about its start, as Tesseract writes a skewed line. */
function plainLine(x: number, y: number, text: string, angle = 0): Item[] {
  const rad = (angle * Math.PI) / 180;
  return text.split(' ').map((word, i, ws) => {
    const dx = ws.slice(0, i).reduce((s, w) => s + 6 * w.length + 5, 0);
    return { type: 'text', font: 'Courier', size: 10, x: x + dx * Math.cos(rad), y: y - dx * Math.sin(rad), text: word, render: 3, angle } as Item;
  });
}

const BODY = [
  'The steamer leaves the',
  'wharf at ten every',
  'morning and returns at',
  'four in the afternoon.',
  'Passengers for the',
  'lower landings will',
  'find the fare reduced',
  'during the season.',
];

test('an OCR layer with a few turned words (a mirrored right-to-left word) is still read as OCR output; the turned words are left out and said so', async () => {
  const items: Item[] = [
    { type: 'image', x: 0, y: 0, w: 400, h: 300 },
    ...BODY.flatMap((t, k) => plainLine(20, 60 + 12 * k, t)),
    { type: 'text', font: 'Courier', size: 10, x: 260, y: 200, text: 'shalom', render: 3, mirror: true },
  ];
  const doc = await readPdf(writePdf([{ width: 400, height: 300, items }]), 'ocr-turned.pdf');
  assert.ok(doc.messages.some((m) => m.rule === 'pdf/ocr-layer' && m.text.includes('read as OCR output')));
  assert.deepEqual(
    doc.pages[0]!.blocks.map((b) => b.lines.map((l) => l.text)),
    [BODY],
  );
  const turned = doc.messages.find((m) => m.rule === 'pdf/ocr-turned');
  assert.ok(turned?.text.includes('6 turned glyph(s)') && turned.text.includes('shalom'), turned?.text);
});

test('an OCR layer turned as a whole (every line skewed 6°) is left to the layout steps, which turn text upright', async () => {
  const items: Item[] = [{ type: 'image', x: 0, y: 0, w: 400, h: 300 }, ...BODY.flatMap((t, k) => plainLine(20, 60 + 12 * k, t, 6))];
  const doc = await readPdf(writePdf([{ width: 400, height: 300, items }]), 'ocr-skewed.pdf');
  assert.ok(doc.messages.some((m) => m.rule === 'pdf/ocr-layer' && m.text.includes('read as it is')));
  assert.ok(!doc.messages.some((m) => m.rule === 'pdf/ocr-turned'));
});

test('an OCR layer: a block under a narrow block but shifted sideways, overlapping it by less than OCR_BLOCK_OVERLAP, is the engine’s next block', async () => {
  // The narrow block's last line `at eight.` spans 20–73 pt; the block below starts at 65 pt: 8 pt of overlap, 0.15 of the narrower line.
  const narrow = ['Canterbury', 'Hall opens', 'at eight.'];
  const items: Item[] = [
    { type: 'image', x: 0, y: 0, w: 400, h: 300 },
    ...narrow.flatMap((t, k) => plainLine(20, 60 + 12 * k, t)),
    ...BODY.flatMap((t, k) => plainLine(65, 96 + 12 * k, t)),
  ];
  const doc = await readPdf(writePdf([{ width: 400, height: 300, items }]), 'ocr-shifted.pdf');
  assert.deepEqual(
    doc.pages[0]!.blocks.map((b) => b.lines.map((l) => l.text)),
    [narrow, BODY],
  );
});
