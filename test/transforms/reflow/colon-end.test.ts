/**
 * A line closing on a colon that stops early in print, before a capitalised line, ends its paragraph:
 * what the colon announces opens a paragraph of its own (src/transforms/reflow/boundaries.ts
 * colonEndsEarly). Real case: dev019 page.pdfminer.txt (CC BY-SA), where the PDF shows the line
 * `from Wikipedia in several respects:` stopping well short of its ragged column (room for `We`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { restore } from '../../../src/pipeline.js';
import { read } from '../../../src/readers/index.js';
import { pageLines } from '../../../src/transforms/reflow/split.js';
import { colonEndsEarly, cutBetween } from '../../../src/transforms/reflow/boundaries.js';
import { meanCharWidth } from '../../../src/transforms/reflow/printed-width.js';
import { sharedFile, squash } from '../../structure/helpers.js';

/** The measured lines of a corpus page and the page's mean character width. */
function measured(file: string) {
  const doc = read('text', { name: file, bytes: readFileSync(file) });
  const infos = pageLines(doc.pages[0]!);
  return { infos, charWidth: meanCharWidth(infos.map((x) => x.line.text.trim())) };
}

test('dev019 pdfminer: `from Wikipedia in several respects:` ⏎ `We are much smaller.` is a paragraph end', (t) => {
  const file = sharedFile('corpus', 'dev', 'dev019', 'page.pdfminer.txt');
  if (!file) return t.skip('../shared not present');
  const { infos, charWidth } = measured(file);
  const k = infos.findIndex((l) => l.line.text.trim() === 'from Wikipedia in several respects:');
  assert.ok(k > 0);
  const [z, a, b, c] = [infos[k - 1]!, infos[k]!, infos[k + 1]!, infos[k + 2]!];
  const at = a.line.text.trim();
  const bt = b.line.text.trim();
  assert.ok(colonEndsEarly(a, b, at, bt, charWidth, false, undefined, false));
  assert.equal(cutBetween(a, b, false, false, c, false, z, false, undefined, charWidth, false), 'paragraph-end');
  // Without the print measure (no mean width), or as a run's first line (a heading on a colon), or on
  // a page the extractor joined, the line goes on.
  assert.equal(cutBetween(a, b, false, false, c, false, z, false, undefined, undefined, false), null);
  assert.equal(cutBetween(a, b, false, false, c, false, undefined, false, undefined, charWidth, false), null);
  assert.ok(!colonEndsEarly(a, b, at, bt, charWidth, true, undefined, false));
  // A lower-case next line runs a list on: not this rule.
  assert.ok(!colonEndsEarly(a, { ...b, startsUpper: false }, at, 'we are much smaller.', charWidth, false, undefined, false));
  // A full line closing on a colon leaves no room: the paragraph goes on.
  assert.ok(!colonEndsEarly(a, b, 'from Wikipedia in several respects and in more ways:', bt, charWidth, false, undefined, false));
  const doc = restore({ name: file, bytes: readFileSync(file) });
  const paras = doc.articles.flatMap((x) => x.blocks.filter((bl) => bl.type === 'paragraph').map((bl) => squash(bl.text)));
  assert.ok(paras.some((p) => p.endsWith(squash('we are quite different from Wikipedia in several respects:'))));
  assert.ok(paras.some((p) => p.startsWith(squash('We are much smaller.'))));
});

test('dev008 pdfminer: a run opening on a colon line (a title over its subtitle) is not cut by the rule', (t) => {
  const file = sharedFile('corpus', 'dev', 'dev008', 'page.pdfminer.txt');
  if (!file) return t.skip('../shared not present');
  const { infos, charWidth } = measured(file);
  const k = infos.findIndex((l) => l.line.text.trim() === 'The Use of Cognitive Digital Games in School:');
  assert.ok(k > 0);
  const [a, b] = [infos[k]!, infos[k + 1]!];
  // The line leaves room in print…
  assert.ok(colonEndsEarly(a, b, a.line.text.trim(), b.line.text.trim(), charWidth, false, undefined, false));
  // …but opens its run: no line before it, no paragraph's last line.
  assert.notEqual(cutBetween(a, b, false, false, infos[k + 2], false, undefined, false, undefined, charWidth, false), 'paragraph-end');
});
