import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readAltoFiles, readAltoFolder } from '../../../src/readers/alto/index.js';
import { naturalCompare } from '../../../src/readers/alto/folder.js';
import { GalleyError } from '../../../src/errors.js';

const DIR = 'test/fixtures/ocr/issue';
const firstLine = (p: { blocks: Array<{ lines: Array<{ text: string }> }> }) => p.blocks[0]?.lines[0]?.text;

test('natural order: page-2 before page-10', () => {
  assert.deepEqual(['page-10.xml', 'page-2.xml', 'page-1.xml'].sort(naturalCompare), ['page-1.xml', 'page-2.xml', 'page-10.xml']);
});

test('a folder of one-page ALTO files is one document in natural page order; METS is skipped', () => {
  const doc = readAltoFolder(DIR);
  assert.equal(doc.name, DIR);
  assert.equal(doc.format, 'alto');
  assert.deepEqual(doc.pages.map((p) => [p.number, firstLine(p), p.file]), [
    [1, 'Page 1', `${DIR}/page-1.xml`],
    [2, 'Page 2', `${DIR}/page-2.xml`],
    [3, 'Page 10', `${DIR}/page-10.xml`],
  ]);
  // sources carry the document's page number, not the file's
  assert.equal(doc.pages[2]!.blocks[0]!.lines[0]!.source.page, 3);
  assert.deepEqual(doc.messages.map((m) => [m.rule, m.text]), [['reader/skipped', `${DIR}/mets.xml: skipped, not ALTO (root element <mets>)`]]);
});

test('a malformed file in a batch loses nothing from the others: it becomes an empty page with an error', () => {
  const ok = (n: string) => ({ name: n, bytes: readFileSync(`${DIR}/${n}`) });
  const bad = { name: 'page-3.xml', bytes: readFileSync('test/fixtures/ocr/malformed.alto.xml') };
  const doc = readAltoFiles([ok('page-10.xml'), bad, ok('page-1.xml'), ok('page-2.xml')], 'issue');
  assert.deepEqual(doc.pages.map((p) => [p.number, firstLine(p), p.file]), [
    [1, 'Page 1', 'page-1.xml'],
    [2, 'Page 2', 'page-2.xml'],
    [3, undefined, 'page-3.xml'],
    [4, 'Page 10', 'page-10.xml'],
  ]);
  const errors = doc.messages.filter((m) => m.severity === 'error');
  assert.deepEqual(errors, [
    {
      rule: 'reader/file',
      severity: 'error',
      text: 'page-3.xml: XML error at line 8, column 18: unexpected end tag: <TextLine> was never closed',
      source: { page: 3 },
    },
  ]);
  // strict mode stops at the bad file instead
  assert.throws(() => readAltoFiles([ok('page-1.xml'), bad], 'issue', { strict: true }), /page-3.xml: XML error at line 8/);
});

test('a batch in which no file can be read is an error naming the first problem', () => {
  const bad = { name: 'a.xml', bytes: readFileSync('test/fixtures/ocr/malformed.alto.xml') };
  assert.throws(
    () => readAltoFiles([bad], 'issue'),
    (e: unknown) =>
      e instanceof GalleyError &&
      e.code === 'malformed' &&
      e.message === 'issue: none of the 1 ALTO files could be read; first: a.xml: XML error at line 8, column 18: unexpected end tag: <TextLine> was never closed',
  );
  assert.throws(() => readAltoFiles([], 'issue'), /issue: no ALTO files to read/);
  assert.throws(() => readAltoFolder('test/readers/alto'), /the folder holds no XML files/);
});
