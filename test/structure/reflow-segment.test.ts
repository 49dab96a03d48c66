/**
 * Reflow, caption repair and segmentation on real cases (dev corpus lines, CC BY-SA 3.0).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { labelByTopic } from '../../src/transforms/segment/topic.js';
import { secondCaption } from '../../src/transforms/captions/pairs.js';
import { run } from './helpers.js';

function paragraphs(text: string): string[] {
  return run(text).out.articles.flatMap((a) => a.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text));
}

test('column break after an unfinished sentence: the paragraph goes on in the next box', () => {
  const ps = paragraphs(
    'KYOTO, May 18 -- Charles J. Fillmore was an\nAmerican linguist and Professor of Linguis-\ntics at the University of California, Berkeley.\nHe spent a year as a Fellow at Stanford before join-\ning Berkeley’s Department of Linguistics in\n\n1971. [1] Fillmore was extremely influen-\ntial in the areas of syntax and lexical se-\nmantics.\n',
  );
  assert.equal(ps.length, 1, ps.join('\n---\n'));
  assert.match(ps[0]!, /Linguistics in 1971\. \[1\] Fillmore was extremely influential/);
});

test('column break inside a word: the hyphen is decided again across the break', () => {
  const ps = paragraphs(
    'He returned to the US, receiving his doctor-\nate at the University of Michigan and then\nteaching at The Ohio State University in\nColumbus. At the time, he was still a pro-\nponent of Noam Chomsky’s theory of gen-\n\nerative grammar during its earliest trans-\nformational grammar phase.\n',
  );
  assert.equal(ps.length, 1, ps.join('\n---\n'));
  assert.match(ps[0]!, /theory of generative grammar/);
});

test('a word remainder is not taken by a piece that does not end in a hyphen', () => {
  // The box ending on a bare word goes on in the capitalised box, not in the remainder `erative`.
  const ps = paragraphs(
    'EARLY YEARS\nFillmore spent three years in the U.S. Army\n\nstationed in Japan, where he intercepted\ncoded Russian conversations on short-wave\nradio and taught himself Japanese.\n\nHe returned to the US. At the time, he was still a pro-\nponent of Noam Chomsky’s theory of gen-\n\nerative grammar during its earliest phase.\n',
  );
  assert.ok(ps.some((p) => /U\.S\. Army stationed in Japan/.test(p)), ps.join('\n---\n'));
  assert.ok(ps.some((p) => /theory of generative grammar/.test(p)), ps.join('\n---\n'));
});

test('a paragraph interrupted by a caption is rejoined around it', () => {
  const { out } = run(
    'What also should not be lost\nin discussion of discrimination\nis the growing push to imple-\nment social policy aimed at re-\nducing the occurrence of dis-\ncriminatory practices, present in\n\nA photograph related to Pacific Islander,\nprovided to the newspaper.\n\nmodern society and at work.\n',
  );
  const a = out.articles.find((x) => x.blocks.length)!;
  assert.equal(a.blocks.length, 1);
  assert.match(a.blocks[0]!.text, /present in modern society and at work\.$/);
  assert.equal(out.articles.flatMap((x) => x.captions).length, 1);
});

test('caption pairs: three captions read across one line, each with its credit', () => {
  const { out } = run('Fort Lee: Buy\n\nBy Pedro Adeyemi\n\nMain Street in a file photo. (EPA) File picture of Fairway Market. (EPA) Fairway Market in a file photo. (EPA)\n\nThere is an abundance of supermarkets, one of the most famous and unique being Fairway Market on Main Street.\n');
  const caps = out.articles.flatMap((a) => a.captions);
  assert.deepEqual(
    caps.map((c) => [c.text, c.credit]),
    [
      ['Main Street in a file photo.', 'EPA'],
      ['File picture of Fairway Market.', 'EPA'],
      ['Fairway Market in a file photo.', 'EPA'],
    ],
  );
});

test('caption pairs: where the second caption begins', () => {
  const known = new Set<string>();
  const rows: Array<[string, string | null]> = [
    // glued sentence end (words from the corpus captions)
    ['American Indian in a file photo.A photograph related to Pacific Islander, provided to the newspaper.', 'A photograph related'],
    // a named credit inside the line (dev014)
    ['Kyoto University in a file photo. Photo: AP The skyline of Kyoto is seen in this file photo.', 'The skyline of Kyoto'],
    ['The skyline of Kyoto is seen in this file photo. Photo: Maria Larsen An undated handout photograph of Kyoto University.', 'An undated handout'],
    // two caption phrases around a sentence end (dev009)
    ['An undated handout photograph of Little Red Light House. An undated handout photograph of George Washington Bridge.', 'An undated handout photograph of George'],
    // one caption with an image note: no split (dev010)
    ['File photo of interviewee David Titley. Image: David Titley.', null],
    // one caption of two sentences: no split
    ['The Galois memorial in the cemetery of Bourg-la-Reine. Évariste Galois was buried in a common grave and the exact location is still unknown.', null],
  ];
  for (const [text, second] of rows) {
    const s = secondCaption(text, known);
    if (second === null) assert.equal(s, null, text);
    else {
      assert.ok(s, text);
      assert.ok(text.slice(s.offset).startsWith(second), `${text} → ${text.slice(s.offset)}`);
    }
  }
});

test('topic: the body run under two side-by-side heads is shared out by shared words', () => {
  // dev014 (pdfminer): both heads first, then the walking-trail story, then the rescue story.
  const heads = ['Over 900 asylum seekers rescued off Indonesian coast', 'Sydfynske Øhav: Walk'];
  const items = [
    'The archipelago trail (da: Øhavsstien) is a 220 km hiking trail connecting the islands of the archipelago, with camping sites along the trail.',
    'If you choose to do the trek individually be aware that the camping sites along the trail are closed for most of the year.',
    'On Friday, fishermen rescued over 700 asylum seekers whose boat sank, and the Indonesian Navy reportedly saved 200 more.',
    'Major general Fuad Basya, spokesman for the Indonesian military, said the asylum seekers were being sent away from Indonesia waters.',
    'Malaysia and Indonesia have maintained a policy of turning away boats of asylum seekers.',
  ];
  assert.deepEqual(labelByTopic(items, heads), [1, 1, 0, 0, 0]);
});

test('segment: two heads printed one after the other each get their body', () => {
  const { out } = run(
    [
      'Over 900 asylum seekers rescued off Indonesian coast',
      'By James Fischer',
      '',
      'Sydfynske Øhav: Walk',
      'By Grace Haddad',
      '',
      'The archipelago trail (da: Øhavsstien) is a 220 km hiking trail connecting the islands of the archipelago, with camping sites along the trail.',
      '',
      'If you choose to do the trek individually be aware that the camping sites along the trail are closed for most of the year.',
      '',
      'On Friday, fishermen rescued over 700 asylum seekers whose boat sank, and the Indonesian Navy reportedly saved 200 more.',
      '',
      'Major general Fuad Basya, spokesman for the Indonesian military, said the asylum seekers were being sent away from Indonesia waters.',
      '',
    ].join('\n'),
  );
  const byHead = new Map(out.articles.map((a) => [a.headline, a.blocks.map((b) => b.text.slice(0, 12))]));
  assert.deepEqual(byHead.get('Over 900 asylum seekers rescued off Indonesian coast'), ['On Friday, f', 'Major genera']);
  assert.deepEqual(byHead.get('Sydfynske Øhav: Walk'), ['The archipel', 'If you choos']);
  assert.ok(run('x').doc.messages !== undefined);
});

test('segment: captions sharing names with no story are a photo story of their own', () => {
  const { out } = run(
    [
      'Kevin Allton in a file photo. (AFP)',
      '',
      'Warhol’s photo legacy spread by university exhibits',
      'By Lucas Nakamura',
      '',
      'For Kevin Allton, a USI instructor in English, Warhol was also a legend. He said Warhol was the center of the Zeitgeist.',
      '',
      'Sheepdogs run in the first round of the Northern Counties “Sheepdog Trials” contest.',
      '',
      'Ann Marsh (center) and Tom Reid (right) lift the cup with Rex, the winner of the Northern Counties Sheepdog Trials.',
      '',
    ].join('\n'),
  );
  const photo = out.articles.find((a) => a.blocks.length === 0)!;
  assert.ok(photo, 'a photo-only story');
  assert.equal(photo.captions.length, 2);
  const story = out.articles.find((a) => a.headline?.startsWith('Warhol'))!;
  assert.deepEqual(story.captions.map((c) => [c.text, c.credit]), [['Kevin Allton in a file photo.', 'AFP']]);
});
