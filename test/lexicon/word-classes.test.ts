/**
 * The word lists shared by dehyphenation and the dash rules (src/lexicon/english.ts,
 * src/lexicon/word-classes.ts): each written once, the dash classes derived from the
 * closed-class and prefix lists. Rows are cases from the example page and the
 * dev corpus (`heroes-all`, `Un-was`, `self-reported`, `three-nation`, `inter-Korean`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CLOSED_CLASS, HYPHENATED_PREFIXES, NUMBER_WORDS } from '../../src/lexicon/english.js';
import { BOUND_FIRST, DASH_ENDERS, DASH_STARTERS, PARTICLES } from '../../src/lexicon/word-classes.js';

test('dash starters: closed-class words that begin the phrase after a flattened dash', () => {
  for (const w of ['all', 'was', 'he', 'the', 'while']) assert.ok(DASH_STARTERS.has(w), w); // heroes-all, Un-was, Moscow-he
  // Closed-class words that end compounds are no starters: would-be, has-been, trash-can, ill-will, gold-mine.
  for (const w of ['been', 'have', 'can', 'will', 'may', 'mine']) {
    assert.ok(CLOSED_CLASS.has(w), w);
    assert.ok(!DASH_STARTERS.has(w), w);
  }
  // Particles end compounds (built-in, follow-up, stand-by): weak evidence of their own, no starters.
  for (const w of ['in', 'up', 'by', 'to']) assert.ok(PARTICLES.has(w) && !DASH_STARTERS.has(w), w);
  for (const w of DASH_ENDERS) assert.ok(CLOSED_CLASS.has(w) || w === 'whether', w);
});

test('bound first elements: the hyphenated prefixes of dehyphenation, with particles and a few more', () => {
  for (const w of ['self', 'inter', 'pan', 'anti', 'co', 'well']) {
    assert.ok(HYPHENATED_PREFIXES.has(w), w);
    assert.ok(BOUND_FIRST.has(w), w); // self-reported, inter-Korean, pan-democrats
  }
  for (const w of ['re', 'micro', 'in', 'by']) assert.ok(BOUND_FIRST.has(w), w); // re-enactments, in-group, by-election
  assert.ok(HYPHENATED_PREFIXES.has('great') && !BOUND_FIRST.has('great'));
});

test('number words: one list (three-nation, billion-year, half-hour); multi is a prefix', () => {
  for (const w of ['three', 'billion', 'half', 'first']) assert.ok(NUMBER_WORDS.has(w), w);
  assert.ok(!NUMBER_WORDS.has('multi'));
  assert.ok(HYPHENATED_PREFIXES.has('multi') && BOUND_FIRST.has('multi'));
});
