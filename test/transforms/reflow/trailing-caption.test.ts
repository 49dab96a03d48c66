/**
 * A caption printed in a column's run right after a paragraph (no blank line, no short line before
 * it) is cut off as a unit of its own: the run's last lines read as a whole caption and start with a
 * capital after a finished sentence. Real pages: dev016 and d2_005 page.raw.txt (CC BY-SA).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultTransforms, read, detectFormat } from '../../../src/pipeline.js';
import type { Block } from '../../../src/model/types.js';
import { readThrough as split, sharedFile, unitWithLine as unitOf } from '../../structure/helpers.js';


const lineTexts = (b: Block): string[] => b.lines.map((l) => l.text.trim());


test('a three-line caption after a paragraph is a unit of its own, from its first line (dev016 raw)', (t) => {
  const path = sharedFile('corpus', 'dev', 'dev016', 'page.raw.txt');
  if (!path) return t.skip('corpus not present');
  const doc = split(path);
  const caption = unitOf(doc, 'NASA tweeted support of Ahmed Mohamed via');
  assert.deepEqual(lineTexts(caption), ['NASA tweeted support of Ahmed Mohamed via', 'its account International Space Station Image:', 'Twitter / NASA.']);
  const para = unitOf(doc, 'race, punishment, and incarceration.”');
  assert.notEqual(para, caption);
  assert.ok(doc.messages.some((m) => m.rule === 'reflow/split-caption-start'));
});

test('a caption phrase closing the run splits off its caption (d2_005 raw)', (t) => {
  const path = sharedFile('corpus', 'dev2', 'd2_005', 'page.raw.txt');
  if (!path) return t.skip('corpus not present');
  const doc = split(path);
  const caption = unitOf(doc, 'An undated handout photograph of Kyoto');
  assert.equal(caption.lines[0]!.text.trim(), 'An undated handout photograph of Kyoto');
  assert.notEqual(unitOf(doc, 'Linguistics. [3] He died in 2014. [4]'), caption);
});

test('a paragraph closing on a sentence with a caption phrase keeps its last lines (hand-made)', () => {
  // Stands for a crime report whose last sentence describes CCTV footage: `is seen`, `are shown`, `(left)`
  // are common in running text; with no credit, image note or archive phrase the lines are no caption.
  const text = [
    'Police said the shop on Market Street was broken into late',
    'on Friday night, and that the owner found the till empty',
    'when she opened on Saturday morning. Officers have asked',
    'anyone who was in the street between ten and midnight to',
    'come forward, and said the footage is to be released soon.',
    'The suspect is seen on the shop’s camera leaving by the',
    'back door with a bag over his shoulder and a cap on.',
    '',
  ].join('\n');
  const bytes = new TextEncoder().encode(text);
  const doc = read(detectFormat('notice.txt', bytes), { name: 'notice.txt', bytes });
  for (const step of defaultTransforms()) {
    step.run(doc);
    if (step.name === 'split') break;
  }
  assert.equal(unitOf(doc, 'The suspect is seen on the shop’s camera leaving by the'), unitOf(doc, 'come forward, and said the footage is to be released soon.'));
  assert.ok(!doc.messages.some((m) => m.rule === 'reflow/split-caption-start'));
});

test('a trailing-caption cut says how sure it is (dev016 raw)', (t) => {
  const path = sharedFile('corpus', 'dev', 'dev016', 'page.raw.txt');
  if (!path) return t.skip('corpus not present');
  const cuts = split(path).messages.filter((m) => m.rule === 'reflow/split-caption-start');
  assert.ok(cuts.length > 0);
  for (const m of cuts) assert.equal(typeof m.confidence, 'number');
});

test('a caption closing on a bracketed credit after its stop splits off its caption (d2_002 raw)', (t) => {
  const path = sharedFile('corpus', 'dev2', 'd2_002', 'page.raw.txt');
  if (!path) return t.skip('corpus not present');
  const doc = split(path);
  const caption = unitOf(doc, 'Vagabond Tours is seen in this undated im-');
  assert.equal(caption.lines.length, 2, lineTexts(caption).join(' | '));
  assert.notEqual(unitOf(doc, 'year, so you may be out of luck.'), caption);
});
