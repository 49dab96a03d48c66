/**
 * A bracket closes inside its sentence: a short line that leaves one open (`(Koninklijke` ⏎
 * `Bibliotheek),`), or a line opening one and leaving it open under a short line (`Loud-principle` ⏎
 * `(Williams,` ⏎ `2010):`), is running text cut short by long words in a narrow column, not a heading.
 * Real page: dev006 (CC BY-SA), page.txt and page.pdfminer.txt.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readThrough, sharedFile, unitWithLine } from '../../structure/helpers.js';
import { leavesBracketOpen } from '../../../src/transforms/reflow/boundaries.js';

test('which lines leave a bracket open', () => {
  for (const yes of ['(Koninklijke', '(Williams,', 'the study (see [13', 'a (b) (c']) assert.ok(leavesBracketOpen(yes), yes);
  for (const no of ['Pittsburgh Pirates (2012)', '2010):', 'Bibliotheek),', 'no brackets', 'a) b']) assert.ok(!leavesBracketOpen(no), no);
});

for (const input of ['page.txt', 'page.pdfminer.txt']) {
  test(`whole page: bracketed words in a narrow column stay in their paragraph (dev006 ${input})`, (t) => {
    const path = sharedFile('corpus', 'dev', 'dev006', input);
    if (!path) return t.skip('corpus not present');
    const doc = readThrough(path);
    assert.equal(unitWithLine(doc, '(Williams,'), unitWithLine(doc, 'Loud-principle'));
    assert.equal(unitWithLine(doc, '(Williams,'), unitWithLine(doc, '2010):'));
    if (input === 'page.txt') assert.equal(unitWithLine(doc, '(Koninklijke'), unitWithLine(doc, 'Bibliotheek),'));
  });
}
