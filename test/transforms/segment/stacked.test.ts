/**
 * Segment: headline lines an OCR engine put in boxes of their own are one headline
 * when the second is set right under the first, at the same left edge, in type of
 * the same size (./stacked.ts). Real cases: dev020 and dev006 as ALTO and hOCR
 * (each line of a two-line headline in a block of its own).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { restore } from '../../../src/pipeline.js';
import { toOutput } from '../../../src/writers/json/index.js';
import { stackedUnder, typeSize } from '../../../src/transforms/segment/stacked.js';
import type { Block, Box, GalleyDocument, Line } from '../../../src/model/types.js';

const DEV = '../shared/corpus/dev';
const run = (file: string): GalleyDocument => restore({ name: file, bytes: readFileSync(file) });

for (const input of ['page.alto.xml', 'page.hocr']) {
  const file020 = `${DEV}/dev020/${input}`;
  test(`dev020 (${input}): the headline's second line "Israel", in a box of its own, stays in the headline; the interview is one story`, { skip: !existsSync(file020) }, () => {
    const doc = run(file020);
    const out = toOutput(doc);
    assert.ok(doc.messages.some((m) => m.rule === 'segment/headline-stacked' && m.text.startsWith('"Israel"')), 'the join is recorded');
    assert.ok(!out.articles.some((a) => a.headline === 'Israel'), 'no story headed by the second line alone');
    const story = out.articles.find((a) => /^The future of the peace process\b.*\bIsrael$/u.test(a.headline ?? ''));
    assert.ok(story, 'one headline over both lines');
    const texts = story.blocks.map((b) => b.text);
    assert.ok(texts.some((t) => /Mr\. President, as a Nobel Peace Prize/u.test(t)), 'the question');
    assert.ok(texts.some((t) => /^Shimon Peres: The future is only peace\./u.test(t)), 'the answer follows it in the same story');
  });
  const file006 = `${DEV}/dev006/${input}`;
  test(`dev006 (${input}): "DH" set under "… Leading Dutch Librarians into" ends that headline`, { skip: !existsSync(file006) }, () => {
    const out = toOutput(run(file006));
    assert.ok(out.articles.some((a) => /Leading Dutch Librarians into DH$/u.test(a.headline ?? '')));
    assert.ok(!out.articles.some((a) => a.headline === 'DH'));
  });
}

// Hand-made lines: word boxes of a given height, the line box around them.
function line(text: string, x0: number, y0: number, h: number, extra: Box[] = []): Line {
  const words = text.split(' ').map((w, i) => ({ text: w, box: { x0: x0 + i * 3 * h, y0, x1: x0 + (i * 3 + 2) * h, y1: y0 + h } }));
  const boxes = [...words.map((w) => w.box), ...extra];
  const box = { x0, y0: Math.min(...boxes.map((b) => b.y0)), x1: Math.max(...boxes.map((b) => b.x1)), y1: Math.max(...boxes.map((b) => b.y1)) };
  return { text, original: text, source: { page: 1 }, box, words };
}
const block = (l: Line): Block => ({ kind: 'headline', lines: [l], box: l.box, source: { page: 1 } });

test('stackedUnder: the next line of one headline, and what is not', () => {
  const first = block(line('The harbour works', 100, 100, 60));
  assert.equal(stackedUnder(first, block(line('begin today', 100, 170, 60))), true, 'leading of a sixth of a line, same edge, same size');
  // A real blank line: one whole line of space (60) between the first line's foot (160) and the next.
  assert.equal(stackedUnder(first, block(line('begin today', 100, 160 + 60, 60))), false, 'a blank line between');
  assert.equal(stackedUnder(first, block(line('begin today', 400, 170, 60))), false, 'not at the same left edge (a head side by side)');
  assert.equal(stackedUnder(first, block(line('a smaller deck under it', 100, 170, 30))), false, 'type half the size: a deck');
  const noBoxes: Block = { kind: 'headline', lines: [{ text: 'begin', original: 'begin', source: { page: 1 } }], source: { page: 1 } };
  assert.equal(stackedUnder(first, noBoxes), false, 'text without boxes: nothing found');
});

test('typeSize: the median word height, not a line box stretched by OCR noise glued to the line', () => {
  const l = line('The future of the peace', 0, 100, 60, [{ x0: 900, y0: 140, x1: 960, y1: 190 }]);
  assert.equal(l.box!.y1 - l.box!.y0, 90);
  assert.equal(typeSize(l), 60);
});
