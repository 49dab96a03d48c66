/** JSON writer: the schema holds, every part points back to its source text, decisions carry a confidence. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { outputSchema } from '../../src/writers/json/schema.js';
import { toOutput, writeJson } from '../../src/writers/json/index.js';
import { run } from '../structure/helpers.js';
import { GALOIS_RAW, GORDON_PDFMINER } from '../structure/fixtures.js';

for (const [name, text] of [
  ['dev003.pdfminer.txt', GORDON_PDFMINER],
  ['dev007.raw.txt', GALOIS_RAW],
] as const) {
  test(`json (${name}): valid output, scorer fields present, round-trips`, () => {
    const { doc } = run(text, name);
    const json = writeJson(doc);
    const parsed = outputSchema.parse(JSON.parse(json));
    assert.deepEqual(JSON.parse(JSON.stringify(parsed)), JSON.parse(json));
    for (const a of parsed.articles) {
      for (const k of ['headline', 'deck', 'byline', 'dateline', 'credit'] as const) assert.ok(k in a, k);
      for (const b of a.blocks) assert.ok(b.type === 'paragraph' || b.type === 'subhead');
    }
  });

  test(`json (${name}): every page block has a kind, a decision and a span into the input`, () => {
    const { out } = run(text, name);
    const lines = text.split('\n');
    for (const p of out.pages) {
      for (const b of p.blocks) {
        assert.ok(b.decision, `${b.kind} "${b.text}" has no decision`);
        assert.ok(b.decision.confidence > 0 && b.decision.confidence <= 1);
        const span = b.source.span!;
        assert.ok(span, 'span');
        // The span starts on the line and column where the block's text starts.
        const line = lines[span.start.line - 1]!;
        const first = b.text.split(' ')[0]!.replace(/[^\p{L}\p{N}]/gu, '');
        assert.ok(line.slice(span.start.column - 1).replace(/[^\p{L}\p{N} ]/gu, '').startsWith(first.slice(0, 3)), `${b.kind} "${b.text.slice(0, 30)}" at ${span.start.line}:${span.start.column}`);
        assert.equal(text.slice(span.start.offset, span.start.offset + 1), line[span.start.column - 1]);
      }
    }
  });
}

test('json: a dateline and a sign-off cut out of their paragraphs keep true columns', () => {
  const out = toOutput(run(GORDON_PDFMINER, 'dev003.pdfminer.txt').doc);
  const blocks = out.pages[0]!.blocks;
  const dateline = blocks.find((b) => b.kind === 'dateline')!;
  const first = blocks[blocks.indexOf(dateline) + 1]!;
  assert.equal(dateline.text, 'MOSCOW, July 3 —');
  assert.equal(dateline.source.span!.start.column, 1);
  assert.equal(first.source.span!.start.line, dateline.source.span!.start.line);
  assert.equal(first.source.span!.start.column, 'MOSCOW, July 3 — '.length + 1);
  const story = out.articles.find((a) => a.headline === 'Patrick Gordon')!;
  assert.equal(story.dateline, 'MOSCOW, July 3');
  assert.equal(story.credit, 'AFP');
  assert.ok(story.blocks.every((b) => b.confidence === undefined || (b.confidence > 0 && b.confidence <= 1)));
});
