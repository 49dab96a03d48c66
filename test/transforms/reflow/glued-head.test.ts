/**
 * A head glued to the text under it in one pdfminer text box (./glued-head.ts): a line at
 * natural spacing, well longer than the justified measure under it, opening the box; or
 * any line before a drop cap. Real cases: dev2 d2_005 and d2_002 as pdfminer extracts them
 * (rows CC BY-SA).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { lineInfos } from '../../../src/transforms/classify/features.js';
import { GLUED_HEAD_CONFIDENCE, HEAD_OVER_MEASURE, headOverJustified, opensDropCap } from '../../../src/transforms/reflow/glued-head.js';
import { restore } from '../../../src/pipeline.js';
import { toOutput } from '../../../src/writers/json/index.js';
import type { Line } from '../../../src/model/types.js';
import { sharedFile } from '../../structure/helpers.js';

const line = (text: string): Line => ({ text, original: text, source: { page: 1 } });
const infos = (rows: string[]) => lineInfos(rows.map(line), rows.map((_, i) => i === 0));

const d2005 = [
  'Jack Herrick, wikiHow founder interviewed by Wikinews',
  'wikiHow  is  a  wiki-based  site  which',
  'aims  to  “build  the  world’s  largest,',
  'highest  quality  how-to  manual.”  It  re-',
  'cently  published  its  50,000th  article,',
  'and  to  discuss  what  the  site  has',
  'achieved  since  its  creation,  Wikinews',
];

test('headOverJustified: a long unstretched line over a justified column is a head (d2_005 pdfminer)', () => {
  const xs = infos(d2005);
  assert.equal(headOverJustified(xs[0]!, xs[1]!, true), true);
  assert.equal(headOverJustified(xs[0]!, xs[1]!, false), false, 'no stretch marks on the page: no evidence');
  assert.equal(headOverJustified(xs[1]!, xs[2]!, true), false, 'a justified line is no head');
  // The same line ending with a comma carries on: a paragraph's first line.
  const open = infos(['Jack Herrick, wikiHow founder interviewed by Wikinews,', ...d2005.slice(1)]);
  assert.equal(headOverJustified(open[0]!, open[1]!, true), false);
  // A first line no longer than the measure is the paragraph's own.
  const first = infos(['wikiHow is a site which aims to build', ...d2005.slice(1)]);
  assert.equal(headOverJustified(first[0]!, first[1]!, true), false);
});

test('headOverJustified must not fire: a line only 1.1 × the measure, a head with no gap before it', () => {
  // About 1.1 × the measure: over a full justified line, but inside extractor noise, under HEAD_OVER_MEASURE.
  const near = infos(['Jack Herrick, wikiHow founder interviewed today', ...d2005.slice(1)]);
  assert.ok(near[0]!.ratio > 1.05 && near[0]!.ratio < HEAD_OVER_MEASURE, `ratio ${near[0]!.ratio}`);
  assert.equal(headOverJustified(near[0]!, near[1]!, true), false, 'a line 1.1 × the measure');
  // The same head, but not opening its box (a line of the run before it): no evidence it starts anything.
  const inRun = lineInfos(d2005.map(line), d2005.map(() => false));
  assert.equal(inRun[0]!.gapBefore, false);
  assert.equal(headOverJustified(inRun[0]!, inRun[1]!, true), false, 'no gap before the head');
});

test('opensDropCap: one capital whose word goes on at the next line start', () => {
  const [d, avid] = infos(['D', 'avid Shankbone:']);
  assert.equal(opensDropCap(d!, avid!), true);
  const [g, alois] = infos(['G', 'alois  returned  to  mathematics']);
  assert.equal(opensDropCap(g!, alois!), true, 'a name: the rest is no word alone');
  const [i, went] = infos(['I', 'went to the harbour']);
  assert.equal(opensDropCap(i!, went!), false, 'a pronoun wrapped alone');
  const [t, upper] = infos(['T', 'The harbour']);
  assert.equal(opensDropCap(t!, upper!), false);
});

test('opensDropCap on text alone: a lone letter that is a word, before a word, is no drop cap', () => {
  // `Anew`, `Around`, `Abroad` are words, but `A` ⏎ `new start` reads as the article wrapped alone.
  for (const next of ['new start for the harbour', 'round of talks', 'broad coalition']) {
    const [a, rest] = infos(['A', next]);
    assert.equal(opensDropCap(a!, rest!), false, `A ⏎ ${next}`);
  }
  const [o, nce] = infos(['O', 'nce upon a time']);
  assert.equal(opensDropCap(o!, nce!), true, 'the rest is no word alone: a drop cap');
});

test('opensDropCap with boxes: the letter must be set taller than the line after it', () => {
  const boxed = (text: string, y0: number, h: number): Line => ({ text, original: text, source: { page: 1 }, box: { x0: 100, y0, x1: 100 + text.length * h * 0.5, y1: y0 + h } });
  const xs = (cap: number) => lineInfos([boxed('D', 100, cap), boxed('avid Shankbone: the interview', 100, 10)], [true, false]);
  const [big, rest] = xs(30);
  assert.equal(opensDropCap(big!, rest!), true, 'a letter three lines tall');
  const [small, rest2] = xs(10);
  assert.equal(opensDropCap(small!, rest2!), false, 'a letter the size of the type beside it: an ordinary letter');
});

test('d2_005 pdfminer: "Jack Herrick, wikiHow founder …" heads its own story, the column under it is its body', (t) => {
  const file = sharedFile('corpus', 'dev2', 'd2_005', 'page.pdfminer.txt');
  if (!file) return t.skip('../shared not present');
  const doc = restore({ name: file, bytes: readFileSync(file) });
  const out = toOutput(doc);
  const a = out.articles.find((x) => x.headline === 'Jack Herrick, wikiHow founder interviewed by Wikinews');
  assert.ok(a, 'the head is a headline');
  assert.match(a.blocks[0]!.text, /^wikiHow is a wiki-based site/u);
  assert.ok(doc.messages.some((m) => m.rule === 'reflow/split-glued-head' && m.confidence === GLUED_HEAD_CONFIDENCE));
});

test('d2_002 pdfminer: the head before the drop cap "D" of "David Shankbone:" heads its own story', (t) => {
  const file = sharedFile('corpus', 'dev2', 'd2_002', 'page.pdfminer.txt');
  if (!file) return t.skip('../shared not present');
  const doc = restore({ name: file, bytes: readFileSync(file) });
  const out = toOutput(doc);
  const a = out.articles.find((x) => x.headline === 'The Onion: An interview with ‘America’s Finest News Source’');
  assert.ok(a, 'the head is a headline');
  assert.ok(a.blocks.some((b) => /^David Shankbone:/u.test(b.text)), 'the drop cap joins its word');
  assert.ok(doc.messages.some((m) => m.rule === 'reflow/split-drop-cap'));
});
