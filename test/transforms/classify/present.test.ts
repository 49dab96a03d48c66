/**
 * Present-tense caption descriptions without a verb list: a word is a verb when English
 * inflects it as one (its -ing form is a word). Rows are captions and paragraphs of the
 * corpus pages (CC BY-SA), and the verb forms the caption cue must know.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasIngForm, isBaseVerb, isSFormVerb, opensPresentTense, stemsOfSForm } from '../../../src/transforms/classify/present.js';
import { run } from '../../structure/helpers.js';

test('verb forms are recognised by inflection, not by a list', () => {
  for (const w of ['run', 'race', 'hold', 'gather', 'sit', 'watch', 'carry']) assert.ok(hasIngForm(w), w);
  for (const w of ['runs', 'races', 'holds', 'watches', 'carries', 'features', 'shows']) assert.ok(isSFormVerb(w), w);
  for (const w of ['run', 'race', 'hold', 'gather']) assert.ok(isBaseVerb(w), w);
  // Closed-class words and non-words are no verbs.
  for (const w of ['is', 'has', 'this', 'zzxq']) assert.ok(!isSFormVerb(w), w);
  assert.deepEqual(stemsOfSForm('watches'), ['watche', 'watch']);
  assert.deepEqual(stemsOfSForm('press'), []);
});

test('a caption opening in the present tense (corpus captions and invented subjects)', () => {
  const yes = [
    // dev009 / d2_002 caption
    'This exclusive interview features first-hand journalism by a Wikinews reporter.',
    // a plural subject and a base form: `run` was missing from the old verb list
    'Corgi dogs run along the beach.',
    'Bradley Taylor (center) and Jessica Wick (right) hold the trophy.',
  ];
  for (const t of yes) assert.ok(opensPresentTense(t), t);
});

test('running text, quotes and interview lines are not present-tense captions (corpus paragraphs)', () => {
  const no = [
    // d2_005: a plural noun after an -ing form is no verb
    'Buddhist girls’ school while also taking classes at Kyoto University.',
    // d2_003: a quote opens with a pronoun
    '“I thought that in real life it was really kind of magical,” Allton said.',
    // d2_009: a speaker's line
    'Wikinews: Cyclone Phailin has winds that have been measured at 200 km / h.',
    // dev004: past tense
    'The attack was launched on Wednesday by a user labelled “Anonymous”.',
    'The skyline of Manila is seen in this file photo.',
  ];
  for (const t of no) assert.ok(!opensPresentTense(t), t);
});

test('a present-tense description alone in its box is a caption in the pipeline', () => {
  const body =
    'The team was twice denied visas to travel to the United States, but the\n' +
    'decision was later reversed after the President personally intervened in the\n' +
    'matter and allowed the team to enter the country for the competition.\n';
  const { out } = run(`${body}\nVolunteers assemble robot parts before the contest.\n\n${body}`);
  const captions = out.articles.flatMap((a) => a.captions.map((c) => c.text));
  assert.deepEqual(captions, ['Volunteers assemble robot parts before the contest.']);
  assert.equal(out.pages[0]!.blocks.find((b) => b.kind === 'caption')?.decision?.rule, 'classify/caption-present');
});

test('reporting verbs open running text, not captions (dev008, dev014 units in boxes of their own)', () => {
  // dev008 deck and dev014 paragraph, each alone in an OCR block
  assert.ok(!opensPresentTense('This study presents an experiment which demonstrates the efficacy of cognitive digital games for improving children’s attention spans at school.'));
  assert.ok(!opensPresentTense('Estimates suggest 8000 migrants may be currently at sea in the region.'));
  // what a photo shows is still a description
  assert.ok(opensPresentTense('The photo shows a dog on the beach.'));
});
