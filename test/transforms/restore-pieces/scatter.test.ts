/**
 * Pieces of a printed line that pdfminer cut at a wide word space and printed in another order
 * (src/transforms/restore-pieces). Real cases: short excerpts of d2_001, d2_007 and dev013
 * page.pdfminer.txt (CC BY-SA text), the trailing space of a left piece kept as pdfminer wrote it;
 * the whole pages from ../shared when present.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { GalleyDocument } from '../../../src/model/types.js';
import { read } from '../../../src/pipeline.js';
import { createRestorePieces } from '../../../src/transforms/restore-pieces/index.js';
import { bestOrder, displacement } from '../../../src/transforms/restore-pieces/order.js';
import { marksCuts } from '../../../src/transforms/restore-pieces/pieces.js';
import { subjectThenSubject, type JunctionContext, type PieceLine } from '../../../src/transforms/restore-pieces/junctions.js';
import { Vocabulary } from '../../../src/lexicon/vocabulary.js';
import { sharedFile } from '../../structure/helpers.js';
import { lines, NEXT_BOX, restored } from './helpers.js';

const moves = (doc: GalleyDocument) => doc.messages.filter((m) => m.rule === 'restore-pieces/reordered');

/** Lines of a narrow justified column around the pieces (the measure), from d2_001 page.pdfminer.txt. */
const COLUMN = ['Gordon  was  brought', 'lifelong Roman Catholic,', 'at  a  time  when  the'];

test('a right piece printed before its left piece goes after it: the broken word and the left piece say so (d2_001 excerpt)', () => {
  const doc = restored([...COLUMN, 'Church  was  being  per-', 'in  Scotland,', 'secuted ', 'Calvinist.  After  an  edu-', 'cation  at  the  parish', 'schools  of  Cruden  and', ''].join('\n'));
  // Reordered, the two pieces are no longer than one printed line and are joined into it (./join.ts).
  assert.deepEqual(lines(doc).slice(3, 6), ['Church was being per-', 'secuted in Scotland,', 'Calvinist. After an edu-']);
  const [m] = moves(doc);
  assert.ok(m, 'the move is recorded');
  assert.equal(m.before, 'in Scotland, ⏎ secuted');
  assert.equal(m.after, 'secuted ⏎ in Scotland,');
  assert.equal(m.source?.span?.start.line, 5, 'at the first line of the run');
  assert.ok(m.text.includes('broken-word'), m.text);
});

test('three pieces of a line, boxed apart: the left pieces first, in their printed order, the right piece last (d2_001 excerpt)', () => {
  const doc = restored([...COLUMN, 'Church  was  being  per-', 'secuted  in  Scotland,', '', 'which ', 'become', 'had ', '', 'Calvinist.  After  an  edu-', 'cation  at  the  parish', ''].join('\n'));
  assert.deepEqual(lines(doc).slice(5, 6), ['which had become']);
  assert.equal(moves(doc).length, 1);
});

test('after a sentence end the piece with a capital comes first (d2_007 excerpt)', () => {
  const doc = restored(
    ['Muslims are required to make a', 'pilgrimage  to  Mecca  during  their', 'five  pillars  of  the  Islamic  faith.', 'already', 'officials  had ', 'Saudi ', 'provided  safeguards  by  installing', 'an oval wall with padded edges to', ''].join('\n'),
  );
  // In order, the three pieces are joined as the one printed line they are (join.ts).
  assert.deepEqual(lines(doc).slice(3, 5), ['Saudi officials had already', 'provided safeguards by installing']);
});

test('without trailing spaces, text evidence alone: a sentence end is not followed by lower case (dev013 excerpt)', () => {
  const doc = restored(
    ['in a statement that the case', 'involving Montalvo was be-', 'ing dealt with as charges', 'to grand theft.', 'relating', 'Whitmore stated Montalvo', 'left Scientology-related em-', ''].join('\n'),
  );
  // Reordered, the two pieces are then one line (./join.test.ts): the printed line they were cut from.
  assert.equal(lines(doc)[3], 'relating to grand theft.');
  assert.equal(moves(doc).length, 1);
});

test('pieces up to one without a trailing space make a printed line, which is not short mid-sentence (d2_001 excerpt)', () => {
  // `four hours` after a whole line would be a printed line of its own, a third of the measure, that
  // stops mid-sentence: `next day, ` is the left piece it ends.
  const doc = restored(
    ['queues  outside  the  sta-', 'tion the last ballot there', 'was  cast  at  2:30  the', 'four  hours', 'next  day, ', 'after  the ', 'last  person', 'was  allowed  to  join  the', 'queue.  The  previous', ''].join('\n'),
  );
  // In order, each pair of pieces is joined as its printed line (join.ts).
  assert.deepEqual(lines(doc).slice(3, 5), ['next day, four hours', 'after the last person']);
  assert.equal(moves(doc).length, 1);
});

test('pieces boxed apart across blank lines are one printed line: the blocks they touch are one (d2_001 excerpt)', () => {
  const doc = restored(
    ['tish  origin.  He  was  des-', 'cended  from  a  family  of', 'Aberdeenshire,  holders', 'of  the  small  estate  of', 'Auchleuchries,  near  El-', 'lon. The family was con-', 'nected  with  the  noble', 'branch  of  Haddo.  As  a', 'result  of  his  distin-', 'for', 'guished ', '', 'service ', '', 'Sweden,  Poland  and', 'Russia  he  rose  in  ranks', 'from trooper to full gen-', 'eral,  and  became  prin-', 'cipal  advisor  and  close', ''].join('\n'),
  );
  const blocks = doc.pages[0]!.blocks.map((b) => b.lines.map((l) => l.text.trim().replace(/\s+/g, ' '))).filter((b) => b[0] !== NEXT_BOX);
  // In order, the pieces are joined as their printed line (join.ts).
  assert.deepEqual(blocks[0]!.slice(8, 11), ['result of his distin-', 'guished service for', 'Sweden, Poland and']);
  assert.equal(blocks.length, 1, 'the blank lines inside the printed line are gone');
  const [m] = moves(doc);
  assert.ok(m && m.text.includes('3 text blocks'), m?.text);
});

test('a piece boxed alone joins the pieces of its line in the next block (d2_008 excerpt)', () => {
  const doc = restored(
    ['rogated  by  an  attorney  for  Sci-', 'entology and then arrested.', '', 'contacted ', '', 'former', 'Montalvo ', 'members  of  Scientology,  who', 'helped  him  leave  the  organiza-', ''].join('\n'),
  );
  const blocks = doc.pages[0]!.blocks.map((b) => b.lines.map((l) => l.text.trim().replace(/\s+/g, ' ')));
  assert.deepEqual(blocks[1]!.slice(0, 2), ['Montalvo contacted former', 'members of Scientology, who']);
});

test('a sentence end before a blank line closes a run: the pieces after it belong further up (d2_008 excerpt)', () => {
  const doc = restored(
    ['Members  of  the  Sea  Org  live  a', 'strict ', 'in-', 'come,  small  diet  provided  and', 'significant time invested in work', 'per day.', '', 'lifestyle—with ', '', 'for  multiple ', '', 'little ', 'christ’  of  the  church  of  Sciento-', ''].join('\n'),
  );
  assert.equal(moves(doc).length, 0);
});

test('a headline set across columns is not the running text a run reads on from (d2_001 excerpt)', () => {
  // `turnout ` belongs to `record-` ⏎ `breaking turnout of` further down; before `election`, the headline's
  // last line, it would fix no fault of the column's text.
  const doc = restored(
    ['New faces emerge as veteran politicians step down in Hong Kong legislative', 'election', '', 'turnout ', '', 'HONG  KONG—The', 'Hong  Kong ', 'legislative', 'election  was  held  on', 'Sunday,  with  a  record-', 'of', 'breaking  turnout ', 'around  2  million  voters', 'and turnout rate of 58%.', ''].join('\n'),
  );
  assert.deepEqual(lines(doc).slice(0, 3), ['New faces emerge as veteran politicians step down in Hong Kong legislative', 'election', 'turnout']);
});

test('a heading after a short last line is not moved after a broken word the lexicon lacks (dev002 page.raw.txt excerpt)', () => {
  const text = ['Spodsbjerg on Langeland there is a ferry con-', 'nection across the great belt to Tårs on Lol-', 'land.', 'Get around', 'Bringing a car to the islands serves little', ''].join('\n');
  const doc = restored(text);
  assert.equal(moves(doc).length, 0);
});

test('a question set apart from its answer is not read on across the blank line (d2_002 excerpt)', () => {
  // `the stories?` ⏎⏎ `headline and then …` is a sentence end before lower case, but the block has no
  // left piece: its blank lines are not a cut line's box edges.
  const doc = restored(['The Onion: An interview with America’s Finest News Source', '', 'avid Shankbone:', 'How do you decide on', 'the stories?', '', 'headline and then flesh out the', 'story, as opposed to The New', 'York Times, which writes the is-', ''].join('\n'));
  assert.equal(moves(doc).length, 0);
});

test('a line at the end of a run with nothing after it stays there', () => {
  const pl = (text: string, left = false): PieceLine => ({ text, len: text.length, left });
  const ctx: JunctionContext = { measure: 24, vocabulary: () => new Vocabulary() };
  // `ship-` ⏎ `underwater` is a broken word not completed, but no line after the run tests `ship-` at its end.
  assert.equal(bestOrder([pl('ship-'), pl('underwater ', true), pl('served ', true)], pl('ult is around ten well pre-'), undefined, ctx), null);
  assert.equal(displacement([2, 0, 1]), 2);
});

test('trailing spaces mark cuts only where few lines have them', () => {
  const mk = (original: string) => ({ text: original.trimEnd(), original, source: { page: 1 } });
  assert.equal(marksCuts([mk('a '), mk('b'), mk('c'), mk('d')]), true);
  assert.equal(marksCuts([mk('a '), mk('b '), mk('c '), mk('d')]), false, 'a page that pads its lines');
  assert.equal(marksCuts([mk('a'), mk('b')]), false);
});

test('whole pages: every reorder on the pdfminer pages puts the run in the order pdftotext -raw prints it, or leaves it as printed there too', () => {
  for (const [corpus, id] of [['dev2', 'd2_001'], ['dev2', 'd2_007'], ['dev', 'dev013']] as const) {
    const file = sharedFile('corpus', corpus, id, 'page.pdfminer.txt');
    const raw = sharedFile('corpus', corpus, id, 'page.raw.txt');
    if (!file || !raw) continue;
    const norm = (s: string): string => ` ${s.replace(/⏎/g, ' ').replace(/\s+/g, ' ').trim()} `;
    const rawText = norm(readFileSync(raw, 'utf8'));
    const doc = restored(readFileSync(file, 'utf8'));
    const ms = moves(doc);
    assert.ok(ms.length > 0, `${id}: pieces are reordered`);
    for (const m of ms) assert.ok(!rawText.includes(norm(m.before!)) || rawText.includes(norm(m.after!)), `${id}: ${m.before} → ${m.after}`);
    // Text in = text out: the same words, only in another order (pieces of a printed line are joined into one line).
    const before = read('text', { name: 't.txt', bytes: readFileSync(file) });
    const words = (ls: string[]): string[] => ls.join(' ').split(' ').sort();
    assert.deepEqual(words(lines(doc)), words(lines(before)));
  }
});

test('a layer of one text block (no box edge, as pdftotext -raw writes) is left as printed', () => {
  const text = [...COLUMN, 'Church  was  being  per-', 'in  Scotland,', 'secuted ', 'Calvinist.  After  an  edu-', 'cation  at  the  parish', 'schools  of  Cruden  and'].join('\n');
  const doc = read('text', { name: 't.txt', bytes: new TextEncoder().encode(text) });
  createRestorePieces()(doc);
  assert.equal(moves(doc).length, 0);
});

test('without marks, pieces each boxed alone read on across their blank lines (dev017 excerpt)', () => {
  // TeX's PDF sets no space glyph: no piece is marked. Each box holds one piece: a printed line cut at its gaps.
  const doc = restored(['to his work. He was very prolific but', 'very business minded about that.”', '', 'is Heaven', '', 'WIKINEWS: What', '', 'Sent Gaming?', '', 'Mario J Lucero: Heaven Sent Gaming', 'is basically me and Isabel, I’m Mario', 'J. Lucero.', ''].join('\n'));
  // Reordered, the run is no longer than one printed line: its pieces are joined into one (./join.ts).
  assert.equal(lines(doc)[2], 'WIKINEWS: What is Heaven Sent Gaming?');
  assert.equal(moves(doc).length, 1);
});

test('a reordered run after a finished sentence in its box is not joined as a reordered line; in order, its pieces fill the measure and join (dev011 excerpt)', () => {
  const doc = restored(
    ['later responsible for making Christianity', 'the official religion of the Roman Empire-', 'was first proclaimed Emperor in the city.', 'the city', 'Captured by the Vikings 866,', 'quickly took on a new identity as Jorvik', '(pronounced “Yor-vik”) and experienced a', 'major urban revival as a centre of Viking', ''].join('\n'),
  );
  assert.deepEqual(lines(doc).slice(3, 5), ['Captured by the Vikings 866, the city', 'quickly took on a new identity as Jorvik']);
  assert.equal(moves(doc).length, 1);
  const join = doc.messages.find((m) => m.rule === 'restore-pieces/joined');
  assert.match(join?.text ?? '', /fill the measure and the sentence runs through/u, 'joined by the text’s evidence, not as one reordered line');
});

test('…but not on a page cut into word stacks, whose one-line boxes come from several lines at once', () => {
  // The same excerpt among many one- and two-word boxes (readers/text/shredded.ts): left as printed.
  const stacks = Array.from({ length: 40 }, (_, i) => `word${i}`).flatMap((w) => [w, '']);
  // (The stacks come after a column's worth of running text, away from the excerpt's local measure.)
  const column = Array.from({ length: 14 }, () => 'Isabel Ruiz: And, I’m Isabel Ruiz, and');
  const doc = restored(['to his work. He was very prolific but', 'very business minded about that.”', '', 'is Heaven', '', 'WIKINEWS: What', '', 'Sent Gaming?', '', 'Mario J Lucero: Heaven Sent Gaming', 'is basically me and Isabel, I’m Mario', ...column, '', ...stacks].join('\n'));
  assert.equal(moves(doc).length, 0);
});

test('a subject at a line end is followed by its verb, not by another subject (dev017 excerpt)', () => {
  const doc = restored(['J. Lucero.', 'Isabel Ruiz: And, I’m Isabel Ruiz.', 'Mario J Lucero: And, together we', 'it’s sort of like', 'formed this thing,', 'an entertainment team. We started it', 'basically, because I wanted to — I', 'wanted to work with Isabel on a lot', ''].join('\n'));
  // Reordered, and no longer than one printed line: joined (./join.test.ts).
  assert.equal(lines(doc)[3], 'formed this thing, it’s sort of like');
  const [m] = moves(doc);
  assert.ok(m && m.text.includes('subject-then-subject'), m?.text);
});

test('an object pronoun may end a clause before another subject: no fault', () => {
  const pl = (text: string): PieceLine => ({ text, len: text.length, left: false });
  assert.equal(subjectThenSubject(pl('together we'), pl('it’s sort of like')), true);
  assert.equal(subjectThenSubject(pl('gave it to them'), pl('it was late')), false);
  assert.equal(subjectThenSubject(pl('together we'), pl('formed this thing,')), false);
});
