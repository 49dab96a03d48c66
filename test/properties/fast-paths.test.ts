/**
 * The fast paths of the speed work answer as the clearer forms they replaced, on text the corpus
 * lacks: accented and Greek letters, Turkish dotted and dotless i, German ß and ẞ, the long s and
 * the Kelvin sign (which `/iu` folds to `s` and `k`), ligatures, a title-case digraph, combining
 * marks, letters and an emoji outside the basic plane, lone surrogates, Unicode spaces, all-caps
 * lines and lines of a few hundred characters (a long ASCII run before the first other character).
 * Each reference below is the code as it was before the fast path (copied here, so a later edit of
 * the fast path is checked against the form it stands in for).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Block } from '../../src/model/types.js';
import { endsHyphen, endsSentence, isAllCaps, localWidths, LOWER_START, MEASURE_PERCENTILE, MEASURE_WINDOW, MIN_MEASURE, startsLower } from '../../src/transforms/classify/features.js';
import { pieceInfo } from '../../src/transforms/reflow/pieces.js';
import { Vocabulary } from '../../src/lexicon/vocabulary.js';
import { forEachToken } from '../../src/lexicon/tokens.js';
import { lowerCase } from '../../src/text/ascii.js';
import { rowEvidence } from '../../src/readers/xml/running-heads.js';
import { trimTrailingBlank } from '../../src/text/normalise.js';
import { belowWords, letters } from '../../src/transforms/classify/rules/01-furniture.js';
import { captionKey } from '../../src/transforms/captions/pairs.js';
import { lettersAndDigits } from '../../src/lexicon/tokens.js';

/** Pieces of text: words (the function words SOFT_END knows among them), capitals, marks and non-ASCII characters. */
const TOKENS = [
  'a', 'an', 'the', 'of', 'whose', 'these', 'their', 'which', 'THE', 'Whose', 'word', 'Hong', 'NCAA', 'x', 'q', 'Z', '7', '2013',
  ' ', ' ', ' ', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b',
  '-', ',', '.', '!', '?', '…', '"', "'", '“', '”', '’', ')', ']', '[', ';', ':', '—', '_',
  'é', 'É', 'café', 'cafe\u0301', '\u0301', 'ß', 'ẞ', 'straße', 'İ', 'ı', 'İstanbul', 'ıs', 'ſ', 'thiſ', 'whoſe', '\u212a', '\u212aa',
  'ﬁ', 'ﬂow', 'ǅ', 'Σ', 'ς', 'ΟΔΟΣ', 'οδός', 'ж', 'Ж', '٣', '½',
  '𝐀', '𝐚', '𝐀-', '𝐚-', '😀', '\ud835', '\udc00',
];
const piece = fc.constantFrom(...TOKENS);
/** A line of up to 60 pieces. */
const line = fc.array(piece, { maxLength: 60 }).map((ps) => ps.join(''));
/** A long line: hundreds of ASCII characters (capitals only, or mixed) before a tail of any pieces. */
const longLine = fc
  .tuple(fc.constantFrom('THE RIVERSIDE COURIER ', 'and the harbour works begin on monday ', 'A-'), fc.integer({ min: 5, max: 40 }), line)
  .map(([run, n, tail]) => run.repeat(n) + tail);
const anyLine = fc.oneof(line, longLine);

test('isAllCaps and lowerCase answer as the patterns and toLowerCase on long and non-ASCII lines', () => {
  fc.assert(
    fc.property(anyLine, (s) => {
      const m = JSON.stringify(s);
      assert.equal(isAllCaps(s), s.length >= 3 && !/\p{Ll}/u.test(s) && /\p{Lu}/u.test(s), m);
      assert.equal(lowerCase(s), s.toLowerCase(), m);
    }),
    { numRuns: 3000 },
  );
});

test('startsLower answers as LOWER_START', () => {
  fc.assert(
    fc.property(anyLine, (s) => assert.equal(startsLower(s), LOWER_START.test(s), JSON.stringify(s))),
    { numRuns: 3000 },
  );
});

/** endsSentence before it read character codes. */
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']']);
const SENTENCE_MARKS = new Set(['.', '!', '?', '…']);
function endsSentenceBefore(text: string): boolean {
  let i = text.length - 1;
  while (i > 2 && text[i] === ']') {
    const open = text.lastIndexOf('[', i);
    if (open < 0 || i - open > 5) break;
    i = open - 1;
    while (i >= 0 && text[i] === ' ') i--;
  }
  while (i >= 0 && (text[i] === ' ' || CLOSERS.has(text[i]!))) i--;
  return i >= 0 && SENTENCE_MARKS.has(text[i]!);
}

test('endsSentence answers as before it read character codes', () => {
  fc.assert(
    fc.property(anyLine, (s) => assert.equal(endsSentence(s), endsSentenceBefore(s), JSON.stringify(s))),
    { numRuns: 3000 },
  );
});

/** The end tests of reflow/pieces.ts as they read the whole last line (before END_TAIL). */
const SOFT_END = /(?:,|\p{L}-|\b(?:a|an|the|of|in|on|at|to|for|and|or|but|with|by|from|as|into|that|which|who|whose|is|are|was|were|be|has|have|had|its|his|her|their|our|this|these))$/iu;
const BARE_END = /[\p{L}\p{N}]$/u;
const CLOSED_END = /[;:]["'”’)\]]*$/u;

test('a piece\'s unfinished and bare ends, read off the last line\'s tail, are those of the whole line', () => {
  fc.assert(
    fc.property(anyLine, anyLine, (first, raw) => {
      const block = { lines: [{ text: first }, { text: raw }] } as unknown as Block;
      const p = pieceInfo(block, 0, { ratio: 0.5, stretched: false }, false, false, false, false);
      const last = raw.trim();
      const closed = endsSentenceBefore(last) || CLOSED_END.test(last);
      const m = JSON.stringify(last.slice(-30));
      assert.equal(p.unfinished, !closed && (endsHyphen(last) || SOFT_END.test(last)), m);
      assert.equal(p.bare, !closed && BARE_END.test(last), m);
      assert.equal(p.startsLower, LOWER_START.test(first.trim()), m);
    }),
    { numRuns: 3000 },
  );
});

/** localWidths as it was with `splice` dropping from the sorted window. */
function localWidthsBefore(lens: readonly number[], percentile = MEASURE_PERCENTILE): number[] {
  const n = lens.length;
  const out: number[] = new Array<number>(n);
  const sorted: number[] = [];
  let lo = 0;
  let hi = -1;
  for (let i = 0; i < n; i++) {
    const wantHi = Math.min(n - 1, i + MEASURE_WINDOW);
    const wantLo = Math.max(0, i - MEASURE_WINDOW);
    while (hi < wantHi) {
      const v = lens[++hi]!;
      let k = sorted.length;
      sorted.push(v);
      while (k > 0 && sorted[k - 1]! > v) {
        sorted[k] = sorted[k - 1]!;
        k--;
      }
      sorted[k] = v;
    }
    while (lo < wantLo) {
      const k = sorted.indexOf(lens[lo++]!);
      if (k >= 0) sorted.splice(k, 1);
    }
    out[i] = Math.max(MIN_MEASURE, sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * percentile))]!);
  }
  return out;
}

test('localWidths gives the widths it gave with splice (repeated lengths, fractions, NaN from a broken box)', () => {
  const len = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.double({ min: 0, max: 500 }), fc.constant(Number.NaN));
  fc.assert(
    fc.property(fc.array(len, { maxLength: 120 }), fc.constantFrom(MEASURE_PERCENTILE, 0.4), (lens, pct) => {
      assert.deepStrictEqual(localWidths(lens, pct), localWidthsBefore(lens, pct));
    }),
    { numRuns: 2000 },
  );
});

test('Vocabulary.addText counts the tokens forEachToken finds, a hyphenated one with its parts and pairs', () => {
  // The reference: the per-token callback addText passed to forEachToken before its loop was inlined.
  const word = fc.constantFrom('co', 'founder', 'Co', 'e', 'mail', 'E-Mail', '14', 'year', 'old', 'İs', 'ıs', 'ΟΔΟΣ', 'straße', 'ﬁ', '𝐀', 'cafe\u0301', '');
  const token = fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ws.join('-'));
  const text = fc.array(fc.oneof(token, piece, fc.constantFrom(' ', '\n', ', ', '-', '--', ' - ')), { maxLength: 40 }).map((ts) => ts.join(''));
  fc.assert(
    fc.property(text, (t) => {
      const counts = new Map<string, number>();
      const bump = (w: string): void => void counts.set(w, (counts.get(w) ?? 0) + 1);
      forEachToken(t, (raw) => {
        const w = raw.toLowerCase();
        bump(w);
        if (w.indexOf('-') === -1) return;
        const parts = w.split('-').filter((p) => p !== '');
        for (const p of parts) bump(p);
        if (parts.length > 2) for (let i = 0; i + 1 < parts.length; i++) bump(`${parts[i]}-${parts[i + 1]}`);
      });
      const v = new Vocabulary();
      v.addText(t);
      for (const [w, n] of counts) assert.equal(v.count(w), n, `${JSON.stringify(t)}: ${w}`);
    }),
    { numRuns: 2000 },
  );
});

test('Vocabulary.closedForms are the keys of hyphenatedByClosedForm, in order, at least as long as asked', () => {
  const word = fc.constantFrom('co', 'founder', 'cofounder', 'Co', 'e', 'mail', 'email', 'E-Mail', 'İs', 'ıs', 'Σ', 'ΟΔΟΣ', 'straße', 'ß', 'ﬁ', '𝐀', 'cafe\u0301', '14', 'year', 'old');
  const token = fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ws.join('-'));
  const text = fc.array(fc.oneof(token, fc.constantFrom(' ', '\n', ', ', '-')), { maxLength: 40 }).map((ts) => ts.join(' '));
  fc.assert(
    fc.property(text, fc.integer({ min: 0, max: 6 }), fc.option(word, { nil: undefined }), (t, min, removed) => {
      const fresh = (): Vocabulary => {
        const v = new Vocabulary();
        v.addText(t);
        if (removed !== undefined) v.remove(removed);
        return v;
      };
      const expected = [...fresh().hyphenatedByClosedForm().keys()].filter((k) => k.length >= min);
      assert.deepEqual(fresh().closedForms(min), expected, t);
      const built = fresh();
      built.hyphenatedByClosedForm();
      assert.deepEqual(built.closedForms(min), expected, t);
    }),
    { numRuns: 1000 },
  );
});

test('recursBelow\'s word set, the caption key and the running-head key read by character code equal the patterns they replace', () => {
  // Reference: the set and the word key as recursBelow built them with the Unicode patterns.
  fc.assert(
    fc.property(fc.oneof(anyLine, fc.array(anyLine, { maxLength: 3 }).map((ls) => ls.join(' '))), (raw) => {
      const below = raw.toLowerCase();
      const expected = new Set(below.split(/[^\p{L}\p{N}]+/u));
      for (const t of below.split(/\s+/u)) expected.add(t.replace(/[^\p{L}\p{N}]+/gu, ''));
      assert.deepEqual(belowWords(below), expected, JSON.stringify(raw));
      for (const w of [raw, below, ...below.split(/\s+/u)]) assert.equal(lettersAndDigits(w), w.replace(/[^\p{L}\p{N}]+/gu, ''), JSON.stringify(w));
      // The same key for a caption (captions/pairs.ts) and for furniture's repeated running head, lower-cased.
      const key = raw.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
      assert.equal(captionKey(raw), key, JSON.stringify(raw));
      assert.equal(letters(raw), key, JSON.stringify(raw));
    }),
    { numRuns: 3000 },
  );
});

test('recursBelow\'s word set: ASCII letter-and-digit tokens between white space are already runs between marks', () => {
  // The lemma furniture/recursBelow's skip rests on (the two ways the set is built, before and after).
  const asciiAlnum = (t: string): boolean => /^[A-Za-z0-9]+$/.test(t);
  fc.assert(
    fc.property(anyLine, (raw) => {
      const below = raw.toLowerCase();
      const before = new Set(below.split(/[^\p{L}\p{N}]+/u));
      for (const t of below.split(/\s+/u)) before.add(t.replace(/[^\p{L}\p{N}]+/gu, ''));
      const after = new Set(below.split(/[^\p{L}\p{N}]+/u));
      for (const t of below.split(/\s+/u)) if (!asciiAlnum(t)) after.add(t.replace(/[^\p{L}\p{N}]+/gu, ''));
      assert.deepEqual(after, before, JSON.stringify(raw));
    }),
    { numRuns: 3000 },
  );
});

/** running-heads' WEB_ADDRESS before the lookbehind (quadratic on long hyphen runs). */
const WEB_ADDRESS_BEFORE = /\bwww\.|\b[\w-]+\.(?:com|org|net|news|example|co\.uk|info)\b/iu;

test('a running row\'s web address is the one the pattern found before its lookbehind', () => {
  const part = fc.constantFrom('www', '.', 'com', 'co.uk', 'example', 'news', 'info', 'org', '-', '--', 'a', 'x1', '_', 'ſ', '\u212a', 'é', ' ', '/', '@', 'Ws');
  const row = fc.array(part, { maxLength: 30 }).map((ps) => ps.join(''));
  fc.assert(
    fc.property(row, (text) => {
      const found = rowEvidence([{ text } as never]);
      const web = /web address "(.*)"$/su.exec(found ?? '')?.[1];
      assert.equal(web, WEB_ADDRESS_BEFORE.exec(text)?.[0], JSON.stringify(text));
    }),
    { numRuns: 5000 },
  );
});

test('trimTrailingBlank trims what the pattern it replaced trimmed', () => {
  fc.assert(
    fc.property(anyLine, (s) => assert.equal(trimTrailingBlank(s), s.replace(/[\s\u00A0\u200B\uFEFF]+$/u, ''), JSON.stringify(s))),
    { numRuns: 3000 },
  );
});

test('restore-pieces collapsedLength is the length of collapsedText, on any text of spaces, tabs and letters', async () => {
  const { collapsedLength, collapsedText } = await import('../../src/transforms/restore-pieces/pieces.js');
  fc.assert(
    fc.property(fc.array(fc.constantFrom(' ', '  ', '\t', 'a', 'Ä', 'word', '-', '.', '\u00a0'), { maxLength: 30 }), (parts) => {
      const text = parts.join('');
      assert.equal(collapsedLength(text), collapsedText(text).length, JSON.stringify(text));
    }),
    { numRuns: 2000 },
  );
});
