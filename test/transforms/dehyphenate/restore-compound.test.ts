/**
 * Compounds closed up by pdftotext's default mode (it joins every line-end
 * hyphen itself): where the hyphen comes back and where a real word must stay.
 * Rows are words as they stand in the dev corpus's page.txt files (CC BY-SA).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Vocabulary } from '../../../src/lexicon/vocabulary.js';
import { findSplit, phoneSplit, type SplitKind } from '../../../src/transforms/dehyphenate/rules/closed-up.js';
import { createDehyphenate } from '../../../src/transforms/dehyphenate/index.js';
import { looksDehyphenated } from '../../../src/transforms/dehyphenate/rules/restore-compound.js';
import { readText } from '../../../src/readers/text/index.js';

interface Row {
  name: string;
  word: string;
  /** Text elsewhere in the document. */
  doc?: string;
  afterNumber?: boolean;
  /** Expected `a-b` (or `a — b` for a dash), or null: leave the word alone. */
  expect: string | null;
  kind?: SplitKind;
}

const ROWS: Row[] = [
  { name: 'dev001 self-reported', word: 'selfreported', expect: 'self-reported', kind: 'prefix' },
  { name: 'dev009 three-nation', word: 'threenation', expect: 'three-nation', kind: 'prefix' },
  { name: 'dev013 pan-democracy', word: 'pandemocracy', expect: 'pan-democracy', kind: 'prefix' },
  { name: 'dev017 well-known', word: 'wellknown', expect: 'well-known', kind: 'prefix' },
  { name: 'dev005 pro-Japanese (camel case)', word: 'proJapanese', expect: 'pro-Japanese', kind: 'prefix' },
  { name: 'd2_004 All-NCAA (prefix before an acronym)', word: 'AllNCAA', expect: 'All-NCAA', kind: 'prefix' },
  { name: 'dev016 14-year-old', word: 'yearold', afterNumber: true, expect: 'year-old', kind: 'number' },
  { name: 'd2_008 billion-year-contract', word: 'yearcontract', afterNumber: true, expect: 'year-contract', kind: 'number' },
  { name: 'dev015 heat-attributed', word: 'heatattributed', expect: 'heat-attributed', kind: 'words' },
  { name: 'dev020 singer-songwriter', word: 'singersongwriter', expect: 'singer-songwriter', kind: 'words' },
  { name: 'd2_008 mean-spirited', word: 'meanspirited', expect: 'mean-spirited', kind: 'words' },
  { name: 'dev016 Co-founder, co-founder elsewhere', word: 'Cofounder', doc: 'Facebook co-founder Mark Zuckerberg', expect: 'Co-founder', kind: 'document' },
  { name: 'd2_006 Ground-level, ground-level elsewhere', word: 'Groundlevel', doc: '“Ground-level ozone', expect: 'Ground-level', kind: 'document' },
  { name: 'd2_004 8-4A: letters and digits, 8-4A elsewhere (`District 8-` ⏎ `4A` closed up)', word: '84A', doc: 'District 8-4A inclusion his sophomore year', expect: '8-4A', kind: 'document' },
  { name: 'dev009 outside — a (a dash at the line end)', word: 'outsidea', expect: 'outside — a', kind: 'dash' },
  // never break a real word
  { name: 'a word: documentary', word: 'documentary', expect: null },
  { name: 'a word: deadlocked', word: 'deadlocked', expect: null },
  { name: 'dev001 postmodern is a word (the truth has post-modern: known limit)', word: 'postmodern', expect: null },
  { name: 'dev017 groundbreaking is a word', word: 'groundbreaking', expect: null },
  { name: 'dev015 webcomic: a short first part', word: 'webcomic', expect: null },
  { name: 'dev019 meetups: a short second part', word: 'meetups', expect: null },
  { name: 'dev013 lifehood: a suffix, not a word', word: 'lifehood', expect: null },
  { name: 'dev002 Lolland: a name, not Loll — and', word: 'Lolland', expect: null },
  { name: 'dev008 Mashhad: a name, not Mash — had', word: 'Mashhad', expect: null },
  { name: 'd2_006 Michaelis: a name, not Michael — is', word: 'Michaelis', expect: null },
  { name: 'd2_004 Stephenville: a name', word: 'Stephenville', expect: null },
  { name: 'seed Soyoung would need the document', word: 'Soyoung', expect: null },
  { name: 'd2_004 84A with no hyphenated form in the document', word: '84A', expect: null },
  { name: 'a word used more than once in the document is the document’s spelling', word: 'heatattributed', doc: 'the heatattributed damage', expect: null },
];

for (const row of ROWS) {
  test(`restore: ${row.name}`, () => {
    const v = new Vocabulary();
    v.addText(row.word);
    if (row.doc) v.addText(row.doc);
    const split = findSplit(row.word, v, { lexical: true, afterNumber: row.afterNumber ?? false });
    if (row.expect === null) {
      assert.equal(split, null, JSON.stringify(split));
      return;
    }
    assert.ok(split, 'a split');
    assert.equal(split.kind, row.kind);
    const sep = split.kind === 'dash' ? ' — ' : '-';
    assert.equal(row.word.slice(0, split.at) + sep + row.word.slice(split.at), row.expect);
  });
}

test('restore: without the lexical rules only the document speaks', () => {
  const v = new Vocabulary();
  v.addText('selfreported heatattributed');
  assert.equal(findSplit('selfreported', v, { lexical: false, afterNumber: false }), null);
  v.addText('the self-reported sex');
  assert.equal(findSplit('selfreported', v, { lexical: false, afterNumber: false })?.kind, 'document');
});

/** A page as pdftotext's default mode prints it: long lines, no line-end hyphens. */
function joinedPage(line: string, n = 50): string {
  return Array.from({ length: n }, (_, i) => (i === 7 ? line : `Line ${i} of running text that goes on as usual`)).join('\n');
}

test('restore in a document: line text edited, message with column, text in = text out but the hyphen', () => {
  const doc = readText(new TextEncoder().encode(joinedPage('4. Second, sex was coded based on the selfreported sex of a 14-yearold boy.')), 'page.txt');
  assert.equal(looksDehyphenated(doc), true);
  createDehyphenate()(doc);
  const line = doc.pages[0]!.blocks[0]!.lines[7]!;
  assert.equal(line.text, '4. Second, sex was coded based on the self-reported sex of a 14-year-old boy.');
  const msgs = doc.messages.filter((m) => m.rule === 'dehyphenate/restore-compound');
  assert.deepEqual(msgs.map((m) => [m.before, m.after, m.source?.span?.start.column]), [
    ['selfreported', 'self-reported', 43],
    ['yearold', 'year-old', 68],
  ]);
  assert.equal(line.text.replace(/-(?=reported|old)/g, ''), line.original);
});

test('restore does not touch text that kept its line-end hyphens (raw, pdfminer)', () => {
  const lines = Array.from({ length: 50 }, (_, i) => (i % 5 === 0 ? `a broken word at the end of line ${i} docu-` : `mentary and the selfreported heatattributed line ${i}`));
  const doc = readText(new TextEncoder().encode(lines.join('\n')), 'raw.txt');
  assert.equal(looksDehyphenated(doc), false);
  createDehyphenate()(doc);
  assert.ok(!doc.messages.some((m) => m.rule.startsWith('dehyphenate/restore')));
});

test('restore skips broken halves inside a line and addresses', () => {
  const doc = readText(new TextEncoder().encode(joinedPage('between linFillmore and utter- that; see www.selfreported.example and northernledger.example')), 'page.txt');
  createDehyphenate()(doc);
  assert.ok(!doc.messages.some((m) => m.rule.startsWith('dehyphenate/restore')), JSON.stringify(doc.messages.filter((m) => m.rule.startsWith('dehyphenate/restore'))));
});

test('restore a telephone number closed up at a line end (dev009 page.txt), and no other digit groups', () => {
  const cases: Array<[string, string, string | null]> = [
    ['201', '5924699', '592-4699'], // dev009: `tel: 1 201-592-` ⏎ `4699`
    ['201', '461776', null], // six digits: not the 3-4 rest of a number
    ['2010', '5924699', null], // a year, not an area code
    ['201', '59246a9', null],
  ];
  for (const [prev, segment, expect] of cases) {
    const split = phoneSplit(prev, segment);
    assert.equal(split ? `${segment.slice(0, split.at)}-${segment.slice(split.at)}` : null, expect, `${prev}-${segment}`);
  }
  const doc = readText(new TextEncoder().encode(joinedPage('1355 Inwood Terrace, tel: 1 201-5924699, contact for membership information.')), 'page.txt');
  createDehyphenate()(doc);
  assert.equal(doc.pages[0]!.blocks[0]!.lines[7]!.text, '1355 Inwood Terrace, tel: 1 201-592-4699, contact for membership information.');
  assert.ok(doc.messages.some((m) => m.rule === 'dehyphenate/restore-compound' && m.before === '5924699' && m.after === '592-4699'));
});
