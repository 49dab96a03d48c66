/**
 * Multi-page documents: one made from three corpus pages of the same paper
 * (merged with pdf.js in the test setup), and one written here with a
 * running head that only repetition can tell from text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { readPdf } from '../../../src/readers/pdf/index.js';
import { joinLines } from '../../../src/text/join.js';
import type { Page } from '../../../src/model/types.js';
import { mergePdfs } from '../../../bench/lib/merge-pdfs.js';
import { MAX_PAGES_LISTED } from '../../../src/readers/pdf/furniture-repeat.js';
import { writePdf, type Item, type PageSpec } from './helpers/pdf-writer.js';

const IDS = ['dev001', 'dev013', 'dev014'];
const dirs = IDS.map((id) => `../shared/corpus/dev/${id}`);
const haveCorpus = dirs.every((d) => existsSync(`${d}/page.pdf`));

const squash = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
const pageText = (p: Page): string => p.blocks.map((b) => squash(joinLines(b.lines))).join('');

test('three corpus pages merged: one document, pages in order, the running foot found by repetition', { skip: !haveCorpus && 'corpus not present' }, async () => {
  const merged = await mergePdfs(dirs.map((d) => new Uint8Array(readFileSync(`${d}/page.pdf`))));
  const doc = await readPdf(merged, 'meridian.pdf');
  assert.equal(doc.format, 'pdf');
  assert.deepEqual(doc.pages.map((p) => p.number), [1, 2, 3]);
  assert.deepEqual(doc.pages.map((p) => [p.width, p.height]), [[900, 1018.8], [892.8, 966.96], [842.4, 795.6]]);
  dirs.forEach((d, i) => {
    const truth = JSON.parse(readFileSync(`${d}/truth.json`, 'utf8')) as { articles: Array<{ headline: string | null; blocks: Array<{ text: string }> }> };
    const text = pageText(doc.pages[i]!);
    for (const a of truth.articles) {
      if (a.headline) assert.ok(text.includes(squash(a.headline)), `page ${i + 1}: ${a.headline}`);
      for (const b of a.blocks) assert.ok(text.includes(squash(b.text)), `page ${i + 1}: ${b.text.slice(0, 50)}`);
    }
    // Every block knows its page.
    for (const b of doc.pages[i]!.blocks) assert.equal(b.source.page, i + 1);
  });
  // The paper's name at the foot of every page: furniture, now also by repetition.
  for (const p of doc.pages) {
    const foot = p.blocks[p.blocks.length - 1]!;
    assert.equal(joinLines(foot.lines), 'The Meridian Times');
    assert.equal(foot.kind, 'furniture');
    assert.equal(foot.decision?.rule, 'pdf/furniture-repeated');
    assert.match(foot.decision!.evidence!, /same text at the same height on pages 1, 2, 3$/);
  }
});

function story(top: number, head: string, lines: string[], folio: string): PageSpec {
  const items: Item[] = [
    // A running head below the top band (10 % of the page), in body-size type: only repetition tells it.
    { type: 'text', font: 'Helvetica', size: 9, x: 40, y: 52, text: 'THE TEST GAZETTE  \u2022  Sunday, 3 March 2024' },
    { type: 'text', font: 'Times-Bold', size: 22, x: 40, y: top, text: head },
    ...lines.map((t, i): Item => ({ type: 'text', font: 'Times-Roman', size: 10, x: 40, y: top + 30 + i * 12, text: t })),
    { type: 'text', font: 'Helvetica', size: 9, x: 280, y: 488, text: folio },
  ];
  return { width: 400, height: 500, items };
}

test('a running head outside the band is found by repetition across pages; folios too', async () => {
  const pages = [
    story(90, 'Ferry strike ends', ['Crews returned to the boats on Friday', 'after a week of talks in the port.'], '2'),
    story(100, 'New bridge opens', ['The footbridge over the river opened', 'to walkers and cyclists at noon.'], '3'),
    story(95, 'Market hall sold', ['The council sold the old market hall', 'to a housing trust for one pound.'], '4'),
  ];
  const doc = await readPdf(writePdf(pages), 'gazette.pdf');
  for (const p of doc.pages) {
    const furniture = p.blocks.filter((b) => b.kind === 'furniture').map((b) => [joinLines(b.lines), b.furnitureType, b.decision?.rule]);
    assert.deepEqual(furniture, [
      ['THE TEST GAZETTE • Sunday, 3 March 2024', 'header', 'pdf/furniture-repeated'],
      // The folio is in the bottom band, and repeats (digits masked): both pieces of evidence are kept.
      [String(p.number + 1), 'folio', 'pdf/furniture-repeated'],
    ]);
    const folio = p.blocks.find((b) => b.furnitureType === 'folio')!;
    assert.match(folio.decision!.evidence!, /^1 line\(s\) in 9\.0 pt \(body 10\.0 pt\) starting at 96% of the page height; same text at the same height on pages 1, 2, 3$/);
    // The stories themselves stay text, headline first.
    assert.equal(p.blocks.find((b) => b.kind === 'text')!.font!.size, 22);
  }
  assert.equal(doc.messages.filter((m) => m.rule === 'pdf/furniture-repeated').length, 3);
});

test('a running head on many pages: each message names at most MAX_PAGES_LISTED pages, so messages grow with the pages, not their square', async () => {
  const count = MAX_PAGES_LISTED + 30;
  const pages = Array.from({ length: count }, (_, i) => story(90 + (i % 3) * 5, 'Ferry strike ends', ['Crews returned to the boats on Friday', 'after a week of talks in the port.'], String(i + 2)));
  const doc = await readPdf(writePdf(pages), 'long-issue.pdf');
  const repeated = doc.messages.filter((m) => m.rule === 'pdf/furniture-repeated' && m.text.startsWith('running header'));
  assert.equal(repeated.length, count);
  const listed = Array.from({ length: MAX_PAGES_LISTED }, (_, i) => i + 1).join(', ');
  assert.equal(repeated[0]!.text, `running header found by repetition (same text at the same height on pages ${listed} … and 30 more)`);
});
