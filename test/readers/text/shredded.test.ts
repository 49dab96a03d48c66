/**
 * A text layer cut into word stacks (pdftotext default mode on justified narrow columns)
 * gets one warning per page naming the better inputs; running text, headlines and short
 * pages do not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readText } from '../../../src/readers/text/index.js';
import { MIN_LINES_FOR_VERDICT, SHREDDED_SHARE } from '../../../src/readers/text/shredded.js';
import { sharedFile } from '../../structure/helpers.js';

const shredWarnings = (text: string): string[] =>
  readText(new TextEncoder().encode(text), 'page.txt').messages.filter((m) => m.rule === 'reader/shredded-lines').map((m) => m.text);

/** Words of a justified column as pdftotext prints them when it takes wide word spaces for gutters. */
const STACKED = ['Sweden,', 'Poland', 'and', 'which', 'had', 'become', 'is', 'today', 'Germany,', 'in', 'enlisted', 'at', 'mission', 'alternately', 'and'];
const RUNNING = 'The council voted on Tuesday to keep the branch library open for another year,';

test('a page of one- and two-word stacks gets one warning naming the PDF and pdftotext -raw', () => {
  const lines: string[] = [];
  for (let i = 0; i < 6; i++) lines.push(...STACKED, 'In the course of the', 'next five years he served');
  const text = lines.join('\n\n') + '\n';
  const got = shredWarnings(text);
  assert.equal(got.length, 1);
  assert.match(got[0]!, /^90 of 102 lines \(88 %\) are blocks of one or two words: the text layer looks cut into word stacks/);
  assert.match(got[0]!, /give Galley the PDF itself, or text from 'pdftotext -raw'$/);
});

test('running text with its headlines, bylines and datelines is not shredded', () => {
  const blocks: string[] = [];
  // one short one-line block in every four lines: exactly SHREDDED_SHARE, which is not more than it
  for (let i = 0; i < 20; i++) blocks.push('City Hall', [RUNNING, RUNNING, RUNNING].join('\n'));
  assert.equal(20 / 80, SHREDDED_SHARE);
  assert.deepEqual(shredWarnings(blocks.join('\n\n') + '\n'), []);
});

test('a listings page (short lines in blocks of many lines, or starting with a time) is not shredded', () => {
  const tv = ['TELEVISION', '', 'BBC One', ...Array.from({ length: 40 }, (_, i) => `${6 + (i >> 1)}.${i % 2 ? '30' : '00'} ${i % 2 ? 'Weather' : 'News'}`), ''];
  const results = Array.from({ length: 30 }, (_, i) => `${i % 3 ? 'Arsenal' : 'Leeds'} ${i % 4}`);
  const timed = Array.from({ length: 70 }, (_, i) => `${i + 1}. Result`).join('\n\n');
  assert.deepEqual(shredWarnings([...tv, ...results].join('\n') + '\n'), []);
  assert.deepEqual(shredWarnings(timed + '\n'), []);
});

test('a page too short for a verdict (a headline and a few words) gets no warning', () => {
  const lines = STACKED.slice(0, Math.min(STACKED.length, MIN_LINES_FOR_VERDICT - 1));
  assert.deepEqual(shredWarnings(lines.join('\n') + '\n'), []);
});

test('each page of a multi-page text is judged on its own lines', () => {
  const stacked = Array.from({ length: 5 }, () => STACKED.join('\n\n')).join('\n\n');
  const running = Array.from({ length: 70 }, () => RUNNING).join('\n');
  const doc = readText(new TextEncoder().encode(`${running}\f${stacked}\f${running}\n`), 'issue.txt');
  assert.deepEqual(doc.messages.filter((m) => m.rule === 'reader/shredded-lines').map((m) => m.source?.page), [2]);
});

const corpus = sharedFile('corpus', 'dev2');
test('dev2: the pages pdftotext cut into stacks are named, none of the others nor their -raw/pdfminer layers', { skip: !corpus }, () => {
  const warned: string[] = [];
  for (const id of ['d2_001', 'd2_002', 'd2_003', 'd2_004', 'd2_005', 'd2_006', 'd2_007', 'd2_008', 'd2_009', 'd2_010']) {
    for (const input of ['page.txt', 'page.raw.txt', 'page.pdfminer.txt']) {
      const file = sharedFile('corpus', 'dev2', id, input);
      if (file && shredWarnings(readFileSync(file, 'utf8')).length) warned.push(`${id}/${input}`);
    }
  }
  assert.deepEqual(warned, ['d2_001/page.txt', 'd2_003/page.txt', 'd2_005/page.txt', 'd2_007/page.txt', 'd2_009/page.txt']);
});

const seed = sharedFile('examples', 'seed-page.txt');
test('the example page (pdfminer-like, short caption lines) is not shredded', { skip: !seed }, () => {
  assert.deepEqual(shredWarnings(readFileSync(seed!, 'utf8')), []);
});
