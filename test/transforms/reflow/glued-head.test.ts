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
import { headOverJustified, opensDropCap } from '../../../src/transforms/reflow/glued-head.js';
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

test('d2_005 pdfminer: "Jack Herrick, wikiHow founder …" heads its own story, the column under it is its body', (t) => {
  const file = sharedFile('corpus', 'dev2', 'd2_005', 'page.pdfminer.txt');
  if (!file) return t.skip('../shared not present');
  const doc = restore({ name: file, bytes: readFileSync(file) });
  const out = toOutput(doc);
  const a = out.articles.find((x) => x.headline === 'Jack Herrick, wikiHow founder interviewed by Wikinews');
  assert.ok(a, 'the head is a headline');
  assert.match(a.blocks[0]!.text, /^wikiHow is a wiki-based site/u);
  assert.ok(doc.messages.some((m) => m.rule === 'reflow/split-measure-change'));
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
