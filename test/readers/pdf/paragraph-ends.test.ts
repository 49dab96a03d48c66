/**
 * Paragraph ends and running heads decided from geometry on real corpus PDFs
 * (CC BY-SA; skipped when ../shared/corpus is not beside the clone).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { readPdf } from '../../../src/readers/pdf/index.js';
import { joinLines } from '../../../src/text/join.js';
import type { Page } from '../../../src/model/types.js';

const DEV = '../shared/corpus/dev';

async function page(id: string): Promise<Page> {
  const file = `${DEV}/${id}/page.pdf`;
  const doc = await readPdf(new Uint8Array(readFileSync(file)), file);
  return doc.pages[0]!;
}

/** Index of the block whose text starts with `start`. */
function blockStarting(p: Page, start: string): number {
  return p.blocks.findIndex((b) => joinLines(b.lines).startsWith(start));
}

test('exactly justified text: a line a little short of the measure, ending a sentence, ends its paragraph', { skip: !existsSync(`${DEV}/dev010/page.pdf`) }, async () => {
  // dev010: `retail and dining storefronts.` stops 3.6 pt (0.36 em) short of lines justified to the point.
  const p10 = await page('dev010');
  const next = blockStarting(p10, 'Fort Lee is a small town');
  assert.ok(next > 0, 'the paragraph after the short line starts a block');
  assert.match(joinLines(p10.blocks[next - 1]!.lines), /storefronts\.$/);
  // dev011: `…may learn more.` 0.75 em short; `…in the city.` 0.7 em short.
  const p11 = await page('dev011');
  assert.ok(blockStarting(p11, 'Wilkins observed that') > 0);
  assert.ok(blockStarting(p11, 'Captured by the Vikings') > 0);
});

test('exactly justified text: a full line ending a sentence inside a paragraph does not end it', { skip: !existsSync(`${DEV}/dev011/page.pdf`) }, async () => {
  // dev011: `…the Ninth Legion and later the Sixth.` fills its line: the paragraph goes on.
  const p11 = await page('dev011');
  const i = blockStarting(p11, 'York was known as Eboracum');
  assert.ok(i >= 0);
  assert.match(joinLines(p11.blocks[i]!.lines), /later the Sixth\. York quickly became/);
});

test('a byline under its headline in the top band is not a running head', { skip: !existsSync(`${DEV}/dev005/page.pdf`) }, async () => {
  // dev005: two stories open at 4–6 % of the page height, their bylines right under 14–19 pt headlines.
  const p = await page('dev005');
  for (const by of ['By Samuel Lindqvist', 'By Lucas Okafor']) {
    const b = p.blocks[blockStarting(p, by)];
    assert.ok(b, by);
    assert.equal(b.kind, 'text', `${by} is left to classify`);
  }
  // The running head above them still is furniture.
  const head = p.blocks[blockStarting(p, 'Saturday, April 18, 2020')];
  assert.equal(head?.kind, 'furniture');
});

test('indented paragraphs: a column’s first line set flush left carries on the paragraph across the column break', { skip: !existsSync('../shared/corpus/dev2/d2_002/page.pdf') }, async () => {
  const file = '../shared/corpus/dev2/d2_002/page.pdf';
  const doc = await readPdf(new Uint8Array(readFileSync(file)), file);
  const p = doc.pages[0]!;
  // d2_002: `The Syrian refugee team …` opens a column flush left; the story's paragraphs are indented 11 pt.
  const b = p.blocks[blockStarting(p, 'The Syrian refugee team listed')];
  assert.equal(b?.continues, true);
  const m = doc.messages.find((x) => x.rule === 'pdf/paragraph-continues' && x.source?.box?.y0 === b?.box?.y0);
  assert.match(m?.text ?? '', /^paragraph goes on across a column break: first line flush left at the top of a column, after \d+ of \d+ paragraphs indented$/);
  // Indented paragraph starts, and the first paragraphs under headings (flush, but after other type), are not continuations.
  assert.equal(p.blocks[blockStarting(p, 'Citing privacy rules, U.S.')]?.continues, undefined);
  const marked = p.blocks.filter((x) => x.continues);
  for (const x of marked) assert.ok(x.lines[0]!.font?.size === 9.5, 'only body text is carried on');
});

test('ragged paragraphs set without indents: nothing is carried on', { skip: !existsSync(`${DEV}/dev003/page.pdf`) }, async () => {
  // dev003 sets its paragraphs flush left (ragged right): a flush first line says nothing.
  const p = await page('dev003');
  assert.equal(p.blocks.filter((b) => b.continues).length, 0);
});

test('exactly justified text: a column ending on a line flush to the measure carries its paragraph on', { skip: !existsSync(`${DEV}/dev016/page.pdf`) }, async () => {
  const file = `${DEV}/dev016/page.pdf`;
  const doc = await readPdf(new Uint8Array(readFileSync(file)), file);
  const p = doc.pages[0]!;
  // dev016: `… become an international phenomenon.` fills its line (189.9 pt, like the lines above it);
  // the paragraph goes on at the top of the next column with `The Straits Times noted …`.
  const b = p.blocks[blockStarting(p, 'The Straits Times noted')];
  assert.equal(b?.continues, true);
  assert.ok(doc.messages.some((m) => m.rule === 'pdf/paragraph-continues' && m.text.endsWith('(a paragraph’s last line is set at its natural width)')));
});

test('an interview set as questions and answers: each speaker’s turn after a sentence end is a paragraph', { skip: !existsSync(`${DEV}/dev019/page.pdf`) }, async () => {
  // dev019: the question `Wikinews: For how long have you been involved in performing / studying magic?`
  // fills its line, so neither a short line nor an indent marks the answer that follows it.
  const p19 = await page('dev019');
  const answer = blockStarting(p19, 'William Evans: Over 50 years.');
  assert.ok(answer > 0, 'the answer starts a block');
  assert.match(joinLines(p19.blocks[answer - 1]!.lines), /^Wikinews: For how long have you been involved in performing \/ studying magic\?$/);
  assert.ok(blockStarting(p19, 'Wikinews: October is National Magic Month') > answer, 'the next question starts a block of its own');
});
