/**
 * The section-head rule (segment/index.ts): a one- or two-word "headline" between running-head
 * furniture with nothing under it is the section's name (d2_010's "Nation", orphans.test.ts).
 * It must not fire when the "story" holds anything else: a dateline or sign-off under the short
 * head would be thrown away with it; nor may the heads-printed-one-after-another sharing (topic)
 * drop what the first head already holds. Hand-made page models (block kinds as classify leaves them),
 * checked with the audit `galley --check` uses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSegment } from '../../../src/transforms/segment/index.js';
import { toOutput } from '../../../src/writers/json/index.js';
import { accountFor } from '../../../src/audit/index.js';
import type { Block, BlockKind, GalleyDocument } from '../../../src/model/types.js';

function block(kind: BlockKind, text: string, n: number): Block {
  const source = { page: 1, span: { start: { line: n, column: 1, offset: 0 }, end: { line: n, column: text.length + 1, offset: text.length } } };
  return { kind, lines: [{ text, original: text, source }], source };
}

function page(rows: Array<[BlockKind, string]>): GalleyDocument {
  const blocks = rows.map(([k, t], i) => block(k, t, i + 1));
  return { name: 't', format: 'text', pages: [{ number: 1, blocks }], articles: [], furniture: [], messages: [] } as unknown as GalleyDocument;
}
const inputText = (doc: GalleyDocument): string => doc.pages[0]!.blocks.map((b) => b.lines.map((l) => l.text).join('\n')).join('\n\n');

test('section head: a short head between furniture with nothing under it goes to furniture as the section name', () => {
  const doc = page([
    ['furniture', 'THE DAILY COURIER'],
    ['headline', 'Nation'],
    ['furniture', 'Monday, March 3, 2025'],
    ['headline', 'Budget vote delayed again'],
    ['paragraph', 'The vote on the budget was put off for a week after a late amendment.'],
  ]);
  const text = inputText(doc);
  createSegment()(doc);
  assert.deepEqual(doc.articles.map((a) => a.headline), ['Budget vote delayed again']);
  // Its source is the line the name was printed on (line 2), in the furniture entry and in the message.
  assert.equal(doc.furniture.find((f) => f.type === 'section' && f.text === 'Nation')?.source.span?.start.line, 2);
  assert.equal(doc.messages.find((m) => m.rule === 'segment/section-head')?.source?.span?.start.line, 2);
  assert.ok(accountFor(doc, text).ok);
});

test('section head: not when a dateline or sign-off stands under the short head (nothing is dropped)', () => {
  for (const [kind, line] of [['dateline', 'WASHINGTON, March 2 —'], ['signoff', '(Reuters)']] as Array<[BlockKind, string]>) {
    const doc = page([
      ['furniture', 'THE DAILY COURIER'],
      ['headline', 'Nation'],
      [kind, line],
      ['furniture', 'Monday, March 3, 2025'],
      ['headline', 'Budget vote delayed again'],
      ['paragraph', 'The vote on the budget was put off for a week after a late amendment.'],
    ]);
    const text = inputText(doc);
    createSegment()(doc);
    assert.ok(!doc.messages.some((m) => m.rule === 'segment/section-head'), kind);
    const out = toOutput(doc);
    const all = JSON.stringify([out.articles, out.furniture]);
    for (const w of line.match(/\p{L}+/gu)!) assert.ok(all.includes(w), `${kind}: "${w}" kept`);
    const account = accountFor(doc, text);
    assert.ok(account.ok, `${kind}: ${JSON.stringify(account.lost)}`);
  }
});

test('section head: "&" and an apostrophe are allowed in the name, other punctuation and three words are not', () => {
  const cases: Array<[string, boolean]> = [['Arts & Books', false], ["Children's", true], ['Fort Lee: Buy', false], ['Arts Books', true], ['Home and Garden', false]];
  for (const [name, section] of cases) {
    const doc = page([
      ['furniture', 'THE DAILY COURIER'],
      ['headline', name],
      ['furniture', 'Monday, March 3, 2025'],
      ['headline', 'Budget vote delayed again'],
      ['paragraph', 'The vote on the budget was put off for a week after a late amendment.'],
    ]);
    createSegment()(doc);
    assert.equal(doc.furniture.some((f) => f.type === 'section' && f.text === name), section, name);
  }
});
