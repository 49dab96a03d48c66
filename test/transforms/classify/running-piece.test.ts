/**
 * classify/not-subhead and reflow's cut pieces (links.ts `cutPiece`, W.cutPiece): short pieces of a
 * sentence an extractor cut out of a justified column (`The U.S.` ⏎ `Environmental` ⏎ `Protection` ⏎
 * `Agency says…`, d2_006 pdfminer, CC BY-SA) are running text, not subheads, and rejoin their
 * paragraph; a real one-line subhead between paragraphs stays one. The made-up pages run without the
 * corpus; the corpus pages are skipped when ../shared/corpus is not beside the clone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { restore } from '../../../src/pipeline.js';
import { toOutput } from '../../../src/writers/json/index.js';
import type { GalleyDocument } from '../../../src/model/types.js';
import { cutPiece } from '../../../src/transforms/reflow/links.js';
import { pieceInfo } from '../../../src/transforms/reflow/pieces.js';

const run = (name: string, text: string): GalleyDocument => restore({ name, bytes: new TextEncoder().encode(text) });
const runFile = (path: string): GalleyDocument => restore({ name: path, bytes: new Uint8Array(readFileSync(path)) });
const subheads = (doc: GalleyDocument): string[] => doc.pages.flatMap((p) => p.blocks.filter((b) => b.kind === 'subhead').map((b) => b.lines.map((l) => l.text.trim()).join(' ')));
const paragraphs = (doc: GalleyDocument): string[] => toOutput(doc).articles.flatMap((a) => a.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text));

const BEFORE = `The council met on Tuesday to discuss the new budget for the
coming year, and members agreed that the library should stay
open on weekends for the whole of the summer season.
`;
const AFTER = `Her family left the country in 1979 and settled in a small town
near the coast, where she went to school and later worked as a
nurse at the local hospital for nearly twenty years.
`;
/** A sentence whose middle an extractor set in boxes of their own, a word each (as pdfminer does on d2_006). */
const CUT = `The new rules were drafted by the agency and its staff over the
course of the spring, after a long review of the old ones by the

Environmental

Protection

Agency says the rules will be published in the autumn, once the
comment period has closed and the final text has been agreed.
`;

test('made up: a real one-line subhead between paragraphs (`Living in exile`) stays a subhead', () => {
  const doc = run('page.txt', `${BEFORE}\nLiving in exile\n\n${AFTER}`);
  assert.deepEqual(subheads(doc), ['Living in exile']);
  assert.ok(!doc.messages.some((m) => m.rule === 'classify/not-subhead'), 'no running-text message');
});

test('made up: a short line stopping on a demonstrative (`“Seventeen years ago, this`) is running text, not a subhead', () => {
  // A paragraph's first line that an extractor printed away from its column (d2_002 page.txt, where
  // pdftotext prints indented first lines after the rows) lands between paragraphs; `this` announces
  // the noun on the next line, as an article does.
  // The text under it carries the sentence on, in lower case (d2_002: `would not have been possible`).
  const doc = run('page.txt', `${BEFORE}\n“Seventeen years ago, this\n\nwould not have been possible, she said, and the school agreed.\n\n${AFTER}`);
  assert.deepEqual(subheads(doc), []);
  assert.ok(paragraphs(doc).some((p) => p.includes('“Seventeen years ago, this would not have been possible')), JSON.stringify(paragraphs(doc)));
});

test('made up: a subhead ending on a demonstrative over a paragraph that starts a sentence stays a subhead (`Try this`)', () => {
  const doc = run('page.txt', `${BEFORE}\nTry this\n\n${AFTER}`);
  assert.deepEqual(subheads(doc), ['Try this']);
});

test('made up: `Environmental` ⏎ `Protection`, two capitalised pieces in a row, rejoin their sentence', () => {
  const doc = run('page.txt', `${BEFORE}\nLiving in exile\n\n${AFTER}\n${CUT}`);
  assert.deepEqual(subheads(doc), ['Living in exile']);
  const notSub = doc.messages.filter((m) => m.rule === 'classify/not-subhead').map((m) => m.text);
  assert.ok(notSub.some((t) => t.startsWith('"Environmental"')) && notSub.some((t) => t.startsWith('"Protection"')), JSON.stringify(notSub));
  assert.ok(paragraphs(doc).some((p) => p.includes('old ones by the Environmental Protection Agency says the rules')), JSON.stringify(paragraphs(doc)));
  // Each join is recorded with its evidence: into `Environmental`, into `Protection`, and on into `Agency says…`.
  const joins = doc.messages.filter((m) => /cut out of a running line/.test(m.text));
  assert.equal(joins.length, 3, JSON.stringify(joins.map((m) => m.text)));
});

test('made up: a line in capitals is no cut piece (a heading\'s type)', () => {
  const block = (text: string) => ({ kind: 'paragraph', lines: [{ text }] }) as unknown as Parameters<typeof pieceInfo>[0];
  const piece = (text: string) => pieceInfo(block(text), 0, { ratio: 0.2, stretched: false }, true);
  assert.equal(cutPiece(piece('Protection')), true);
  assert.equal(cutPiece(piece('(Koninklijke')), true);
  assert.equal(cutPiece(piece('BACKGROUND')), false);
  assert.equal(cutPiece(piece('Institute of')), false, 'a function-word end is the ordinary unfinished evidence');
  assert.equal(cutPiece(piece('construction')), false, 'lower case is the ordinary lower-start evidence');
  assert.equal(cutPiece(piece('Protection Agency says')), false, 'three words make a column line');
});

const d2006 = '../shared/corpus/dev2/d2_006/page.pdfminer.txt';
test('d2_006 pdfminer: `The U.S.` ⏎ `Environmental` ⏎ `Protection` ⏎ `Agency says…` is one paragraph, no subhead', { skip: !existsSync(d2006) }, () => {
  const doc = runFile(d2006);
  const subs = subheads(doc);
  assert.ok(!subs.includes('Environmental') && !subs.includes('Protection') && !subs.includes('Institute of'), JSON.stringify(subs));
  assert.ok(paragraphs(doc).some((p) => p.includes('The U.S. Environmental Protection Agency says some crops')), 'the sentence is whole');
});

const dev006 = '../shared/corpus/dev/dev006/page.pdfminer.txt';
test('dev006 pdfminer: `Library of` ⏎ `(Koninklijke` ⏎ `Bibliotheek), …` is running text', { skip: !existsSync(dev006) }, () => {
  const doc = runFile(dev006);
  const subs = subheads(doc);
  assert.ok(!subs.includes('Library of') && !subs.includes('(Koninklijke'), JSON.stringify(subs));
  assert.ok(paragraphs(doc).some((p) => p.includes('Library of (Koninklijke Bibliotheek), and the University Library')), 'the pieces rejoin');
});
