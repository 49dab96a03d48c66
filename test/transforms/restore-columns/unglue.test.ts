/**
 * Unglue (src/transforms/restore-columns/unglue.ts): broken words that pdftotext's default mode glued
 * to the other column's row are made whole. Table of real cases from dev019 and d2_008 page.txt, and
 * of the near misses (names and clause starts) from dev003, dev005 and dev008 page.txt that must stay.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from '../../../bench/lib/paths.js';
import { read } from '../../../src/pipeline.js';
import type { Line } from '../../../src/model/types.js';
import { Vocabulary } from '../../../src/lexicon/vocabulary.js';
import { createRestoreColumns } from '../../../src/transforms/restore-columns/index.js';
import { findChain, GLUED_MAX_LETTERS, lineCuts, unglueRows, UNGLUE_RULE } from '../../../src/transforms/restore-columns/unglue.js';

const line = (text: string): Line => ({ text, original: text, source: { name: 't', page: 1 } }) as Line;

/** [lines as printed (glued row first), the words made whole, the glued line's rows after] */
const CASES: Array<[string[], string[], string[]]> = [
  // dev019: `accord-` glued to the caption's `Xinhua`, its rest on the next row
  [['us the 135th most popular site accordXinhua photo', 'ing to Quantcast. [Note: The interview'], ['according'], ['us the 135th most popular site', 'Xinhua photo']],
  // dev019: a chain of two: `mile-` + the other column's `The`, whose `to-` took `stone`; the row that
  // ends the line (`stone was met]`) stays last
  [['took place just before the 50000 mileThe United Kingdom Home Office tostone was met]', 'day is to begin issuing questionnaires in'], ['milestone', 'today'], ['The United Kingdom Home Office', 'took place just before the 50000 milestone was met]']],
  // dev019: a dangling half inside a line, its rest two rows on
  [['runs on Mediawiki software. Our commu- place of official interviews to determine', 'refugee status for some 12,000 asylee', 'nity is full of volunteers from all over the'], ['community'], ['runs on Mediawiki software. Our', 'place of official interviews to determine']],
  // dev019: a chain of five rows on one line, the first glued to an opening quote
  [
    ['for-profit company focused on achiev“streamline” processing for five nationing a social good. This has several adalities whose claim acceptance rate is alvantages and disadvantages when comready above 95%.', 'pared to the non-profit structure at the'],
    ['achieving', 'nationalities', 'advantages', 'already', 'compared'],
    ['for-profit company focused on achieving a social good. This has several advantages and disadvantages when', '“streamline” processing for five nationalities whose claim acceptance rate is already above 95%.'],
  ],
  // dev019: the cut-off part a word; a capitalised start needs the word elsewhere in the document (`English Wikipedia`)
  [['50 questions, “must be completed in Enthan ask for donations. Our advertising', 'glish”, the government recommending', 'the 1000 + on English Wikipedia. As a'], ['English'], ['50 questions, “must be completed in', 'than ask for donations. Our advertising']],
  // d2_008: a dangling half, and a glued one
  [['which is interpreted by the au- are possible), 70 DKK.', 'thorities as a day or a night.'], ['authorities'], ['which is interpreted by the', 'are possible), 70 DKK.']],
  [['the organization with comorganization by left', 'puter hard drives. Whitmore told'], ['computer'], ['the organization with', 'organization by left']],
];

/** Lines that look glued but are not: a name cut before a clause start makes a word by accident. */
const LEFT_ALONE: string[][] = [
  ['incomplete and faulty German translation, edited by Dr Moritz Posselt', 'at Moscow in 1849, the second at St'], // dev003: Mo+at
  ['Coron is in the province of Palawan,', 'is the largest town on the island and'], // dev005: Pala+is
  ['et al., 2005; Thorell, Lindqvist, Nutley, Bohlin,', 'in the regulation of thoughts and emotions,'], // dev008: Bohl+in
  ['the speaker and addressee. cusing', 'its own, and a number of variants'], // dev005: cu+its
  ['the same time as the wikiHow team met', 'ing the day'], // a known word is no glued token
  ['Otto Jespersen was born in Randers in Jutland. He was inspired', 'ing the advice of his mentor Vilhelm Thomsen, he returned to'], // dev007: Rand+ers, a name's ending
  ['50 questions, “must be completed in Enthan ask for donations.', 'glish”, the government recommending'], // a capitalised start with no such word in the document
];

function vocabularyOf(lines: string[]): Vocabulary {
  const v = new Vocabulary();
  for (const l of lines) v.addText(l);
  return v;
}

test('glued broken words are found, with their rests, and the glued line cut into its rows', () => {
  for (const [texts, words, rows] of CASES) {
    const lines = texts.map(line);
    const chain = findChain(lines, 0, vocabularyOf(texts));
    assert.ok(chain, texts[0]);
    const made = chain.cuts.map((c, k) => c.p + (k + 1 < chain.cuts.length ? chain.cuts[k + 1]!.q : chain.r));
    assert.deepEqual(made, words, texts[0]);
    assert.deepEqual(unglueRows(texts[0]!, chain), rows, texts[0]);
  }
});

test('names cut before a clause start, and known words, are left alone', () => {
  for (const texts of LEFT_ALONE) assert.equal(findChain(texts.map(line), 0, vocabularyOf(texts)), null, texts[0]);
});

const corpus = join(sharedDir(), 'corpus');
const page = join(corpus, 'dev', 'dev019', 'page.txt');
const skip = existsSync(page) ? false : 'needs ../shared/corpus';

test('dev019 page.txt: the rests go to their rows, each repair recorded; pages with no glue are untouched', { skip }, () => {
  const doc = read('text', { name: page, bytes: readFileSync(page) });
  doc.messages.length = 0;
  createRestoreColumns()(doc);
  const text = doc.pages.flatMap((p) => p.blocks.flatMap((b) => b.lines.map((l) => l.text))).join('\n');
  for (const w of ['according to Quantcast', 'community is full', 'every editor', 'Wikimedia Foundation', 'carbon offsets', 'questionnaire”']) assert.ok(text.includes(w), w);
  for (const w of ['accordXinhua', 'commu-', 'nationing', 'carasylum']) assert.ok(!text.includes(w), w);
  const msgs = doc.messages.filter((m) => m.rule === UNGLUE_RULE);
  // 10 of the page's glued lines (`exto-Charity` is left here: its cut-off `to` is too short to start a row; inline-rest.ts takes it).
  assert.equal(msgs.length, 10);
  for (const m of msgs) assert.ok(m.before && m.after);
  // pdftotext -raw keeps its line-end hyphens: nothing was glued, nothing is touched.
  const raw = join(corpus, 'dev', 'dev019', 'page.raw.txt');
  const rawDoc = read('text', { name: raw, bytes: readFileSync(raw) });
  createRestoreColumns()(rawDoc);
  assert.equal(rawDoc.messages.filter((m) => m.rule === UNGLUE_RULE).length, 0);
});

test('a run of letters longer than two words is no glued pair: no cut is tried inside it', () => {
  const long = 'x'.repeat(GLUED_MAX_LETTERS - 10) + 'ationing';
  const longer = 'x'.repeat(GLUED_MAX_LETTERS + 1) + 'ationing';
  // Within the bound, the cuts inside the run are tried (…x+ationing and others).
  assert.ok(lineCuts(`the ${long} word`, new Vocabulary()).some((c) => c.shape === 'split'));
  // Past it, none is.
  assert.ok(!lineCuts(`the ${longer} word`, new Vocabulary()).some((c) => c.shape === 'split'));
});
