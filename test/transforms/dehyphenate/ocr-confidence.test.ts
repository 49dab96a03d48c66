/**
 * OCR word confidence as evidence about the spelling evidence (evidence/08-ocr-confidence.ts),
 * on a real site of the Evening Star, 2 October 1865 (Chronicling America ALTO, public domain):
 * `Para-` ⏎ `guay` in the South American news, whose halves PrimeOCR read with confidence 0.36.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readAlto } from '../../../src/readers/alto/index.js';
import { decideLineEnd, emptyContext } from '../../../src/transforms/dehyphenate/index.js';
import { OCR_DOUBT, siteConfidence, spellingTrust } from '../../../src/transforms/dehyphenate/evidence/08-ocr-confidence.js';
import { KNOWN_WORD_WEIGHT } from '../../../src/transforms/dehyphenate/evidence/03-lexicon.js';
import type { Line } from '../../../src/model/types.js';

import { join } from 'node:path';
import { packageRoot } from '../../../bench/lib/paths.js';

const FIXTURE = join(packageRoot(), 'test/fixtures/ocr/evening-star-1865-10-02-news.alto.xml');

/** The two lines of the page whose first ends in `Para-`. */
function paraguay(): [Line, Line] {
  const doc = readAlto(readFileSync(FIXTURE), 'news.alto.xml');
  for (const page of doc.pages) for (const block of page.blocks) {
    const i = block.lines.findIndex((l) => l.text.trimEnd().endsWith('Para-'));
    if (i >= 0 && block.lines[i + 1]) return [block.lines[i]!, block.lines[i + 1]!];
  }
  throw new Error('no Para- line in the fixture');
}

/** The same lines with every word's confidence set to `c`. */
function withConfidence([left, right]: [Line, Line], c: number): [Line, Line] {
  const set = (l: Line): Line => ({ ...l, words: l.words?.map((w) => ({ ...w, confidence: c })) });
  return [set(left), set(right)];
}

test('trust in spelling evidence: full at and above OCR_DOUBT, in proportion below it, full without a confidence', () => {
  assert.equal(spellingTrust(undefined), 1);
  assert.equal(spellingTrust(0.9), 1);
  assert.equal(spellingTrust(OCR_DOUBT), 1);
  assert.equal(spellingTrust(0.25), 0.5);
  assert.equal(spellingTrust(0), 0);
  assert.equal(spellingTrust(-1), 0);
});

test('the site confidence is the lower of the two halves as the ALTO reader read them', () => {
  const [left, right] = paraguay();
  const c = siteConfidence(left, right);
  assert.ok(c !== undefined && c < OCR_DOUBT, String(c));
  assert.equal(c, Math.min(left.words!.at(-1)!.confidence!, right.words![0]!.confidence!));
});

test('a doubted reading: the dictionary counts for less, and the message says why', () => {
  const [left, right] = paraguay();
  const c = siteConfidence(left, right)!;
  const d = decideLineEnd(left, right, emptyContext())!;
  const known = d.votes.find((v) => v.why.startsWith('known-word'))!;
  assert.equal(known.why, `known-word (OCR confidence ${Math.round(c * 100) / 100})`);
  assert.ok(Math.abs(known.weight - KNOWN_WORD_WEIGHT * (c / OCR_DOUBT)) < 0.01, String(known.weight));
  assert.equal(d.after, 'Paraguay');
});

test('a confident reading: the same site with confidence 0.9 gets the full dictionary weight', () => {
  const d = decideLineEnd(...withConfidence(paraguay(), 0.9), emptyContext())!;
  const known = d.votes.find((v) => v.why.startsWith('known-word'))!;
  assert.equal(known.why, 'known-word');
  assert.equal(known.weight, KNOWN_WORD_WEIGHT);
  assert.equal(d.after, 'Paraguay');
});

test('no confidence at all: the prior alone decides a doubted site (a line-end hyphen in running text is a break)', () => {
  const d = decideLineEnd(...withConfidence(paraguay(), 0), emptyContext())!;
  for (const v of d.votes) if (v.why.includes('OCR confidence')) assert.equal(v.weight, 0, v.why);
  assert.equal(d.join, 'join');
});
