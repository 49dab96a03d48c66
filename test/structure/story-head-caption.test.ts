/**
 * The head of a story as dev2's engine prints it: byline, the writer's job title, a photo's caption,
 * then the dateline that opens the text. Real case: d2_001 (CC BY-SA), `pdftotext -raw` lines 2–12, and
 * its PDF, where the dateline is a box of its own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { restoreAsync } from '../../src/pipeline.js';
import { toOutput } from '../../src/writers/json/index.js';
import { run, sharedFile } from './helpers.js';

const HEAD = ['Patrick Gordon', 'Ingrid Abbasi', 'Special Correspondent'];
const CAPTION = 'Gordon’s alleged tomb at Vvedenskoye Cemetery in Moscow.';
const TEXT = [
  '— Patrick Leopold Gor-',
  'don of Auchleuchries',
  '(31 March 1635 in',
  'Auchleuchries, Aber-',
  'deenshire, Scotland – 29',
  'November 1699 in Mo-',
  'scow, Russia) was a',
  'general and rear ad-',
  'miral in Russia, of Scot-',
  'tish origin.',
];

test('a sentence between the byline and the dateline is a caption, and the dateline is the story’s', () => {
  const { out } = run([...HEAD, CAPTION, 'MOSCOW (Reuters)', ...TEXT].join('\n'));
  const a = out.articles[0]!;
  assert.deepEqual(a.captions.map((c) => c.text), [CAPTION]);
  assert.equal(a.dateline, 'MOSCOW (Reuters)');
  assert.ok(a.blocks[0]!.text.startsWith('Patrick Leopold Gordon of Auchleuchries'), a.blocks[0]!.text);
});

test('without a dateline after it, the sentence under the byline stays the first paragraph', () => {
  const { out } = run([...HEAD, CAPTION, ...TEXT.map((l, i) => (i === 0 ? 'Patrick Leopold Gor-' : l))].join('\n'));
  const a = out.articles[0]!;
  assert.deepEqual(a.captions, []);
  assert.ok(a.blocks.some((b) => b.text === CAPTION), JSON.stringify(a.blocks));
});

test('an editor’s note between byline and dateline is no caption', () => {
  const note = 'Editor’s note: this story was updated on Friday.';
  const { out } = run([...HEAD, note, 'MOSCOW (Reuters)', ...TEXT].join('\n'));
  assert.deepEqual(out.articles[0]!.captions, []);
});

test('a dateline set apart from its text (a block of its own, its dash opening the text) is the dateline', () => {
  const { out } = run([...HEAD, '', 'MOSCOW (Reuters)', '', ...TEXT].join('\n'));
  const a = out.articles[0]!;
  assert.equal(a.dateline, 'MOSCOW (Reuters)');
  assert.deepEqual(a.captions, []);
  assert.ok(a.blocks[0]!.text.startsWith('Patrick Leopold Gordon'), a.blocks[0]!.text);
});

test('d2_001 page.pdf: the caption under the byline and the dateline in its own box', async (t) => {
  const path = sharedFile('corpus', 'dev2', 'd2_001', 'page.pdf');
  if (!path) return t.skip('corpus not present');
  const bytes = readFileSync(path);
  const out = toOutput(await restoreAsync({ name: path, bytes }));
  const a = (out.articles ?? []).find((x) => x.headline === 'Patrick Gordon')!;
  assert.equal(a.dateline, 'MOSCOW (Reuters)');
  assert.ok(a.captions.some((c) => c.text === CAPTION));
  assert.ok(!a.captions.some((c) => c.text.startsWith('MOSCOW')));
});
