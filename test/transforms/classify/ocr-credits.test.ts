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
