/**
 * Text printed as a picture of the page (`pdftotext -layout`: columns side by side on one text line)
 * is read as a grid of character cells through the PDF layout analysis; every other text layer is
 * read as before.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { readText } from '../../../src/readers/text/index.js';
import { CELL_WIDTH, MAX_FILE_GRID_PIECES, MAX_GRID_CHARS, MAX_GRID_PIECES, MAX_ROW_GUTTERS, ROW_HEIGHT, gridChars, gridPage, gridPieces, gridVerdicts, laidOut, mostGutters, pageRows, rowHeights, rowTops, spanOfBox } from '../../../src/readers/text/laid-out.js';
import { run, sharedFile, squash } from '../../structure/helpers.js';

/** pdftotext -layout of the dev003 corpus page (CC BY-SA 3.0, see test/fixtures/text/README.md). */
const LAYOUT = 'test/fixtures/text/dev003.layout.txt';
const layoutText = readFileSync(LAYOUT, 'utf8');
const read = (text: string, name = 'page.txt') => readText(new TextEncoder().encode(text), name);

test('a pdftotext -layout page is found laid out; the same page from pdfminer is not', () => {
  assert.equal(laidOut(pageRows(layoutText)[0]!.rows), true);
  assert.equal(laidOut(pageRows(readFileSync('examples/dev003.pdfminer.txt', 'utf8'))[0]!.rows), false);
  const doc = read(layoutText, LAYOUT);
  assert.equal(doc.messages.filter((m) => m.rule === 'reader/laid-out').length, 1);
  assert.equal(read(readFileSync('examples/dev003.pdfminer.txt', 'utf8')).messages.some((m) => m.rule === 'reader/laid-out'), false);
});

/** The example page and every text layer of the dev corpora, or null when ../shared is not beside the clone. */
function sharedTextLayers(): string[] | null {
  const seed = sharedFile('examples', 'seed-page.txt');
  const corpus = sharedFile('corpus');
  if (!seed || !corpus) return null;
  const files = [seed];
  for (const c of ['dev', 'dev2']) for (const p of readdirSync(`${corpus}/${c}`)) for (const i of ['page.txt', 'page.raw.txt', 'page.pdfminer.txt']) files.push(`${corpus}/${c}/${p}/${i}`);
  return files;
}

test('every text layer of the corpora and the example page is read as plain text (no gutter of three spaces)', (t) => {
  const files = sharedTextLayers();
  if (!files) return t.skip('../shared not present');
  for (const f of files) for (const page of pageRows(readFileSync(f, 'utf8'))) assert.equal(laidOut(page.rows), false, f);
});

test('a table row or two in running text does not make a page laid out', () => {
  const prose = 'The council voted on Tuesday to keep the branch library open for another year,';
  const rows = [...Array(20).fill(prose), 'Arsenal      2      Chelsea      1'];
  assert.equal(laidOut(rows), false);
  // …and a short page says nothing, gutters or not
  assert.equal(laidOut(['HISTORY        The Westbrook Clarion', 'Patrick Gordon']), false);
});

test('the columns of a laid-out page are read apart, in order: paragraphs run down a column and on into the next', () => {
  const { out } = run(layoutText, LAYOUT);
  const paragraphs = out.articles.flatMap((a) => a.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text));
  // dev003's truth: the paragraph under `Life` starts at the foot of the first column and ends in the second
  const life =
    'Gordon was brought up and remained a lifelong Roman Catholic, at a time when the Church was being persecuted in Scotland, which had become Calvinist. After an education at the parish schools of Cruden and Ellon, at age of fifteen he entered the Jesuit college at Braunsberg, East Prussia, then part of Poland; however, his character did not tolerate well the strict and sombre way of life at the school, and he soon decided to return home. He changed his mind, however, before re-embarking on the journey back to Scotland, and after journeying on foot in several parts of what is today Germany, in 1655 he enlisted at Hamburg into the military service of Sweden.';
  assert.ok(paragraphs.includes(life), 'the paragraph under Life, whole');
  // On one text line the first two columns read `of his distinguished service for Sweden,   he served
  // alternately for Poland and`: read as plain text those glue into one sentence.
  assert.ok(!paragraphs.some((p) => squash(p).includes(squash('for Sweden, he served alternately'))));
  const i = paragraphs.findIndex((p) => p.startsWith('In the course of the next five years'));
  const j = paragraphs.findIndex((p) => p.startsWith('He was not the only Scottish soldier'));
  assert.ok(i >= 0 && j > i, 'later paragraphs come later');
});

test('each line of a laid-out page keeps its span in the file (line and column) beside its box', () => {
  const doc = read(layoutText, LAYOUT);
  const line = doc.pages[0]!.blocks.flatMap((b) => b.lines).find((l) => l.text.startsWith('tolerate well the strict'))!;
  assert.ok(line, 'the line is read whole, apart from its neighbours in other columns');
  const rows = layoutText.split('\n');
  const at = rows.findIndex((r) => r.includes('tolerate well the strict'));
  assert.deepEqual(line.source.span!.start, { line: at + 1, column: rows[at]!.indexOf('tolerate') + 1, offset: rows.slice(0, at).join('\n').length + 1 + rows[at]!.indexOf('tolerate') });
  assert.equal(line.source.span!.end.line, at + 1);
  assert.ok(line.box && line.box.x0 === rows[at]!.indexOf('tolerate') * CELL_WIDTH && line.box.y0 === at * ROW_HEIGHT);
});

test('a file of two pages: the laid-out page as a grid, the plain page as text, with editor line numbers', () => {
  const plain = 'Headline of a plain page\nIts first line of text goes on\nand ends here.\n';
  // (pdftotext ends each page with a form feed: the layout page's own ends page 1)
  assert.ok(layoutText.endsWith('\n\f'));
  const doc = read(`${layoutText}${plain}`, 'two.txt');
  assert.equal(doc.pages.length, 2);
  assert.ok(doc.pages[0]!.blocks.some((b) => b.box), 'page 1 read with geometry');
  assert.ok(doc.pages[1]!.blocks.every((b) => !b.box), 'page 2 read as text');
  const rows = layoutText.split('\n').length;
  // a form feed ends the page, not the editor's line: the plain page's first line is the layout page's last
  assert.equal(doc.pages[1]!.blocks[0]!.lines[0]!.source.span!.start.line, rows);
  assert.deepEqual(doc.messages.filter((m) => m.rule === 'reader/laid-out').map((m) => m.source?.page), [1]);
});

test('grid geometry: a glyph per character in its cell, spaces none; a box maps back to its rows and columns', () => {
  const raw = gridPage(1, ['ab  c', '', ' d']);
  assert.equal(raw.glyphs.text, 'abcd');
  assert.equal(raw.width, 5 * CELL_WIDTH);
  assert.equal(raw.height, 3 * ROW_HEIGHT);
  const starts = pageRows('ab  c\n\n d')[0]!.starts;
  const span = spanOfBox({ x0: 1 * CELL_WIDTH, y0: 2 * ROW_HEIGHT, x1: 2 * CELL_WIDTH, y1: 3 * ROW_HEIGHT }, starts);
  assert.deepEqual(span, { start: { line: 3, column: 2, offset: 8 }, end: { line: 3, column: 3, offset: 9 } });
});

test('a laid-out page too large for the grid is read as plain text, with a warning naming the page', () => {
  const page = layoutText.replace(/\f$/, '');
  const chars = gridChars(page.split('\n'));
  const copies = Math.ceil(MAX_GRID_CHARS / chars) + 1;
  const doc = read(Array(copies).fill(page).join('\n'), 'issue.txt');
  const warning = doc.messages.find((m) => m.rule === 'reader/laid-out-too-large');
  assert.ok(warning, 'warned');
  assert.match(warning.text, /^page 1 is printed as a picture of the page \(columns side by side\), but holds [\d,]+ characters, more than the 300,000 read as a grid: read as plain text/);
  assert.ok(doc.pages[0]!.blocks.every((b) => !b.box));
});

test('a laid-out page with a line cut into more pieces than any page sets side by side is read as plain text, with a warning', () => {
  // 20 rows of 60 pieces: few characters, but the column step's cost grows with the pieces a row holds
  const row = Array(MAX_ROW_GUTTERS + 20).fill('two words').join('    ');
  assert.equal(mostGutters([row]), MAX_ROW_GUTTERS + 19);
  const doc = read(Array(20).fill(row).join('\n'), 'table.txt');
  const warning = doc.messages.find((m) => m.rule === 'reader/laid-out-too-large');
  assert.ok(warning, 'warned');
  assert.equal(warning.text, `page 1 is printed as a picture of the page (columns side by side), but has a line of ${MAX_ROW_GUTTERS + 19} gaps between columns, more than the ${MAX_ROW_GUTTERS} read as a grid: read as plain text (its columns stay glued line by line; split the file at its pages with form feeds, or give Galley the PDF)`);
  // the fixture's widest row has 4 gaps (five columns)
  assert.equal(mostGutters(layoutText.split('\n')), 4);
});

test('a laid-out page gets its story parts from the text rules, its running head from its band (dev003 truth)', () => {
  const { out } = run(layoutText, LAYOUT);
  const story = out.articles.find((a) => a.headline === 'Patrick Gordon');
  assert.ok(story, 'the headline');
  assert.equal(story.deck, 'Patrick Gordon was a 17th Century General and Rear Admiral of Scottish origin in the Russian Army, who was also a close friend and advisor of Tsar Peter the Great.');
  assert.match(story.byline ?? '', /James Mensah/);
  assert.equal(story.dateline, 'MOSCOW, July 3');
  assert.deepEqual(story.blocks.filter((b) => b.type === 'subhead').map((b) => b.text), ['Life']);
  assert.deepEqual(story.captions.map((c) => c.text), ['Gordon’s alleged tomb at Vvedenskoye Cemetery in Moscow.']);
  const furniture = out.furniture.map((f) => f.text).join(' | ');
  for (const f of ['Harbour Daily Post', 'July 3, 2010', 'harbourdailypost.example']) assert.ok(furniture.includes(f), f);
  assert.ok(!story.blocks.some((b) => b.text.includes('Harbour Daily Post')));
});

/** pdftotext -layout of the d2_003 corpus page (CC BY-SA 3.0): type set a line every other row, blank rows between. */
const SPACED = readFileSync('test/fixtures/text/d2_003.layout.txt', 'utf8');
const heightsOf = (text: string): { rows: string[]; heights: number[] } => {
  const rows = pageRows(text)[0]!.rows;
  return { rows, heights: rowHeights(rows.map((r) => Array.from(r))) };
};
const blockWith = (text: string, name: string, line: string) => read(text, name).pages[0]!.blocks.find((b) => b.lines.some((l) => l.text.startsWith(line)));

test('columns on baselines between each other (a row each, alternating) are read a line apart, as printed (dev003)', () => {
  const { rows, heights } = heightsOf(layoutText);
  // under `Life` the first column's lines and the second's alternate row by row
  const life = rows.findIndex((r) => r.startsWith('Life '));
  const gordon = rows.findIndex((r) => r.startsWith('Gordon was brought up and remained'));
  assert.equal(gordon, life + 2);
  assert.ok(/^ {20,}\S/.test(rows[life + 1]!), 'the row between holds the second column only');
  assert.equal(heights[life + 1], 0.5);
  assert.equal(heights[gordon], 0.5);
  // above it, every column has a line on every row: a line a row
  assert.ok(heights.slice(life - 10, life + 1).every((h) => h === 1));
  // …so a column's lines across the band stay one block, read as the PDF reader reads them
  const block = blockWith(layoutText, LAYOUT, 'Sophia Alekseyevna. Consequently,')!;
  const texts = block.lines.map((l) => l.text);
  assert.ok(texts.includes('the Crimea, being made a full general.') && texts.includes('the Russians take Azov. [3]'), texts.join(' / '));
  // and a line keeps its span in the file: the box's rows map back through the rows' tops
  const line = block.lines.find((l) => l.text === 'the Russians take Azov. [3]')!;
  const at = rows.findIndex((r) => r.includes('the Russians take Azov. [3]'));
  assert.equal(line.source.span!.start.line, at + 1);
  assert.equal(line.source.span!.end.line, at + 1);
});

test('type set a line every other row reads its blank rows half a line high; a lone blank row between full rows stays a gap (d2_003)', () => {
  const { rows, heights } = heightsOf(SPACED);
  const a = rows.findIndex((r) => r.startsWith('of Sam Winchester in the TV series Super-'));
  const b = rows.findIndex((r) => r.startsWith('the films New York Minute and House of'));
  // (the column's cells; other columns print in some of its blank rows)
  assert.ok(a > 0 && b === a + 8 && rows.slice(a + 1, b).every((r, i) => (i % 2 === 0) === !/\S/.test(r.slice(0, 46))), 'a line every other row');
  assert.ok(heights.slice(a, b).every((h) => h === 0.5));
  const block = blockWith(SPACED, 'd2_003.layout.txt', 'of Sam Winchester')!;
  assert.ok(block.lines.some((l) => l.text.startsWith('the films New York Minute')));
  // a blank row between lines set on every row (a run of lines each a row apart) is a line high
  const prose = ['The council voted on Tuesday to keep the branch', 'library open for another year, with longer', 'hours at the weekend.', '', 'Its members heard from readers who came', 'to the meeting and from the staff.'];
  assert.deepEqual(rowHeights(prose.map((r) => Array.from(r))), [1, 1, 1, 1, 1, 1]);
  assert.deepEqual(rowTops([1, 0.5, 0.5, 1]), [0, ROW_HEIGHT, 1.5 * ROW_HEIGHT, 2 * ROW_HEIGHT]);
});

test('a letter-spaced head on a grid page is read as words and recorded, so no word goes unaccounted (d2_007 -layout: `I N V E S T I G AT I O N`)', async () => {
  const { accountFor } = await import('../../../src/audit/account.js');
  // d2_007's kicker row as pdftotext -layout prints it, set under the fixture's page
  const row = `Hundreds dead in Hajj stampede${' '.repeat(135)}I N V E S T I G AT I O N`;
  const text = `${layoutText.replace(/\n\f$/, '')}\n\n${row}\n`;
  const { doc } = run(text, 'kicker.txt');
  const repair = doc.messages.find((m) => m.rule === 'pdf/letter-spacing');
  assert.ok(repair, 'the repair is recorded');
  assert.equal(repair.before, 'I N V E S T I G AT I O N');
  assert.equal(repair.source?.span?.start.column, row.indexOf('I N V') + 1);
  const account = accountFor(doc, text);
  assert.deepEqual({ ok: account.ok, lost: account.lost, added: account.added }, { ok: true, lost: [], added: [] });
});

test('on a grid, where a line ends in cells is no paragraph end: `… or England. [1]` ⏎ `In 1661, …` stays one paragraph (dev003 truth)', () => {
  const { out } = run(layoutText, LAYOUT);
  const paragraphs = out.articles.flatMap((a) => a.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text));
  // the row reads `ployment in Scotland or England. [1]`, 36 cells where the column's widest rows hold 40:
  // in print a full justified line, on the grid a line that stops early before a sentence
  assert.ok(layoutText.includes('ployment in Scotland or England. [1]       '));
  const para = paragraphs.find((p) => p.startsWith('In the course of the next five years'));
  assert.ok(para, 'the paragraph');
  assert.ok(para.includes('in Scotland or England. [1] In 1661, after further experiences'), para.slice(0, 300));
  assert.ok(para.endsWith('and in 1683 was made lieutenant-general.'));
});

/** Rows of `per` two-word pieces, a gutter of four spaces between: columns side by side, aligned. */
const columnRows = (rows: number, per: number): string[] => Array(rows).fill(Array(per).fill('ab cd').join('    '));

test('piece limits: a page of more pieces than MAX_GRID_PIECES, and pages past the file budget, are read as plain text', () => {
  const big = columnRows(Math.ceil((MAX_GRID_PIECES + 1) / 30), 30);
  assert.equal(laidOut(big), true);
  assert.equal(gridVerdicts([big])[0], `holds ${gridPieces(big).toLocaleString('en-US')} pieces of text between gaps, more than the 20,000 read as a grid`);
  // pages just under the page limit: the file's budget takes three, the fourth is refused, a plain page says nothing
  const page = columnRows(Math.floor(MAX_GRID_PIECES / 30), 30);
  assert.ok(gridPieces(page) * 3 <= MAX_FILE_GRID_PIECES && gridPieces(page) * 4 > MAX_FILE_GRID_PIECES);
  const plain = ['The council voted on Tuesday to keep the branch library open.'];
  assert.deepEqual(gridVerdicts([page, plain, page, page, page]), [null, undefined, null, null, "would take the file's grid pages past 60,000 pieces of text between gaps"]);
});

test('what else sets three spaces in a text is not a layout dump: a table beside prose, wide sentence spaces, justified text, a table of contents', () => {
  const prose = 'The council voted on Tuesday to keep the branch library open for another year, the mayor said.';
  const table = ['Apple Inc      172.50    +1.2%', 'Microsoft      402.10    -0.4%', 'Alphabet       141.80    +0.9%'];
  assert.equal(laidOut([...Array(17).fill(prose), ...table]), false, 'a market table under the story');
  // the bundled dev003 text, set justified in 40 characters: the word spaces widen at changing places
  const words = readFileSync('examples/dev003.pdfminer.txt', 'utf8').split(/\s+/).filter(Boolean);
  const justified: string[] = [];
  for (let line: string[] = []; words.length; ) {
    const w = words.shift()!;
    if ([...line, w].join(' ').length > 40 && line.length > 1) {
      const gaps = line.length - 1;
      const room = 40 - line.join('').length;
      justified.push(line.map((x, k) => (k < gaps ? x + ' '.repeat(Math.floor(room / gaps) + (k < room % gaps ? 1 : 0)) : x)).join(''));
      line = [];
    }
    line.push(w);
  }
  assert.ok(justified.filter((l) => / {3}/.test(l)).length > 20);
  assert.equal(laidOut(justified), false, 'wide word spaces at changing places');
  assert.equal(laidOut(Array(12).fill(0).map((_, i) => `Chapter ${i + 1}: The long way home      ${i * 12 + 1}`)), false, 'a table of contents');
  // …while two columns of prose, their second column at one cell, are
  assert.equal(laidOut(columnRows(12, 2)), true);
});

test('every text layer of the corpora and the example page, typed with three spaces after each full stop, is still plain text', (t) => {
  const files = sharedTextLayers();
  if (!files) return t.skip('../shared not present');
  let spaced = 0;
  for (const f of files) {
    const text = readFileSync(f, 'utf8').replace(/\. (?=[A-Z“])/g, '.   ');
    spaced += (text.match(/\. {3}/g) ?? []).length;
    for (const page of pageRows(text)) assert.equal(laidOut(page.rows), false, f);
  }
  assert.ok(spaced > 1000);
});

test('a character outside the BMP takes one cell and two code units: spans after it stay on their characters', () => {
  // the fixture with an emoji put before `tolerate well the strict` on its row (one cell: the row's columns stay in place)
  const rows = layoutText.split('\n');
  const at = rows.findIndex((r) => r.includes('tolerate well the strict'));
  const col = rows[at]!.indexOf('tolerate');
  rows[at] = `${rows[at]!.slice(0, col - 2)}📰${rows[at]!.slice(col - 1)}`;
  const text = rows.join('\n');
  const line = read(text, 'emoji.txt').pages[0]!.blocks.flatMap((b) => b.lines).find((l) => l.text.includes('tolerate well the strict'))!;
  const start = line.source.span!.start;
  const span = text.slice(start.offset, line.source.span!.end.offset);
  assert.ok(span.startsWith('📰 tolerate well the strict') || span.startsWith('tolerate well the strict'), JSON.stringify(span));
  assert.ok(!/[\uD800-\uDBFF]$/.test(span), 'no span ends inside a surrogate pair');
  // the span ends where the line's last word ends in the file
  const lastWord = line.original.trim().split(/\s+/).pop()!;
  assert.ok(span.endsWith(lastWord), JSON.stringify(span));
});
