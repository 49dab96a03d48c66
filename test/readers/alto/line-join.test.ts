/**
 * reader/join-line (src/readers/xml/line-join.ts): a headline whose last
 * word(s) Tesseract put in a block of its own beside it, on the same baseline,
 * is one line again, in the headline's place. Real cases from the corpus
 * pages (ALTO and hOCR of the same pages; skipped when ../shared is absent),
 * and made-up pages of what must stay apart: two columns side by side with a
 * gutter, a narrow gutter between two columns of many lines, a headline beside
 * body text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { readAlto } from '../../../src/readers/alto/index.js';
import { readHocr } from '../../../src/readers/hocr/index.js';
import type { GalleyDocument } from '../../../src/model/types.js';
import { block, page, row, type W } from './made-page.js';

const DEV = '../shared/corpus/dev';
const DEV2 = '../shared/corpus/dev2';
const haveCorpus = existsSync(`${DEV}/dev016/page.alto.xml`) && existsSync(`${DEV2}/d2_007/page.hocr`);
const lines = (doc: GalleyDocument): string[] => doc.pages.flatMap((p) => p.blocks.flatMap((b) => b.lines.map((l) => l.text)));
const joins = (doc: GalleyDocument) => doc.messages.filter((m) => m.rule === 'reader/join-line');

const CASES: Array<[string, string, string]> = [
  [DEV2, 'd2_007', 'Hundreds dead in Hajj stampede'],
  [DEV2, 'd2_005', 'Jack Herrick, wikiHow founder interviewed by Wikinews'],
  [DEV, 'dev016', 'Texas student Ahmed Mohamed inspires social movement'],
  [DEV, 'dev012', 'Charles J. Fillmore: FrameNet'],
];

test('corpus: a headline cut into two OCR blocks on one baseline is one line, in the headline\'s place (ALTO and hOCR)', { skip: !haveCorpus && 'needs ../shared/corpus' }, () => {
  for (const [dir, id, headline] of CASES) {
    for (const [kind, doc] of [
      ['alto', readAlto(readFileSync(`${dir}/${id}/page.alto.xml`), `${id}.alto.xml`)],
      ['hocr', readHocr(readFileSync(`${dir}/${id}/page.hocr`), `${id}.hocr`)],
    ] as const) {
      const all = lines(doc);
      assert.ok(all.includes(headline), `${kind} ${id}: no line "${headline}"`);
      const tail = headline.split(' ').at(-1)!;
      // The tail is not read a second time elsewhere as a line of its own.
      assert.ok(!all.includes(tail), `${kind} ${id}: "${tail}" still a line of its own`);
      const m = joins(doc);
      assert.equal(m.length, 1, `${kind} ${id}: ${m.length} joins`);
      assert.equal(m[0]!.after, headline);
      assert.ok(m[0]!.confidence! > 0 && m[0]!.source?.box, `${kind} ${id}: message has confidence and box`);
    }
  }
});

test('corpus: no other line of the 30 pages is joined, in ALTO or hOCR (body columns side by side stay apart)', { skip: !haveCorpus && 'needs ../shared/corpus' }, () => {
  let total = 0;
  for (const dir of [DEV, DEV2]) {
    for (let n = 1; n <= 20; n++) {
      const id = dir === DEV ? `dev${String(n).padStart(3, '0')}` : `d2_${String(n).padStart(3, '0')}`;
      if (!existsSync(`${dir}/${id}/page.alto.xml`)) continue;
      total += joins(readAlto(readFileSync(`${dir}/${id}/page.alto.xml`), id)).length;
      total += joins(readHocr(readFileSync(`${dir}/${id}/page.hocr`), id)).length;
    }
  }
  assert.equal(total, 2 * CASES.length);
});

// ---------------------------------------------------------------- made-up pages

/** A column of body lines (two words each, 20 high, 26 apart) from x, y. */
const column = (x: number, y: number, n: number, word: string): W[][] => Array.from({ length: n }, (_, i) => row([word, word], x, y + i * 26, 20, 60, 8));

test('made-up: a tail a word space beside its headline joins; the same tail a gutter away, or beside body type, stays apart', () => {
  // Headline words 30 high, 12 apart; the tail 13 away: one line.
  const joined = page(block('h', [row(['Hundreds', 'dead', 'in'], 50, 100, 30, 120, 12)]), block('t', [row(['stampede'], 50 + 3 * 132 - 12 + 13, 100, 30, 150, 0)]));
  assert.deepEqual(lines(joined), ['Hundreds dead in stampede']);
  assert.equal(joins(joined).length, 1);
  // The same two pieces 40 apart (over 1.5 word spaces, over 0.6 line heights): a gutter, two columns.
  const gutter = page(block('h', [row(['Hundreds', 'dead', 'in'], 50, 100, 30, 120, 12)]), block('t', [row(['stampede'], 50 + 3 * 132 - 12 + 40, 100, 30, 150, 0)]));
  assert.deepEqual(lines(gutter), ['Hundreds dead in', 'stampede']);
  assert.equal(joins(gutter).length, 0);
  // A headline word beside body type (20 high against 30) a word space away: another size, not its line.
  const body = page(block('h', [row(['Hundreds', 'dead', 'in'], 50, 100, 30, 120, 12)]), block('t', [row(['stampede', 'killed'], 50 + 3 * 132 - 12 + 12, 105, 20, 80, 8)]));
  assert.equal(joins(body).length, 0);
});

test('made-up: two one-line headlines of neighbouring columns stay apart, each over its own column', () => {
  // Headline words 30 high, 12 apart; the left headline fills its column (50..434), the gutter is 15,
  // and each column's body starts at its headline's left edge (the reviewer's case: at headline size a
  // gutter is no wider than a word space).
  const right = 434 + 15;
  const body = (x: number): W[][] => Array.from({ length: 4 }, (_, i) => row(['body', 'text', 'here'], x, 150 + i * 26, 20, 120, 12));
  const doc = page(
    block('h1', [row(['Mayor', 'wins', 'vote'], 50, 100, 30, 120, 12)]),
    block('h2', [row(['Storm', 'hits', 'coast'], right, 100, 30, 120, 12)]),
    block('c1', body(50)),
    block('c2', body(right)),
  );
  assert.equal(joins(doc).length, 0);
  assert.ok(lines(doc).includes('Mayor wins vote') && lines(doc).includes('Storm hits coast'));
  // The same right piece starting in lower case is a tail, joined: the column test asks for a capital.
  const tail = page(
    block('h1', [row(['Mayor', 'wins', 'vote'], 50, 100, 30, 120, 12)]),
    block('h2', [row(['after', 'recount'], right, 100, 30, 120, 12)]),
    block('c1', body(50)),
    block('c2', body(right)),
  );
  assert.equal(joins(tail).length, 1);
});

test('made-up: a gap under 0.6 line heights but wider than 1.5 of the line\'s word spaces is a gutter', () => {
  // Word spaces 6, gap 15 (0.5 line heights, 2.5 word spaces).
  const doc = page(block('h', [row(['Hundreds', 'dead', 'in'], 50, 100, 30, 120, 6)]), block('t', [row(['stampede'], 50 + 3 * 126 - 6 + 15, 100, 30, 150, 0)]));
  assert.equal(joins(doc).length, 0);
});

test('made-up: two columns of body text whose gutter is as narrow as a word space stay apart (many lines level, not one)', () => {
  // Word spaces 8, gutter 8 between the columns: every row would pass alone.
  const doc = page(block('c1', column(50, 100, 6, 'left')), block('c2', column(50 + 128 + 8, 100, 6, 'right')));
  assert.equal(joins(doc).length, 0);
  assert.deepEqual(
    doc.pages[0]!.blocks.map((b) => b.lines.length),
    [6, 6],
  );
});

test('hOCR: the same join from Tesseract\'s hOCR (two ocr_par side by side)', () => {
  const par = (id: string, words: Array<[string, number, number, number, number]>): string =>
    `<p class="ocr_par" id="${id}"><span class="ocr_line" id="${id}_l" title="bbox ${Math.min(...words.map((w) => w[1]))} ${words[0]![2]} ${Math.max(...words.map((w) => w[3]))} ${words[0]![4]}">${words
      .map(([t, x0, y0, x1, y1]) => `<span class="ocrx_word" title="bbox ${x0} ${y0} ${x1} ${y1}">${t}</span>`)
      .join(' ')}</span></p>`;
  const html = (gap: number): string =>
    `<html><body><div class="ocr_page" title="bbox 0 0 2000 3000">${par('a', [
      ['Texas', 68, 915, 200, 956],
      ['student', 217, 915, 405, 956],
    ])}<p class="ocr_par" id="x"><span class="ocr_line" title="bbox 68 1000 400 1020"><span class="ocrx_word" title="bbox 68 1000 400 1020">body</span></span></p>${par('b', [
      ['Ahmed', 405 + gap, 915, 560 + gap, 956],
      ['Mohamed', 577 + gap, 915, 800 + gap, 956],
    ])}</div></body></html>`;
  const near = readHocr(new TextEncoder().encode(html(15)), 'near.hocr');
  assert.deepEqual(lines(near), ['Texas student Ahmed Mohamed', 'body']);
  const far = readHocr(new TextEncoder().encode(html(40)), 'far.hocr');
  assert.deepEqual(lines(far), ['Texas student', 'body', 'Ahmed Mohamed']);
});
