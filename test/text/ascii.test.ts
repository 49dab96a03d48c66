/**
 * The ASCII paths of src/text/ascii.ts give the answers of the patterns they stand in for, on
 * texts mixing ASCII letters, digits, punctuation and spaces with letters, marks and digits
 * outside ASCII, characters outside the basic plane (a mathematical letter and digit, an emoji),
 * lone surrogates and Unicode spaces (fast-check: every order and length up to 12).
 * And dehyphenation's case shapes (dehyphenate/facts.ts caseShape, whose ASCII path is one scan)
 * are the ones its case-mapping definition gives.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { allLetters, endsInNumber, hasLetter, isBlankLine, isSpaceCode, leadingAlnum, lowerCase, startsWithNumber } from '../../src/text/ascii.js';
import { isAllCaps } from '../../src/transforms/classify/features.js';
import { caseShape, type CaseShape } from '../../src/transforms/dehyphenate/facts.js';

const CHARS = [
  'a', 'Z', 'q', '0', '7', '-', "'", '.', '(', '"', ' ', '\t', '_',
  'é', 'Ö', 'ß', 'İ', 'Σ', 'ж', '\u0301', '٣', '²', '½', '“', '«', '’', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b',
  '𝐀', '𝟎', '😀', '\ud835', '\udc00',
];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 12 }).map((cs) => cs.join(''));

test('the ASCII paths answer as the Unicode patterns do', () => {
  fc.assert(
    fc.property(text, (s) => {
      const m = JSON.stringify(s);
      assert.equal(allLetters(s), /^\p{L}+$/u.test(s), m);
      assert.equal(hasLetter(s), /\p{L}/u.test(s), m);
      assert.equal(leadingAlnum(s), /^[\p{L}\p{M}\p{N}]+/u.exec(s)?.[0] ?? '', m);
      assert.equal(endsInNumber(s), /\p{N}$/u.test(s), m);
      assert.equal(startsWithNumber(s), /^\p{N}/u.test(s), m);
      assert.equal(lowerCase(s), s.toLowerCase(), m);
      assert.equal(isBlankLine(s), /^[\s\u00A0\u200B\uFEFF]*$/u.test(s), m);
      assert.equal(isAllCaps(s), s.length >= 3 && !/\p{Ll}/u.test(s) && /\p{Lu}/u.test(s), m);
    }),
    { numRuns: 5000 },
  );
});

test('isSpaceCode is the pattern \\s on every code unit', () => {
  for (let c = 0; c < 0x10000; c++) assert.equal(isSpaceCode(c), /\s/.test(String.fromCharCode(c)), c.toString(16));
});

/** caseShape as dehyphenation defines it, with the case mappings alone. */
function byMapping(s: string): CaseShape {
  if (!/\p{L}/u.test(s)) return 'other';
  if (s === s.toLowerCase()) return 'lower';
  if (s === s.toUpperCase()) return s.length === 1 ? 'title' : 'upper';
  const first = s[0]!;
  if (first === first.toUpperCase() && s.slice(1) === s.slice(1).toLowerCase()) return 'title';
  return 'mixed';
}

test('caseShape is the case-mapping definition, on ASCII and other text', () => {
  for (const [s, shape] of [['led', 'lower'], ['US', 'upper'], ['Korean', 'title'], ['McFar', 'mixed'], ['592', 'other'], ['A', 'title'], ['A1', 'upper'], ['1a', 'lower'], ['1A', 'upper'], ['1Ab', 'mixed'], ['Ab1', 'title']] as const) {
    assert.equal(caseShape(s), shape, s);
  }
  fc.assert(
    fc.property(text, (s) => {
      assert.equal(caseShape(s), byMapping(s), JSON.stringify(s));
    }),
    { numRuns: 5000 },
  );
});

test('lowerCase and isAllCaps on corpus-like words and lines (ASCII, capitals, curly quotes, İ and Σ)', () => {
  for (const w of ['documentary', 'Hong', 'NCAA', 'o’clock', 'İstanbul', 'ΟΔΟΣ', 'self-reported', '', '2013']) {
    assert.equal(lowerCase(w), w.toLowerCase(), w);
  }
  for (const t of ['REASON FOR DISCRIMINATION.', 'The Riverside Courier', 'AP', 'HONG KONG—', '“QUOTED” HEAD', 'ÉCOLE NORMALE', 'École', '123 456']) {
    assert.equal(isAllCaps(t), t.length >= 3 && !/\p{Ll}/u.test(t) && /\p{Lu}/u.test(t), t);
  }
});
