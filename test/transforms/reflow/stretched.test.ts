/**
 * Justified lines stretched to the measure: pdfminer writes a wide word gap as an extra space,
 * so a stretched line shows double spaces. A paragraph's last line is set at natural spacing,
 * so a stretched line ending a sentence is no paragraph end. Rows from dev2 pages (CC BY-SA).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isStretched, marksStretch, lineInfos } from '../../../src/transforms/classify/features.js';
import { restore } from '../../../src/pipeline.js';
import type { Line } from '../../../src/model/types.js';
import { sharedFile, squash } from '../../structure/helpers.js';

test('a stretched line has most of its gaps wide (d2_003, d2_006 pdfminer)', () => {
  assert.ok(isStretched('Tonga,  about  150  miles  north  of  Tongatapu.'));
  assert.ok(isStretched('(Reuters)—By  1965,  Fill-'));
  // natural spacing: a paragraph's last line, or a line that needed no stretching
  assert.ok(!isStretched('crucial role in grammar. [6]'));
  assert.ok(!isStretched('tion can have an agent, a pa-'));
  // one double space is a slip, not stretching
  assert.ok(!isStretched('the report  was published on Monday by the'));
  // on a piece of two or three words the extractor cut, one wide gap inside a sentence is stretching (d2_001
  // pdfminer: the last piece of `was  sent  on  a  special` | `mission` | `to  England.`), a wide gap after a
  // sentence's end is not; a whole short line with one wide gap may be a paragraph's last line
  assert.ok(isStretched('to  England.', true));
  assert.ok(isStretched('mission to  England.', true));
  assert.ok(!isStretched('ended.  Then', true));
  assert.ok(!isStretched('he said.”  Then', true));
  assert.ok(!isStretched('to  England.'));
  assert.ok(!isStretched('in  2012.'));
});

/** Whether a block of the dev2 page's pdfminer layer, read through the pipeline, holds `run` (null without ../shared). */
function pdfminerHolds(id: string, run: string): boolean | null {
  const file = sharedFile('corpus', 'dev2', id, 'page.pdfminer.txt');
  if (!file) return null;
  const doc = restore({ name: file, bytes: readFileSync(file) });
  return doc.articles.some((a) => a.blocks.some((b) => squash(b.text).includes(squash(run))));
}

test('d2_001 pdfminer: a justified line of three words cut into pieces (`mission` | `to  England.`) ends no paragraph', (t) => {
  const held = pdfminerHolds('d2_001', 'was sent on a special mission to England. After his return he distinguished himself');
  if (held === null) return t.skip('../shared not present');
  assert.ok(held);
});

test('made-up pdfminer-like page: a whole short last line with one double space (`in  2012.`) still ends its paragraph', () => {
  const page = [
    'The  council  voted  on  Tuesday  to  rebuild',
    'the  old  bridge  over  the  river,  a  project',
    'that  began  when  the  old  span  closed',
    'in  2012.',
    'The  new  crossing  will  carry  four  lanes',
    'of  traffic  and  a  path  for  cyclists,  the',
    'engineers  said  after  the  vote  on  Tuesday.',
  ].join('\n');
  const doc = restore({ name: 'p.txt', bytes: new TextEncoder().encode(page) });
  const paras = doc.articles.flatMap((a) => a.blocks.map((b) => squash(b.text)));
  assert.ok(paras.some((p) => p.endsWith(squash('closed in 2012.'))), JSON.stringify(paras));
  assert.ok(paras.some((p) => p.startsWith(squash('The new crossing'))), JSON.stringify(paras));
});

test('stretching is evidence only on pages where many lines show it', () => {
  const line = (text: string): Line => ({ text, original: text, source: { page: 1 } });
  const plain = ['A first line of text here.', 'the report  was  published on Monday', 'and more text follows on it.'];
  assert.equal(marksStretch(lineInfos(plain.map(line), plain.map(() => false))), false);
  const justified = ['Otto  Jespersen  was  born  in  Randers', 'the  help  of  Rask’s  grammars  taught', 'land. He was inspired by the work of'];
  assert.equal(marksStretch(lineInfos(justified.map(line), justified.map(() => false))), true);
});

test('d2_003 pdfminer: a caption-like first line under a photographer credit does not end at a stretched sentence end', (t) => {
  // `Tonga,  about  150  miles  north  of  Tongatapu.` is stretched: `They are either raised coral…` goes on in the same paragraph.
  const held = pdfminerHolds('d2_003', 'north of Tongatapu. They are either raised coral limestone');
  if (held === null) return t.skip('../shared not present');
  assert.ok(held);
});
