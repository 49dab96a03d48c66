/**
 * Pull quotes told apart by type size (src/transforms/classify/rules/06-pullquote.ts, largerType and
 * runsOn), and a quote's last piece of three lines (PIECE_MAX_LINES). Real cases, all CC BY-SA corpus pages:
 * - d2_001 page.pdf: the quote `“Within Fort Lee, the main attraction would be its collection of
 *   restaurants.”` (15 pt) repeats a sentence cut by a column break (`… the main attraction` at one
 *   column's foot, `would be its collection …` at the next one's head): it was read as a paragraph.
 * - d2_006 page.pdf: a paragraph's first lines (`Coron were the Tagbanuas … some 5,000`, 10 pt) were
 *   taken for the repeat of the 26-word quote of them (20 pt) and dropped as furniture; the quote's
 *   last piece, `syntactic and` ⏎ `morphological` ⏎ `phenomena.”`, was read as a paragraph.
 * - dev020 page.alto.xml: a caption quoting the story in body type (`“The future is only peace. …”
 *   Shimon Peres image: David Shankbone.`) stays a caption: no size says it is a quote.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { restoreAsync } from '../../src/pipeline.js';
import { toOutput } from '../../src/writers/json/index.js';
import { sharedFile } from './helpers.js';

async function output(...parts: string[]) {
  const path = sharedFile(...parts);
  if (!path) return null;
  return toOutput(await restoreAsync({ name: path, bytes: readFileSync(path) }));
}

const paragraphsOf = (out: NonNullable<Awaited<ReturnType<typeof output>>>) => (out.articles ?? []).flatMap((a) => a.blocks.map((b) => b.text));
const furnitureOf = (out: NonNullable<Awaited<ReturnType<typeof output>>>) => JSON.stringify(out.furniture ?? []);

test('d2_001 page.pdf: a quote in large type repeating a sentence cut by a column break is furniture', async (t) => {
  const out = await output('corpus', 'dev2', 'd2_001', 'page.pdf');
  if (!out) return t.skip('corpus not present');
  const paragraphs = paragraphsOf(out);
  assert.ok(!paragraphs.some((p) => p.startsWith('“Within Fort Lee')), paragraphs.filter((p) => p.includes('Within Fort Lee')).join('\n'));
  assert.equal(paragraphs.filter((p) => p.includes('Within Fort Lee, the main attraction would be its collection of restaurants.')).length, 1);
  assert.ok(furnitureOf(out).includes('Within Fort Lee'), 'the quote is kept as furniture');
});

test('d2_006 page.pdf: the paragraph a large-type quote repeats stays text and the quote is furniture, its 3-line last piece too', async (t) => {
  const out = await output('corpus', 'dev2', 'd2_006', 'page.pdf');
  if (!out) return t.skip('corpus not present');
  const paragraphs = paragraphsOf(out);
  // The paragraph's lines in 10 pt are not dropped as the repeat of the 20 pt quote, and read in order
  // (their first three lines, a river of word spaces under a subhead, are not cut at it: column-edges.ts).
  const held = paragraphs.filter((p) => p.includes('Tagbanuas who belong to the second wave of Indonesians'));
  assert.equal(held.length, 1, paragraphs.filter((p) => p.includes('Tagbanuas')).join('\n'));
  assert.ok(held[0]!.startsWith('The first inhabitants of Coron') && held[0]!.includes('some 5,000 years ago. They were a nomadic'), held[0]);
  assert.ok(furnitureOf(out).includes('The first inhabitants of Coron'), 'the quote');
  assert.ok(!paragraphs.some((p) => p.startsWith('syntactic and morphological phenomena')), 'the quote’s last piece');
  assert.ok(furnitureOf(out).includes('syntactic and morphological phenomena'));
});

test('dev020 page.alto.xml: a caption quoting the story in body type is not taken for a pull quote', async (t) => {
  const out = await output('corpus', 'dev', 'dev020', 'page.alto.xml');
  if (!out) return t.skip('corpus not present');
  assert.ok(!furnitureOf(out).includes('The future is only peace'), furnitureOf(out).slice(0, 400));
  const text = JSON.stringify(out.articles);
  assert.equal(text.split('how many victims will it call for').length - 1, 2, 'once in the paragraph, once in the caption');
});
