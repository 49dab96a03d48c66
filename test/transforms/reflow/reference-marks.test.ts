/**
 * A line of nothing but reference marks (`[6]`) closes the sentence before it (reflow/boundaries.ts
 * REFERENCE_MARKS_LINE). Real case: dev005 page.raw.txt (CC BY-SA), where `[6]` was wrapped onto a
 * line of its own after `All-Silver Glove Trophy Series team.`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { REFERENCE_MARKS_LINE } from '../../../src/transforms/reflow/boundaries.js';
import { run, sharedFile } from '../../structure/helpers.js';

test('which lines are reference marks only', () => {
  for (const yes of ['[6]', '[7] [8]', '[12][13]']) assert.ok(REFERENCE_MARKS_LINE.test(yes), yes);
  for (const no of ['[6] Holt was drafted', '2014', '(6)', '[a]', '[1234]']) assert.ok(!REFERENCE_MARKS_LINE.test(no), no);
});

const EXCERPT = [
  'Holt attended Navarro College in 2007 and 2008.',
  'After transferring to Rice University in 2009, he',
  'posted a .348 batting average. That season, he',
  'was named both to the All-NCAA Regional Team',
  'and the All-Silver Glove Trophy Series team.',
  '[6]',
  'Holt was drafted by the Pittsburgh Pirates with',
  'the club’s ninth round selection in the 2009 Major',
  'League Baseball draft, one pick before his teammate.',
  '',
].join('\n');

test('the marks stay at the end of their paragraph; the next paragraph still starts after them', () => {
  const { out } = run(EXCERPT);
  const paras = out.articles.flatMap((a) => a.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text));
  assert.ok(paras.some((p) => p.endsWith('Trophy Series team. [6]')), paras.join(' | '));
  assert.ok(!paras.includes('[6]'));
  assert.ok(paras.some((p) => p.startsWith('Holt was drafted')), paras.join(' | '));
});

test('whole page: no paragraph of dev005 page.raw.txt is reference marks alone', (t) => {
  const path = sharedFile('corpus', 'dev', 'dev005', 'page.raw.txt');
  if (!path) return t.skip('corpus not present');
  const { out } = run(readFileSync(path, 'utf8'), path);
  const paras = out.articles.flatMap((a) => a.blocks.map((b) => b.text));
  assert.deepEqual(paras.filter((p) => REFERENCE_MARKS_LINE.test(p)), []);
  assert.ok(paras.some((p) => p.endsWith('in the ninth inning. [9]')));
});
