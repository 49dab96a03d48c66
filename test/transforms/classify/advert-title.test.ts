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

const d2008alto = '../shared/corpus/dev2/d2_008/page.alto.xml';

test('d2_008 ALTO: `PIANO` 13 px over `LESSONS` (a block boundary, no blank line) is the advert’s title too', { skip: !existsSync(d2008alto) }, () => {
  const bytes = readFileSync(d2008alto, 'utf8');
  const { doc, subheads, other } = convert(bytes, 'page.alto.xml');
  assert.ok(!subheads.includes('PIANO'), JSON.stringify(subheads));
  assert.ok(other.includes('PIANO'), JSON.stringify(other));
  // The advert stands in a box of four rules, which the OCR reader reads as an advert first
  // (reader/ruled-box-advert); without the box's rules the title rule decides.
  assert.ok(doc.messages.some((m) => m.rule === 'classify/boxed-advert' && m.text.includes('PIANO')), 'the box decides');
  const unruled = bytes.replace(/<GraphicalElement [^>]*><\/GraphicalElement\s*>/g, '');
  assert.notEqual(unruled, bytes, 'the rules are in the file');
  const plain = convert(unruled, 'page.alto.xml');
  assert.ok(!plain.subheads.includes('PIANO'), JSON.stringify(plain.subheads));
  assert.ok(plain.doc.messages.some((m) => m.rule === 'classify/advert-title' && m.text.includes('LESSONS')), 'the decision is recorded');
  // Moved a line height and more down, it is set apart: no longer the title's first line.
  const apart = bytes.replace(/(<String [^>]*VPOS=")459(" [^>]*CONTENT="PIANO")/, '$1420$2').replace(/(<TextLine [^>]*VPOS=")459(")/, '$1420$2');
  assert.notEqual(apart, bytes, 'the line is in the file');
  assert.ok(!convert(apart, 'page.alto.xml').doc.messages.some((m) => m.rule === 'classify/advert-title'), 'no advert-title decision');
});
