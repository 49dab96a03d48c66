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

test('a pull quote whose words hold characters beyond ASCII (curly apostrophes, accents) is found as well', () => {
  // The d2_010 case with the quote's first words written as a French or curly-quoted text would print
  // them: the runs' first words are matched by their characters' codes, whatever the alphabet.
  const accent = (l: string): string => l.replace('Figures to be', 'Zoë’s café figures').replace('published', 'publiés').replace('Figures', 'Zoë’s café figures');
  const u = kinds([...BEFORE, ...PARAGRAPH.map(accent), ...QUOTE.map(accent), ...AFTER]);
  const quote = u.filter(([k]) => k === 'pullquote');
  assert.equal(quote.length, 1, u.map(([k, t]) => `${k}: ${t}`).join('\n'));
  assert.ok(quote[0]![1].startsWith('Zoë’s café figures'), quote[0]![1]);
});

test('two units printing the same words at one width: neither is taken for a pull quote', () => {
  const u = kinds([...BEFORE, ...PARAGRAPH, ...PARAGRAPH, ...AFTER]);
  assert.ok(!u.some(([k]) => k === 'pullquote'), u.map(([k, t]) => `${k}: ${t}`).join('\n'));
});

// d2_008 pdftotext -raw: a pull quote set narrow, its short lines cut apart as headings by the line rules.
const MARINA = [
  'year, short stays are permitted,',
  'which is interpreted by the au-',
  'thorities as a day or a night.',
  'While you are normally not al-',
  'lowed to set up a tent, you are',
  'permitted to sleep on the beach',
  'in a sleeping bag, if necessary',
  'under a primitive cover like a',
  'tarpaulin.',
  'Birkholm',
  'Ferry from Marstal on Ærø, 25',
  'minutes, 1 departure per day (but',
  'ordering additional departures',
  'are possible), 70 DKK.',
  'Marina: 54º 55,7’ N 10º 30,0’',
  'E; VHF; 10 berths at? DKK;',
  'Depth:2m; Speed: 3 knots.',
];
const MARINA_QUOTE = ['Marina: 54º', '55,7’ N 10º', '30,0’ E; VHF;', '10 berths at?'];
const MARINA_AFTER = [
  'Non the less it is a pretty, but',
  'incredibly flat place, with the',
  'highest point towering a proud',
  '1,8 meters over the sea! some',
  'fine old farm houses which the',
  'remaining population does a',
  'commendable job trying to',
  'maintain, since many of them are',
  'now empty and the rest used as',
];

test('the pieces of a pull quote cut apart by the line rules are each part of the quote', () => {
  const u = kinds([...MARINA, ...MARINA_QUOTE, ...MARINA_AFTER]);
  for (const line of MARINA_QUOTE) {
    assert.ok(u.some(([k, t]) => k === 'pullquote' && t.includes(line)), `"${line}" is a pull quote's piece:\n${u.map(([k, t]) => `${k}: ${t}`).join('\n')}`);
  }
  assert.ok(u.some(([k, t]) => k === 'paragraph' && t.startsWith('Ferry from Marstal')));
});

test('short lines whose words the page does not print elsewhere are no pull quote', () => {
  const other = ['Marina: 54º', '56,1’ N 11º', '12,0’ E; VHF;', '20 berths.'];
  const u = kinds([...MARINA, ...other, ...MARINA_AFTER]);
  assert.ok(!u.some(([k]) => k === 'pullquote'), u.map(([k, t]) => `${k}: ${t}`).join('\n'));
});
