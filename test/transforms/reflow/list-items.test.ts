/**
 * Lists set one item per line, each closing on a bracket or a year (an infobox's career list):
 * every item is a paragraph of its own, in a text box too, and no item is carried on into the
 * next piece as an unfinished sentence. Real case: dev005 (CC BY-SA), all text inputs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { defaultTransforms, read, restore } from '../../../src/pipeline.js';
import type { GalleyDocument } from '../../../src/model/types.js';
import { closesItem } from '../../../src/transforms/reflow/boundaries.js';
import { sharedFile, squash, unitWithLine } from '../../structure/helpers.js';

/** A text page run through the pipeline's transforms up to and including `last`. */
function readText(text: string, last: string): GalleyDocument {
  const doc = read('text', { name: 't.txt', bytes: new TextEncoder().encode(text) });
  for (const step of defaultTransforms()) {
    step.run(doc);
    if (step.name === last) break;
  }
  return doc;
}

test('items close on a bracket or a year', () => {
  assert.ok(closesItem('World Series champion (2013)'));
  assert.ok(closesItem('Hit for the cycle on June 16, 2015'));
  assert.ok(!closesItem('Holt made his major league debut on'));
});

for (const input of ['page.pdfminer.txt', 'page.raw.txt']) {
  test(`dev005 ${input}: the career list gives one paragraph per item`, (t) => {
    const file = sharedFile('corpus', 'dev', 'dev005', input);
    if (!file) return t.skip('../shared not present');
    const doc = restore({ name: file, bytes: readFileSync(file) });
    const paras = new Set(doc.articles.flatMap((a) => a.blocks.filter((b) => b.type === 'paragraph').map((b) => squash(b.text))));
    for (const item of ['All-Star (2015)', 'Hit for the cycle on June 16, 2015', 'World Series champion (2013)']) {
      assert.ok(paras.has(squash(item)), `"${item}" is a paragraph of its own`);
    }
  });
}

/** The paragraphs of a text, each squashed. */
function paragraphsOf(text: string): string[] {
  const doc = restore({ name: 'boxes.txt', bytes: new TextEncoder().encode(text) });
  return doc.articles.flatMap((a) => a.blocks.filter((b) => b.type === 'paragraph').map((b) => squash(b.text)));
}

const BODY =
  'The team was twice denied visas to travel to the United States, but the\n' +
  'decision was later reversed after the President personally intervened in the\n' +
  'matter and allowed the team to enter the country for the competition.\n';

test('a lone short piece cut mid-sentence after a bracket or a year is carried on, not closed as an item', () => {
  // pdfminer cuts a sentence into boxes; one ending in `)` or a year is no list without a run of items.
  for (const [cut, rest] of [
    ['The ceasefire was agreed by the foreign ministers (Geneva)', 'after three days of talks between both sides in the city.'],
    ['Both ministers met again in the same hall in 2015', 'to sign the treaty that had been drafted over the winter.'],
  ] as const) {
    const paras = paragraphsOf(`${BODY}\n${cut}\n\n${rest}\n\n${BODY}`);
    assert.ok(paras.includes(squash(`${cut} ${rest}`)), `"${cut}" goes on: ${JSON.stringify(paras)}`);
  }
});

test('a run of short pieces each closing on a bracket or a year stays one item per paragraph', () => {
  const items = ['Northern League champion (2009)', 'Top scorer in the league, 2012', 'Coach of the Year (2011)'];
  const paras = paragraphsOf(`${BODY}\n${items.join('\n\n')}\n\n${BODY}`);
  for (const item of items) assert.ok(paras.includes(squash(item)), `"${item}" is a paragraph of its own: ${JSON.stringify(paras)}`);
});

test('an item ending on a semicolon ends its unit, also in a run of narrow lines (d2_010 page.txt)', (t) => {
  const file = sharedFile('corpus', 'dev2', 'd2_010', 'page.txt');
  if (!file) return t.skip('../shared not present');
  // `race / ancestry / skin color;` ⏎ `gender;` ⏎ `age;` ⏎ `religion;`: short lines starting in lower
  // case, as a pull quote's are; the semicolons end items all the same.
  const doc = restore({ name: file, bytes: readFileSync(file) });
  const paras = new Set(doc.articles.flatMap((a) => a.blocks.filter((b) => b.type === 'paragraph').map((b) => squash(b.text))));
  for (const item of ['race / ancestry / skin color;', 'gender;', 'age;', 'religion;']) {
    assert.ok(paras.has(squash(item)), `"${item}" is a paragraph of its own`);
  }
});

/** A made-up page: a wide paragraph, a narrow run (a pull quote or a list), a wide paragraph. */
const narrowPage = (narrow: readonly string[]): string =>
  [
    'Town Votes on Flood Wall',
    '',
    'The council voted on Tuesday to build a flood wall along the river after three winters of',
    'damage to the houses on the low side of town, where many families have lived for decades and',
    'where the water reached the first floor twice in the last five years, the mayor told residents.',
    'The wall will cost more than the town spends on roads in a year, and the money will come from',
    'a loan that the state has agreed to guarantee for the next twenty years at a low rate of interest.',
    '',
    ...narrow,
    '',
    'Work is expected to begin in the autumn, once the engineers have finished their survey of the',
    'banks and the contracts have been signed with the builders chosen by the council last month.',
    '',
  ].join('\n');

test('one semicolon in a pull quote set narrow does not cut it (made-up page)', () => {
  const quote = ['“We tried it all;', 'nothing worked, and', 'the town paid for it', 'every single spring', 'and every summer too,”', 'said one resident.'];
  const doc = readText(narrowPage(quote), 'split');
  const unit = unitWithLine(doc, '“We tried it all;');
  assert.equal(unit, unitWithLine(doc, 'said one resident.'), 'the quote is one unit');
});

test('a narrow run with two lines ending an item is a list: cut after each item (made-up page)', () => {
  const list = ['Residents must bring:', 'a passport or an identity card;', 'two photographs;', 'a letter from their bank or from', 'their employer, signed and dated.'];
  const doc = readText(narrowPage(list), 'split');
  assert.notEqual(unitWithLine(doc, 'a passport or an identity card;'), unitWithLine(doc, 'two photographs;'));
  assert.notEqual(unitWithLine(doc, 'two photographs;'), unitWithLine(doc, 'a letter from their bank or from'));
});

test('on a boxed page, item ends elsewhere in the text box show the list (made-up page, as dev006 pdfminer)', () => {
  // One text box: a narrow run holding one item end (`… a licence);`), a wider line that breaks
  // the run, and another item end further down.
  const box = [
    'a passport or an identity card',
    'that was issued in the last ten',
    'years (or a licence);',
    'Ask for',
    'a form',
    'at the desk',
    'in the town hall and fill it in at home, then bring it back with the fee',
    'two recent photographs;',
    'a letter from your bank.',
  ];
  const doc = readText(narrowPage(box), 'split');
  assert.notEqual(unitWithLine(doc, 'years (or a licence);'), unitWithLine(doc, 'Ask for'));
});

for (const input of ['page.raw.txt', 'page.pdfminer.txt', 'page.txt']) {
  test(`dev001 ${input}: a list's first item is cut from its lead-in's colon (items end in semicolons)`, (t) => {
    const file = sharedFile('corpus', 'dev', 'dev001', input);
    if (!file) return t.skip('../shared not present');
    const doc = restore({ name: file, bytes: readFileSync(file) });
    const paras = doc.articles.flatMap((a) => a.blocks.filter((b) => b.type === 'paragraph').map((b) => squash(b.text)));
    assert.ok(paras.includes(squash('race / ancestry / skin color;')), 'the first item is a paragraph of its own');
    assert.ok(paras.some((p) => p.endsWith(squash('capturing the following options:'))), 'the lead-in ends its paragraph');
  });
}

test('no item run: a colon over one line ending in a semicolon is not cut', () => {
  const lead = 'The committee heard from three witnesses who said the following:';
  const text = `${BODY}${lead}\nthe council had failed to act on the report;\nand the money was spent on other projects in the district.\n\n${BODY}`;
  const paras = paragraphsOf(text);
  assert.ok(paras.some((p) => p.includes(squash(`${lead} the council had failed`))), JSON.stringify(paras));
});

for (const [corpus, id] of [['dev', 'dev011'], ['dev2', 'd2_009']] as const) {
  test(`${id} page.raw.txt: a colon's lead-in over items that end on semicolons ends its paragraph`, (t) => {
    const file = sharedFile('corpus', corpus, id, 'page.raw.txt');
    if (!file) return t.skip('../shared not present');
    const doc = restore({ name: file, bytes: readFileSync(file) });
    const paras = doc.articles.flatMap((a) => a.blocks.filter((b) => b.type === 'paragraph').map((b) => squash(b.text)));
    assert.ok(paras.some((p) => p.endsWith(squash('This occurs for two reasons:'))), 'the lead-in ends its paragraph');
    assert.ok(paras.some((p) => p.startsWith(squash('As it moves over land')) && p.endsWith(squash('the warm sea surface;'))), 'the first item is a paragraph');
  });
}

test('a colon whose clause runs on to a full stop is no list lead-in', () => {
  const text =
    `${BODY}The report was sent to the council last week, and the minister gave the reason:\n` +
    'The money had been spent on other projects in the district over the last years,\n' +
    'and the council had not been told of it. The rest of the report was published\n' +
    'today, and the minister said that the council would be told of the changes then;\n' +
    'It runs to 40 pages, and it was written by the two officials who found the money\n' +
    `missing from the accounts of the council in the spring of that same year.\n\n${BODY}`;
  const paras = paragraphsOf(text);
  assert.ok(paras.some((p) => p.includes(squash('gave the reason: The money had been spent'))), JSON.stringify(paras));
});
