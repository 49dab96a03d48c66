/**
 * Section headings that carry years (dev2 d2_004, pdftotext -raw; text CC BY-SA 3.0): a year alone
 * between paragraphs (`2014`), and a line closing on a bracketed year alone between paragraphs
 * (`Pittsburgh Pirates (2012)`), are subheads; the same lines in a run of such lines are list items.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinLines } from '../../src/text/join.js';
import { run } from './helpers.js';

function units(text: string): Array<[string, string]> {
  const { doc } = run(text);
  return doc.pages.flatMap((p) => p.blocks.map((b) => [b.kind, joinLines(b.lines)] as [string, string]));
}
function show(u: Array<[string, string]>): string {
  return u.map(([k, t]) => `  ${k}: ${t}`).join('\n');
}

const BEFORE_2014 = [
  'Hanrahan) for Jerry Sands, Stolmy Pi-',
  'mentel, Mark Melancon, and Iván',
  'DeJesús, Jr.. [12] Holt started the 2013',
  'season with the Triple-A Pawtucket',
  'Red Sox. He debuted for Boston after',
  'getting called up on July 6 in Anaheim.',
  'In 2013, Holt played in 26 games, hit-',
  'ting .203 with 11 RBI. Holt received his',
  'first championship ring when the Red',
  'Sox won the World Series over the St.',
  'Louis Cardinals in six games, despite',
  'not playing in the postseason.',
];
const AFTER_2014 = [
  'Holt again started 2014 in Triple-A,',
  'but was called up May 17 after an in-',
  'jury to Will Middlebrooks and hit',
  'leadoff for the rest of the season.',
  'On May 31, 2014, against the Tampa',
  'Bay Rays at Fenway Park, Holt hit his',
  'first Major League home run. On June',
  '8, 2014, in order to allow Xander',
];

test('a year alone between paragraphs is a subhead (a chronology’s section)', () => {
  const u = units([...BEFORE_2014, '2014', ...AFTER_2014].join('\n'));
  assert.ok(u.some(([k, t]) => k === 'subhead' && t === '2014'), show(u));
});

test('a year alone after a line that does not end a sentence is no subhead', () => {
  const before = [...BEFORE_2014.slice(0, -1), 'not playing in the postseason of'];
  const u = units([...before, '2014', ...AFTER_2014].join('\n'));
  assert.ok(!u.some(([k]) => k === 'subhead'), show(u));
});

// At least 25 lines in all: a page of fewer lines with no blank line would read as one text box (isBoxed).
const BEFORE_PIRATES = [
  'Holt began his professional career',
  'with the Pittsburgh Pirates’ short sea-',
  'son, Class-A affiliate, the State College',
  'Spikes, before advancing to the High-A',
  'Bradenton Marauders in 2010. His',
  '2010 season was cut short due to in-',
  'jury to his medial collateral ligament,',
  'which required surgery. [8] He began',
  'the 2011 season with the Pirates’',
  'Double-A affiliate, the Altoona Curve.',
  'On July 13, 2011, Holt was named the',
  'MVP of the Eastern League All-Star',
  'Game after hitting a two-run homer in',
  'the ninth inning. [9]',
  'Holt opened 2012 with Altoona and',
  'later joined Triple-A Indianapolis In-',
  'dians. He was promoted to the Pitts-',
  'burgh Pirates from the minors as the',
  'major league rosters expanded on',
  'September 1.',
];
const AFTER_PIRATES = [
  'Holt made his Major League debut on',
  'September 1, 2012. At the time of his',
  'promotion, he had hit a .322 average in',
  '102 games with Altoona and .432 in 24',
  'games for Indianapolis. [10]',
  'On September 4, against the Houston',
  'Astros, Holt became only the second',
  'Pirates player since 1900 to have a',
  'four-hit game within his first four ca-',
  'reer games in the majors. The only',
];

test('a line closing on a bracketed year, alone between paragraphs, is a subhead', () => {
  const u = units([...BEFORE_PIRATES, 'Pittsburgh Pirates (2012)', ...AFTER_PIRATES].join('\n'));
  assert.ok(u.some(([k, t]) => k === 'subhead' && t === 'Pittsburgh Pirates (2012)'), show(u));
});

test('the same line in a run of items closing alike is a list item, not a subhead', () => {
  const items = ['Pittsburgh Pirates (2012)', 'Boston Red Sox (2013 — present)', 'All-Star (2015)'];
  const u = units([...BEFORE_PIRATES, ...items, ...AFTER_PIRATES].join('\n'));
  assert.ok(!u.some(([k]) => k === 'subhead'), show(u));
  assert.ok(u.some(([k, t]) => k === 'paragraph' && t === 'Pittsburgh Pirates (2012)'), show(u));
});

test('d2_004 pdfminer: a box opening on a line closing on a bracketed year, over running text, opens with a subhead', async (t) => {
  const { sharedFile } = await import('./helpers.js');
  const { readFileSync } = await import('node:fs');
  const file = sharedFile('corpus', 'dev2', 'd2_004', 'page.pdfminer.txt');
  if (!file) return t.skip('../shared not present');
  const { doc } = run(readFileSync(file, 'utf8'), 'page.pdfminer.txt');
  const blocks = doc.pages.flatMap((p) => p.blocks);
  const heads = blocks.filter((b) => b.kind === 'subhead').map((b) => joinLines(b.lines));
  assert.ok(heads.includes('Pittsburgh Pirates (2012)'), JSON.stringify(heads));
  // The list of items at the top of the page, one box per item, stays a list.
  const items = blocks.filter((b) => b.kind === 'paragraph' && joinLines(b.lines) === 'Pittsburgh Pirates (2012)');
  assert.equal(items.length, 1);
});

test('a function word alone between paragraphs (`In`) is no subhead: a piece of a line set apart', () => {
  const u = units([...BEFORE_2014, 'In', ...AFTER_2014].join('\n'));
  assert.ok(!u.some(([k, t]) => k === 'subhead' && t === 'In'), show(u));
});
