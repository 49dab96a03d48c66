/**
 * restore-columns/rows: columns printed row by row, each line a block of its own (pdftotext's default
 * mode on pages whose columns share a baseline grid, d2_002 page.txt, CC BY-SA). The made-up pages run
 * without the corpus; the corpus pages are skipped when ../shared/corpus is not beside the clone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { read } from '../../../src/pipeline.js';
import { columnCounts, displacedLines, junction, MAX_ROW_COLUMNS, MAX_ROW_RUN, MIN_ROW_COLUMNS, placeInColumns, restoreRows, ROWS_RULE, selectNth, type RowItem } from '../../../src/transforms/restore-columns/rows.js';
import type { GalleyDocument } from '../../../src/model/types.js';
import { readThrough, sharedFile } from '../../structure/helpers.js';

/** A text page whose lines are each a block of their own (blank lines between). */
function page(lines: readonly string[]): GalleyDocument {
  return read('text', { name: 't.txt', bytes: new TextEncoder().encode(lines.join('\n\n') + '\n') });
}
const texts = (doc: GalleyDocument): string[] => doc.pages[0]!.blocks.map((b) => b.lines.map((l) => l.text).join(' ⏎ '));
const item = (t: string): RowItem => ({ head: t, tail: t });

/** Three made-up columns of a story, six lines each, every one breaking words at its line ends. */
const A = [
  'The ferry leaves the harbour at six',
  'in the morning and reaches the is-',
  'land two hours later, when the mar-',
  'ket on the square is already open',
  'and the fishermen sell their catch',
  'to the cooks of the hotels nearby.',
];
const B = [
  'Tickets are sold at the quay or on',
  'board; children under twelve trav-',
  'el free, and bicycles cost a few',
  'crowns more. In winter the ser-',
  'vice runs only twice a week, and',
  'the last boat leaves before dusk.',
];
const C = [
  'Visitors who stay the night will find',
  'rooms in the old customs house, ren-',
  'ovated ten years ago by the council,',
  'and in two small inns by the church.',
  'Both serve dinner until nine, and in',
  'summer their gardens stay open late.',
];
/** The columns printed row by row: A1 B1 C1 A2 B2 C2 … */
const rows = (cols: readonly (readonly string[])[]): string[] => cols[0]!.flatMap((_, i) => cols.map((c) => c[i]).filter((l): l is string => l !== undefined));

test('junction: a completed broken word reads on, an uncompleted one and a closed sentence do not', () => {
  assert.ok(junction('in the morning and reaches the is-', 'land two hours later, when the mar-') > 0);
  assert.ok(junction('in the morning and reaches the is-', 'board; children under twelve trav-') < 0);
  assert.ok(junction('to the cooks of the hotels nearby.', 'el free, and bicycles cost a few') < 0);
  assert.equal(junction('Tickets are sold at the quay or on', 'Visitors who stay the night will find'), 0);
  // A sentence carried on under an open line: a small credit, far below a completed word.
  const on = junction('Tickets are sold at the quay or on', 'board; children under twelve trav-');
  assert.ok(on > 0 && on < junction('in the morning and reaches the is-', 'land two hours later, when the mar-'));
});

test('made up: three columns printed row by row are put back in column order', () => {
  const doc = page(rows([A, B, C]));
  assert.equal(restoreRows(doc.pages[0]!, doc.messages), 1);
  assert.deepEqual(texts(doc), [...A, ...B, ...C]);
  const m = doc.messages.find((x) => x.rule === ROWS_RULE);
  assert.ok(m && /3 columns printed row by row/.test(m.text), m?.text);
});

test('made up: a row where one column has no line (a gap in the grid) is still placed', () => {
  // Column B has no line on the third baseline (a paragraph's spacing): that row prints A3 C3 only.
  const printed = rows([A, B, C]);
  const gapped = printed.filter((l) => l !== B[2]);
  const lines = gapped.map(item);
  const { columns } = placeInColumns(lines, 3);
  const col = (first: string): string[] => columns.find((c) => gapped[c[0]!] === first)!.map((n) => gapped[n]!);
  assert.deepEqual(col(A[0]!), A);
  assert.deepEqual(col(C[0]!), C);
});

test('lines already in column order stay as they are', () => {
  const doc = page([...A, ...B, ...C]);
  assert.equal(restoreRows(doc.pages[0]!, doc.messages), 0);
  assert.deepEqual(texts(doc), [...A, ...B, ...C]);
});

test('made up: a line printed after its rows is found by its broken word, whose rest was printed before it', () => {
  // B2 (`board; children under twelve trav-`) taken out of its row and printed after the rows.
  const printed = rows([A, B, C]).filter((l) => l !== B[1]);
  printed.push(B[1]!);
  const shown = displacedLines(printed.map(item));
  assert.deepEqual([...shown].map(([l, r]) => [printed[l], printed[r]]), [[B[1], B[2]]]);
  const doc = page(printed);
  assert.equal(restoreRows(doc.pages[0]!, doc.messages), 1);
  assert.deepEqual(texts(doc), [...A, ...B, ...C]);
});

test('d2_002 page.txt: the story set in four columns reads in column order, its displaced first lines back in place', (t) => {
  const path = sharedFile('corpus', 'dev2', 'd2_002', 'page.txt');
  if (!path) return t.skip('corpus not present');
  const doc = readThrough(path, 'restore-columns');
  const lines = doc.pages[0]!.blocks.map((b) => b.lines.map((l) => l.text.trim()).join(' ⏎ '));
  const follows = (a: string, b: string): void => {
    const k = lines.indexOf(a);
    assert.ok(k >= 0, `"${a}" is a block`);
    assert.equal(lines[k + 1], b, `after "${a}"`);
  };
  // Printed a row apart (three other columns' lines between them):
  follows('was awarded a silver medal for', '“courageous achievement” on');
  follows('Daughters of the American Re-', 'volution Constitution Hall in');
  // Printed 38 lines under its rest, after the rows; and a block of a last line and an indented first line:
  follows('Citing privacy rules, U.S. offi-', 'cials have not said why the team');
  follows('the country. ⏎ According to Afghan Ambas-', 'sador to the United States Ham-');
  assert.ok(doc.messages.some((m) => m.rule === ROWS_RULE && /put back before/.test(m.text)));
});

test('d2_001 page.txt: a page cut into word stacks is left to the stacks warning', (t) => {
  const path = sharedFile('corpus', 'dev2', 'd2_001', 'page.txt');
  if (!path) return t.skip('corpus not present');
  const doc = readThrough(path, 'restore-columns');
  assert.ok(!doc.messages.some((m) => m.rule === ROWS_RULE));
});

test('made up: a run longer than MAX_ROW_RUN is no page\'s column lines and is left as printed (its pairs are never all compared)', () => {
  // The three columns repeated as one story set row by row: placed when the run is a page's size…
  const story = rows([A, B, C]);
  const fits = Array.from({ length: Math.floor(MAX_ROW_RUN / story.length) }, () => story).flat();
  const small = page(fits);
  assert.equal(restoreRows(small.pages[0]!, small.messages), 1);
  // …left alone when it is longer than any page holds.
  const long = Array.from({ length: Math.ceil((MAX_ROW_RUN + 1) / story.length) }, () => story).flat();
  assert.ok(long.length > MAX_ROW_RUN);
  const big = page(long);
  assert.equal(restoreRows(big.pages[0]!, big.messages), 0);
  assert.deepEqual(texts(big), long);
});

test('columnCounts: made-up columns printed row by row are searched at their own count only; lines without completed words at every count', () => {
  const lines = rows([A, B, C]).map(item);
  assert.deepEqual(columnCounts(lines), [3]);
  assert.deepEqual(columnCounts(rows([A, B]).map(item)), [2]);
  // No broken word completed within MAX_ROW_COLUMNS lines: no evidence of a count, all are tried.
  const flat = ['The ferry leaves at six', 'and the market opens', 'before the boats come in.', 'Tickets are sold on board.'].map(item);
  assert.deepEqual(columnCounts(flat), Array.from({ length: MAX_ROW_COLUMNS - MIN_ROW_COLUMNS + 1 }, (_, i) => MIN_ROW_COLUMNS + i));
});

test('d2_002 page.txt: the column counts searched place the story as the search over every count does', (t) => {
  const path = sharedFile('corpus', 'dev2', 'd2_002', 'page.txt');
  if (!path) return t.skip('corpus not present');
  const every = (): number[] => Array.from({ length: MAX_ROW_COLUMNS - MIN_ROW_COLUMNS + 1 }, (_, i) => MIN_ROW_COLUMNS + i);
  const chosen = readThrough(path, 'restore-pieces');
  const searched = readThrough(path, 'restore-pieces');
  const moved = restoreRows(chosen.pages[0]!, chosen.messages);
  assert.ok(moved > 0);
  assert.equal(restoreRows(searched.pages[0]!, searched.messages, every), moved);
  assert.deepEqual(texts(chosen), texts(searched));
  const placed = (doc: GalleyDocument): string[] => doc.messages.filter((m) => m.rule === ROWS_RULE).map((m) => m.text);
  assert.deepEqual(placed(chosen), placed(searched));
  assert.ok(placed(chosen).some((m) => /of 4 columns/.test(m)));
});

test('rows: the beam\'s n-th best score by selection is the sort\'s (scores in quarters, many ties, as the beam\'s are)', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: -40, max: 40 }), { minLength: 1, maxLength: 300 }), fc.nat(), (quarters, k) => {
      const scores = Float64Array.from(quarters, (q) => q / 4);
      const nth = k % scores.length;
      const sorted = Float64Array.from(scores).sort();
      assert.equal(selectNth(scores, nth), sorted[nth]);
    }),
    { numRuns: 3000 },
  );
});
