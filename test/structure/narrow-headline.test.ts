/**
 * A headline in display type in one narrow column wraps to two or three words a line, past the five
 * lines a heading usually takes; the byline under it marks it. Real case: dev009 pdfminer (CC BY-SA).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

const BEFORE = [
  'Jack Alter Fort Lee Community Center,',
  '1355 Inwood Terrace, tel: 1 201-592-',
  '4699, contact for membership informa-',
  'tion, and upcoming events.',
  '',
];
const HEADLINE = ['After visa snags, all-girl', 'Afghan team honored', 'for ‘courageous', 'achievement’ at', 'international robotics', 'competition'];
const AFTER = [
  'BY AIKO ADEYEMI',
  '',
  'WASHINGTON, Feb 21 -- A group of',
  'Afghan teenagers was awarded a silver',
  'medal on Tuesday in the FIRST Global',
  'Challenge Robot Olympics in Washington.',
];

test('a headline wrapped over six narrow lines, a byline under it, is the headline', () => {
  const { out } = run([...BEFORE, ...HEADLINE, ...AFTER].join('\n'));
  const a = out.articles.find((x) => x.byline !== null);
  assert.equal(a?.headline, 'After visa snags, all-girl Afghan team honored for ‘courageous achievement’ at international robotics competition');
});

test('six lines of body-type width over a byline are no headline', () => {
  const wide = [
    'The community center has dance, yoga and',
    'other exercise classes, and it offers open',
    'gym hours for basketball or recreation. In',
    'the summer its outdoor theatre is used for',
    'performances and movies in the park every',
    'Friday night and on some Saturdays too',
  ];
  const { out } = run([...BEFORE, ...wide, ...AFTER].join('\n'));
  assert.ok(!out.articles.some((x) => x.headline?.startsWith('The community center')), JSON.stringify(out.articles.map((x) => x.headline)));
});
