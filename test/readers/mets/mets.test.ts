/**
 * Ground truth from METS + ALTO (src/readers/mets): the hand-made two-page
 * issue in test/fixtures/ocr/mets/ (docWorks/ENMAP-style logical structure
 * map). The expected truth below is what the METS file says, read by hand:
 * which div points at which TextBlock, line or String.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readMetsTruth } from '../../../src/readers/mets/index.js';
import { continuesInto } from '../../../src/readers/mets/truth.js';
import { restore } from '../../../src/pipeline.js';
import { scorePage, summarize, toEvalDoc } from '../../../src/eval/index.js';
import { write } from '../../../src/writers/index.js';
import { GalleyError } from '../../../src/errors.js';

const DIR = 'test/fixtures/ocr/mets';
const METS = `${DIR}/issue.mets.xml`;

const ARTICLE_1_PAGE_1 = {
  headline: 'Harbour works begun',
  deck: 'The new pier will take three years',
  byline: 'JOHN SMITH', // printed "By JOHN SMITH": the truth keeps the name only
  dateline: null,
  credit: null,
  blocks: [
    // two TextBlocks of one BODY_CONTENT: the first ends "over the", the next starts "first": one paragraph;
    // "depart¬" + "ment" is the file's own SUBS_CONTENT "department"
    {
      type: 'paragraph',
      text: 'Work on the pier began yesterday, the department said. The cost of the whole scheme is put at a sum well over the first estimate of the harbour board.',
    },
    { type: 'subhead', text: 'Objections' }, // a HEADING inside BODY
    { type: 'paragraph', text: 'Fishermen fear for their sea-wall moorings.' }, // "sea-" with no HYP: a printed hyphen, kept
  ],
  captions: [{ text: 'The old pier at low tide.', credit: 'Photo: Ann Lee' }],
};

test('METS per page: articles, fields, paragraphs and captions of each ALTO page', () => {
  const entries = readMetsTruth(METS);
  assert.deepEqual(
    entries.map((e) => [e.id, e.files.map((f) => f.split('/').slice(-2).join('/'))]),
    [
      ['alto_00001', ['alto/00001.xml']],
      ['alto_00002', ['alto/00002.xml']],
    ],
  );
  const [p1, p2] = entries;
  assert.deepEqual(p1!.truth.articles, [ARTICLE_1_PAGE_1]);
  assert.deepEqual(p1!.truth.furniture, [
    { type: 'other', text: 'Pianos tuned at home.' }, // the ADVERTISEMENT div
    { type: 'other', text: 'THE EXAMPLE GAZETTE 12' }, // a TextBlock no div points at
  ]);
  assert.deepEqual(p2!.truth.articles, [
    // the first article goes on on page 2: on that page it is a headless part
    { headline: null, deck: null, byline: null, dateline: null, credit: null, blocks: [{ type: 'paragraph', text: 'Work will go on through the winter.' }], captions: [] },
    {
      headline: 'Council meets',
      deck: null,
      byline: null,
      dateline: 'LEEDS, Monday.', // DATELINE area BEGIN/END on Strings, the closing dash left out
      credit: null,
      blocks: [
        { type: 'paragraph', text: 'The town council met to day and agreed a new rate.' }, // BEGIN a String, END a TextBlock
        { type: 'paragraph', text: 'The mayor was absent.' },
        { type: 'paragraph', text: 'A vote of thanks was passed.' }, // BEGIN/END two TextLines of a block
        { type: 'paragraph', text: 'The meeting closed.' }, // the block's third line, its own paragraph
      ],
      captions: [],
    },
  ]);
  assert.deepEqual(p2!.truth.furniture, [
    { type: 'other', text: 'Fine and dry.' }, // WEATHER, outside any article
    { type: 'other', text: '13' },
  ]);
  assert.deepEqual(p1!.notes, [
    'area ALTO00002 P2_TB00099: no element with that ID in ' + p2!.files[0],
    'div TYPE="WEATHER" outside any article points at text: taken as furniture (other)',
  ]);
});

test('METS per issue: one entry, the article whole across its two pages', () => {
  const [issue, ...rest] = readMetsTruth(METS, { unit: 'issue' });
  assert.equal(rest.length, 0);
  assert.equal(issue!.id, 'issue.mets');
  assert.equal(issue!.files.length, 2);
  assert.deepEqual(issue!.truth.articles.map((a) => [a.headline, a.blocks.length]), [
    ['Harbour works begun', 4],
    ['Council meets', 4],
  ]);
  assert.equal(issue!.truth.articles[0]!.blocks[3]!.text, 'Work will go on through the winter.');
  assert.equal(issue!.truth.furniture.length, 4);
});

test('raw text keeps every printed line and line-end hyphen (the scorer finds hyphenation sites in it)', () => {
  const [p1] = readMetsTruth(METS);
  const lines = p1!.rawText.split('\n');
  assert.ok(lines.includes('Work on the pier began yesterday, the depart-')); // HYP "¬" printed as "-"
  assert.ok(lines.includes('Fishermen fear for their sea-'));
  assert.equal(lines.length, 14);
});

test('the truth is valid for the scorer: scored against itself it is perfect; Galley on the ALTO page scores', () => {
  for (const e of readMetsTruth(METS)) {
    const truth = toEvalDoc(e.truth);
    const self = summarize(scorePage(e.id, truth, e.rawText, { kind: 'json', doc: truth }));
    assert.equal(self.word_f1, 1, e.id);
    assert.equal(self.para_f1, 1, e.id);
    assert.equal(self.article_f1, 1, e.id);
    assert.equal(self.furniture_leak, 0, e.id);
    // Galley reading the page's ALTO: a real prediction, scored on the same truth
    const doc = restore({ name: e.files[0]!, bytes: readFileSync(e.files[0]!) });
    const pred = toEvalDoc(JSON.parse(write(doc, 'json')));
    const g = summarize(scorePage(e.id, truth, e.rawText, { kind: 'json', doc: pred }));
    assert.ok(g.word_f1 > 0.9, `${e.id} word_f1 ${g.word_f1}`);
  }
});

test('a paragraph goes on into the next text block only when it stops mid-sentence and the next starts in lower case', () => {
  const rows: Array<[string, string, boolean]> = [
    ['well over the', 'first estimate of the board.', true],
    ['a sum well over the depart-', 'ment said.', true],
    ['the harbour board.', 'Fishermen fear for', false],
    ['the harbour board', 'Fishermen fear for', false], // capital: a new paragraph, or a name
    ['he said: “yes.”', 'and then', false],
  ];
  for (const [a, b, want] of rows) assert.equal(continuesInto(a, b), want, `${a} | ${b}`);
});

test('METS errors name the file: no logical structure map, not METS, remote files, hostile XML', () => {
  assert.throws(() => readMetsTruth('test/fixtures/ocr/issue/mets.xml'), (e: unknown) => e instanceof GalleyError && /mets\.xml: the METS file has no logical structure map/.test(e.message));
  assert.throws(() => readMetsTruth(`${DIR}/alto/00001.xml`), /00001\.xml: not a METS file: the root element is <alto>/);
  const tmp = mkdtempSync(join(tmpdir(), 'galley-mets-'));
  const remote = readFileSync(METS, 'utf8').replace('file://./alto/00001.xml', 'https://example.org/alto/00001.xml');
  writeFileSync(join(tmp, 'remote.xml'), remote);
  mkdirSync(join(tmp, 'alto'));
  copyFileSync(`${DIR}/alto/00002.xml`, join(tmp, 'alto/00002.xml'));
  // a remote page file is a note (nothing is downloaded), as a missing one is: the other page is still read
  const local = readMetsTruth(join(tmp, 'remote.xml'));
  assert.deepEqual(local.map((e) => e.id), ['alto_00002']);
  assert.ok(local[0]!.notes.includes('FILEID "ALTO00001": file ALTO00001 is at https://example.org/alto/00001.xml: Galley reads only local files (nothing is downloaded); its page is left out'));
  writeFileSync(join(tmp, 'bomb.xml'), '<?xml version="1.0"?>\n<!DOCTYPE m [<!ENTITY a "aaaaaaaa">]>\n<mets/>');
  assert.throws(() => readMetsTruth(join(tmp, 'bomb.xml')), /the DOCTYPE declares entities/);
  // a page file that is missing is a note, not a failure: the other page is still read
  writeFileSync(join(tmp, 'missing.xml'), readFileSync(METS, 'utf8').replace('file://./alto/00001.xml', 'alto/00009.xml'));
  const entries = readMetsTruth(join(tmp, 'missing.xml'));
  assert.deepEqual(entries.map((e) => e.id), ['alto_00002']);
  assert.ok(entries[0]!.notes.some((n) => /ALTO00001.*00009\.xml does not exist/.test(n)));
});
