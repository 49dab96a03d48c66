/**
 * The fast paths of the line evidence (src/transforms/classify/features.ts) and of
 * collapseSpaces (src/text/join.ts) give what the regexes they stand in for give, and the
 * evidence remembered on a line is never taken for a copy of it. Rows are lines of the
 * corpus fixtures (CC BY-SA) and the non-ASCII starts a line may have.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forgetLineInfos, lineInfos, lineInfosCached, LOWER_START, startsLower } from '../../../src/transforms/classify/features.js';
import { readText } from '../../../src/readers/text/index.js';
import { defaultTransforms } from '../../../src/pipeline.js';
import { collapseSpaces } from '../../../src/text/join.js';
import type { GalleyDocument, Line } from '../../../src/model/types.js';
import { GORDON_PDFMINER } from '../../structure/fixtures.js';

/** The fixture's lines (dev003 as pdfminer prints it). */
const GORDON_LINES = GORDON_PDFMINER.split('\n');

function line(text: string): Line {
  return { text, original: text, source: {} } as Line;
}

test('startsLower answers as LOWER_START, on corpus lines and on non-ASCII starts', () => {
  const rows = [
    ...GORDON_LINES,
    'wikiHow is a site', // a brand with a capital inside starts a sentence
    'iPhone sales', // likewise
    "o'clock news", // apostrophe inside the first word
    'well-Known', // a capital after a hyphen
    '“the quote goes on', // opening quote, then lower case
    '‘tis the season', // curly quote
    'éclair recipes', // a lower-case letter beyond ASCII
    'Éclair recipes',
    '’tisn’t', // a curly apostrophe inside the word
    '(continued', // bracket before the word
    '42 people',
    '-- and then',
    '',
  ];
  for (const t of rows) assert.equal(startsLower(t), LOWER_START.test(t), JSON.stringify(t));
});

test('collapseSpaces: every run of white space is one space, ends trimmed (as replace(/\\s+/g, " ").trim())', () => {
  const rows = [
    ...GORDON_LINES,
    'Patrick  Gordon  was', // pdfminer's doubled spaces
    'a\tb\u00a0c\u2003d', // tab, no-break and em spaces
    ' lead and trail ',
    'one\ntwo',
    '',
  ];
  for (const t of rows) assert.equal(collapseSpaces(t), t.replace(/\s+/g, ' ').trim(), JSON.stringify(t));
});

test('a copy of a measured line (as a split makes) is measured anew, not given the original line evidence', () => {
  const lines = GORDON_LINES.filter((t) => t !== '').map(line);
  const gaps = lines.map(() => false);
  const first = lineInfos(lines, gaps);
  // Copy one line with new text, the way splitLine makes its halves ({ ...line, text }).
  const k = 6;
  const copy: Line = { ...lines[k]!, text: lines[k]!.text.slice(0, 20).trimEnd() };
  const next = [...lines.slice(0, k), copy, ...lines.slice(k + 1)];
  const again = lineInfosCached(next, gaps);
  assert.equal(again[k]!.line, copy);
  assert.equal(again[k]!.text, copy.text);
  assert.equal(again[k]!.chars, copy.text.trim().length);
  assert.notEqual(again[k], first[k]);
  // The other lines keep the evidence measured the first time.
  assert.equal(again[k - 1], first[k - 1]);
  assert.equal(again[k + 1], first[k + 1]);
  // The original line still has its own evidence.
  assert.equal(lineInfosCached(lines, gaps)[k], first[k]);
  // A copy with the same text is a line of its own too: its evidence names it.
  const twin: Line = { ...lines[k]! };
  const withTwin = lineInfosCached([...lines.slice(0, k), twin, ...lines.slice(k + 1)], gaps);
  assert.equal(withTwin[k]!.line, twin);
  assert.equal(withTwin[k]!.chars, first[k]!.chars);
});

/** Lines of the document's pages that still hold something under a symbol (the remembered evidence). */
function linesHolding(doc: GalleyDocument): number {
  let n = 0;
  for (const p of doc.pages) {
    for (const b of p.blocks) for (const l of b.lines) if (Object.getOwnPropertySymbols(l).some((s) => (l as unknown as Record<symbol, unknown>)[s] !== undefined)) n++;
  }
  return n;
}

test('the evidence remembered on lines is let go once reflow, its last reader, is done (issue 4: it was 0.064 MB a PDF page)', () => {
  const doc = readText(Buffer.from(GORDON_PDFMINER), 'page.pdfminer.txt');
  const held: Record<string, number> = {};
  for (const step of defaultTransforms()) {
    step.run(doc);
    held[step.name] = linesHolding(doc);
  }
  assert.ok(held.classify! > 20, JSON.stringify(held));
  assert.deepEqual([held.reflow, held.captions, held.segment], [0, 0, 0]);
  // Forgotten evidence is measured anew when asked for again.
  const lines = GORDON_LINES.filter((t) => t !== '').map(line);
  const gaps = lines.map(() => false);
  const first = lineInfos(lines, gaps);
  assert.equal(lineInfosCached(lines, gaps)[3], first[3]);
  forgetLineInfos({ number: 1, blocks: [{ kind: 'text', lines, source: { page: 1 } }], graphics: [] });
  const again = lineInfosCached(lines, gaps);
  assert.notEqual(again[3], first[3]);
  assert.deepEqual(again[3], first[3]);
});
