/**
 * Indented first lines: after a finished sentence, a line that stops early (the next line's first
 * word would have fitted) without ending anything lost the indent's width — a new paragraph.
 * Real cases from dev2 pages typeset with first-line indents (CC BY-SA).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { restore } from '../../../src/pipeline.js';
import { read } from '../../../src/readers/index.js';
import { pageLines } from '../../../src/transforms/reflow/split.js';
import { startsIndented } from '../../../src/transforms/reflow/boundaries.js';
import { sharedFile, squash } from '../../structure/helpers.js';

/** Paragraph texts of a corpus input, squashed. */
function paragraphs(file: string): string[] {
  const doc = restore({ name: file, bytes: readFileSync(file) });
  return doc.articles.flatMap((a) => a.blocks.filter((b) => b.type === 'paragraph').map((b) => squash(b.text)));
}

for (const [page, end, start] of [
  ['d2_010', 'applied before last summer.', 'The forms are part of'],
  ['d2_002', 'two decades of military conflict.', 'The FIRST Global competition'],
] as const) {
  test(`${page} raw: a paragraph ends on a full line before an indented first line (${start})`, (t) => {
    const file = sharedFile('corpus', 'dev2', page, 'page.raw.txt');
    if (!file) return t.skip('../shared not present');
    const paras = paragraphs(file);
    assert.ok(paras.some((p) => p.endsWith(squash(end))), `a paragraph ends with "${end}"`);
    assert.ok(paras.some((p) => p.startsWith(squash(start))), `a paragraph starts with "${start}"`);
  });
}

test('a name going on after an initial is no sentence end, so no indent (lines of d2_010 raw)', (t) => {
  const file = sharedFile('corpus', 'dev2', 'd2_010', 'page.raw.txt');
  if (!file) return t.skip('../shared not present');
  // Take the measured lines of a real page and look at the indent test on the case found there.
  const doc = read('text', { name: file, bytes: readFileSync(file) });
  const infos = pageLines(doc.pages[0]!);
  const k = infos.findIndex((l) => l.line.text.trim() === 'applied before last summer.');
  assert.ok(k > 0);
  assert.ok(startsIndented(infos[k]!, infos[k + 1]!, infos[k + 2]!));
  // The same lines with the sentence turned into an initial (`… writer L.`) are not cut.
  const initial = { ...infos[k]!, line: { ...infos[k]!.line, text: 'science fiction writer L.' } };
  assert.ok(!startsIndented(initial, infos[k + 1]!, infos[k + 2]!));
  // A full line that goes on (the next line's first word would not have fitted) is no first line.
  const later = infos.findIndex((l, i) => i > k + 2 && l.startsUpper && !l.endsSentence && l.ratio > 0.95 && infos[i - 1]!.endsSentence && !infos[i + 1]!.gapBefore);
  // The page holds such a line (`A leaked internal letter seen`, after `… within twenty working days.`).
  assert.ok(later > k + 2, 'd2_010 raw has a full line after a sentence end that goes on');
  assert.match(infos[later]!.line.text, /^A leaked internal letter seen/u);
  assert.ok(!startsIndented(infos[later - 1]!, infos[later]!, infos[later + 1]!));
});
