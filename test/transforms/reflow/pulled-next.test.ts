/**
 * An indented first line before a line pdftotext pulled up: the pulled-up line keeps its own first
 * printed line at its start, so its first word tells whether it would have fitted on the line above
 * (boundaries.ts startsIndented). Real case: dev010 page.txt (CC BY-SA).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { restore } from '../../../src/pipeline.js';
import { read } from '../../../src/readers/index.js';
import { pageLines } from '../../../src/transforms/reflow/split.js';
import { startsIndented } from '../../../src/transforms/reflow/boundaries.js';
import { sharedFile, squash } from '../../structure/helpers.js';

test('dev010 page.txt: a short first line after a sentence end, the next line pulled up, opens a paragraph', (t) => {
  const file = sharedFile('corpus', 'dev', 'dev010', 'page.txt');
  if (!file) return t.skip('../shared not present');
  const doc = read('text', { name: file, bytes: readFileSync(file) });
  const infos = pageLines(doc.pages[0]!);
  const k = infos.findIndex((l) => l.line.text.trim() === 'Fort Lee is a small town');
  assert.ok(k > 0, 'the page holds the line');
  const [a, b, c] = [infos[k - 1]!, infos[k]!, infos[k + 1]!];
  assert.equal(a.line.text.trim(), 'retail and dining storefronts.');
  assert.ok(c.pulledUp, 'the line after it is pulled up (two printed lines)');
  assert.ok(startsIndented(a, b, c));
  // The same lines with the indented line filled to the measure (no room for `but`) are no first line.
  const full = { ...b, chars: b.width, ratio: 1, len: b.width, line: { ...b.line, text: 'Fort Lee is a small town, yes' } };
  assert.ok(!startsIndented(a, full, c));
  // And the pipeline makes the paragraph.
  const paras = restore({ name: file, bytes: readFileSync(file) }).articles.flatMap((x) => x.blocks.filter((y) => y.type === 'paragraph').map((y) => squash(y.text)));
  assert.ok(paras.some((p) => p.endsWith(squash('seen in retail and dining storefronts.'))), 'a paragraph ends on the sentence');
  assert.ok(paras.some((p) => p.startsWith(squash('Fort Lee is a small town but is piled high'))), 'the next opens on the short line');
});
