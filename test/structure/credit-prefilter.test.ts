/**
 * `creditTail` skips a credit pattern when the tail cannot end in its form (the cheap tests
 * before the end-anchored patterns). Those tests must never skip a pattern that would match:
 * over every line and every line pair of the dev corpus texts (../shared/corpus, when present),
 * and the hand-made look-alikes, the result is the one of trying every pattern in order.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CREDIT_TAIL, MAX_CREDIT_CHARS, creditTail } from '../../src/transforms/classify/patterns.js';
import { devTextLines } from './helpers.js';

/** Every pattern tried in order on the same tail, as `creditTail` did before its cheap tests. */
function everyPattern(text: string): { index: number; credit: string } | null {
  const trimmed = text.trimEnd();
  let from = Math.max(0, trimmed.length - MAX_CREDIT_CHARS);
  if (from > 0) {
    const sp = trimmed.indexOf(' ', from);
    if (sp < 0) return null;
    from = sp;
  }
  const tail = trimmed.slice(from);
  for (const re of CREDIT_TAIL) {
    const m = re.exec(tail);
    if (!m) continue;
    return { index: from + m.index + m[0].length - m[0].trimStart().length, credit: m[1]!.trim() };
  }
  return null;
}

function same(text: string): void {
  const got = creditTail(text);
  assert.deepEqual(got ? { index: got.index, credit: got.credit } : null, everyPattern(text), text);
}

test('credit prefilter: hand-made tails of every form and their look-alikes', () => {
  for (const text of [
    'at the 12 lap event. — AFP photos',
    'the race – Reuters',
    'at home -- Jane Doe Photos',
    'Kevin Allton in a file photo. (AFP)',
    'Holt (Ana Ruiz)',
    'PHOTO: FATIMA MENSAH,',
    'Photo by O’Brien-',
    'Picture: J.',
    'Photograph by Ana Ruiz',
    'Home Office photo',
    'Xinhua IMAGES',
    'Ana Ruiz PHOTOS',
    'SAMUEL ADEYEMI/AP',
    'GRACE O’NEIL / THE SENTINEL.',
    'a well-known (phrase) 1',
    'an x-ray / scan',
    'Élodie Ruiz/ÉCHO',
    'PHOTO: ÉLODIE',
  ]) same(text);
});

const corpusLines = devTextLines();
test('credit prefilter: every line and line pair of the dev corpus texts', { skip: corpusLines ? false : 'needs ../shared/corpus/dev' }, () => {
  for (const { line, before } of corpusLines!) {
    same(line);
    if (before !== undefined) same(`${before} ${line}`);
  }
  assert.ok(corpusLines!.length > 1000);
});
