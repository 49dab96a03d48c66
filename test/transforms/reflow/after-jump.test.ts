/**
 * A headline right under a jump line that sends a story on to another page is a unit of its own,
 * however it ends (d2_010 pdftotext -raw, CC BY-SA: `THE continued on Page 15` ⏎ `Sydfynske Øhav:
 * Get in` ⏎ `Tåsinge, Langeland and a`). A story brought in from another page goes on under its jump.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinLines } from '../../../src/text/join.js';
import { run } from '../../structure/helpers.js';

const BEFORE = [
  'The following categories',
  'from the original question-',
  'naire were collapsed into one',
  'category for the analysis:',
  'race; ancestry or national ori-',
  'gin; and shade of skin color.',
  'Additionally, because this',
  'question was only asked of',
  'respondents who reported',
  'prior discrimination experi-',
  'ences, the built-in skip pattern',
  'resulted in a large number of',
  'cases scored as missing (legit-',
  'imate skip).',
];
const AFTER = [
  'Tåsinge, Langeland and a',
  'few of the smaller islands are',
  'connected with bridges, but to',
  'most of the islands transporta-',
  'tion is done with tiny ferries',
  'ploughing through the island',
  'sea several times per day. The',
  'main entry points are Svend-',
  'borg which is easily reach',
  'both by highway, bus and',
  'train — and Faaborg, which is',
  'best reached by bus from',
  'Odense.',
];

function blocks(jump: string): Array<[string, string]> {
  const { doc } = run([...BEFORE, jump, 'Sydfynske Øhav: Get in', ...AFTER].join('\n'));
  return doc.pages.flatMap((p) => p.blocks.map((b) => [b.kind, joinLines(b.lines)] as [string, string]));
}
const show = (u: Array<[string, string]>): string => u.map(([k, t]) => `  ${k}: ${t}`).join('\n');

test('a headline under a jump line that sends the story on is cut from the text under it', () => {
  const u = blocks('THE continued on Page 15');
  assert.ok(u.some(([k, t]) => k === 'headline' && t === 'Sydfynske Øhav: Get in'), show(u));
  assert.ok(u.some(([k, t]) => k === 'paragraph' && t.startsWith('Tåsinge, Langeland')), show(u));
});

test('under a jump line that brings a story in, the line is not cut from the text under it', () => {
  const u = blocks('Continued from Page 1');
  assert.ok(!u.some(([, t]) => t === 'Sydfynske Øhav: Get in'), show(u));
});

// A line of a wide column's running text under a jump line (an extractor reading the columns in turn)
// holds more words than a headline's line: it goes on into the line under it (made-up, corpus style).
test('a long line of running text under a jump line is no headline', () => {
  const { doc } = run([
    'The city council approved the new budget on Tuesday after a long debate',
    'that ran late into the night, with several members voting against the',
    'plan because of the cuts it makes to the library and to the parks.',
    'See BUDGET, Page A7',
    'Council member Tom Reyes said the hall had been closed since',
    'Mayor Ruth Allen told the crowd that the building would reopen before the',
    'end of the year, though she did not say how the repairs would be paid for.',
  ].join('\n'));
  const u = doc.pages.flatMap((p) => p.blocks.map((b) => [b.kind, joinLines(b.lines)] as [string, string]));
  assert.ok(!u.some(([k]) => k === 'headline'), show(u));
  assert.ok(u.some(([, t]) => t.includes('closed since Mayor Ruth Allen')), show(u));
});
