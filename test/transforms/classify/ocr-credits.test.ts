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
