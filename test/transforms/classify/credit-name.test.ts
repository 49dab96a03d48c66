/**
 * classify/caption-split: a caption ending in a credit's lead-in (`Photo by`) whose name is set on the
 * next line, cut off as a unit of its own (d2_002 raw; skipped when ../shared/corpus is not beside the
 * clone).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { convert } from './convert.js';

const d2002 = '../shared/corpus/dev2/d2_002/page.raw.txt';


test('d2_002 raw: `… Image: David Shankbone Photo by` ⏎ `Grace Lindqvist` is one caption with its credit, not a subhead', { skip: !existsSync(d2002) }, () => {
  const { doc, subheads, credits } = convert(readFileSync(d2002, 'utf8'));
  assert.ok(!subheads.includes('Grace Lindqvist'), JSON.stringify(subheads));
  assert.ok(credits.includes('Photo by Grace Lindqvist'), JSON.stringify(credits));
  // The decision is recorded with the rule that made it.
  const m = doc.messages.find((x) => x.rule === 'classify/caption-split' && x.text.includes('Grace Lindqvist'));
  assert.ok(m, 'a classify/caption-split message names the credit');
});

test('d2_002 raw, edited: without the lead-in the name on the next line is not taken for a credit', { skip: !existsSync(d2002) }, () => {
  const text = readFileSync(d2002, 'utf8');
  const edited = text.replace('Shankbone Photo by\nGrace Lindqvist', 'Shankbone\nGrace Lindqvist');
  assert.notEqual(edited, text, 'the excerpt is on the page');
  const { credits } = convert(edited);
  assert.ok(!credits.some((c) => c?.includes('Grace Lindqvist')), JSON.stringify(credits));
});

test('a name after a blank line is a unit of its own, not the credit of a caption ending in `photos:`', () => {
  const page = [
    'COUNCIL OPENS NEW BRIDGE',
    '',
    'By Anna Berg',
    '',
    'The new bridge over the river opened on Monday after two years of work. Hundreds of people walked across it in the first hour, and the mayor cut the ribbon at noon.',
    '',
    'Mayor Tom Hale (left) is pictured with residents at the opening. Send us your photos:',
    '',
    'Maria Lopez',
    '',
    'The council has named Maria Lopez as its new head of planning. She starts in January and will oversee the next phase of the river project.',
    '',
  ].join('\n');
  const { credits, doc } = convert(page);
  assert.ok(!credits.some((c) => c?.includes('Maria Lopez')), JSON.stringify(credits));
  assert.ok(!doc.messages.some((m) => m.rule === 'classify/caption-split'), 'no caption-split decision');
});
