/**
 * A quotation closes inside its heading or sentence: a short line that opens one and leaves it open
 * (`The Onion: An interview with ‘America’s Finest` ⏎ `News Source’`) wraps there; the next line is not
 * a heading of its own. Real page: dev009 (CC BY-SA), page.txt, where the headline's second line was
 * cut off and read as the paper's name (`News`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { sharedFile } from '../../structure/helpers.js';
import { leavesQuoteOpen } from '../../../src/transforms/reflow/boundaries.js';
import { restore } from '../../../src/pipeline.js';
import { toOutput } from '../../../src/writers/json/index.js';

test('which lines leave a quotation open (an apostrophe is no closing mark)', () => {
  for (const yes of ['an interview with ‘America’s Finest', '“We call the places', 'he said, “It’s', '‘The biggest']) assert.ok(leavesQuoteOpen(yes), yes);
  for (const no of ['‘The biggest heartache’', 'America’s Finest', '“Goodbye My Love North Korea”.', 'the players’ union', 'no quotes', 'a ’90s hit']) assert.ok(!leavesQuoteOpen(no), no);
});

test('dev009 page.txt: a headline wrapped inside its quotation is read whole', (t) => {
  const path = sharedFile('corpus', 'dev', 'dev009', 'page.txt');
  if (!path) return t.skip('corpus not present');
  const out = toOutput(restore({ name: path, bytes: readFileSync(path) }));
  const heads = (out.articles ?? []).map((a) => a.headline);
  assert.ok(heads.includes('The Onion: An interview with ‘America’s Finest News Source’'), heads.join(' | '));
  assert.ok(!JSON.stringify(out.furniture).includes('News Source'));
});
