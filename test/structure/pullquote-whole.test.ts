/**
 * A whole short paragraph pulled out as a quote prints the same words twice: the unit set narrower
 * (fewer characters per line: larger type or a narrow box) is the pull quote, the other the paragraph.
 * Real case: d2_010 pdftotext -raw (CC BY-SA).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinLines } from '../../src/text/join.js';
import { run } from './helpers.js';

const PARAGRAPH = [
  'Figures to be published',
  'today show a record 45,756',
  'migrants crossing the Channel',
  'last year drove outstanding',
  'asylum claims over 150,000,',
  'also a record.',
];
const QUOTE = ['Figures to be', 'published', 'today show', 'a record', '45,756', 'migrants', 'crossing the', 'Channel last', 'year drove', 'outstanding', 'asylum', 'claims over', '150,000, also', 'a record.'];
const BEFORE = [
  'has a common-sense plan to',
  'fast-track cases, get return',
  'agreements in place so unsuc-',
  'cessful claims can be quickly',
  'and safely returned, and take',
  'much stronger action against',
  'the criminal gangs driving',
  'dangerous small boat cross-',
  'ings.”',
];
const AFTER = [
  'Sunak has made tackling',
  'migration one of his main pri-',
  'orities, with laws banning il-',
  'legal migrants from claiming',
  'asylum in the UK expected',
  'next month.',
];

function kinds(lines: string[]): Array<[string, string]> {
  const { doc } = run(lines.join('\n'));
  return doc.pages.flatMap((p) => p.blocks.map((b) => [b.kind, joinLines(b.lines)] as [string, string]));
}

test('the narrower of two units printing the same words is the pull quote', () => {
  const u = kinds([...BEFORE, ...PARAGRAPH, ...QUOTE, ...AFTER]);
  const text = 'Figures to be published today show a record 45,756 migrants crossing the Channel last year drove outstanding asylum claims over 150,000, also a record.';
  const same = u.filter(([, t]) => t === text);
  assert.deepEqual(same.map(([k]) => k).sort(), ['paragraph', 'pullquote'], u.map(([k, t]) => `${k}: ${t}`).join('\n'));
  // The pull quote is the narrow one: the paragraph comes first, as printed.
  assert.equal(same[0]![0], 'paragraph');
});

test('two units printing the same words at one width: neither is taken for a pull quote', () => {
  const u = kinds([...BEFORE, ...PARAGRAPH, ...PARAGRAPH, ...AFTER]);
  assert.ok(!u.some(([k]) => k === 'pullquote'), u.map(([k, t]) => `${k}: ${t}`).join('\n'));
});
