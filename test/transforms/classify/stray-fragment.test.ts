/**
 * classify/headline: a heading set wider than the column over a stray lower-case word or two and
 * then a story's start (corpus pdfminer and page.txt pages; skipped when ../shared/corpus is not
 * beside the clone).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { restore } from '../../../src/pipeline.js';
import { toOutput } from '../../../src/writers/json/index.js';

const heads = (file: string): Array<string | null> =>
  toOutput(restore({ name: file, bytes: new Uint8Array(readFileSync(file)) })).articles.map((a) => a.headline);

const d2001 = '../shared/corpus/dev2/d2_001/page.pdfminer.txt';
const d2007 = '../shared/corpus/dev2/d2_007/page.txt';

test('d2_001 pdfminer: `New faces emerge …` over the stray `turnout` and `HONG KONG—The …` is a headline', { skip: !existsSync(d2001) }, () => {
  const h = heads(d2001);
  assert.ok(h.includes('New faces emerge as veteran politicians step down in Hong Kong legislative election'), JSON.stringify(h));
  // The repair is recorded in the headline's evidence (and so in its classify message).
  const doc = restore({ name: d2001, bytes: new Uint8Array(readFileSync(d2001)) });
  const head = doc.pages[0]!.blocks.find((b) => b.lines[0]?.text.startsWith('New faces emerge'));
  assert.match(head?.decision?.evidence ?? '', /a stray fragment the extractor put between it and its dateline\/byline/);
});

test('d2_007 page.txt: a wide line over a lower-case word with no story start after it stays running text', { skip: !existsSync(d2007) }, () => {
  const h = heads(d2007);
  assert.ok(!h.some((x) => x?.startsWith('The stampede at Islam')), JSON.stringify(h));
});

/** d2_001 pdfminer with its excerpt around the stray `turnout` rewritten by `edit`. */
function d2001Edited(edit: (text: string) => string): Array<string | null> {
  const text = readFileSync(d2001, 'utf8');
  const edited = edit(text);
  assert.notEqual(edited, text, 'the excerpt is on the page');
  return toOutput(restore({ name: 'page.pdfminer.txt', bytes: new TextEncoder().encode(edited) })).articles.map((a) => a.headline);
}

const HEAD = 'New faces emerge as veteran politicians step down in Hong Kong legislative\nelection\n';

test('d2_001 pdfminer, edited: the same lines within the column width are running text over a stray word', { skip: !existsSync(d2001) }, () => {
  // Set within the column (four narrow lines): a piece of a column's running text without a sentence
  // end, whose next word an extractor took out of its line, before a story's dateline.
  const h = d2001Edited((t) => t.replace(HEAD, 'New faces emerge as\nveteran politicians step\ndown in Hong Kong\nlegislative election\n'));
  assert.ok(!h.some((x) => x?.startsWith('New faces emerge')), JSON.stringify(h));
});

test('d2_001 pdfminer, edited: `turnout` set on the line right before the dateline is not a stray fragment', { skip: !existsSync(d2001) }, () => {
  // With no blank line between it and `HONG KONG—The …` the word opens the story's first paragraph
  // (a lower-case start: the heading is then a piece of running text), not a fragment an extractor
  // set apart between a heading and its story.
  const h = d2001Edited((t) => t.replace(`${HEAD}\nturnout \n\nHONG`, `${HEAD}\nturnout \nHONG`));
  assert.ok(!h.some((x) => x?.startsWith('New faces emerge')), JSON.stringify(h));
});
