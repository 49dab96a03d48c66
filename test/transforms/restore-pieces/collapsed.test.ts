/**
 * collapsedText rewrites only what it must (runs of two or more spaces or tabs, a lone tab) and keeps
 * the answers for such lines: it must still read as the plain collapse, every run written once and
 * the ends trimmed, on real lines of pdfminer's double-spaced text (d2_001 page.pdfminer.txt) and on
 * the cases the shortcut could get wrong.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { collapsedLength, collapsedText } from '../../../src/transforms/restore-pieces/pieces.js';

const plainCollapse = (t: string): string => t.replace(/[ \t]+/g, ' ').trim();

test('collapsedText: a lone tab, a tab in a run of spaces, runs at the ends, single spaces kept', () => {
  for (const t of ['a\tb', 'a \t b', '  lead and trail  ', 'one two  three', '\t\t', 'x', '', 'a \u00a0 b', ' a\t']) {
    // Asked twice: the second answer comes from the memo.
    assert.equal(collapsedText(t), plainCollapse(t), JSON.stringify(t));
    assert.equal(collapsedText(t), plainCollapse(t), JSON.stringify(t));
    assert.equal(collapsedLength(t), collapsedText(t).length, JSON.stringify(t));
  }
});

const pdfminerFile = '../shared/corpus/dev2/d2_001/page.pdfminer.txt';

test('collapsedText: every line of a pdfminer page reads as the plain collapse', { skip: !existsSync(pdfminerFile) }, () => {
  const lines = readFileSync(pdfminerFile, 'utf8').split('\n');
  assert.ok(lines.some((l) => l.includes('  ')), 'the page has double-spaced lines');
  for (const l of lines) assert.equal(collapsedText(l), plainCollapse(l), JSON.stringify(l));
});
