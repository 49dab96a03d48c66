/**
 * Glued broken words whose rest stands inside a row, elsewhere on the page
 * (src/transforms/restore-columns/inline-rest.ts). Lines as restore-columns leaves them on dev005,
 * dev014, dev019 and d2_008 page.txt (CC BY-SA), and the near misses of dev002, dev003, dev008 and d2_010 page.txt.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from '../../../bench/lib/paths.js';
import { read } from '../../../src/pipeline.js';
import { Vocabulary } from '../../../src/lexicon/vocabulary.js';
import { createRestoreColumns } from '../../../src/transforms/restore-columns/index.js';
import { findInlineRest, INLINE_REST_RULE, letterRuns } from '../../../src/transforms/restore-columns/inline-rest.js';

function vocabularyOf(lines: string[]): Vocabulary {
  const v = new Vocabulary();
  for (const l of lines) v.addText(l);
  return v;
}

/** [the page's lines, the word made whole] */
const FOUND: Array<[string[], string]> = [
  // dev005: `fo-` glued to the other column's `either`, its rest at another row's end
  [['merits of such a theory of by foeither', 'on the ‘let alone’ construction', 'the speaker and addressee. cusing', 'its own, and a number of variants'], 'focusing'],
  // dev005: `construc-` glued to `Around`, its rest inside a row above
  [['the same time, Fillmore’s tion. Over', 'merits of such a theory of', 'on the ‘let alone’ construcAround'], 'construction'],
  // dev005: `utter-` glued with a hyphen to the next column's `of semantics` (a compound ends in no preposition)
  [['the context of utter-of semantics, and its role in motivating syntactic', 'in ance. [7] [8]'], 'utterance'],
  // dev014: `pro-` glued to the subhead `EARLY YEARS` in small capitals, its rest inside the next line
  [['Columbus. At the time, he was still a proE ARLY YEARS', 'Fillmore spent three years in the U.S. Army ponent of Noam Chomsky’s theory of gen-'], 'proponent'],
  // dev019: `ex-` glued to the other column's `to-Charity)`, its rest starting the next line
  [['(http://www.wikihow.com/wikiHow:Contributionsthe questionnaire without reasonable exto-Charity). In addition, we’ve used', 'planation may result in an individual’s'], 'explanation'],
  // d2_008: a dangling half inside a line, its rest starting the next
  [['While you are normally not al- E; VHF; 10 berths at? DKK;', 'lowed to set up a tent, you are Depth:2m; Speed: 3 knots.'], 'allowed'],
];

/** Pages whose glued-looking tokens must keep their text. */
const LEFT_ALONE: Array<[string, string[]]> = [
  // dev002: `sudied` (a misprint) cuts into `su`+`died`, but `ited` is the rest of the line-end `vis-`
  ['a rest with two claimants', ['polyglot who sudied Chinese dialects and taught at Tsinghua', '1973 for the first time since the 1940s. He vis-', 'ited China again between May and June in']],
  // dev008: `distractors` cuts into `dis`+`tractors`; `integrates` is a word, seen in use
  ['a rare word is no rest', ['full of countless distractors. The study', 'use of a system that integrates cognitive digital']],
  // d2_010 and dev003: compounds are no glued starts (`in`+`undated`, `re`+`des`)
  ['a compound is no glued start', ['the various ways that in-group', 'An undated handout photograph of']],
  ['a German article is no rest', ['mind, however, before re-embarking on', '(Tagebuch des Generals Patrick Gordon) was published']],
];

test('inline rest: a glued start goes on at its rest elsewhere on the page', () => {
  for (const [texts, word] of FOUND) {
    const found = findInlineRest(texts, vocabularyOf(texts));
    assert.ok(found, word);
    assert.equal(found.cut.p + found.rest.r, word);
  }
});

test('inline rest: rests claimed twice, rare words, compounds are left', () => {
  for (const [why, texts] of LEFT_ALONE) assert.equal(findInlineRest(texts, vocabularyOf(texts)), null, why);
});

const page = join(sharedDir(), 'corpus', 'dev', 'dev005', 'page.txt');
test('inline rest: dev005 page.txt gets utterance, focusing and construction back, each repair a message', { skip: existsSync(page) ? false : 'needs ../shared/corpus' }, () => {
  const doc = read('text', { name: page, bytes: readFileSync(page) });
  doc.messages.length = 0;
  createRestoreColumns()(doc);
  const text = doc.pages.flatMap((p) => p.blocks.flatMap((b) => b.lines.map((l) => l.text))).join('\n');
  for (const w of ['utterance', 'focusing', 'construction']) assert.match(text, new RegExp(`\\b${w}\\b`, 'u'), w);
  for (const w of ['utter-of', 'foeither', 'construcAround']) assert.ok(!text.includes(w), w);
  for (const rest of ['cusing', 'tion', 'ance']) assert.doesNotMatch(text, new RegExp(`(^|\\s)${rest}(?!\\p{L})`, 'u'), rest);
  const msgs = doc.messages.filter((m) => m.rule === INLINE_REST_RULE);
  assert.equal(msgs.length, 3);
  for (const m of msgs) assert.ok(m.before && m.after);
});

test('letterRuns reads the runs of letters /\\p{L}+/gu matches, outside ASCII and the BMP too', () => {
  const alphabet = ['a', 'Z', ' ', '-', '’', 'é', 'Ø', 'ß', '日', '𝐀', '𝟏', '1', '“', '\u0301', '\uD835', 'ı', 'Ω', '.'];
  let seed = 7;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let n = 0; n < 500; n++) {
    let text = '';
    const len = next() % 30;
    for (let i = 0; i < len; i++) text += alphabet[next() % alphabet.length];
    const expected = [...text.matchAll(/\p{L}+/gu)].map((m) => ({ at: m.index!, r: m[0] }));
    assert.deepEqual(letterRuns(text), expected, JSON.stringify(text));
  }
});
