/**
 * A photographer's credit names the paper the photographer works for (`GRACE LARSEN / THE LAKESIDE
 * SENTINEL`): at the head of the page its masthead word is no running head. The credit stays a credit and
 * the line under it its caption. Real case: d2_004 pdftotext -raw (CC BY-SA).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convert } from './convert.js';

const PAGE = [
  'HISTORY The Lakeside Sentinel FRIDAY 15 FEBRUARY 2013',
  'PROFILE',
  'Brock Holt',
  'By Yusuf Kowalski',
  'GRACE LARSEN / THE LAKESIDE SENTINEL',
  'Holt with the Boston Red Sox',
  'Pittsburgh Pirates (2012)',
  'Boston Red Sox (2013 — present)',
  'All-Star (2015)',
  'Hit for the cycle on June 16, 2015',
  'World Series champion (2013)',
  'Brock Holt',
  'Brock Wyatt Holt (born June 11, 1988)',
  'is an American professional baseball',
  'second baseman, shortstop and out-',
  'fielder for the Boston Red Sox of Major',
  'League Baseball (MLB). While primarily',
  'used as an infielder, he has started in',
  'and played at every position for the',
  'Red Sox, except for pitcher and catcher.',
].join('\n');

test('a photographer’s credit at the head of the page is a credit, not the running head', () => {
  const { out, credits } = convert(PAGE);
  assert.ok(credits.includes('GRACE LARSEN / THE LAKESIDE SENTINEL'), JSON.stringify(credits));
  assert.ok(!out.furniture.some((f) => f.text === 'GRACE LARSEN / THE LAKESIDE SENTINEL'), JSON.stringify(out.furniture));
  const captions = out.articles.flatMap((a) => (a.captions ?? []).map((c) => c.text));
  assert.ok(captions.includes('Holt with the Boston Red Sox'), JSON.stringify(captions));
});

// The page's first line in the credit's form is its running head: a section and the paper's name
// (made-up page in the style of the corpus's pdftotext -raw text).
test('a section and the paper’s name on the page’s first line stay the running head, not a credit', () => {
  const { out, headlines, credits } = convert([
    'LOCAL NEWS / THE EVENING STAR',
    'Council approves new budget',
    'By Anna Berg',
    'The city council approved the new budget on Tuesday after a long debate',
    'that ran late into the night, with several members voting against the',
    'plan because of the cuts it makes to the library and the parks.',
    'The mayor said the budget was balanced and that the cuts were needed to',
    'keep taxes down for the coming year, and that the parks would not close.',
  ].join('\n'));
  assert.ok(out.furniture.some((f) => f.text === 'LOCAL NEWS / THE EVENING STAR'), JSON.stringify(out.furniture));
  assert.deepEqual(headlines, ['Council approves new budget']);
  assert.ok(!credits.includes('LOCAL NEWS / THE EVENING STAR'), JSON.stringify(credits));
});
