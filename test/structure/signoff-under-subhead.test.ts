/**
 * A section's one-line paragraph ending in a bare agency (`… Utu Vava’u.— Xinhua`), right under its
 * subhead, is running text with the story's sign-off, not a caption credited `Xinhua`. Real case:
 * dev008 raw (CC BY-SA).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

const STORY = [
  'Vava’u',
  'Vava’u is a group of more than 50 islands in Tonga, about 150',
  'miles north of Tongatapu. They are either raised coral lime-',
  'stone or coral atolls. The area attracts many humpback whales.',
  'Climate',
  'From May to September there are southeast',
  'trade winds but during the summer months',
  'the winds are from the northeast.',
  'Orientation',
];
const LAST = 'The main islands are: Utu Vava’u.— Xinhua';
const NEXT = [
  'The Use of Cognitive Digital Games in School:',
  'Contributions to Attention',
  'This study presents an experiment which demonstrates the efficacy of cognitive',
  'digital games for improving children’s attention spans at school.',
  'BY LUCAS CASTILLO',
  'Cognitive games involve a number of differ-',
  'ent games working aspects of human cogni-',
  'tion, while proposing the intersection of fun',
  'and cognition, for the improvement of cogni-',
  'tive functions.',
];

test('a paragraph under a subhead ending in a bare agency is the story’s last, its sign-off cut off', () => {
  const { out } = run([...STORY, LAST, ...NEXT].join('\n'));
  const a = out.articles[0]!;
  assert.equal(a.credit, 'Xinhua');
  assert.deepEqual(a.captions, []);
  assert.equal(a.blocks[a.blocks.length - 1]!.text, 'The main islands are: Utu Vava’u.');
});

test('the same line set apart by a blank line stays a caption credited to the agency', () => {
  const { out } = run([...STORY, '', LAST, '', ...NEXT].join('\n'));
  const caps = out.articles.flatMap((a) => a.captions);
  assert.deepEqual(caps.map((c) => [c.text, c.credit]), [['The main islands are: Utu Vava’u.', 'Xinhua']]);
});
