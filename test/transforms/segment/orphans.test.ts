/**
 * Segment: body runs no head opened go to the story whose headline they name
 * (./orphans.ts), and a short "headline" printed between running-head
 * furniture with nothing under it is the section's name. Real cases: dev2
 * pages as pdfminer extracts them (text-box order puts a story's second
 * column before its head; the section label between the paper's name and the
 * date line).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { restore } from '../../../src/pipeline.js';
import { toOutput } from '../../../src/writers/json/index.js';
import { rehomeOrphans } from '../../../src/transforms/segment/orphans.js';
import type { GalleyDocument } from '../../../src/model/types.js';
import { story, emptyDoc } from './stories.js';

const DEV2 = '../shared/corpus/dev2';
const have = existsSync(`${DEV2}/d2_004/page.pdfminer.txt`) && existsSync(`${DEV2}/d2_010/page.pdfminer.txt`);
const run = (file: string): GalleyDocument => restore({ name: file, bytes: readFileSync(file) });

test('d2_004 (pdfminer): the column of "Fort Lee" read before its head goes to the end of that story', { skip: !have }, () => {
  const doc = run(`${DEV2}/d2_004/page.pdfminer.txt`);
  const out = toOutput(doc);
  const fort = out.articles.filter((a) => a.headline === 'Fort Lee');
  assert.equal(fort.length, 1);
  const texts = fort[0]!.blocks.map((b) => b.text);
  assert.match(texts[0]!, /^Fort Lee is a city in Bergen County\./u);
  assert.ok(texts.slice(1).some((t) => /^Fort Lee is a small town but is piled high/u.test(t)), 'the run read before the head is in the story');
  assert.ok(!out.articles.some((a) => a.headline === null && a.blocks.some((b) => /piled high/u.test(b.text))), 'no headless article holds it');
  assert.ok(doc.messages.some((m) => m.rule === 'segment/orphan-run' && m.text.includes('"Fort Lee"')));
});

test('d2_010 (pdfminer): the section label "Nation" between paper name and date line is furniture, not a story', { skip: !have }, () => {
  const doc = run(`${DEV2}/d2_010/page.pdfminer.txt`);
  const out = toOutput(doc);
  assert.ok(!out.articles.some((a) => a.headline === 'Nation'));
  assert.ok(out.furniture.some((f) => f.type === 'section' && f.text === 'Nation'));
  assert.ok(doc.messages.some((m) => m.rule === 'segment/section-head'));
});

// Hand-made stories for when an orphan run must stay where it is.

test('orphan runs: moved only when they name every word of exactly one headline of two or more content words', () => {
  const page = { number: 1, blocks: [] } as never;
  const harbour = story('Harbour works begun', 'The pier is old.');
  const market = story('Market hall to close', 'Traders met yesterday.');
  const weather = story('Rain', 'It rained.');
  const cases: Array<[string, number]> = [
    ['Harbour works have begun at last, the board said.', 1], // names "harbour works begun": goes to that story
    ['Work continued through the night.', 0], // names no headline
    ['The harbour works begun last year; the market hall will close.', 0], // names two headlines
    ['Rain fell all day.', 0], // a one-word headline claims nothing
  ];
  for (const [text, moved] of cases) {
    const orphan = story(null, text);
    const doc = emptyDoc();
    const before = harbour.items.length;
    const left = rehomeOrphans([harbour, market, weather, orphan], doc, page);
    assert.equal(left.includes(orphan), moved === 0, text);
    assert.equal(harbour.items.length - before, text.startsWith('Harbour') ? 1 : 0, text);
    assert.equal(doc.messages.length, moved, text);
    harbour.items.length = before;
  }
});

test('orphan runs: a run of 200,000 items (a hostile page of paragraphs with no head) moves without overflowing the stack', () => {
  const page = { number: 1, blocks: [] } as never;
  const harbour = story('Harbour works begun', 'The pier is old.');
  const orphan = story(null, 'Harbour works have begun.');
  const one = orphan.items[0]!;
  for (let k = 1; k < 200_000; k++) orphan.items.push(one);
  const doc = emptyDoc();
  const left = rehomeOrphans([harbour, orphan], doc, page);
  assert.ok(!left.includes(orphan));
  assert.equal(harbour.items.length, 200_001);
  assert.equal(doc.messages.length, 1);
});
