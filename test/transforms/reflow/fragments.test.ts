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
import type { Line } from '../../../src/model/types.js';
import { lineInfos, type LineInfo } from '../../../src/transforms/classify/features.js';
import { proseFragment } from '../../../src/transforms/reflow/boundaries.js';
import { pageLines } from '../../../src/transforms/reflow/split.js';
import { readThrough as split, sharedFile, unitWithLine as unitOf } from '../../structure/helpers.js';

/** Read a corpus text layer and run the pipeline through split. */

/** The unit holding a line with this text (trimmed, spaces collapsed). */

test('pieces of a justified line split at its wide gaps stay in their paragraph (d2_005, d2_006 pdfminer)', (t) => {
  const a = sharedFile('corpus', 'dev2', 'd2_005', 'page.pdfminer.txt');
  const b = sharedFile('corpus', 'dev2', 'd2_006', 'page.pdfminer.txt');
  if (!a || !b) return t.skip('corpus not present');
  // `Stanford  University  before` (stretched) ⏎ `joining` ⏎ `Berkeley’s  Department  of  Linguistics`
  const d5 = split(a);
  assert.equal(unitOf(d5, 'Stanford University before joining'), unitOf(d5, 'Berkeley’s Department of Linguistics'));
  // `notable  students,` ⏎ `including` ⏎ `Adele  Goldberg,  Laura  Mi-`
  const d6 = split(b);
  assert.equal(unitOf(d6, 'notable students, including'), unitOf(d6, 'Adele Goldberg, Laura Mi-'));
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

/** The measured lines of a corpus text layer as split reads them (after the steps before split). */
function measured(path: string): LineInfo[] {
  const bytes = readFileSync(path);
  const doc = read(detectFormat(path, bytes), { name: path, bytes });
  for (const step of defaultTransforms()) {
    if (step.name === 'split') break;
    step.run(doc);
  }
  return doc.pages.flatMap((p) => pageLines(p));
}

/** Is the line `a` (found by its trimmed text), between the lines before and after it, a piece of running text? */
function fragmentAt(infos: LineInfo[], a: string): boolean {
  const i = infos.findIndex((x) => x.line.text.trim().replace(/\s+/g, ' ') === a);
  assert.ok(i > 0 && i + 1 < infos.length, `the page has the line "${a}"`);
  return proseFragment(infos[i - 1]!, infos[i]!, infos[i + 1]!, false);
}

test('a headline\'s last word over a name alone on its line, and a credit wrapped over two lines, are no prose fragments (d2_010, dev009)', (t) => {
  const rows: Array<[string[], string, string]> = [
    // `replace interview with questionnaire for five` ⏎ `nationalities` ⏎ `Hiroshi Reyes`: a headline's last
    // line, then the byline's name (pdftotext -raw; pdfminer sets a blank line before the name)
    [['dev2', 'd2_010', 'page.raw.txt'], 'nationalities', 'Hiroshi Reyes'],
    [['dev2', 'd2_010', 'page.pdfminer.txt'], 'nationalities', 'Hiroshi Reyes'],
    // `… See the` ⏎ `collaboration page for more details. Photo: In-` ⏎ `grid Nakamura` ⏎ `Editorial Manager …`:
    // the credit ends its caption there
    [['dev', 'dev009', 'page.raw.txt'], 'grid Nakamura', 'Editorial Manager Chet Clem and President'],
  ];
  for (const [parts, a, b] of rows) {
    const path = sharedFile('corpus', ...parts);
    if (!path) return t.skip('corpus not present');
    const infos = measured(path);
    assert.equal(fragmentAt(infos, a), false, `${parts.join('/')}: "${a}"`);
    if (parts[2] === 'page.raw.txt') assert.notEqual(unitOf(split(path), a), unitOf(split(path), b), `${parts.join('/')}: cut after "${a}"`);
  }
});

test('the rest of a byline broken at its line end is no prose fragment of the text under it (hand-made)', () => {
  // Stands for a byline set in a narrow column whose last name the extractor broke with a hyphen
  // (`By Hiroshi Reyes and Ingrid Naka-` ⏎ `mura` ⏎ the story's first line): the piece `mura` belongs to
  // the byline, not to the paragraph under it. The lines around give the column its measure.
  const texts = [
    'The council voted on Tuesday to raise the fees',
    'charged for parking in the square from May.',
    'By Hiroshi Reyes and Ingrid Naka-',
    'mura',
    'The council voted on Tuesday to raise the fees',
    'charged for parking in the square from May, and',
    'residents objected at the meeting that evening.',
  ];
  const lines: Line[] = texts.map((text) => ({ text, original: text, source: { page: 1 } }));
  const infos = lineInfos(lines, lines.map((_, i) => i === 0));
  assert.equal(proseFragment(infos[2]!, infos[3]!, infos[4]!, false), false);
});

test('a quotation opening the next line is a turn whatever the language\'s quotation marks (hand-made, after dev013)', () => {
  // dev013 raw `against Montalvo. Rathbun` ⏎ `stated,` ⏎ `“Daniel was picked up by`, set as a German and a
  // French paper would print it (`„…“`, `«…»`): the short line before the quotation keeps its cut.
  const rows: Array<[string, string, string]> = [
    ['against Montalvo. Rathbun', 'stated,', '“Daniel was picked up by'],
    ['gegen Montalvo. Rathbun', 'sagte,', '„Daniel wurde abgeholt von'],
    ['contre Montalvo. Rathbun', 'a déclaré,', '« Daniel a été récupéré par'],
    ['gegen Montalvo. Rathbun', 'sagte,', '»Daniel wurde abgeholt von'],
  ];
  for (const [z, a, b] of rows) {
    const texts = ['the church had been building a case', z, a, b, 'church staff at the airport and taken', 'back to the base, where he was held.'];
    const lines: Line[] = texts.map((text) => ({ text, original: text, source: { page: 1 } }));
    const infos = lineInfos(lines, lines.map((_, i) => i === 0));
    assert.equal(proseFragment(infos[1]!, infos[2]!, infos[3]!, false), false, b);
  }
  // …and without the quotation mark the short line is a piece of the running text.
  const texts = ['the church had been building a case', 'against Montalvo. Rathbun', 'stated,', 'Daniel was picked up by', 'church staff at the airport and taken'];
  const lines: Line[] = texts.map((text) => ({ text, original: text, source: { page: 1 } }));
  const infos = lineInfos(lines, lines.map((_, i) => i === 0));
  assert.equal(proseFragment(infos[1]!, infos[2]!, infos[3]!, false), true);
});
