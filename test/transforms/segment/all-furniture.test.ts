/**
 * segment/all-furniture: a document whose every text went to furniture gets one warning, so an empty
 * Markdown output is not silent; a document with a story gets none.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from '../../structure/helpers.js';

test('a page of a running head only: no story, one warning naming --furniture', () => {
  const { doc, out } = run('THE MERIDIAN TIMES | Tuesday, February 21, 2017 | 18\n');
  assert.equal(out.articles.length, 0);
  assert.equal(out.furniture.length, 1);
  const warnings = doc.messages.filter((m) => m.rule === 'segment/all-furniture');
  assert.deepEqual(
    warnings.map((m) => [m.severity, m.text]),
    [['warning', 'no story found: all 1 text item of the document went to page furniture (running heads, folios, adverts…); Markdown and plain text leave furniture out: see it with --furniture (Markdown) or --format json']],
  );
});

test('a page with a story and a running head: no such warning', () => {
  const { doc, out } = run(
    'THE MERIDIAN TIMES | Tuesday, February 21, 2017 | 18\n\nCouncil keeps library open\n\nThe council voted on Tuesday to keep the branch library open for another year, after a petition.\n',
  );
  assert.ok(out.articles.length >= 1);
  assert.ok(!doc.messages.some((m) => m.rule === 'segment/all-furniture'));
});
