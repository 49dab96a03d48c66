/**
 * A piece that starts with the rest of a broken word (`lecting`) carries on the piece that ends with
 * the word's first half (`col-`), however far apart the extractor printed them; the paragraphs printed
 * under the moved piece move with it. Real page: dev007 page.txt (pdftotext default mode, CC BY-SA),
 * and made-up pages for the rules' edges.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Block } from '../../../src/model/types.js';
import { movedFollowers } from '../../../src/transforms/reflow/followers.js';
import { readThrough, run, sharedFile, squash } from '../../structure/helpers.js';

const text = (b: Block): string => b.lines.map((l) => l.text).join(' ');

test('a word remainder ten pieces away carries on the broken word (dev007 page.txt)', (t) => {
  const path = sharedFile('corpus', 'dev', 'dev007', 'page.txt');
  if (!path) return t.skip('corpus not present');
  const doc = readThrough(path, 'reflow');
  const blocks = doc.pages[0]!.blocks;
  const i = blocks.findIndex((b) => b.kind === 'paragraph' && squash(text(b)).endsWith(squash('as he began col-')));
  assert.ok(i >= 0, 'the piece ending in `col-` is a paragraph piece');
  assert.ok(squash(text(blocks[i + 1]!)).startsWith('lecting'), 'the remainder piece follows it');
  assert.ok(blocks[i + 1]!.continues);
  // The next paragraph of the column (printed under `lecting …` inside another story) comes with it.
  assert.ok(squash(text(blocks[i + 2]!)).startsWith(squash('Galois’ fatal duel took place')));
  // The piece the flow offered next (`the exact location…`, no word with `col`) is not linked to it.
  const loc = blocks.find((b) => squash(text(b)).startsWith(squash('the exact location')));
  assert.ok(loc && !loc.continues);
});

/** A made-up page in pdftotext's default style: blank lines between blocks, a column printed out of place. */
const PAGE = [
  'Harbour Notes',
  '',
  'The council met on Monday to discuss the new ferry timetable, which',
  'several residents had criticised as confusing and poorly announced, and',
  'the harbour master said that the changes were in his view rea-',
  '',
  'new pier will open in the spring, weeks later than planned.',
  '',
  'Ferry Fares',
  '',
  'Fares rise by five percent from June, the operator said, because the',
  'cost of fuel and of the crews has gone up again this year, and the',
  '',
  'sonable and would be reviewed in the autumn.',
  'Residents may send their comments in writing until the end of May.',
  '',
].join('\n');

test('a word completed across the page wins over the next piece of the flow (made-up page)', () => {
  const { doc } = run(PAGE);
  const blocks = doc.pages[0]!.blocks;
  const i = blocks.findIndex((b) => text(b).trimEnd().endsWith('in his view rea-'));
  assert.ok(i >= 0);
  assert.ok(text(blocks[i + 1]!).startsWith('sonable') && blocks[i + 1]!.continues, '`sonable` carries on `rea-`');
  // The paragraph printed under the remainder moves with it.
  assert.ok(squash(text(blocks[i + 2]!)).startsWith(squash('Residents may send')));
  assert.ok(doc.messages.some((m) => m.rule === 'reflow/column-break' && m.text.includes('the hyphen joins "reasonable"')));
});

test('only a moved piece drags the paragraphs under it', () => {
  const mk = (t: string, line: number): Block => {
    const source = { page: 1, span: { start: { line, column: 1, offset: line * 100 }, end: { line, column: t.length, offset: line * 100 + t.length } } };
    return { kind: 'paragraph', source, lines: [{ text: t, original: t, source }] };
  };
  const a = mk('he began col-', 1);
  const x = mk('Another story goes here.', 3);
  const b = mk('lecting his papers.', 5);
  const c = mk('The next paragraph.', 6);
  const d = mk('After a blank line.', 8);
  const moved = movedFollowers([a, x, b, c, d], new Map([[a, b]]), new Map([[b, a]]));
  assert.deepEqual(moved.get(b), [c]);
  // A pull quote set in the column is stepped over (it stays put); the column goes on under it.
  const quote: Block = { ...mk('“lecting his papers”', 7), kind: 'pullquote' };
  const e = mk('The column goes on.', 8);
  const over = movedFollowers([a, x, b, c, quote, e], new Map([[a, b]]), new Map([[b, a]]));
  assert.deepEqual(over.get(b), [c, e]);
  // Printed right after the piece it continues: nothing moves.
  const inPlace = movedFollowers([a, b, c], new Map([[a, b]]), new Map([[b, a]]));
  assert.equal(inPlace.size, 0);
});

/** The reviewer's case: `rea-` ⏎ `son` in place, `sonable` in another story, a second `rea-` at the foot. */
const REA_SON = [
  'School Board Meeting',
  '',
  'The board delayed the vote on the new timetable, and it did so for a rea-',
  '',
  'son the members did not want to explain to the parents who had come.',
  '',
  'Weather Report',
  '',
  'Heavy winds may follow on Monday, the forecasters said in their bulletin.',
  '',
  'sonable to expect that the harvest will be delayed by another week.',
  '',
  'Rain is expected over the weekend, and farmers say it is rea-',
  '',
].join('\n');

test('a next piece that completes the word keeps it: a far remainder does not win (made-up page)', () => {
  const { doc, out } = run(REA_SON);
  const paras = out.articles.flatMap((a) => a.blocks.filter((b) => b.type === 'paragraph').map((b) => squash(b.text)));
  const board = paras.find((p) => p.startsWith(squash('The board delayed')));
  assert.ok(board);
  assert.equal(board, squash('The board delayed the vote on the new timetable, and it did so for a reason the members did not want to explain to the parents who had come.'), '`rea-` ⏎ `son` stays joined, and no text of the weather report crosses into the board paragraph');
  assert.ok(paras.includes(squash('Rain is expected over the weekend, and farmers say it is reasonable to expect that the harvest will be delayed by another week.')));
  // The link made for the first `rea-` is the one the dehyphenate step read (`reason`), not `reasonable`.
  const links = doc.messages.filter((m) => m.rule === 'reflow/column-break');
  assert.ok(links.some((m) => m.source?.span?.start.line === 5 && m.text.includes('next piece of the flow') && m.text.includes('joins "reason"')));
});

test('a next piece claimed by a broken word printed above it leaves the far remainder its weight (made-up page)', () => {
  // `water se-` ⏎ `ton` makes a word by chance (`seton`); `Washing-`, printed above, is the word `ton` ends.
  const page = [
    'The team arrived in Washing-',
    '',
    'This year’s theme was water se-',
    '',
    'ton after many difficulties on the road from the airport.',
    '',
    'The organisers said the visas had been granted late, after weeks of talks.',
    '',
    'curity, and the teams built robots to clean rivers and wells.',
    '',
  ].join('\n');
  const { out } = run(page);
  const all = squash(out.articles.flatMap((a) => a.blocks.map((b) => b.text)).join(' '));
  assert.ok(all.includes(squash('water security, and the teams')), '`se-` ⏎ `curity` joined');
  assert.ok(all.includes(squash('arrived in Washington after many difficulties')), '`Washing-` ⏎ `ton` joined');
});

test('paragraphs moved under a continued piece are recorded, with their source and the link confidence (made-up page)', () => {
  const { doc } = run(PAGE);
  const moved = doc.messages.filter((m) => m.rule === 'reflow/moved-with-piece');
  assert.equal(moved.length, 1);
  assert.equal(moved[0]!.source?.span?.start.line, 15, 'the line `Residents may send…`');
  const link = doc.messages.find((m) => m.rule === 'reflow/column-break' && m.text.includes('"reasonable"'));
  assert.equal(moved[0]!.confidence, link?.confidence);
});

test('a piece placed by a weak (orphan) link drags no paragraph', () => {
  const mk = (t: string, line: number): Block => {
    const source = { page: 1, span: { start: { line, column: 1, offset: line * 100 }, end: { line, column: t.length, offset: line * 100 + t.length } } };
    return { kind: 'paragraph', source, lines: [{ text: t, original: t, source }] };
  };
  const a = mk('he said that', 1);
  const x = mk('Another story goes here.', 3);
  const b = mk('of the town.', 5);
  const c = mk('The next paragraph.', 6);
  assert.deepEqual(movedFollowers([a, x, b, c], new Map([[a, b]]), new Map([[b, a]]), () => true).get(b), [c]);
  assert.equal(movedFollowers([a, x, b, c], new Map([[a, b]]), new Map([[b, a]]), () => false).size, 0);
});
