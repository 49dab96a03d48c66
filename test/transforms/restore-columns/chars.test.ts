/**
 * The ASCII paths of restore-columns' character tests (src/transforms/restore-columns/chars.ts) give
 * the answers of the patterns they stand in for: on every UTF-16 unit for the one-character tests, on
 * texts mixing ASCII with letters, marks, digits and spaces outside ASCII, characters outside the basic
 * plane and lone surrogates for the others (fast-check).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { firstSpace, goesOn, GOES_ON, opensToken, startsLower, TOKEN_BEFORE } from '../../../src/transforms/restore-columns/chars.js';

test('opensToken and goesOn answer as their patterns on every code unit', () => {
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    assert.equal(opensToken(ch), TOKEN_BEFORE.test(ch), c.toString(16));
    assert.equal(goesOn(ch), GOES_ON.test(ch), c.toString(16));
  }
});

const CHARS = ['a', 'Z', 'q', '0', '-', "'", '(', '"', ' ', '\t', 'é', 'Ö', 'ß', 'ж', '\u0301', '٣', '“', '’', '\u00a0', '\u2003', '\ufeff', '𝐀', '𝐚', '😀', '\ud835', '\udc00'];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 10 }).map((cs) => cs.join(''));

test('startsLower and firstSpace answer as their patterns', () => {
  fc.assert(
    fc.property(text, (s) => {
      assert.equal(startsLower(s), /^\p{Ll}/u.test(s), JSON.stringify(s));
      assert.equal(firstSpace(s), s.search(/\s/u), JSON.stringify(s));
    }),
    { numRuns: 5000 },
  );
});
