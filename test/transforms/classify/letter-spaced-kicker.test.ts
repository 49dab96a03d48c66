/**
 * classify/kicker: capitals set letter-spaced (`PR O F I L E`, `I N V E S T I G AT I O N`, d2_007 raw)
 * count as the word they print, so they are kickers over their headlines, not subheads (skipped when
 * ../shared/corpus is not beside the clone).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { convert } from './convert.js';

const d2007 = '../shared/corpus/dev2/d2_007/page.raw.txt';


test('d2_007 raw: letter-spaced kickers are furniture over their headlines, not subheads', { skip: !existsSync(d2007) }, () => {
  const { subheads, headlines, other } = convert(readFileSync(d2007, 'utf8'));
  for (const k of ['PR O F I L E', 'I N V E S T I G AT I O N']) {
    assert.ok(!subheads.includes(k), `${k} is no subhead: ${JSON.stringify(subheads)}`);
    assert.ok(other.includes(k), `${k} is furniture: ${JSON.stringify(other)}`);
  }
  assert.ok(headlines.includes('Texas student Ahmed Mohamed inspires social movement'), JSON.stringify(headlines));
});

test('d2_007 raw, edited: five capital words set normally are too many for a kicker', { skip: !existsSync(d2007) }, () => {
  const text = readFileSync(d2007, 'utf8');
  const edited = text.replace('I N V E S T I G AT I O N\n', 'OUR LONG INVESTIGATION INTO SCHOOLS\n');
  assert.notEqual(edited, text, 'the excerpt is on the page');
  const { other } = convert(edited);
  assert.ok(!other.includes('OUR LONG INVESTIGATION INTO SCHOOLS'), JSON.stringify(other));
});

/** A made-up story page with `line` printed over its headline. */
function pageUnder(line: string): string {
  return [
    line,
    'Residents asked to cut water use as reservoirs fall',
    '',
    'By Anna Berg',
    '',
    'The council on Monday asked every household in the district to cut its water use by a fifth, after the reservoirs fell to their lowest level in thirty years. Officials said the restrictions would last until the autumn rains.',
    '',
  ].join('\n');
}

test('a line of short capital words set normally (`IT IS UP TO US`) is no letter-spaced kicker: it stays in the headline', () => {
  const { headlines, other } = convert(pageUnder('IT IS UP TO US'));
  assert.ok(!other.includes('IT IS UP TO US'), JSON.stringify(other));
  assert.ok(headlines.some((h) => h?.includes('IT IS UP TO US')), JSON.stringify(headlines));
});

const d2010 = '../shared/corpus/dev2/d2_010/page.raw.txt';

test('d2_010 raw: a letter-spaced kicker of single letters only (`S C I E N C E`) is furniture, not a paragraph', { skip: !existsSync(d2010) }, () => {
  const { other } = convert(readFileSync(d2010, 'utf8'));
  assert.ok(other.includes('S C I E N C E'), JSON.stringify(other));
});

test('single letters that are no letter-spaced word (`A B C`, three letters) stay running text', () => {
  const { other } = convert(pageUnder('A B C'));
  assert.ok(!other.includes('A B C'), JSON.stringify(other));
});
