/** src/text/split.ts: a line cut in two keeps true source spans, also where normalisation changed characters. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitLine, originalIndex } from '../../src/text/split.js';
import { normaliseLine } from '../../src/text/normalise.js';
import type { Line } from '../../src/model/types.js';

function line(original: string, lineNo = 3, offset = 100): Line {
  return {
    text: normaliseLine(original).text,
    original,
    source: { page: 1, span: { start: { line: lineNo, column: 1, offset }, end: { line: lineNo, column: 1 + original.length, offset: offset + original.length } } },
  };
}

test('split at a dateline dash: both halves trimmed, spans meet the printed columns', () => {
  const l = line('PHOENIX, May 19 — Phoenix is the capital of the state of Ari-');
  const at = l.text.indexOf('Phoenix is');
  const [a, b] = splitLine(l, at);
  assert.equal(a.text, 'PHOENIX, May 19 —');
  assert.equal(b.text, 'Phoenix is the capital of the state of Ari-');
  assert.equal(a.source.span!.start.column, 1);
  assert.equal(a.source.span!.end.column, 1 + 'PHOENIX, May 19 —'.length);
  assert.equal(b.source.span!.start.column, 1 + at);
  assert.equal(b.source.span!.start.offset, 100 + at);
  assert.equal(b.source.span!.end.column, l.source.span!.end.column);
  assert.equal(a.original + ' ' + b.original, l.original);
});

test('split after a ligature: the column counts the characters as read, not as expanded', () => {
  // `ﬁ` (one character read) becomes `fi` (two) in the text: the cut after it is one column to the left.
  const l = line('conﬁrmed as a Roman Catholic. (AFP)');
  assert.equal(l.text, 'confirmed as a Roman Catholic. (AFP)');
  const at = l.text.indexOf('(AFP)');
  assert.equal(originalIndex(l, at), l.original.indexOf('(AFP)'));
  const [, credit] = splitLine(l, at);
  assert.equal(credit.text, '(AFP)');
  assert.equal(credit.original, '(AFP)');
  assert.equal(credit.source.span!.start.column, 1 + l.original.indexOf('(AFP)'));
});

test('split a line whose text was repaired in the middle: columns before and after the repair stay true', () => {
  const l = line('players-all members of the new squad. — AFP');
  const repaired: Line = { ...l, text: 'players — all members of the new squad. — AFP' };
  const at = repaired.text.lastIndexOf('— AFP');
  assert.equal(originalIndex(repaired, at), l.original.lastIndexOf('— AFP'));
  assert.equal(originalIndex(repaired, 0), 0);
});

test('the left half no longer continues into the next line; the right half keeps the line join', () => {
  const l: Line = { ...line('was made lieutenant- general today sur-'), join: 'join' };
  const [a, b] = splitLine(l, l.text.indexOf('general'));
  assert.equal(a.join, undefined);
  assert.equal(b.join, 'join');
});
