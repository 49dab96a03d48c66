/**
 * Photo credits as OCR engines print them (corpus ALTO pages; skipped when
 * ../shared/corpus is not beside the clone): stray marks around the name, and a
 * sentence ending before `Photo` that is not a `NAME photo` credit.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { restore } from '../../../src/pipeline.js';
import { toOutput } from '../../../src/writers/json/index.js';
import { altoDocument, altoLineMaker, BODY_LINES } from './alto-page.js';

function credits(file: string): string[] {
  const out = toOutput(restore({ name: file, bytes: new Uint8Array(readFileSync(file)) }));
  return out.articles.flatMap((a) => a.captions.map((c) => c.credit ?? ''));
}

const pages = ['d2_003', 'd2_009', 'd2_010'].map((p) => `../shared/corpus/dev2/${p}/page.alto.xml`);

test('OCR photo credits are cut off their captions (d2_003, d2_009, d2_010 ALTO)', { skip: !pages.every((p) => existsSync(p)) }, () => {
  // `PHOTO: FATIMA MENSAH,` (a full stop read as a comma) alone under its caption.
  assert.ok(credits(pages[0]!).includes('PHOTO: FATIMA MENSAH,'));
  // `Photo by` ⏎ `‘Amara Mensah` (a speck read as a quote mark).
  assert.ok(credits(pages[1]!).includes('Photo by ‘Amara Mensah'));
  // `… Image: Home Office. Photo` ⏎ `by Nadia Mensah`: one caption, its credit the photographer's.
  const c = credits(pages[2]!);
  assert.ok(c.includes('Photo by Nadia Mensah'), JSON.stringify(c));
  assert.ok(!c.includes('Home Office. Photo'));
});

const d2002 = '../shared/corpus/dev2/d2_002/page.alto.xml';
const d2009txt = '../shared/corpus/dev2/d2_009/page.txt';

test('a caption an OCR engine cut into two blocks is one caption with its credit (d2_002 ALTO); without boxes nothing is joined (d2_009 page.txt)', { skip: !existsSync(d2002) || !existsSync(d2009txt) }, () => {
  const out = toOutput(restore({ name: d2002, bytes: new Uint8Array(readFileSync(d2002)) }));
  const caps = out.articles.flatMap((a) => a.captions);
  const c = caps.find((x) => x.text.startsWith('This exclusive interview'));
  assert.equal(c?.credit, 'Photo by Hiroshi Haddad');
  assert.match(c?.text ?? '', /first-hand journalism by a Wikinews reporter/);
  // page.txt interleaves a story's line (`The George Washington Bridge can be`) with the caption's end.
  const doc = restore({ name: d2009txt, bytes: new Uint8Array(readFileSync(d2009txt)) });
  assert.ok(!doc.messages.some((m) => m.rule === 'classify/caption-split' || m.rule === 'captions/join'));
});

/** An ALTO page (pixels): blocks of lines [lines, x, y], lines 15 px high and 20 px apart, under a body column of 12 lines. */
function altoBlocks(blocks: Array<[string[], number, number]>): string {
  const line = altoLineMaker();
  const body = BODY_LINES;
  const all: Array<[string[], number, number]> = [[body, 100, 100], ...blocks];
  const bs = all.map(([ls, x, y]) => `<TextBlock HPOS="${x}" VPOS="${y}" WIDTH="400" HEIGHT="${ls.length * 20}">${ls.map((t, i) => line(t, x, y + i * 20, 15)).join('')}</TextBlock>`);
  return altoDocument(bs);
}

const splitCaption = (xml: string): boolean =>
  restore({ name: 'page.alto.xml', bytes: new TextEncoder().encode(xml) }).messages.some((m) => m.rule === 'classify/caption-split');

test('caption-split: a two-line open piece over a lower-case piece ending `Photo by NAME` is one caption; a longer piece, or a bracketed credit, is not', () => {
  // The d2_002 ALTO shape (`… features first-hand` ⏎ `journalism by … Photo by` ⏎ `NAME`), invented words.
  const head = ['Rescue crews search the flooded', 'streets of the old town after the'];
  const tail = ['river burst its banks. Photo by', 'Jane Doe'];
  assert.ok(splitCaption(altoBlocks([[head, 100, 400], [tail, 100, 440]])));
  // Four open lines are a story's paragraph cut at a box end (a caption's first piece is a line or three):
  // stands for a column an OCR engine cut into blocks, whose next block happens to close on a photo credit.
  const long = ['Rescue crews searched the flooded', 'streets of the old town on Monday', 'as the water rose, and officials', 'said they had found a camera with'];
  assert.ok(!splitCaption(altoBlocks([[long, 100, 400], [tail, 100, 480]])));
  // A bracketed credit closing a lower-case piece is an agency's credit in a story's running text
  // (`… told reporters. (AP Photo)`, the bracketed form a story's sign-off takes: `(AFP)`,
  // `(Agencies)`), not a caption's credit: captions print theirs after a dash or `Photo:`/`by`.
  const bracket = ['river burst its banks, the mayor', 'told reporters. (AP Photo)'];
  assert.ok(!splitCaption(altoBlocks([[head, 100, 400], [bracket, 100, 440]])));
});
