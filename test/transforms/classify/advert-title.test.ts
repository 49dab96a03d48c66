/**
 * classify/advert-title: an advert's title wrapped over two lines of capitals (`PIANO` ⏎ `LESSONS` ⏎
 * …, d2_008 raw): the first line is the advert's, not a subhead (skipped when ../shared/corpus is not
 * beside the clone).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { convert } from './convert.js';

const d2008 = '../shared/corpus/dev2/d2_008/page.raw.txt';


test('d2_008 raw: `PIANO` over the advert `LESSONS` ⏎ `All ages and levels` … is the advert’s, not a subhead', { skip: !existsSync(d2008) }, () => {
  const { doc, subheads, other } = convert(readFileSync(d2008, 'utf8'));
  assert.ok(!subheads.includes('PIANO'), JSON.stringify(subheads));
  assert.ok(other.includes('PIANO'), JSON.stringify(other));
  assert.ok(doc.messages.some((m) => m.rule === 'classify/advert-title' && m.text.includes('LESSONS')), 'the decision is recorded');
});

test('d2_008 raw, edited: capitals set apart from the advert by a blank line are not taken for its title', { skip: !existsSync(d2008) }, () => {
  const text = readFileSync(d2008, 'utf8');
  const edited = text.replace('PIANO\nLESSONS\n', 'PIANO\n\nLESSONS\n');
  assert.notEqual(edited, text, 'the excerpt is on the page');
  const { doc } = convert(edited);
  assert.ok(!doc.messages.some((m) => m.rule === 'classify/advert-title'), 'no advert-title decision');
});
