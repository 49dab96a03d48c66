/**
 * A drop cap printed a few lines above the rest of its word (pdftotext -raw follows the content
 * stream: the capital, then the kicker and headline set beside it, then the story's first line):
 * the rest opens the story's first paragraph, cut from the head above it, with the capital joined
 * to it (src/transforms/reflow/split.ts displacedCapRests). Real case: d2_002 (CC BY-SA).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { restore } from '../../../src/pipeline.js';
import { run, sharedFile } from '../../structure/helpers.js';

test('d2_002 raw: `D` ⏎ kicker ⏎ headline ⏎ `avid Shankbone:` ⏎ `How do you decide on` opens the story with `David Shankbone:`', (t) => {
  const file = sharedFile('corpus', 'dev2', 'd2_002', 'page.raw.txt');
  if (!file) return t.skip('../shared not present');
  const doc = restore({ name: file, bytes: readFileSync(file) });
  const story = doc.articles.find((a) => a.headline?.startsWith('The Onion: An interview'));
  assert.ok(story, 'the story keeps its headline');
  // The headline does not take the rest of the drop cap's word…
  assert.equal(story.headline, 'The Onion: An interview with ‘America’s Finest News Source’');
  // …which opens the first paragraph, with its capital, the speaker's label and the words after it in one paragraph.
  const first = story.blocks.find((b) => b.type === 'paragraph');
  assert.equal(first?.text, 'David Shankbone: How do you decide on the stories?');
  assert.ok(!story.blocks.some((b) => b.text.trim() === 'D'), 'no paragraph of the capital alone');
});

test('a lone capital whose later line does not complete a word with it is not moved', () => {
  // `Q` + `xylo` is no word: the lines stay where they are, the capital is not joined to anything.
  const text = ['Q', 'CITY DESK', 'Council approves the new budget', 'xylo bands played at the opening of the hall on', 'Monday, and the mayor spoke.'].join('\n');
  const { out } = run(text);
  const all = JSON.stringify(out);
  assert.ok(!all.includes('Qxylo'));
});
