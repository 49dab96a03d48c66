/**
 * Issue 4 (memory flat across a long PDF): the PDF reader keeps each line's words packed
 * (`Line.packedWords`, six numbers a word) instead of a Word object, a box object and four numbers
 * a word; what later steps read of words (a repaired dash's word box, a line's type size) comes out
 * of the packed form unchanged. How much memory that saves is the bench's business (`npm run bench`,
 * the 200-page PDF row; docs/readers-pdf.md, "Memory").
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { readPdf } from '../../../src/readers/pdf/index.js';
import { defaultTransforms } from '../../../src/pipeline.js';
import { lineWords, PACKED_WORD_SIZE, wordHeights } from '../../../src/model/words.js';
import { typeSize } from '../../../src/transforms/segment/stacked.js';
import type { Line } from '../../../src/model/types.js';
import { splitLine } from '../../../src/text/split.js';
import { mergeLines } from '../../../src/transforms/restore-pieces/join.js';
import { mergePdfs } from '../../../bench/lib/merge-pdfs.js';

const DEV = '../shared/corpus/dev';
const IDS = ['dev001', 'dev013', 'dev014'];
const haveCorpus = [...IDS, 'dev005'].every((id) => existsSync(`${DEV}/${id}/page.pdf`));

const inside = (w: { x0: number; y0: number; x1: number; y1: number }, l: { x0: number; y0: number; x1: number; y1: number }): boolean =>
  w.x0 >= l.x0 - 0.01 && w.x1 <= l.x1 + 0.01 && w.y0 >= l.y0 - 0.01 && w.y1 <= l.y1 + 0.01;

test('three corpus pages merged: no line holds Word objects; its packed words give back its text and boxes', { skip: !haveCorpus && 'corpus not present' }, async () => {
  const merged = await mergePdfs(IDS.map((id) => new Uint8Array(readFileSync(`${DEV}/${id}/page.pdf`))));
  const doc = await readPdf(merged, 'meridian.pdf');
  assert.equal(doc.pages.length, IDS.length);
  let words = 0;
  for (const page of doc.pages) {
    const lines = page.blocks.flatMap((b) => b.lines.map((l) => ({ l, block: b.box! })));
    assert.ok(lines.length > 100);
    for (const { l, block } of lines) {
      // What the reader used to keep: a Word object per word, with a box object and a font each.
      assert.equal(l.words, undefined);
      assert.ok(Array.isArray(l.packedWords) && l.packedWords.length % PACKED_WORD_SIZE === 0);
      const ws = lineWords(l)!;
      words += ws.length;
      // The line's text is its words joined by single spaces (what a repaired dash's word source relies on).
      assert.equal(ws.map((w) => w.text).join(' '), l.text);
      // (Within the block: a drop cap put back at the start of its line stands higher than the line.)
      assert.ok(ws.every((w) => w.box && w.box.x1 > w.box.x0 && inside(w.box, block)), l.text);
      assert.deepEqual(wordHeights(l), ws.map((w) => w.box!.y1 - w.box!.y0));
    }
    // Plain data still: the page survives a JSON round-trip.
    assert.deepEqual(JSON.parse(JSON.stringify(page)), page);
  }
  assert.ok(words > 3000, String(words));
});

test('dev005: a flattened dash repaired in a PDF line is reported at its word, as read from the packed words', { skip: !haveCorpus && 'corpus not present' }, async () => {
  const doc = await readPdf(new Uint8Array(readFileSync(`${DEV}/dev005/page.pdf`)), 'page.pdf');
  const line = doc.pages[0]!.blocks.flatMap((b) => b.lines).find((l) => l.text.includes('(2013-present)'))!;
  const word = lineWords(line)!.find((w) => w.text === '(2013-present)')!;
  assert.notDeepEqual(word.box, line.box);
  // The line's type size: the median of its word heights, as with Word objects.
  const heights = lineWords(line)!.map((w) => w.box!.y1 - w.box!.y0).sort((a, b) => a - b);
  assert.equal(typeSize(line), heights[Math.floor(heights.length / 2)]);
  for (const step of defaultTransforms()) step.run(doc);
  const m = doc.messages.find((x) => x.rule === 'dashes/flattened' && x.before === '(2013-present)');
  assert.deepEqual(m?.source, { page: 1, box: word.box });
});

test('a step that changes a line\u2019s original drops its packed words, as it drops words (a split line, two lines merged)', { skip: !haveCorpus && 'corpus not present' }, async () => {
  const doc = await readPdf(new Uint8Array(readFileSync(`${DEV}/dev005/page.pdf`)), 'page.pdf');
  const line: Line = doc.pages[0]!.blocks.flatMap((b) => b.lines).find((l) => l.text.includes('(2013-present)'))!;
  const [left, right] = splitLine(line, line.text.indexOf(' '));
  assert.equal(left.packedWords, undefined);
  assert.equal(right.packedWords, undefined);
  assert.equal(lineWords(right), undefined);
  const next = doc.pages[0]!.blocks.flatMap((b) => b.lines).find((l) => l !== line)!;
  assert.equal(mergeLines(line, next, `${line.text} ${next.text}`).packedWords, undefined);
});

test('dev001: a bold run-in head keeps its font in the packed words, the roman text after it the line\'s', { skip: !haveCorpus && 'corpus not present' }, async () => {
  const doc = await readPdf(new Uint8Array(readFileSync(`${DEV}/dev001/page.pdf`)), 'page.pdf');
  const lines = doc.pages[0]!.blocks.flatMap((b) => b.lines).filter((l) => lineWords(l)!.some((w) => w.font?.bold) && lineWords(l)!.some((w) => !w.font?.bold));
  assert.ok(lines.length > 0, 'a line mixing bold and roman words');
  for (const l of lines) {
    assert.ok(l.wordFonts && l.wordFonts.length > 0);
    for (const w of lineWords(l)!) assert.ok(w.font === l.font || l.wordFonts.includes(w.font!));
  }
  // Most lines are set in one font: they carry no list of their own.
  const all = doc.pages[0]!.blocks.flatMap((b) => b.lines);
  assert.ok(all.filter((l) => l.wordFonts).length < all.length / 4);
});
