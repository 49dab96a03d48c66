/**
 * Lines short of the measure by their character count but full in print: the room they leave is
 * narrower than the smallest piece of the next word a line breaker could have set there, so the
 * line may go on (src/transforms/reflow/boundaries.ts fullInPrint). Real cases from dev2 pages
 * (CC BY-SA), pdftotext -raw.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { restore } from '../../../src/pipeline.js';
import { read } from '../../../src/readers/index.js';
import { pageLines } from '../../../src/transforms/reflow/split.js';
import { cutBetween, endsEarlyInPrint, fullInPrint, PARA_END_RATIO, startsIndented, stopsEarlyInPrint } from '../../../src/transforms/reflow/boundaries.js';
import { firstPiece, meanCharWidth, printedWidth } from '../../../src/transforms/reflow/printed-width.js';
import { sharedFile, squash } from '../../structure/helpers.js';

test('printed width: wide letters, digits and capitals print wider than narrow letters', () => {
  // Same count of characters, not the same width.
  assert.equal('mmmmm'.length, 'iiiii'.length);
  assert.ok(printedWidth('mmmmm') > 2 * printedWidth('iiiii'));
  assert.ok(printedWidth('201-224-7900') > printedWidth('illustrative'));
  // An accented letter is as wide as its base letter.
  assert.equal(printedWidth('É'), printedWidth('E'));
  // A page's mean character width lies between the narrowest and the widest letters.
  const mean = meanCharWidth(['The competition ended on Tuesday.', 'mission to England.']);
  assert.ok(mean > printedWidth('i') && mean < printedWidth('m'));
});

test('printed width: characters beyond ASCII read from the per-code table give the same widths every time', () => {
  // A line of the seed page's kind, with curly quotes, a dash and an accented letter: the widths of the
  // characters beyond ASCII are remembered by code after the first ask; the second reading is the first.
  const line = '“Café owners”— said Zoë’s';
  const first = printedWidth(line);
  assert.equal(printedWidth(line), first);
  // The line is the sum of its characters, each as wide alone as inside the line.
  let sum = 0;
  for (const ch of line) sum += printedWidth(ch);
  assert.equal(first, sum);
  // Accented letters stay as wide as their base letters; a closing curly quote is as wide as an opening one.
  assert.equal(printedWidth('é'), printedWidth('e'));
  assert.equal(printedWidth('ë'), printedWidth('e'));
  assert.equal(printedWidth('’'), printedWidth('‘'));
});

test('first piece of a word: to its first legal break with a hyphen, to its own hyphen, or whole', () => {
  assert.equal(firstPiece('After'), 'Af-');
  assert.equal(firstPiece('contributions'), 'con-');
  // Leading marks come with the piece.
  assert.equal(firstPiece('“Seventeen'), '“Sev-');
  // A compound breaks after its own hyphen.
  assert.equal(firstPiece('pro-Beijing'), 'pro-');
  // A short word is not broken.
  assert.equal(firstPiece('They'), 'They');
});

/** The measured lines of a corpus page and the page's mean character width. */
function measured(file: string) {
  const doc = read('text', { name: file, bytes: readFileSync(file) });
  const infos = pageLines(doc.pages[0]!);
  return { infos, charWidth: meanCharWidth(infos.map((x) => x.line.text.trim())) };
}

test('d2_001 raw: a line of digits short by its characters is full in print (`Ave, 1 201-224-7900.` ⏎ `Store hours:`)', (t) => {
  const file = sharedFile('corpus', 'dev2', 'd2_001', 'page.raw.txt');
  if (!file) return t.skip('../shared not present');
  const { infos, charWidth } = measured(file);
  const k = infos.findIndex((l) => l.line.text.trim() === 'Ave, 1 201-224-7900.');
  assert.ok(k > 0);
  const a = infos[k]!;
  // Short by its characters (the character rule alone would cut)…
  assert.ok(a.ratio < PARA_END_RATIO);
  // …but `Store` would not have fitted in the room its printed width leaves.
  assert.ok(fullInPrint(a, a.line.text.trim(), infos[k + 1]!.line.text.trim(), charWidth));
  // And the listing stays one paragraph.
  const doc = restore({ name: file, bytes: readFileSync(file) });
  const paras = doc.articles.flatMap((x) => x.blocks.filter((b) => b.type === 'paragraph').map((b) => squash(b.text)));
  assert.ok(paras.some((p) => p.includes(squash('201-224-7900. Store hours:'))));
});

test('d2_002 raw: a quotation opening the next line keeps a short line a paragraph end', (t) => {
  const file = sharedFile('corpus', 'dev2', 'd2_002', 'page.raw.txt');
  if (!file) return t.skip('../shared not present');
  const { infos, charWidth } = measured(file);
  const k = infos.findIndex((l) => l.line.text.trim().endsWith('said Ambassador Mohib.'));
  assert.ok(k > 0);
  const a = infos[k]!;
  const bt = infos[k + 1]!.line.text.trim();
  assert.match(bt, /^“They/u);
  assert.ok(!fullInPrint(a, a.line.text.trim(), bt, charWidth));
  // Without its opening quotation mark the same line would be read as full in print.
  assert.ok(fullInPrint(a, a.line.text.trim(), bt.slice(1), charWidth));
});

test('dev013 raw: a line short in print stays a paragraph end (`… then arrested.` ⏎ `Daniel Montalvo`)', (t) => {
  const file = sharedFile('corpus', 'dev', 'dev013', 'page.raw.txt');
  if (!file) return t.skip('../shared not present');
  const { infos, charWidth } = measured(file);
  const k = infos.findIndex((l) => l.line.text.trim().endsWith('and then arrested.'));
  assert.ok(k > 0);
  const a = infos[k]!;
  // `Daniel` does not fit either, but the line is as short in print as by its characters.
  assert.ok(!fullInPrint(a, a.line.text.trim(), infos[k + 1]!.line.text.trim(), charWidth));
});

test('a piece settable everywhere: one only one English dictionary allows is not taken', () => {
  // `pro|vided` is American only, `cor|al` British only: either could be the typesetter's.
  assert.equal(firstPiece('provided'), 'pro-');
  assert.equal(firstPiece('provided', true), 'provided');
  assert.equal(firstPiece('coral'), 'cor-');
  assert.equal(firstPiece('coral', true), 'coral');
  // Both allow `con|tri|bu|tions`.
  assert.equal(firstPiece('contributions', true), 'con-');
  // The first points differ (`pre-` by one dictionary, `preva-` by the other): every typesetter could set `preva-`.
  assert.equal(firstPiece('prevalence', true), 'preva-');
});

test('d2_001 raw: a first line that stopped early in print opens a paragraph (`… in schools.` ⏎ `With respect to the`)', (t) => {
  const file = sharedFile('corpus', 'dev2', 'd2_001', 'page.raw.txt');
  if (!file) return t.skip('../shared not present');
  const { infos, charWidth } = measured(file);
  const k = infos.findIndex((l) => l.line.text.trim() === 'and teachers in schools.');
  assert.ok(k > 0);
  const [a, b, c] = [infos[k]!, infos[k + 1]!, infos[k + 2]!];
  assert.equal(b.line.text.trim(), 'With respect to the');
  // By characters the next word `contributions` would not have fitted, and the last line is full…
  assert.ok(!startsIndented(a, b, c));
  assert.ok(a.ratio >= PARA_END_RATIO);
  // …but `con-` would have, in print: the line lost room to an indent.
  assert.ok(stopsEarlyInPrint(a, b, c, charWidth));
  assert.ok(startsIndented(a, b, c, charWidth));
  const doc = restore({ name: file, bytes: readFileSync(file) });
  const paras = doc.articles.flatMap((x) => x.blocks.filter((bl) => bl.type === 'paragraph').map((bl) => squash(bl.text)));
  assert.ok(paras.some((p) => p.endsWith(squash('and teachers in schools.'))));
  assert.ok(paras.some((p) => p.startsWith(squash('With respect to the contributions'))));
});

test('dev006 raw: no paragraph ends inside an open bracket (`(e.g.` ⏎ `The Programming Histo-`)', (t) => {
  const file = sharedFile('corpus', 'dev', 'dev006', 'page.raw.txt');
  if (!file) return t.skip('../shared not present');
  const { infos, charWidth } = measured(file);
  const k = infos.findIndex((l) => l.line.text.trim().endsWith('(e.g.'));
  assert.ok(k > 0);
  const [a, b, c] = [infos[k]!, infos[k + 1]!, infos[k + 2]!];
  assert.ok(!stopsEarlyInPrint(a, b, c, charWidth));
  // With the bracket closed, the same lines would be read as a paragraph's end and a first line.
  const closed = { ...a, line: { ...a.line, text: a.line.text.replace('(e.g.', '(e.g.)') } };
  assert.ok(stopsEarlyInPrint(closed, b, c, charWidth));
});

test('d2_004 raw: a last line that could have taken a piece of the next word ends its paragraph (`… of the season.` ⏎ `On May 31, 2014,`)', (t) => {
  const file = sharedFile('corpus', 'dev2', 'd2_004', 'page.raw.txt');
  if (!file) return t.skip('../shared not present');
  const { infos, charWidth } = measured(file);
  const k = infos.findIndex((l) => l.line.text.trim() === 'leadoff for the rest of the season.');
  assert.ok(k > 0);
  const a = infos[k]!;
  const at = a.line.text.trim();
  const bt = infos[k + 1]!.line.text.trim();
  // Full by its characters (no rule of length cuts)…
  assert.ok(a.ratio >= PARA_END_RATIO);
  // …but `On` would have fitted in print.
  assert.ok(endsEarlyInPrint(a, at, bt, charWidth));
  // The same line ending on an initial is a name going on, and inside an open bracket no sentence ends.
  assert.ok(!endsEarlyInPrint(a, 'leadoff for the rest of the L.', bt, charWidth));
  assert.ok(!endsEarlyInPrint(a, 'leadoff (for the rest of the season.', bt, charWidth));
  const doc = restore({ name: file, bytes: readFileSync(file) });
  const paras = doc.articles.flatMap((x) => x.blocks.filter((bl) => bl.type === 'paragraph').map((bl) => squash(bl.text)));
  assert.ok(paras.some((p) => p.endsWith(squash('hit leadoff for the rest of the season.'))));
  assert.ok(paras.some((p) => p.startsWith(squash('On May 31, 2014, against the Tampa'))));
});

test('dev016 page.txt: on a page the extractor joined, the room in print is not read (the measure is taken over joined lines)', (t) => {
  const file = sharedFile('corpus', 'dev', 'dev016', 'page.txt');
  if (!file) return t.skip('../shared not present');
  const { infos, charWidth } = measured(file);
  assert.ok(infos.some((x) => x.pulledUp), 'pdftotext joined lines on this page');
  const k = infos.findIndex((l) => l.line.text.trim() === '(nearly 40,000 kilometers) every year.');
  assert.ok(k > 0);
  const [a, b] = [infos[k]!, infos[k + 1]!];
  // The measure there is inflated by joined lines: read alone, the line would seem to stop early…
  assert.ok(endsEarlyInPrint(a, a.line.text.trim(), b.line.text.trim(), charWidth));
  // …so the cut is not made on such a page (the paragraph goes on: `This is the longest regular migration`).
  assert.equal(cutBetween(a, b, false, false, infos[k + 2], false, infos[k - 1], false, undefined, charWidth, true), null);
  assert.equal(cutBetween(a, b, false, false, infos[k + 2], false, infos[k - 1], false, undefined, charWidth, false), 'paragraph-end');
});
