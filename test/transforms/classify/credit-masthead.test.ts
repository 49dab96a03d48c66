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
