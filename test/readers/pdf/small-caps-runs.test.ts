/**
 * Small caps against small type set in capitals, on real corpus PDFs (CC BY-SA;
 * skipped when ../shared/corpus is not beside the clone).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { readPdf } from '../../../src/readers/pdf/index.js';
import type { Page } from '../../../src/model/types.js';

const file = (set: string, id: string): string => `../shared/corpus/${set}/${id}/page.pdf`;

async function lines(set: string, id: string): Promise<string[]> {
  const doc = await readPdf(new Uint8Array(readFileSync(file(set, id))), file(set, id));
  return doc.pages.flatMap((p: Page) => p.blocks.flatMap((b) => b.lines.map((l) => l.text)));
}

test('a credit in smaller capitals after a caption keeps its capitals', { skip: !existsSync(file('dev2', 'd2_003')) }, async () => {
  // d2_003: 8 pt caption, then `PHOTO: FATIMA ADEYEMI` all drawn at the smaller size: no full-size capital among them.
  const all = await lines('dev2', 'd2_003');
  assert.ok(all.includes('File picture of Los Angeles. PHOTO: FATIMA ADEYEMI'), all.filter((l) => l.startsWith('File picture')).join(' / '));
});

test('real fake small caps still become lower case: a word keeps its full-size capital, or the run opens the line', { skip: !existsSync(file('dev', 'dev012')) }, async () => {
  // dev001: `R` full size + `ESPONDENT RACE.` small.
  assert.ok((await lines('dev', 'dev001')).includes('Respondent race.'));
  // dev012: a drop cap `I`, then `SLANDS` in small caps opening the line.
  assert.ok((await lines('dev', 'dev012')).some((l) => l.startsWith('Islands in the')));
});

test('an acronym in the text’s own type is no evidence of small caps for the smaller credit after it', { skip: !existsSync(file('dev2', 'd2_007')) }, async () => {
  // d2_007: `… Image: Twitter / NASA.` at the caption's size, then `— EPA` smaller: the run of capitals
  // `/ NASA. — EPA` has no word mixing a full-size capital with smaller ones.
  const all = await lines('dev2', 'd2_007');
  assert.ok(all.includes('Station Image: Twitter / NASA. — EPA'), all.filter((l) => l.includes('NASA.')).join(' / '));
});
