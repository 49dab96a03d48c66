/**
 * classify/furniture-section: a one-word headline beside the running head is no section name when
 * its word recurs in the story below, whatever apostrophe each prints (corpus ALTO page; skipped
 * when ../shared/corpus is not beside the clone).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { restore } from '../../../src/pipeline.js';
import { toOutput } from '../../../src/writers/json/index.js';

const dev008 = '../shared/corpus/dev/dev008/page.alto.xml';

test('dev008 ALTO: `Vava\'u` (OCR apostrophe) over a story printing `Vava’u` is its headline, not a section name', { skip: !existsSync(dev008) }, () => {
  const out = toOutput(restore({ name: dev008, bytes: new Uint8Array(readFileSync(dev008)) }));
  assert.ok(out.articles.some((a) => a.headline === "Vava'u"), JSON.stringify(out.articles.map((a) => a.headline)));
  assert.ok(!out.furniture.some((f) => f.text === "Vava'u"));
});
