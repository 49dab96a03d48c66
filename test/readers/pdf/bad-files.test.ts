/**
 * Bad and unusual PDFs, all made in the test setup: encrypted (owner password
 * only, user password), truncated (ours, and a pdfTeX corpus page), not a
 * PDF, image-only (a scan without a text layer), empty, and a page over the
 * time limit. Messages are checked word for word.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { constants as zlibConstants, deflateRawSync } from 'node:zlib';
import { MAX_PAGES_OVER_LIMIT, readPdf } from '../../../src/readers/pdf/index.js';
import { GalleyError } from '../../../src/errors.js';
import { joinLines } from '../../../src/text/join.js';
import type { GalleyDocument } from '../../../src/model/types.js';
import { writePdf, type PageSpec } from './helpers/pdf-writer.js';
import { pdfOfObjects, pdfOfParts } from './objects.js';

const CORPUS_PAGE = '../shared/corpus/dev/dev001/page.pdf';

function textPage(lines: string[]): PageSpec {
  return {
    width: 300,
    height: 300,
    items: lines.map((text, i) => ({ type: 'text' as const, font: 'Times-Roman' as const, size: 11, x: 30, y: 60 + i * 14, text })),
  };
}

const PAGES = [
  textPage(['Harbour cranes stood idle on Monday', 'as dockers walked out over pay.']),
  textPage(['The council voted to close the old', 'library on Church Street in June.']),
  textPage(['Rain is expected across the north', 'for the rest of the week.']),
];

function pageTexts(doc: GalleyDocument): string[] {
  return doc.pages.map((p) => p.blocks.map((b) => joinLines(b.lines)).join(' | '));
}

function warnings(doc: GalleyDocument): string[] {
  return doc.messages.filter((m) => m.severity !== 'info').map((m) => `${m.rule}: ${m.text}`);
}

function rejects(code: string, message: string) {
  return (e: unknown): boolean => {
    assert.ok(e instanceof GalleyError, `expected a GalleyError, got ${String(e)}`);
    assert.equal(e.code, code);
    assert.equal(e.message, message);
    return true;
  };
}

test('an owner-password-only PDF is read without a password, and says so', async () => {
  const bytes = writePdf(PAGES.slice(0, 1), { encrypt: { owner: 'editor', user: '' } });
  const doc = await readPdf(bytes, 'owner.pdf');
  assert.deepEqual(pageTexts(doc), ['Harbour cranes stood idle on Monday as dockers walked out over pay.']);
  const info = doc.messages.find((m) => m.rule === 'pdf/encrypted');
  assert.equal(info?.text, 'the PDF is encrypted with an owner password only (permissions); read without a password');
  assert.deepEqual(warnings(doc), []);
});

test('a PDF with a user password is refused with a clear error, and read when the password is given', async () => {
  const bytes = writePdf(PAGES.slice(0, 1), { encrypt: { owner: 'editor', user: 'reader' } });
  await assert.rejects(readPdf(bytes, 'locked.pdf'), rejects('unsupported', 'locked.pdf: the PDF is encrypted with a user password; Galley needs that password to read it'));
  await assert.rejects(readPdf(bytes, 'locked.pdf', { password: 'wrong' }), rejects('unsupported', 'locked.pdf: the password given for this encrypted PDF is not correct'));
  const doc = await readPdf(bytes, 'locked.pdf', { password: 'reader' });
  assert.deepEqual(pageTexts(doc), ['Harbour cranes stood idle on Monday as dockers walked out over pay.']);
});

test('a PDF cut off inside its last page: the pages before it are read, the lost one is reported', async () => {
  const bytes = writePdf(PAGES);
  const cut = bytes.subarray(0, Buffer.from(bytes).toString('latin1').lastIndexOf('Rain is expected'));
  const doc = await readPdf(cut, 'cut.pdf');
  assert.equal(doc.pages.length, 3);
  assert.deepEqual(pageTexts(doc), [
    'Harbour cranes stood idle on Monday as dockers walked out over pay.',
    'The council voted to close the old library on Church Street in June.',
    '',
  ]);
  assert.deepEqual(warnings(doc), [
    'pdf/repaired: the end of the file (cross-reference table and trailer) is missing or damaged: objects were found by scanning the file; pages whose objects are lost cannot be read',
    'pdf/page-failed: page 3 could not be read: Page dictionary kid reference points to wrong type of object.',
  ]);
});

test('a PDF cut off before its cross-reference table is read whole', async () => {
  const bytes = writePdf(PAGES, { compress: true });
  const cut = bytes.subarray(0, Buffer.from(bytes).toString('latin1').lastIndexOf('\nxref\n'));
  const doc = await readPdf(cut, 'noxref.pdf');
  assert.equal(pageTexts(doc)[2], 'Rain is expected across the north for the rest of the week.');
  assert.deepEqual(warnings(doc).map((w) => w.split(':')[0]), ['pdf/repaired']);
});

test('a truncated pdfTeX page (catalog in a lost object stream) is refused as malformed', { skip: !existsSync(CORPUS_PAGE) && 'corpus not present' }, async () => {
  const whole = new Uint8Array(readFileSync(CORPUS_PAGE));
  const cut = whole.subarray(0, Math.floor(whole.length * 0.6));
  await assert.rejects(readPdf(cut, 'cut-dev001.pdf'), rejects('malformed', 'cut-dev001.pdf: not a readable PDF (Invalid PDF structure.)'));
});

test('bytes that only start like a PDF are refused as malformed; empty input as empty', async () => {
  await assert.rejects(readPdf(new TextEncoder().encode('%PDF-1.7\nnot really a PDF\n'), 'fake.pdf'), rejects('malformed', 'fake.pdf: not a readable PDF (Invalid PDF structure.)'));
  await assert.rejects(readPdf(new Uint8Array(), 'empty.pdf'), rejects('empty', 'empty.pdf: the file is empty'));
});

test('an image-only page (a scan) is reported with the OCR hint; a blank page as blank', async () => {
  const scan: PageSpec = { width: 300, height: 400, items: [{ type: 'image', x: 0, y: 0, w: 300, h: 400 }] };
  const blank: PageSpec = { width: 300, height: 400, items: [] };
  const doc = await readPdf(writePdf([scan, PAGES[0]!, blank]), 'scan.pdf');
  assert.deepEqual(pageTexts(doc), ['', 'Harbour cranes stood idle on Monday as dockers walked out over pay.', '']);
  assert.deepEqual(doc.pages[0]!.graphics.map((g) => [g.kind, g.box]), [['image', { x0: 0, y0: 0, x1: 300, y1: 400 }]]);
  assert.deepEqual(warnings(doc), [
    'pdf/no-text-layer: page 1 has no text layer (one image): it looks scanned; run OCR on it (e.g. tesseract with hOCR or ALTO output) and give Galley the OCR file',
    'pdf/empty-page: page 3 has no text and no graphics: a blank page, or its content is lost',
  ]);
});

test('an OCR text layer drawn invisibly over a scan is read, and noted', async () => {
  const page: PageSpec = {
    width: 300,
    height: 300,
    items: [
      { type: 'image', x: 0, y: 0, w: 300, h: 300 },
      { type: 'text', font: 'Helvetica', size: 10, x: 30, y: 50, text: 'Recognised words under the picture', render: 3 },
    ],
  };
  const doc = await readPdf(writePdf([page]), 'ocr.pdf');
  assert.deepEqual(pageTexts(doc), ['Recognised words under the picture']);
  assert.equal(doc.messages.find((m) => m.rule === 'pdf/ocr-layer')?.text, "page 1: all text is invisible (an OCR layer over a scan); read as OCR output: the engine's lines and blocks, in its order");
});

test('a page over the time limit is skipped, and reading goes on (no hang); when no page is left the PDF is refused', async () => {
  // A limit of 0 ms: no page can answer in time, so every page is tried, each one times out, and nothing is left to convert.
  await assert.rejects(
    readPdf(writePdf(PAGES.slice(0, 2)), 'slow.pdf', { pageTimeLimitMs: 0 }),
    rejects('malformed', 'slow.pdf: none of its 2 pages could be read (page 1 took longer than the time limit and was skipped: no answer within 0 s)'),
  );
});

test('a PDF whose only page is lost is refused, not read as an empty page (exit 1, not an empty output)', async () => {
  const bytes = writePdf([PAGES[0]!]);
  const cut = bytes.subarray(0, Buffer.from(bytes).toString('latin1').lastIndexOf('Harbour cranes'));
  await assert.rejects(readPdf(cut, 'lost.pdf'), rejects('malformed', 'lost.pdf: its only page could not be read: Page dictionary kid reference points to wrong type of object.'));
});

test('a PDF with no pages is refused', async () => {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>'];
  const pdf = pdfOfObjects(objects);
  await assert.rejects(readPdf(pdf, 'nopages.pdf'), rejects('malformed', 'nopages.pdf: the PDF has no pages'));
});

/**
 * A content stream that inflates to 512 MB of spaces from under 1 MB: the same
 * raw deflate block (1 MB of spaces, no reference before its own start) repeated,
 * then an empty final block. Built without ever holding the inflated data.
 */
function inflateBomb(megabytes: number): Uint8Array {
  return pdfOfParts([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    bombStream(megabytes),
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R >>',
  ]);
}

/** The stream object of inflateBomb: `megabytes` raw deflate blocks of 1 MB of spaces, then an empty final block. */
function bombStream(megabytes: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024, 0x20), { level: 9, finishFlush: zlibConstants.Z_SYNC_FLUSH });
  const body = Buffer.concat([Buffer.from([0x78, 0xda]), ...Array.from({ length: megabytes }, () => block), Buffer.from([0x03, 0x00, 0, 0, 0, 0])]);
  return Buffer.concat([Buffer.from(`<< /Length ${body.length} /Filter /FlateDecode >>\nstream\n`), body, Buffer.from('\nendstream')]);
}

test('a decompression bomb is stopped at the memory limit, not read to the end (the heap limit does not cover inflated streams)', async () => {
  const bomb = inflateBomb(512);
  assert.ok(bomb.length < 1024 * 1024, String(bomb.length));
  const started = Date.now();
  await assert.rejects(
    readPdf(bomb, 'bomb.pdf', { memoryLimitMb: 200 }),
    rejects('malformed', 'bomb.pdf: its only page stopped the PDF reader and was skipped: it needed more than 200 MB of memory (a compressed stream that inflates without end, or a pathological page)'),
  );
  assert.ok(Date.now() - started < 20_000);
});

/**
 * Pages 2…N of a PDF all draw one shared content stream that inflates to 512 MB (the bomb above);
 * page 1 and page N + 1 are text. Objects: 1 catalog, 2 pages, 3 the bomb, 4 a text stream, 5 font, 6… pages.
 */
function sharedBombPdf(bombPages: number): Uint8Array {
  const text = 'BT /F1 12 Tf 72 700 Td (Harbour works begin on Monday.) Tj ET';
  const page = (contents: number) => `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents ${contents} 0 R >>`;
  const kids = Array.from({ length: bombPages + 2 }, (_, i) => `${6 + i} 0 R`).join(' ');
  return pdfOfParts([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${bombPages + 2} >>`,
    bombStream(512),
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    page(4),
    ...Array.from({ length: bombPages }, () => page(3)),
    page(4),
  ]);
}

test('after MAX_PAGES_OVER_LIMIT pages over the limits the rest of the PDF is left unread (pages sharing one hostile stream: 85 s for 4 pages, 20 s each)', async () => {
  assert.equal(MAX_PAGES_OVER_LIMIT, 3);
  const started = Date.now();
  const doc = await readPdf(sharedBombPdf(6), 'shared.pdf', { memoryLimitMb: 200 });
  assert.deepEqual(pageTexts(doc), ['Harbour works begin on Monday.', '', '', '', '', '', '', '']); // page 1, read before
  const over = 'stopped the PDF reader and was skipped: it needed more than 200 MB of memory (a compressed stream that inflates without end, or a pathological page)';
  assert.deepEqual(warnings(doc), [
    `pdf/page-failed: page 2 ${over}`,
    `pdf/page-failed: page 3 ${over}`,
    `pdf/page-failed: page 4 ${over}`,
    'pdf/pages-abandoned: pages 5–8 were not read: 3 pages went over the time or memory limit (a hostile or badly damaged file; each such page costs up to 20 s)',
  ]);
  assert.equal(doc.pages.length, 8);
  assert.ok(Date.now() - started < 60_000, `took ${Date.now() - started} ms`);
  // two such pages are not enough: the page after them is read
  const two = await readPdf(sharedBombPdf(2), 'two.pdf', { memoryLimitMb: 200 });
  assert.deepEqual(pageTexts(two), ['Harbour works begin on Monday.', '', '', 'Harbour works begin on Monday.']);
});

test('a PDF with no text on any page is refused (an empty output with exit 0 before): a scan with the OCR hint, blank or lost pages', async () => {
  const scan: PageSpec = { width: 300, height: 400, items: [{ type: 'image', x: 0, y: 0, w: 300, h: 400 }] };
  const blank: PageSpec = { width: 300, height: 400, items: [] };
  await assert.rejects(
    readPdf(writePdf([scan]), 'scan.pdf'),
    rejects('empty', 'scan.pdf: its only page has no text layer (one image): it looks scanned; run OCR on it (e.g. tesseract with hOCR or ALTO output) and give Galley the OCR file'),
  );
  await assert.rejects(
    readPdf(writePdf([scan, blank, scan]), 'scans.pdf'),
    rejects('empty', 'scans.pdf: none of its 3 pages has text (2 without a text layer, 1 blank): it looks scanned; run OCR on it (e.g. tesseract with hOCR or ALTO output) and give Galley the OCR file'),
  );
  await assert.rejects(readPdf(writePdf([blank]), 'blank.pdf'), rejects('empty', 'blank.pdf: its only page has no text and no graphics: a blank page, or its content is lost'));
});

test('a PDF cut off early (its pages lost with the end of the file) is refused, not read as a blank page with exit 0', async () => {
  const bytes = writePdf(PAGES);
  const cut = bytes.subarray(0, Math.floor(bytes.length * 0.3));
  await assert.rejects(
    readPdf(cut, 'cut30.pdf'),
    rejects('empty', 'cut30.pdf: its only page has no text and no graphics: a blank page, or its content is lost (the end of the file is missing or damaged: its text may have been lost with it)'),
  );
});

test('objects nested 100,000 deep (which overflow pdf.js\'s stack) fail their page with a message saying so', async () => {
  const content = 'BT /F1 12 Tf 72 700 Td (Harbour cranes stood idle) Tj ET';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> /Junk ${'['.repeat(100_000)}${']'.repeat(100_000)} >>`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const pdf = pdfOfObjects(objects);
  await assert.rejects(
    readPdf(pdf, 'deep.pdf'),
    rejects('malformed', 'deep.pdf: its only page could not be read: its objects are nested too deeply to read (Maximum call stack size exceeded)'),
  );
});
