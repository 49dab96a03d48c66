import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { readHocr } from '../../../src/readers/hocr/index.js';
import { readAlto } from '../../../src/readers/alto/index.js';
import { parseTitle } from '../../../src/readers/hocr/title.js';
import { detectFormat, read } from '../../../src/readers/index.js';
import type { GalleyDocument, Word } from '../../../src/model/types.js';

const FIX = 'test/fixtures/ocr';
const load = (f: string) => readHocr(readFileSync(`${FIX}/${f}`), f);
const word = (doc: GalleyDocument, id: string): Word => {
  for (const p of doc.pages) for (const b of p.blocks) for (const l of b.lines) for (const w of l.words ?? []) if (w.id === id) return w;
  throw new Error(`no word ${id}`);
};

test('title properties: `;` inside a quoted value does not split', () => {
  const t = parseTitle('image "scan;1.png"; bbox 0 0 2000 3000; ppageno 0; scan_res 300 300');
  assert.deepEqual(t.get('image'), ['scan;1.png']);
  assert.deepEqual(t.get('bbox'), ['0', '0', '2000', '3000']);
  assert.deepEqual(t.get('scan_res'), ['300', '300']);
});

test('hOCR: ocr_page gives size, unit and resolution; pages in file order', () => {
  const doc = load('hocr-classes.hocr');
  assert.equal(doc.format, 'hocr');
  assert.deepEqual(doc.pages.map((p) => [p.number, p.width, p.height, p.unit, p.pointsPerUnit]), [
    [1, 2000, 3000, 'pixel', 72 / 300],
    [2, 2000, 3000, 'pixel', undefined],
  ]);
  assert.equal(doc.pages[1]!.blocks[0]!.lines[0]!.source.page, 2);
});

test('hOCR: ocr_par is a block; lines loose in an ocr_carea or a caption div make their own block', () => {
  const doc = load('hocr-classes.hocr');
  const p = doc.pages[0]!;
  assert.deepEqual(p.blocks.map((b) => [b.source.id, b.lines.map((l) => l.text)]), [
    ['par_1_1', ['Harbour Reopens']],
    ['par_1_2', ['The harbour autho-', 'rity said so &']],
    ['block_1_3', ['loose line']],
    ['par_1_3', ['Ships return']],
    ['par_1_4', ['“Finally”']],
    ['cap_1', ['Photo credit']],
  ]);
  assert.deepEqual(p.blocks[1]!.box, { x0: 100, y0: 350, x1: 900, y1: 500 });
  // a block with no bbox of its own gets the union of its lines
  assert.deepEqual(p.blocks[2]!.box, { x0: 100, y0: 520, x1: 900, y1: 570 });
});

test('hOCR: ocr_header, ocr_caption, ocr_textfloat lines (and a caption container) carry hints', () => {
  const doc = load('hocr-classes.hocr');
  const p = doc.pages[0]!;
  assert.deepEqual(p.blocks.map((b) => b.lines.map((l) => l.hint ?? null)), [['heading'], [null, null], [null], ['caption'], ['float'], ['caption']]);
  assert.deepEqual(p.blocks.map((b) => b.hint ?? null), ['heading', null, null, 'caption', 'float', 'caption']);
});

test('hOCR: ocrx_word bbox, x_wconf/100, x_font, x_fsize, <strong>; line x_size', () => {
  const doc = load('hocr-classes.hocr');
  assert.deepEqual(word(doc, 'word_1_1'), {
    text: 'Harbour',
    box: { x0: 100, y0: 100, x1: 900, y1: 300 },
    font: { points: 36, name: 'Bodoni', bold: true },
    confidence: 0.96,
    id: 'word_1_1',
  });
  assert.equal(word(doc, 'word_1_4').confidence, 0.37);
  // <em> around part of a word does not make the word italic
  assert.equal(word(doc, 'word_1_7').text, 'said so');
  assert.equal(word(doc, 'word_1_7').font, undefined);
  assert.equal(word(doc, 'word_1_8').text, '&');
  const line = doc.pages[0]!.blocks[1]!.lines[0]!;
  assert.deepEqual(line.font, { size: 40 });
  assert.deepEqual(line.source, { page: 1, box: { x0: 100, y0: 350, x1: 900, y1: 400 }, id: 'line_1_2' });
});

test('hOCR: a line ending in `¬` ends in `-`, recorded', () => {
  const doc = load('hocr-classes.hocr');
  const line = doc.pages[0]!.blocks[1]!.lines[0]!;
  assert.equal(line.text, 'The harbour autho-');
  assert.equal(line.original, 'The harbour autho\u00AC');
  assert.deepEqual(doc.messages.map((m) => [m.rule, m.source?.id, m.before, m.after]), [['reader/ocr-hyphen', 'word_1_5', 'autho¬', 'autho-']]);
});

test('hOCR: ocr_photo, ocr_image → image, ocr_separator → rule', () => {
  const doc = load('hocr-classes.hocr');
  assert.deepEqual(doc.pages[0]!.graphics.map((g) => [g.kind, g.source.id, g.box]), [
    ['rule', 'block_1_2', { x0: 100, y0: 320, x1: 1900, y1: 322 }],
    ['image', 'block_1_4', { x0: 1000, y0: 350, x1: 1900, y1: 900 }],
    ['image', 'block_1_7', { x0: 100, y0: 1400, x1: 900, y1: 2000 }],
  ]);
});

test('HTML-flavoured hOCR: open <meta>/<br>, HTML entities, text without ocrx_word', () => {
  const doc = load('hocr-html.hocr');
  const ls = doc.pages[0]!.blocks.flatMap((b) => b.lines);
  assert.deepEqual(ls.map((l) => l.text), ['Café society — again', 'second line after a break']);
  assert.deepEqual(ls[0]!.words!.map((w) => w.text), ['Café', 'society', '—', 'again']);
  assert.deepEqual(ls[0]!.box, { x0: 10, y0: 10, x1: 600, y1: 40 });
});

test('hOCR pages out of ppageno order are kept in file order, with a warning', () => {
  const html = (n: number) => `<div class='ocr_page' title='bbox 0 0 10 10; ppageno ${n}'><span class='ocr_line'><span class='ocrx_word'>p${n}</span></span></div>`;
  const doc = readHocr(new TextEncoder().encode(`<html><body>${html(1)}${html(0)}</body></html>`), 'o.hocr');
  assert.deepEqual(doc.pages.map((p) => p.blocks[0]!.lines[0]!.text), ['p1', 'p0']);
  assert.deepEqual(doc.messages.map((m) => [m.rule, m.text]), [['reader/page-order', 'page 2 has ppageno 0 after ppageno 1; pages are kept in file order']]);
});

test('read() dispatches .hocr to the hOCR reader', () => {
  const bytes = readFileSync(`${FIX}/hocr-classes.hocr`);
  assert.equal(detectFormat('x.hocr', bytes), 'hocr');
  assert.equal(read('hocr', { name: 'x.hocr', bytes }).pages.length, 2);
});

const DEV = '../shared/corpus/dev';
test('dev corpus: Tesseract hOCR and ALTO of the same page give the same lines and words', { skip: !existsSync(`${DEV}/dev001/page.hocr`) }, () => {
  for (const id of ['dev001', 'dev007', 'dev013']) {
    const h = readHocr(readFileSync(`${DEV}/${id}/page.hocr`), 'page.hocr');
    const a = readAlto(readFileSync(`${DEV}/${id}/page.alto.xml`), 'page.alto.xml');
    const text = (d: GalleyDocument) => d.pages.flatMap((p) => p.blocks.flatMap((b) => b.lines.map((l) => l.text)));
    assert.deepEqual(text(h), text(a), id);
    const hWords = h.pages[0]!.blocks.flatMap((b) => b.lines.flatMap((l) => l.words!));
    const aWords = a.pages[0]!.blocks.flatMap((b) => b.lines.flatMap((l) => l.words!));
    assert.deepEqual(hWords.map((w) => [w.box, w.confidence]), aWords.map((w) => [w.box, w.confidence]), id);
    const xml = readFileSync(`${DEV}/${id}/page.hocr`, 'utf8');
    // every ocrx_word is read; a glued date (`21,2017`) becomes two words
    const dates = h.messages.filter((m) => m.rule === 'reader/ocr-space').length;
    assert.equal(hWords.length, (xml.match(/class='ocrx_word'/g) ?? []).length + dates, id);
    assert.equal(h.pages[0]!.graphics.length, (xml.match(/class='ocr_(photo|separator)'/g) ?? []).length, id);
  }
});

test('hOCR: text on a page outside any line is read, not dropped; <head> text is not', () => {
  const html = "<html><head><title>Scan 12</title></head><body><div class='ocr_page' title='bbox 0 0 100 100'><p class='ocr_par' id='p1' title='bbox 1 2 30 40'>bare par text</p><p class='ocr_par' id='p2'><span class='ocr_line'><span class='ocrx_word'>next</span></span></p></div></body></html>";
  const doc = readHocr(new TextEncoder().encode(html), 'bare.hocr');
  assert.deepEqual(doc.pages[0]!.blocks.map((b) => [b.source.id, b.lines.map((l) => l.text)]), [
    ['p1', ['bare par text']],
    ['p2', ['next']],
  ]);
});
