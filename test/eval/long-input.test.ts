/**
 * The scorer on hostile sizes: one article unit of 400,000 words must be
 * scored, not crash with a call-stack overflow (token lists are built with
 * loops, not `push(...tokens)`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { leakCounts } from '../../src/eval/text-metrics.js';
import type { EvalFurniture } from '../../src/eval/documents.js';

test('leakCounts: a unit of 400,000 tokens is scored without overflowing the stack', () => {
  const long = 'word '.repeat(400_000) + 'PAGE 3';
  const furniture: EvalFurniture[] = [{ type: 'folio', text: 'PAGE 3' }];
  // The folio is in the predicted text only: leaked once; absent from both: not leaked.
  assert.deepEqual(leakCounts(furniture, ['word word'], [long]), { n: 1, leaked: 1 });
  assert.deepEqual(leakCounts(furniture, [long], [long]), { n: 1, leaked: 0 });
});
