import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mostCommon } from '../../../src/transforms/classify/stats.js';

test('mostCommon: the key counted most, the first on a tie, null when empty', () => {
  assert.equal(mostCommon(new Map([[9, 120], [14, 8], [9.5, 3]])), 9);
  assert.equal(mostCommon(new Map([[10, 4], [11, 4]])), 10);
  assert.equal(mostCommon(new Map<number, number>()), null);
});
