/**
 * A short line on a comma after a finished sentence joins its paragraph only as a lead-in to a
 * quotation (`Rathbun stated,` ⏎ `“Daniel was…`: lead-in.test.ts). Before anything else it is a line of
 * its own: a letter's close (`Yours sincerely,` ⏎ `JOHN SMITH, Millbrook`) is not carried back onto the
 * letter's last sentence (made-up letters page in the style of the corpus's pdftotext -raw text).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinLines } from '../../../src/text/join.js';
import { run } from '../../structure/helpers.js';

test('a letter’s close on a comma is not joined to the letter’s last sentence', () => {
  const { doc } = run([
    'LETTERS TO THE EDITOR',
    'The bridge must be repaired',
    'I have driven over the old bridge every day for twenty years and I have never',
    'seen it in such a poor state as it is now, with holes in the deck and rust',
    'on every rail. I hope the council will give this matter its attention.',
    'Yours sincerely,',
    'JOHN SMITH, Millbrook',
    'Parking on Main Street',
    'The new parking rules on Main Street have driven customers away from the',
    'shops, and several owners tell me they may close before the end of the year.',
  ].join('\n'));
  const texts = doc.pages.flatMap((p) => p.blocks.map((b) => joinLines(b.lines)));
  assert.ok(texts.some((t) => t.endsWith('give this matter its attention.')), JSON.stringify(texts));
  assert.ok(!texts.some((t) => t.includes('attention. Yours sincerely,')), JSON.stringify(texts));
});
