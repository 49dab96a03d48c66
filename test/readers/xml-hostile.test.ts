/**
 * Hostile OCR files too wide for an argument list: a line of 200,000 words,
 * a page of 200,000 blocks. `Math.max(...values)` passed each value as an
 * argument and overflowed the call stack ("internal error: Maximum call stack
 * size exceeded"); the readers now loop (maxOf, minOf, pushAll). A page over
 * MAX_PAGE_LINES is refused. Files made here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readAlto } from '../../src/readers/alto/index.js';
import { readHocr } from '../../src/readers/hocr/index.js';
import { maxOf, minOf } from '../../src/readers/xml/geometry.js';
import { MAX_OCR_PAGES, MAX_OCR_TEXT_CHARS, MAX_OCR_WORDS, MAX_PAGE_LINES } from '../../src/readers/xml/limits.js';
import { GalleyError } from '../../src/errors.js';
import { rowEvidence } from '../../src/readers/xml/running-heads.js';
import type { Line } from '../../src/model/types.js';

const N = 200_000;
const ALTO_HEAD = '<?xml version="1.0"?><alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout><Page ID="p1" WIDTH="10000000" HEIGHT="10000000"><PrintSpace>';
const ALTO_TAIL = '</PrintSpace></Page></Layout></alto>';
const enc = (s: string) => new TextEncoder().encode(s);
const times = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join('');

test('ALTO: one line of 200,000 words and one page of 200,000 blocks are read', () => {
  const wide = readAlto(enc(`${ALTO_HEAD}<TextBlock><TextLine>${times(N, (i) => `<String CONTENT="w" HPOS="${i * 20}" VPOS="5" WIDTH="10" HEIGHT="10"/>`)}</TextLine></TextBlock>${ALTO_TAIL}`), 'wide.alto.xml');
  assert.equal(wide.pages[0]!.blocks.flatMap((b) => b.lines).flatMap((l) => l.words ?? []).length, N);
  // 200,000 blocks are built (the running-head check spread them), then refused by the page's line limit, with a clear error
  const blocks = (n: number) => enc(`${ALTO_HEAD}${times(n, (i) => `<TextBlock><TextLine><String CONTENT="w" HPOS="5" VPOS="${i * 20}" WIDTH="10" HEIGHT="10"/></TextLine></TextBlock>`)}${ALTO_TAIL}`);
  assert.throws(
    () => readAlto(blocks(N), 'tall.alto.xml'),
    (e: unknown) => e instanceof GalleyError && e.code === 'too-large' && e.message === 'tall.alto.xml: page 1 has too many lines (200,000; the limit is 20,000 a page)',
  );
  assert.equal(readAlto(blocks(MAX_PAGE_LINES), 'limit.alto.xml').pages[0]!.blocks.length, MAX_PAGE_LINES);
});

test('hOCR: a page over MAX_PAGE_LINES is refused (later steps compare lines pairwise)', () => {
  const lines = times(MAX_PAGE_LINES + 1, (i) => `<span class="ocr_line" title="bbox 5 ${i * 20} 15 ${i * 20 + 10}"><span class="ocrx_word" title="bbox 5 ${i * 20} 15 ${i * 20 + 10}">w</span></span>`);
  assert.throws(
    () => readHocr(enc(`<html><body><div class="ocr_page" title="bbox 0 0 100 10000000"><p class="ocr_par">${lines}</p></div></body></html>`), 'tall.hocr'),
    (e: unknown) => e instanceof GalleyError && e.message === 'tall.hocr: page 1 has too many lines (20,001; the limit is 20,000 a page)',
  );
});

test('hOCR: one line of 200,000 words is read', () => {
  const doc = readHocr(enc(`<html><body><div class="ocr_page" title="bbox 0 0 10000000 100"><p class="ocr_par"><span class="ocr_line">${times(N, (i) => `<span class="ocrx_word" title="bbox ${i * 20} 5 ${i * 20 + 10} 15">w</span>`)}</span></p></div></body></html>`), 'wide.hocr');
  assert.equal(doc.pages[0]!.blocks.flatMap((b) => b.lines).flatMap((l) => l.words ?? []).length, N);
});

test('maxOf and minOf give what Math.max and Math.min give', () => {
  for (const values of [[], [3], [1, 5, 2], [-1, -7], [2, NaN, 9], [-Infinity, 4]]) {
    assert.equal(maxOf(values), Math.max(...values), JSON.stringify(values));
    assert.equal(minOf(values), Math.min(...values), JSON.stringify(values));
  }
});

test('an OCR file of over MAX_OCR_WORDS words is refused while it is parsed (a 180 MB file of 2.6 million ran for minutes at the heap limit)', () => {
  const altoLine = (n: number) => enc(`${ALTO_HEAD}<TextBlock><TextLine>${'<String CONTENT="w"/>'.repeat(n)}</TextLine></TextBlock>${ALTO_TAIL}`);
  const tooMany = (name: string) => (e: unknown) =>
    e instanceof GalleyError && e.code === 'too-large' && e.message === `${name}: the file has too many words (more than 1,000,000, the limit for one file)`;
  assert.equal(MAX_OCR_WORDS, 1_000_000);
  assert.throws(() => readAlto(altoLine(MAX_OCR_WORDS + 1), 'many.alto.xml'), tooMany('many.alto.xml'));
  const hocrLine = (n: number) => enc(`<html><body><div class="ocr_page" title="bbox 0 0 100 100"><span class="ocr_line">${'<span class="ocrx_word">w</span>'.repeat(n)}</span></div></body></html>`);
  assert.throws(() => readHocr(hocrLine(MAX_OCR_WORDS + 1), 'many.hocr'), tooMany('many.hocr'));
});

test('an OCR file holding more text than a text page may (MAX_OCR_TEXT_CHARS) is refused: one String of 50 million characters took 21 s and 2 GB', () => {
  const big = 'x'.repeat(MAX_OCR_TEXT_CHARS + 1);
  assert.throws(
    () => readAlto(enc(`${ALTO_HEAD}<TextBlock><TextLine><String CONTENT="${big}" HPOS="1" VPOS="1" WIDTH="5" HEIGHT="5"/></TextLine></TextBlock>${ALTO_TAIL}`), 'long.alto.xml'),
    (e: unknown) => e instanceof GalleyError && e.code === 'too-large' && e.message === 'long.alto.xml: the file holds too much text (16,777,217 characters; the limit is 16,777,216, as for a text page)',
  );
  assert.throws(
    () => readHocr(enc(`<html><body><div class="ocr_page" title="bbox 0 0 100 100"><span class="ocr_line"><span class="ocrx_word">${big}</span></span></div></body></html>`), 'long.hocr'),
    (e: unknown) => e instanceof GalleyError && e.code === 'too-large' && /^long\.hocr: the file holds too much text \(16,777,217 characters/.test(e.message),
  );
});

test('an OCR file of over MAX_OCR_PAGES pages is refused while it is parsed (990,000 one-word pages took 47 s and 2.8 GB)', () => {
  const tooMany = (name: string) => (e: unknown) =>
    e instanceof GalleyError && e.code === 'too-large' && e.message === `${name}: the file has too many pages (more than 10,000, the limit for one file; split it into smaller files)`;
  assert.equal(MAX_OCR_PAGES, 10_000);
  const altoPage = '<Page WIDTH="10" HEIGHT="10"><PrintSpace><TextBlock><TextLine><String CONTENT="w"/></TextLine></TextBlock></PrintSpace></Page>';
  const alto = (n: number) => enc(`<?xml version="1.0"?><alto><Layout>${altoPage.repeat(n)}</Layout></alto>`);
  assert.throws(() => readAlto(alto(MAX_OCR_PAGES + 1), 'pages.alto.xml'), tooMany('pages.alto.xml'));
  assert.equal(readAlto(alto(3), 'three.alto.xml').pages.length, 3);
  const hocrPage = '<div class="ocr_page" title="bbox 0 0 10 10"><span class="ocr_line"><span class="ocrx_word">w</span></span></div>';
  assert.throws(() => readHocr(enc(`<html><body>${hocrPage.repeat(MAX_OCR_PAGES + 1)}</body></html>`), 'pages.hocr'), tooMany('pages.hocr'));
});

// A hang guard, not a speed measure: the quadratic pattern took seconds here, minutes on longer lines.
test('a running-head web address is found in linear time: a line a-a-a-… of 80,000 characters (was seconds: every \\b inside the run was tried)', { timeout: 30_000 }, () => {
  const line = (text: string) => ({ text, source: { page: 1 } }) as unknown as Line;
  // the address still starts at the first letter of its run, as before
  assert.equal(rowEvidence([line('The Gazette  news-desk.example')]), 'web address "news-desk.example"');
  assert.equal(rowEvidence([line('see --x-y.co.uk now')]), 'web address "x-y.co.uk"');
  assert.equal(rowEvidence([line('a-b-c')]), null);
  assert.equal(rowEvidence([line('a-'.repeat(40_000))]), null);
  assert.equal(rowEvidence([line(`${'a-'.repeat(40_000)}b.com`)]), `web address "${'a-'.repeat(40_000)}b.com"`);
});
