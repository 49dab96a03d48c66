/**
 * endsOnSentenceMark (src/transforms/classify/patterns.ts) answers SENTENCE_END without running the
 * pattern: the same answer for a table of line ends, and for every line of the example page
 * (../shared/examples/seed-page.txt, read at run time) with each of its ends cut back a character at a time.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { endsOnSentenceMark, SENTENCE_END } from '../../../src/transforms/classify/patterns.js';
import { sharedFile } from '../../structure/helpers.js';

const CASES: Array<[string, boolean]> = [
  ['the rest of the story.', true],
  ['“We will be back,” she said.”', true],
  ['(see page 4.)', true],
  ['… and more…', true],
  ['was it?’', true],
  ['He was seen [7]', false],
  ['A caption without a stop', false],
  ['closers alone ”)', false],
  ['', false],
  ['.', true],
  ['a stop, then a space. ', false],
];

test('endsOnSentenceMark gives the answers of SENTENCE_END on a table of line ends', () => {
  for (const [text, want] of CASES) {
    assert.equal(SENTENCE_END.test(text), want, `pattern: ${text}`);
    assert.equal(endsOnSentenceMark(text), want, text);
  }
});

const seed = sharedFile('examples', 'seed-page.txt');

test('endsOnSentenceMark agrees with SENTENCE_END on every line end of the example page', { skip: seed ? false : 'needs ../shared/examples/seed-page.txt' }, () => {
  let ends = 0;
  for (const line of readFileSync(seed!, 'utf8').split('\n')) {
    for (let cut = line.length; cut >= Math.max(0, line.length - 4); cut--) {
      const text = line.slice(0, cut);
      assert.equal(endsOnSentenceMark(text), SENTENCE_END.test(text), JSON.stringify(text));
      if (SENTENCE_END.test(text)) ends++;
    }
  }
  // The page has sentence ends to agree on.
  assert.ok(ends > 10, String(ends));
});
