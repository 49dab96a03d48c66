/**
 * reflow/links: a word broken at a line end goes on with its remainder, never with an opening quotation
 * mark. Real case, d2_007 pdfminer (CC BY-SA): `… because international dig-` is followed in pdfminer's
 * order by a caption (`… — EPA` ⏎ `PHOTO`) and the quote `“Cool clock, Ahmed…`; once the caption is
 * classified, the hyphenated piece must not link to the quote (`dig-“Cool`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { run, sharedFile } from '../../structure/helpers.js';

const PAGE = [
  'On  Wednesday,  Mohamed  and',
  'his  father  are  to  travel  to  the',
  'United  Nations.  His  father  said',
  'he was taking his entire family to',
  'the  U.N.  headquarters  in  New',
  'York,  because  international  dig-',
  '',
  'NASA  tweeted  support  of  the  boy',
  'via its account International Space',
  'Station  Image:  Twitter  /  NASA.  —  EPA',
  'PHOTO',
  '',
  '“Cool  clock,  Ahmed.  Want  to',
  'bring  it  to  the  White  House?  We',
  'should inspire more kids like you',
  'to  like  science.',
  '',
].join('\n');

const texts = (text: string): string[] => run(text).out.articles.flatMap((a) => a.blocks.map((b) => b.text));

test('a piece ending in a hyphen is not carried on by a piece opening a quotation', () => {
  const blocks = texts(PAGE);
  assert.ok(!blocks.some((t) => /dig-?\s*“/u.test(t)), JSON.stringify(blocks));
  assert.ok(blocks.some((t) => t.startsWith('“Cool clock, Ahmed.')), JSON.stringify(blocks));
});

test('the caption keeps its credit with the photo word wrapped to a line of its own (`— EPA` ⏎ `PHOTO`)', () => {
  const { out } = run(PAGE);
  const captions = out.articles.flatMap((a) => a.captions);
  assert.deepEqual(captions.map((c) => c.credit), ['EPA PHOTO']);
  assert.ok(!out.articles.some((a) => a.blocks.some((b) => b.text === 'PHOTO')));
});

test('d2_007 pdfminer: no paragraph runs `dig-` into the quote', (t) => {
  const file = sharedFile('corpus', 'dev2', 'd2_007', 'page.pdfminer.txt');
  if (!file) return t.skip('../shared not present');
  const blocks = texts(readFileSync(file, 'utf8'));
  assert.ok(!blocks.some((b) => /dig-?\s*“Cool/u.test(b)), 'dig- is not joined to the quote');
});

test('a compound or a year finished after a quotation mark that opens no sentence still joins (`mid-` ⏎ `‘90s`, `anti-` ⏎ `“woke”`)', () => {
  const page = (a: string, b: string): string =>
    ['Mill town looks back', '', 'By Tom Reed', `The town grew quickly after the war, and the mill ${a}`, '', `${b} the owners moved production abroad and`, 'the last looms were sold for scrap within a year.', ''].join('\n');
  const mid = texts(page('employed more than two thousand people until the mid-', '‘90s, when'));
  assert.ok(mid.some((t) => t.includes('until the mid-‘90s, when the owners')), JSON.stringify(mid));
  const woke = texts(page('was called part of a wider anti-', '“woke” campaign, and'));
  assert.ok(woke.some((t) => t.includes('a wider anti-“woke” campaign, and the owners')), JSON.stringify(woke));
});
