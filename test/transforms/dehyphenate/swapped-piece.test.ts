/**
 * A line an extractor cut in two and printed right piece first (rules/swapped-piece.ts): the broken word
 * above says which piece comes first. Real cases: dev006 page.pdfminer.txt (`knowl-` ⏎ `they feel` ⏎
 * `edge and skills`), d2_001 page.pdfminer.txt (`edu-` ⏎ `the parish` ⏎ `cation at`), both CC BY-SA
 * text; the edges on short excerpts of the same pages.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { GalleyDocument } from '../../../src/model/types.js';
import { readThrough, sharedFile } from '../../structure/helpers.js';
import { read } from '../../../src/pipeline.js';
import { createDehyphenate } from '../../../src/transforms/dehyphenate/index.js';

function dehyphenated(text: string): GalleyDocument {
  const doc = read('text', { name: 't.txt', bytes: new TextEncoder().encode(text) });
  createDehyphenate()(doc);
  return doc;
}
const lines = (doc: GalleyDocument): string[] => doc.pages.flatMap((p) => p.blocks.flatMap((b) => b.lines.map((l) => l.text.trim())));
const swaps = (doc: GalleyDocument) => doc.messages.filter((m) => m.rule === 'dehyphenate/swapped-piece');

test('the right piece printed first goes after the left piece (dev006 page.pdfminer.txt excerpt)', () => {
  const doc = dehyphenated(
    ['Get feedback from re-', 'searchers on possible sub-', 'jects, based on the knowl-', 'they feel', 'edge and skills', 'librarians need;', ''].join('\n'),
  );
  assert.deepEqual(lines(doc).slice(2, 6), ['jects, based on the knowl-', 'edge and skills', 'they feel', 'librarians need;']);
  const [m] = swaps(doc);
  assert.ok(m, 'the move is recorded');
  assert.equal(m.source?.span?.start.line, 5, 'at the line that moved up');
  assert.equal(m.after, 'edge and skills they feel');
  const join = doc.messages.find((x) => x.rule === 'dehyphenate/join' && x.after === 'knowledge');
  assert.ok(join, '`knowl-` is joined with `edge`');
});

test('a fragment whose first word would make a dash gives way to the word two lines down (dev013 page.pdfminer.txt excerpt)', () => {
  // `al-` ⏎ `the` alone reads as a flattened dash (`al — the`, a closed-class word after a word of the
  // list); `al-` ⏎ `legedly` makes a word of the lexicon, and the two short lines are one printed line.
  const doc = dehyphenated(
    ['went to the East Los An-', 'geles sheriff’s station where', 'they claimed Montalvo al-', 'the organiza-', 'legedly left', 'tion with computer hard', 'drives. Whitmore told LA', ''].join('\n'),
  );
  assert.deepEqual(lines(doc).slice(2, 6), ['they claimed Montalvo al-', 'legedly left', 'the organiza-', 'tion with computer hard']);
  const joined = doc.messages.filter((x) => x.rule === 'dehyphenate/join').map((x) => x.after);
  assert.ok(joined.includes('allegedly') && joined.includes('organization'), joined.join(' '));
  assert.ok(!doc.messages.some((x) => x.rule === 'dehyphenate/dash'));
});

test('a line opening with a capital is not the rest of a broken word (dev002 page.raw.txt excerpt)', () => {
  const text = ['Spodsbjerg on Langeland there is a ferry con-', 'nection across the great belt to Tårs on Lol-', 'land.', 'Get around', 'Bringing a car to the islands serves little', ''].join('\n');
  const doc = dehyphenated(text);
  assert.equal(swaps(doc).length, 0);
  assert.deepEqual(lines(doc).slice(1, 4), ['nection across the great belt to Tårs on Lol-', 'land.', 'Get around']);
});

test('two whole lines are not the pieces of one', () => {
  // The same words, but the line after the fragment is a full line: together they are two printed lines.
  const doc = dehyphenated(
    ['Get feedback from re-', 'searchers on possible sub-', 'jects, based on the knowl-', 'they feel', 'edge and skills that librarians', 'need, and the time they have;', ''].join('\n'),
  );
  assert.equal(swaps(doc).length, 0);
});

test('whole pages: the pieces put back on the corpus pages', (t) => {
  const dev006 = sharedFile('corpus', 'dev', 'dev006', 'page.pdfminer.txt');
  const d2 = sharedFile('corpus', 'dev2', 'd2_001', 'page.pdfminer.txt');
  if (!dev006 || !d2) return t.skip('corpus not present');
  // On the whole pages restore-pieces (src/transforms/restore-pieces) puts these pieces back before dehyphenation.
  const moved = (doc: GalleyDocument): string[] =>
    doc.messages.filter((m) => m.rule === 'dehyphenate/swapped-piece' || m.rule === 'restore-pieces/reordered').map((m) => m.after!.replace(/ ⏎ /g, ' ').replace(/\s+/g, ' '));
  const a = readThrough(dev006, 'dehyphenate');
  assert.ok(moved(a).some((m) => m.includes('edge and skills they feel')), moved(a).join(' | '));
  const b = readThrough(d2, 'dehyphenate');
  const after = moved(b);
  assert.ok(after.some((m) => m.includes('cation at the parish')), after.join(' | '));
  assert.ok(b.messages.some((m) => m.rule === 'dehyphenate/join' && m.after === 'education'));
  // The same pages' pdftotext -raw text has its lines whole: nothing moves.
  const raw = sharedFile('corpus', 'dev', 'dev006', 'page.raw.txt')!;
  assert.equal(moved(readThrough(raw, 'dehyphenate')).length, 0);
});
