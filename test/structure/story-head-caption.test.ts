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

// dev007 raw (CC BY-SA): two captions across two columns under the byline, the second with the
// photos' group credit; the story's text set to its column after them.
const GALOIS = [
  'has given way to a 2014 estimate of 1,537,058 (with the metro',
  'area estimated at 4,489,109).',
  'Évariste Galois',
  'BY HIROSHI CASTILLO',
  'The Galois memorial in the cemetery of Bourg-la-Reine. Évariste Galois was buried in a common grave and',
  'the exact location is still unknown.',
  'Siméon Poisson reviewed Galois’ paper on equation theory and declared it “incomprehensible”. -- AFP photos',
  'Galois returned to mathematics after his expulsion from the École',
  'Normale, although he continued to spend time in political ac-',
  'tivities. After his expulsion became official in January 1831, he',
  'was arrested after a dinner at which he raised his glass with a',
  'dagger in his hand. He was acquitted on 15 June and left prison.',
];

test('a sentence under the byline set across columns like the credited caption after it is a caption too', () => {
  const { out } = run(GALOIS.join('\n'));
  const a = out.articles.find((x) => x.headline === 'Évariste Galois')!;
  assert.ok(a, JSON.stringify(out.articles.map((x) => x.headline)));
  assert.deepEqual(
    a.captions.map((c) => c.text.slice(0, 25)),
    ['The Galois memorial in th', 'Siméon Poisson reviewed G'],
  );
  assert.ok(a.blocks[0]!.text.startsWith('Galois returned to mathematics'), a.blocks[0]!.text);
});

test('a sentence under the byline set to the column, before a caption, stays the first paragraph', () => {
  const narrow = GALOIS.slice(0, 4).concat(['The Galois memorial in the cemetery of Bourg-la-Reine.', ...GALOIS.slice(6)]);
  const { out } = run(narrow.join('\n'));
  const a = out.articles.find((x) => x.headline === 'Évariste Galois')!;
  assert.deepEqual(a.captions.map((c) => c.text.slice(0, 25)), ['Siméon Poisson reviewed G']);
});
