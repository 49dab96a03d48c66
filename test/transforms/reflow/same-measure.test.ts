/**
 * Two lines of about one length share one measure: the local measure drifts as its window slides, and
 * a wide caption's two lines (42 and 43 characters) must not be cut apart because they fall on either
 * side of WIDE_LINE_RATIO. Real case: d2_002 pdftotext -raw (CC BY-SA).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { restore } from '../../../src/pipeline.js';
import { sharedFile, squash } from '../../structure/helpers.js';

test('d2_002 raw: a wide caption over two lines of one length stays one caption', (t) => {
  const file = sharedFile('corpus', 'dev2', 'd2_002', 'page.raw.txt');
  if (!file) return t.skip('../shared not present');
  const doc = restore({ name: file, bytes: readFileSync(file) });
  const captions = doc.articles.flatMap((a) => a.captions.map((c) => squash(c.text)));
  assert.ok(
    captions.some((c) => c.includes(squash('Editorial Manager Chet Clem and President Sean Mills.'))),
    `the caption's two lines are one caption: ${JSON.stringify(captions)}`,
  );
});
