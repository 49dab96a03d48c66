/**
 * A short line in lower case that carries on an open line of running text is a piece of that text
 * (an extractor split a justified line at its wide gaps), not a heading: no cut after it. Headings
 * wrapped onto a short lower-case line, quotation turns, attributions and bracketed notes keep their
 * cut. Real pages: d2_005 and d2_006 page.pdfminer.txt, dev002, dev013, dev015 and dev019
 * page.raw.txt (CC BY-SA).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { defaultTransforms, read, detectFormat } from '../../../src/pipeline.js';
import type { Block, GalleyDocument } from '../../../src/model/types.js';
import { sharedFile } from '../../structure/helpers.js';

/** Read a corpus text layer and run the pipeline through split. */
function split(path: string): GalleyDocument {
  const bytes = readFileSync(path);
  const doc = read(detectFormat(path, bytes), { name: path, bytes });
  for (const step of defaultTransforms()) {
    step.run(doc);
    if (step.name === 'split') break;
  }
  return doc;
}

/** The unit holding a line with this text (trimmed, spaces collapsed). */
function unitOf(doc: GalleyDocument, line: string): Block {
  const norm = (s: string): string => s.trim().replace(/\s+/g, ' ');
  const b = doc.pages.flatMap((p) => p.blocks).find((x) => x.lines.some((l) => norm(l.text) === line));
  assert.ok(b, `a unit holds the line "${line}"`);
  return b;
}

test('pieces of a justified line split at its wide gaps stay in their paragraph (d2_005, d2_006 pdfminer)', (t) => {
  const a = sharedFile('corpus', 'dev2', 'd2_005', 'page.pdfminer.txt');
  const b = sharedFile('corpus', 'dev2', 'd2_006', 'page.pdfminer.txt');
  if (!a || !b) return t.skip('corpus not present');
  // `Stanford  University  before` (stretched) ⏎ `joining` ⏎ `Berkeley’s  Department  of  Linguistics`
  const d5 = split(a);
  assert.equal(unitOf(d5, 'joining'), unitOf(d5, 'Berkeley’s Department of Linguistics'));
  // `notable  students,` ⏎ `including` ⏎ `Adele  Goldberg,  Laura  Mi-`
  const d6 = split(b);
  assert.equal(unitOf(d6, 'including'), unitOf(d6, 'Adele Goldberg, Laura Mi-'));
});

test('a wrapped heading, a quotation turn, an attribution and a closing note keep their cut (raw)', (t) => {
  const paths = ['dev002', 'dev013', 'dev015', 'dev019'].map((id) => sharedFile('corpus', 'dev', id, 'page.raw.txt'));
  if (paths.some((p) => !p)) return t.skip('corpus not present');
  const [d2, d13, d15, d19] = paths.map((p) => split(p!));
  // `Career development and later` ⏎ `life` ⏎ `He returned to China in 1920, marrying the`
  assert.notEqual(unitOf(d2!, 'life'), unitOf(d2!, 'He returned to China in 1920, marrying the'));
  // `against Montalvo. Rathbun` ⏎ `stated,` ⏎ `“Daniel was picked up by`
  assert.notEqual(unitOf(d13!, 'stated,'), unitOf(d13!, '“Daniel was picked up by'));
  // `… and the mainstream media laughs` ⏎ `about it. — Rick Santorum` ⏎ `In a 2003 interview …`
  assert.notEqual(unitOf(d15!, 'about it. — Rick Santorum'), unitOf(d15!, 'In a 2003 interview with the Associated'));
  // `… before the 50000 mile-` ⏎ `stone was met]` ⏎ `Like Wikipedia, …`
  assert.notEqual(unitOf(d19!, 'stone was met]'), unitOf(d19!, 'Like Wikipedia, wikiHow is a wiki that'));
});
