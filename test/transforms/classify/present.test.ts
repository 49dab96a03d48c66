/**
 * Present-tense descriptions without a verb list: a word is a verb when English inflects it
 * as one (its -ing form is a word). Rows are captions and paragraphs of the corpus pages
 * (CC BY-SA), invented sentences, and the verb forms the caption cue must know. The tense is
 * no caption by itself: the caption rule asks for a caption or photo credit beside the unit.
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
    'Ana Ruiz (center) and Tom Lee (right) hold the trophy.',
  ];
  for (const t of yes) assert.ok(opensPresentTense(t), t);
});

test('`and` joins names into a plural subject; other conjunctions end the subject (docs/structure.md)', () => {
  assert.ok(opensPresentTense('Ana Ruiz and Tom Lee hold the trophy.'));
  assert.ok(opensPresentTense('Ana Ruiz & Tom Lee hold the trophy.'));
  assert.ok(!opensPresentTense('Ana Ruiz or Tom Lee hold the trophy.'));
  assert.ok(!opensPresentTense('Ana Ruiz but Tom Lee hold the trophy.'));
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

const BODY =
  'The team was twice denied visas to travel to the United States, but the\n' +
  'decision was later reversed after the President personally intervened in the\n' +
  'matter and allowed the team to enter the country for the competition.\n';

/** The captions the pipeline finds on a page of text. */
function captionsOf(text: string): string[] {
  return run(text).out.articles.flatMap((a) => a.captions.map((c) => c.text));
}

test('a present-tense description beside a credited caption is a caption in the pipeline', () => {
  // The shape of a photo story: a description, then a caption ending in its photo credit.
  const { out } = run(
    `Volunteers assemble robot parts before the contest.\n\n` +
      `Robots race across the arena during the final round of the contest. — AFP photos\n\n${BODY}`,
  );
  const captions = out.articles.flatMap((a) => a.captions.map((c) => c.text));
  assert.ok(captions.includes('Volunteers assemble robot parts before the contest.'), JSON.stringify(captions));
  assert.equal(
    out.pages[0]!.blocks.find((b) => b.text.startsWith('Volunteers'))?.decision?.rule,
    'classify/caption-present',
  );
});

test('present-tense news sentences between paragraphs are not captions (invented sentences)', () => {
  const news = [
    'The council meets on Tuesday at 7 p.m. in City Hall.',
    'The company plans to open a new store in March.',
    'Tickets cost $10 at the door.',
    'Apple makes most of its phones in China.',
    'The government wants to cut the deficit by half.',
    'Texas leads the nation in wind power.',
    'The bill heads to the Senate next week.',
    // the tense is read, but that alone makes no caption
    'Volunteers assemble robot parts before the contest.',
  ];
  for (const s of news) {
    assert.deepEqual(captionsOf(`${BODY}\n${s}\n\n${BODY}`), [], s);
  }
  // They do open in the present tense: only the missing caption evidence keeps them out.
  for (const s of news.slice(1)) assert.ok(opensPresentTense(s), s);
});

test('a long present-tense paragraph beside a caption stays a paragraph (dev019-like shape)', () => {
  // A paragraph of 31+ words in the present, right after a credited caption.
  const para =
    'The museum opens its new wing on Saturday with a free concert, a book fair and a series of talks by the artists whose work fills the five rooms of the gallery this year.';
  const captions = captionsOf(`Robots race across the arena during the final round. — AFP photos\n\n${para}\n\n${BODY}`);
  assert.ok(!captions.includes(para), JSON.stringify(captions));
});

test('reporting verbs in boxes of their own are not captions (dev008, dev014 units)', () => {
  // dev008 deck and dev014 paragraph, each alone in an OCR block: present tense, no caption beside
  for (const s of [
    'This study presents an experiment which demonstrates the efficacy of cognitive digital games for improving children’s attention spans at school.',
    'Estimates suggest 8000 migrants may be currently at sea in the region.',
  ]) {
    assert.deepEqual(captionsOf(`${BODY}\n${s}\n\n${BODY}`), [], s);
  }
  // what a photo shows is still a description
  assert.ok(opensPresentTense('The photo shows a dog on the beach.'));
});
