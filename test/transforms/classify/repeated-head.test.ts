/**
 * classify/furniture-repeated: a unit repeating the running head is furniture when it is the paper's
 * name (two words or more), not when it is one word, the section name a story also prints as a
 * subhead (dev015 raw `Interview`; skipped when ../shared/corpus is not beside the clone).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { restore } from '../../../src/pipeline.js';
import { toOutput } from '../../../src/writers/json/index.js';

const dev015 = '../shared/corpus/dev/dev015/page.raw.txt';
const dev001 = '../shared/corpus/dev/dev001/page.pdfminer.txt';

function convert(file: string) {
  const out = toOutput(restore({ name: file, bytes: new Uint8Array(readFileSync(file)) }));
  return {
    subheads: out.articles.flatMap((a) => a.blocks.filter((b) => b.type === 'subhead').map((b) => b.text)),
    body: out.articles.flatMap((a) => a.blocks.map((b) => b.text)).join('\n'),
    furniture: out.furniture.map((f) => f.text),
  };
}

test('dev015 raw: the section name `Interview` printed again between paragraphs is a subhead', { skip: !existsSync(dev015) }, () => {
  const { subheads } = convert(dev015);
  assert.ok(subheads.includes('Interview'), JSON.stringify(subheads));
});

test('dev001 pdfminer: the paper’s name printed again mid-page stays furniture', { skip: !existsSync(dev001) }, () => {
  const { body, furniture } = convert(dev001);
  assert.ok(!body.includes('THE MERIDIAN TIMES'), 'not in the story text');
  assert.ok(furniture.filter((f) => f === 'THE MERIDIAN TIMES').length >= 1, JSON.stringify(furniture));
});

/** A made-up page: a one-word paper name heading a running head cut into parts, printed again mid-page. */
const ONE_WORD_PAPER = [
  'NEWSDAY · Monday, December 7, 2026 · A5',
  'COUNCIL OPENS NEW BRIDGE',
  'By Anna Berg',
  'The new bridge over the river opened on Monday after two years of work. Hundreds of people walked across it in the first hour, and the mayor cut the ribbon at noon.',
  'The bridge cost 40 million and carries two lanes of traffic and a cycle path. Work began in the spring of 2024 and ran six months late.',
  'NEWSDAY',
  'Subscribe today and get the first month free. Call 555-0100 or visit our office on Main Street.',
].join('\n\n');

test('a one-word paper name (the first part of a running head) printed again mid-page stays furniture', () => {
  const out = toOutput(restore({ name: 'newsday.txt', bytes: new TextEncoder().encode(ONE_WORD_PAPER + '\n') }));
  const story = out.articles.flatMap((a) => [a.headline ?? '', ...a.blocks.map((b) => b.text)]);
  assert.ok(!story.includes('NEWSDAY'), JSON.stringify(story));
  assert.ok(out.furniture.some((f) => f.text === 'NEWSDAY'), JSON.stringify(out.furniture));
});

test('the same page with a section name in the running head: the section word printed again stays story text', () => {
  const page = ONE_WORD_PAPER.replace('NEWSDAY · Monday', 'The Harbourview Examiner · Transport · Monday').replace('\n\nNEWSDAY\n\n', '\n\nTransport\n\n');
  const out = toOutput(restore({ name: 'section.txt', bytes: new TextEncoder().encode(page + '\n') }));
  assert.ok(!out.furniture.some((f) => f.text === 'Transport'), JSON.stringify(out.furniture));
});
