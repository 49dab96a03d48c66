/**
 * Classify rule 00-hints: the OCR readers' running-head / running-foot rows
 * (page geometry, src/readers/xml/running-heads.ts) become page furniture, with
 * the hint recorded as evidence. Real Tesseract ALTO and hOCR of corpus pages,
 * whose section names beside the date ("HISTORY", "Travel") no text rule can
 * tell from a one-word headline.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { restore } from '../../../src/pipeline.js';
import { toOutput } from '../../../src/writers/json/index.js';
import { hintVerdicts, unitHint } from '../../../src/transforms/classify/rules/00-hints.js';
import { unitInfos } from '../../../src/transforms/classify/units.js';
import type { Block, GalleyDocument, Line, Page } from '../../../src/model/types.js';

const DEV2 = '../shared/corpus/dev2';
const have = existsSync(`${DEV2}/d2_001/page.alto.xml`) && existsSync(`${DEV2}/d2_002/page.hocr`);
const run = (file: string): GalleyDocument => restore({ name: file, bytes: readFileSync(file) });
const articleText = (doc: GalleyDocument): string =>
  toOutput(doc).articles.map((a) => [a.headline, a.deck, ...a.blocks.map((b) => b.text)].join('\n')).join('\n');

test('dev2 ALTO: every line of the running head/foot rows is furniture, decided by the hint rule', { skip: !have }, () => {
  for (const id of ['d2_001', 'd2_004']) {
    const doc = run(`${DEV2}/${id}/page.alto.xml`);
    const hinted = doc.pages.flatMap((p) => p.blocks).filter((b) => b.lines.every((l) => l.hint === 'running-head' || l.hint === 'running-foot'));
    assert.ok(hinted.length >= 4, `${id}: running head and foot rows found`);
    for (const b of hinted) {
      assert.equal(b.kind, 'furniture', `${id}: "${b.lines[0]!.text}"`);
      assert.equal(b.decision?.rule, 'classify/furniture-hint');
      assert.match(b.decision?.evidence ?? '', /running-(head|foot)/u);
    }
    // The section name printed in the running head ("HISTORY" on both pages) is no headline.
    const out = toOutput(doc);
    assert.ok(!out.articles.some((a) => a.headline === 'HISTORY'), `${id}: section name taken as a headline`);
    assert.ok(out.furniture.some((f) => f.text === 'HISTORY'));
    const msg = doc.messages.find((m) => m.rule === 'classify/furniture-hint');
    assert.ok(msg && msg.source?.page === 1, 'the decision is a message with its source');
  }
});

test('dev2 hOCR: the same rows are furniture; the page number alone is a folio', { skip: !have }, () => {
  const doc = run(`${DEV2}/d2_002/page.hocr`);
  const out = toOutput(doc);
  assert.ok(out.furniture.some((f) => f.type === 'folio' && f.text === 'B7'));
  assert.ok(out.furniture.some((f) => f.type === 'footer' && f.text.includes('harbourviewexaminer.example')));
  assert.ok(!/harbourviewexaminer\.example/u.test(articleText(doc)));
});

// Hand-built units for when the rule must not fire.
const line = (text: string, hint?: Line['hint']): Line => ({ text, original: text, source: { page: 1 }, ...(hint ? { hint } : {}) });
const block = (lines: Line[], hint?: Block['hint']): Block => ({ kind: 'text', lines, source: { page: 1 }, ...(hint ? { hint } : {}) });
const page = (blocks: Block[]): Page => ({ number: 1, blocks, graphics: [] } as unknown as Page);

test('hint rule: fires only when every line carries a running head/foot hint; engine labels are left to later rules', () => {
  const units = unitInfos(
    page([
      block([line('NEWS', 'running-head'), line('Tuesday, May 5, 2009', 'running-head')]),
      block([line('A quiet start', 'heading')]),
      block([line('12', 'running-head'), line('Rain stopped play at the ground')]),
      block([line('27')], 'running-foot'),
      block([line('Body text of a story.')]),
    ]),
  );
  assert.deepEqual(units.map(unitHint), ['running-head', null, null, 'running-foot', null]);
  const v = hintVerdicts({ units, verdicts: [] });
  assert.deepEqual([...v.keys()], [0, 3]);
  assert.equal(v.get(0)!.furnitureType, 'header');
  assert.equal(v.get(3)!.furnitureType, 'folio');
});
