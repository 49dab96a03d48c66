/**
 * A pull quote printed as one whole quotation, beside the piece of running text it repeats, when the
 * extractor cut that piece off mid-sentence (pdfminer scattered the rest of the paragraph's words):
 * the quoted unit is the repeat, the piece stays text. Real case: d2_001 pdfminer (CC BY-SA), the
 * section under `LIFE`, its scattered words as printed, without the trailing spaces that mark the cuts
 * there (a text layer without space glyphs: restore-pieces then leaves the pieces where they are).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotedTwin } from '../../src/transforms/classify/rules/06-pullquote.js';
import { run, squash } from './helpers.js';

const PAGE = [
  'Catholic  shortly  before',
  'his death.',
  '',
  'LIFE',
  '',
  'Gordon  was  brought',
  'up  and',
  'remained  a',
  'lifelong Roman Catholic,',
  'at  a  time  when  the',
  'Church  was  being  per-',
  'in  Scotland,',
  'secuted',
  '',
  'which',
  'become',
  'had',
  'Calvinist.  After  an  edu-',
  'the  parish',
  'cation  at',
  'schools  of  Cruden  and',
  'Ellon,  at  age  of  fifteen',
  'he  entered  the  Jesuit',
  'college  at  Braunsberg.',
  '',
  '“Gordon was',
  'brought up and',
  'remained a lifelong',
  'Roman Catholic, at',
  'a time when the',
  'Church was being',
  'persecuted in',
  'Scotland, which had',
  'become Calvinist.”',
  '',
  'In  the  course  of  the',
  'next five years he served',
  'for  Poland and Sweden.',
];

test('a piece of running text stopping mid-sentence stays text; the whole quotation it repeats is the pull quote', () => {
  const { doc, out } = run(PAGE.join('\n'));
  const pulled = doc.pages.flatMap((p) => p.blocks.filter((b) => b.kind === 'pullquote'));
  assert.equal(pulled.length, 1, pulled.map((b) => b.lines.map((l) => l.text).join(' | ')).join('\n'));
  assert.equal(pulled[0]!.lines[0]!.text, '“Gordon was');
  const body = squash(out.articles.flatMap((a) => a.blocks.map((b) => b.text)).join(' '));
  assert.ok(body.includes(squash('Gordon was brought up and remained a lifelong Roman Catholic, at a time when the Church was being per')), body);
  const paragraphs = out.articles.flatMap((a) => a.blocks.map((b) => b.text));
  assert.ok(!paragraphs.some((p) => p.includes('“Gordon was')), 'the quote is not read as a paragraph');
});

test('quotedTwin: only a piece stopping open, against a short whole quotation ending a sentence', () => {
  const quote = { words: 25, text: '“Gordon was brought up and remained a lifelong Roman Catholic, at a time when the Church was being persecuted in Scotland, which had become Calvinist.”', endsSentence: true };
  assert.equal(quotedTwin({ endsOpen: true }, quote), true);
  // A finished sentence repeated from a quoted paragraph is the pull quote itself (the paragraph stays text).
  assert.equal(quotedTwin({ endsOpen: false }, quote), false);
  // A quotation followed by its attribution is running text, not a set-off quote.
  assert.equal(quotedTwin({ endsOpen: true }, { ...quote, text: '“Gordon was brought up a Catholic,” he said.' }), false);
  // A paragraph longer than any pull quote is not one, quoted or not.
  assert.equal(quotedTwin({ endsOpen: true }, { ...quote, words: 60 }), false);
});
