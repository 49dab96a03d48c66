/**
 * A lead-in whose line stops early on a comma (`Rathbun stated,`) ends its paragraph, and the quotation
 * after it is a paragraph of its own: the short line is no heading (no heading ends on a comma), and the
 * quotation is not carried back onto it. Real case: d2_008 pdftotext -raw (CC BY-SA).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { restore } from '../../../src/pipeline.js';
import { sharedFile, squash } from '../../structure/helpers.js';

/** The paragraphs of a text, each squashed. */
function paragraphsOf(name: string, bytes: Uint8Array): string[] {
  const doc = restore({ name, bytes });
  return doc.articles.flatMap((a) => a.blocks.filter((b) => b.type === 'paragraph').map((b) => squash(b.text)));
}

const BEFORE = [
  'leave proceeding through a set of',
  'interrogative exit interviews',
  'while attached to the Scientology',
  'device called the E-meter. Rathbun',
  'said the property was returned by',
  'mail to the organization by Montal-',
  'vo shortly after he left the Sea Org.',
  'According to Rathbun, a de-',
  'tective for the Los Angeles',
  'Sheriff’s office was provided',
  'with material from Scientology',
  'to build a case against Montalvo.',
];
const AFTER = [
  '“Daniel was picked up by an',
  'investigator in a black car with',
  'blacked out windows. Instead of',
  'being taken to a hotel, where he',
  'could route out as promised, he',
  'was taken to the Century City',
  'Towers. He was deposited in an',
  'office on the 33rd floor where a',
  'pricy church lawyer interrogated',
  'him for two hours.” Rathbun as-',
  'serted that Scientology officials',
  'had plied the Sheriff’s detective',
  'with a grand conspiracy theory.',
];

test('a short lead-in on a comma ends its paragraph; the quotation after it is a paragraph of its own', () => {
  const text = [...BEFORE, 'Rathbun stated,', ...AFTER].join('\n');
  const paras = paragraphsOf('lead-in.txt', new TextEncoder().encode(text));
  assert.ok(paras.some((p) => p.endsWith(squash('a case against Montalvo. Rathbun stated,'))), JSON.stringify(paras));
  assert.ok(paras.some((p) => p.startsWith(squash('“Daniel was picked up'))), JSON.stringify(paras));
});

test('a full line ending on a comma before a quotation goes on (no lead-in)', () => {
  const text = [...BEFORE.slice(0, -1), 'to build a case against Montalvo, as', 'Rathbun and others have stated,', ...AFTER].join('\n');
  const paras = paragraphsOf('full-line.txt', new TextEncoder().encode(text));
  assert.ok(paras.some((p) => p.includes(squash('others have stated, “Daniel was picked up'))), JSON.stringify(paras));
});

for (const input of ['page.raw.txt', 'page.pdf']) {
  test(`d2_008 ${input}: "Rathbun stated," closes its paragraph`, async (t) => {
    const file = sharedFile('corpus', 'dev2', 'd2_008', input);
    if (!file) return t.skip('../shared not present');
    const { restoreAsync } = await import('../../../src/pipeline.js');
    const doc = await restoreAsync({ name: file, bytes: readFileSync(file) });
    const paras = doc.articles.flatMap((a) => a.blocks.filter((b) => b.type === 'paragraph').map((b) => squash(b.text)));
    assert.ok(paras.some((p) => p.endsWith(squash('against Montalvo. Rathbun stated,'))));
    assert.ok(paras.some((p) => p.startsWith(squash('“Daniel was picked up by an investigator'))));
  });
}

// A lead-in is a short line in a paragraph set to a measure: the line above it is full. In display type
// or ragged setting every line stops short, and a quotation after a comma carries the sentence on
// (The Evening Star, Washington, 2 October 1865, an advertisement; public domain, OCR text as printed).
const DISPLAY = [
  'SPECIAL NOTICES.',
  '',
  'Mercutio said of his wound,',
  '“It was not as deep as a well, or as wide',
  'as a church, but it would do.” So it is',
  'with the hair: no previous preparation.',
];

test('a short line on a comma under a short line (display setting) is no lead-in: the quotation carries on', () => {
  const paras = paragraphsOf('display.txt', new TextEncoder().encode(DISPLAY.join('\n')));
  assert.ok(paras.some((p) => p.includes(squash('said of his wound, “It was not'))), JSON.stringify(paras));
});

test('Evening Star 1865 ALTO: "… said of his wound," carries on into its quotation', async (t) => {
  const file = sharedFile('examples', 'evening-star-1865-10-02', 'page.alto.xml');
  if (!file) return t.skip('../shared not present');
  const { restoreAsync } = await import('../../../src/pipeline.js');
  const doc = await restoreAsync({ name: file, bytes: readFileSync(file) });
  const paras = doc.articles.flatMap((a) => a.blocks.map((b) => squash(b.text)));
  const at = paras.findIndex((p) => p.includes(squash('of hie wound,')));
  assert.ok(at >= 0);
  assert.ok(paras[at]!.includes(squash('of hie wound, " It tens not')), paras[at]);
});
