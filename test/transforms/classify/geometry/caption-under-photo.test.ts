/**
 * classify/geometry/caption-under-photo on real corpus PDFs (CC BY-SA; skipped
 * when ../shared/corpus is not beside the clone).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { restoreAsync } from '../../../../src/pipeline.js';
import { joinLines } from '../../../../src/text/join.js';
import type { Block, GalleyDocument } from '../../../../src/model/types.js';

const corpus = (set: string, id: string): string => `../shared/corpus/${set}/${id}/page.pdf`;

async function run(file: string): Promise<GalleyDocument> {
  return restoreAsync({ name: file, bytes: new Uint8Array(readFileSync(file)) });
}

function blockStarting(doc: GalleyDocument, start: string): Block | undefined {
  return doc.pages[0]!.blocks.find((b) => joinLines(b.lines).startsWith(start));
}

test('a long caption in small type right under its photo is a caption, with the photo box as evidence', { skip: !existsSync(corpus('dev2', 'd2_001')) }, async () => {
  // d2_001: a 29-line caption in 7.5 pt (body 9.5 pt) under a photo, ending in `— AFP`: no caption wording.
  const doc = await run(corpus('dev2', 'd2_001'));
  const b = blockStarting(doc, 'DAB’s Elizabeth Quat');
  assert.ok(b);
  assert.equal(b.kind, 'caption');
  assert.equal(b.decision?.rule, 'classify/geometry/caption-under-photo');
  assert.match(b.decision?.evidence ?? '', /^set in 7\.5 pt \(body 9\.5 pt\), [\d.]+ pt under the photo \[\d+,\d+ \d+,\d+\]$/);
  const m = doc.messages.find((x) => x.rule === 'classify/geometry/caption-under-photo');
  assert.ok(m?.source?.box, 'the message carries the block box');
  // Its credit is the caption's, not a story's sign-off.
  const story = doc.articles.find((a) => a.captions.some((c) => c.text.startsWith('DAB’s Elizabeth Quat')));
  assert.equal(story?.captions.find((c) => c.text.startsWith('DAB’s'))?.credit, 'AFP');
});

test('not a caption: a bold small heading under a photo, a byline under a photo', { skip: !existsSync(corpus('dev', 'dev008')) }, async () => {
  // dev008: `Understand` in 6.8 pt bold right under a photo is a subhead.
  const d8 = await run(corpus('dev', 'dev008'));
  const under = blockStarting(d8, 'Understand');
  assert.ok(under);
  assert.notEqual(under.kind, 'caption');
  // dev004: `By Samuel Castillo` in 9 pt under a photo keeps the byline rule's verdict.
  const d4 = await run(corpus('dev', 'dev004'));
  assert.equal(blockStarting(d4, 'By Samuel Castillo')?.kind, 'byline');
});

test('a caption running on into the next column is left to the text rules', { skip: !existsSync(corpus('dev', 'dev016')) }, async () => {
  // dev016: `US President Barack Obama tweet to stu-` under a photo goes on at the top of the next column.
  const doc = await run(corpus('dev', 'dev016'));
  const b = blockStarting(doc, 'US President Barack Obama tweet');
  assert.ok(b);
  assert.notEqual(b.decision?.rule, 'classify/geometry/caption-under-photo');
});

test('a present-tense sentence set larger than the body is not a caption (a deck)', { skip: !existsSync(corpus('dev', 'dev008')) }, async () => {
  // dev008: 11 pt italic `This study presents an experiment …` under a headline, body 8.5 pt.
  const doc = await run(corpus('dev', 'dev008'));
  const b = blockStarting(doc, 'This study presents an experiment');
  assert.ok(b);
  assert.equal(b.kind, 'deck');
  // A caption in small type stays one (`A photograph related to …`, 8 pt).
  assert.equal(blockStarting(doc, 'A photograph related to Federal University')?.kind, 'caption');
});
