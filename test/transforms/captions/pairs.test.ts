/**
 * captions/pairs: a photo word after an agency's dash credit (`— EPA PHOTO`) is part of that credit, not
 * a second caption. Real case: d2_007 raw, `… Station Image: Twitter / NASA. — EPA` ⏎ `PHOTO` (the caption's
 * last line full, the photo word wrapped), the two lines joined into one caption.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { secondCaption } from '../../../src/transforms/captions/pairs.js';

const known = new Set<string>();

test('`— EPA PHOTO` at the end of a caption is one credit: no second caption', () => {
  assert.equal(secondCaption('NASA tweeted support of Ahmed Mohamed via its account International Space Station Image: Twitter / NASA. — EPA PHOTO', known), null);
});

test('a dash credit followed by a new caption still splits there, also when the credit has its photo word', () => {
  for (const credit of ['— EPA', '— EPA PHOTO', '— AFP photo']) {
    const text = `NASA tweeted support of Ahmed Mohamed. ${credit} US President Barack Obama tweet to student Ahmed Mohamed.`;
    const s = secondCaption(text, known);
    assert.ok(s, text);
    assert.ok(text.slice(s.offset).trimStart().startsWith('US President'), `${text} → ${text.slice(s.offset)}`);
  }
});
