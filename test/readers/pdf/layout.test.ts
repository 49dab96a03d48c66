/**
 * Layout analysis on PDFs written in the test setup, one phenomenon each:
 * gutters narrower than justified word spaces, stories side by side, a
 * headline over its columns, tracking, fake small caps, a drop cap, soft
 * hyphens and dash glyphs, overprinting.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPdf } from '../../../src/readers/pdf/index.js';
import { joinLines } from '../../../src/text/join.js';
import type { GalleyDocument } from '../../../src/model/types.js';
import { writePdf, type Item, type StandardFont } from './helpers/pdf-writer.js';

const blocks = (doc: GalleyDocument, page = 0): string[] => doc.pages[page]!.blocks.map((b) => joinLines(b.lines));
const lines = (doc: GalleyDocument): string[] => doc.pages[0]!.blocks.flatMap((b) => b.lines.map((l) => l.text));

function text(x: number, y: number, t: string | Array<string | number>, size = 10, font: StandardFont = 'Times-Roman', extra: Partial<Item> = {}): Item {
  return { type: 'text', font, size, x, y, text: t, ...extra } as Item;
}

/** A column of lines at x, starting at baseline y, 12 pt apart. */
function column(x: number, y: number, ls: Array<string | Array<string | number>>, size = 10): Item[] {
  return ls.map((t, i) => text(x, y + i * 12, t, size));
}

test('a gutter narrower than a justified word space: columns kept apart, the wide space kept inside its line', async () => {
  // Column 1 ends at x ≈ 160; column 2 starts at 168 (a 0.8 em gutter). Line 2 of column 1 has a 2 em word space.
  const left = column(40, 100, ['The harbour board met on', ['the', -2000, 'quay', -300, 'on', -300, 'Monday'], 'to hear the dockers and', 'the owners of the boats.']);
  const right = column(168, 100, ['Talks went on until late', 'in the evening and will', 'resume on Tuesday at', 'the town hall at noon.']);
  const doc = await readPdf(writePdf([{ width: 320, height: 300, items: [...left, ...right] }]), 'gutter.pdf');
  assert.deepEqual(lines(doc), [
    'The harbour board met on',
    'the quay on Monday',
    'to hear the dockers and',
    'the owners of the boats.',
    'Talks went on until late',
    'in the evening and will',
    'resume on Tuesday at',
    'the town hall at noon.',
  ]);
});

test('stories side by side with their heads level are read one after the other', async () => {
  const items: Item[] = [
    text(40, 60, 'Left story head', 18, 'Times-Bold'),
    ...column(40, 90, ['First line of the left', 'story, then its second', 'line and a third one.']),
    text(220, 60, 'Right story head', 18, 'Times-Bold'),
    ...column(220, 90, ['The right story starts', 'here and goes on for', 'three lines as well.']),
  ];
  const doc = await readPdf(writePdf([{ width: 400, height: 300, items }]), 'side.pdf');
  assert.deepEqual(blocks(doc), [
    'Left story head',
    'First line of the left story, then its second line and a third one.',
    'Right story head',
    'The right story starts here and goes on for three lines as well.',
  ]);
});

test('a headline over the columns it spans comes first; a rule between rows of stories is a row boundary', async () => {
  const items: Item[] = [
    text(40, 60, 'A headline across two columns', 20, 'Helvetica-Bold'),
    ...column(40, 90, ['Column one has the start', 'of the story and some', 'more words to read.']),
    ...column(200, 90, ['Column two goes on with', 'the rest of the story', 'which ends right here.']),
    { type: 'line', x0: 40, y0: 140, x1: 360, y1: 140, width: 1 },
    ...column(40, 160, ['Below the rule a brief', 'item in one column.']),
    ...column(200, 160, ['And a second brief item', 'in the next column.']),
  ];
  const doc = await readPdf(writePdf([{ width: 400, height: 300, items }]), 'rows.pdf');
  assert.deepEqual(blocks(doc), [
    'A headline across two columns',
    'Column one has the start of the story and some more words to read.',
    'Column two goes on with the rest of the story which ends right here.',
    'Below the rule a brief item in one column.',
    'And a second brief item in the next column.',
  ]);
  assert.deepEqual(doc.pages[0]!.graphics.map((g) => g.kind), ['rule']);
});

test('letter-spaced (tracked) words are read as words', async () => {
  const items: Item[] = [text(40, 60, 'SPORTS NEWS', 10, 'Helvetica-Bold', { charSpacing: 4 }), ...column(40, 90, ['A normal line of text.'])];
  const doc = await readPdf(writePdf([{ width: 300, height: 200, items }]), 'tracked.pdf');
  assert.deepEqual(lines(doc), ['SPORTS NEWS', 'A normal line of text.']);
  const m = doc.messages.find((x) => x.rule === 'pdf/letter-spacing')!;
  assert.equal(m.before, 'S P O R T S N E W S');
  assert.equal(m.after, 'SPORTS NEWS');
});

test('capitals drawn small (fake small caps) are read as small caps; real capitals stay', async () => {
  // `RESPONDENT RACE.` as an `R` at 10 pt, `ESPONDENT RACE` at 8 pt and the full stop at 10 pt (pdfTeX's \\textsc in Bookman).
  const items: Item[] = [
    // Times-Bold widths (AFM): R 722; ESPONDENT RACE 9195 thousandths at 8 pt = 73.56.
    text(40, 60, 'R', 10, 'Times-Bold'),
    text(47.22, 60, 'ESPONDENT RACE', 8, 'Times-Bold'),
    text(120.78, 60, '.', 10, 'Times-Bold'),
    ...column(40, 80, ['NATO met in Brussels on Monday.']),
  ];
  const doc = await readPdf(writePdf([{ width: 300, height: 200, items }]), 'smallcaps.pdf');
  assert.deepEqual(lines(doc), ['Respondent race.', 'NATO met in Brussels on Monday.']);
  assert.equal(doc.pages[0]!.blocks[0]!.lines[0]!.font!.smallCaps, true);
});

test('a drop cap is put back at the start of its word: `A s the` → `As the`', async () => {
  const items: Item[] = [
    text(40, 102, 'A', 28, 'Times-Roman'),
    text(64, 90, 's the war raged on, the', 10),
    text(64, 102, 'young officers left for', 10),
    ...column(40, 114, ['the city to study at a film', 'school, and never came back.']),
  ];
  const doc = await readPdf(writePdf([{ width: 300, height: 200, items }]), 'dropcap.pdf');
  assert.deepEqual(blocks(doc), ['As the war raged on, the young officers left for the city to study at a film school, and never came back.']);
  const m = doc.messages.find((x) => x.rule === 'pdf/drop-cap')!;
  assert.deepEqual([m.before, m.after], ['A s the war raged on, the', 'As the war raged on, the']);
});

test('the PDF’s soft hyphens, hyphens and dashes are kept (a soft hyphen at the line end is a certain break)', async () => {
  const items: Item[] = column(40, 60, ['the new docu\u00AD', 'mentary by a US-', 'led team \u2014 shown on', 'Friday \u2013 ends soon.']);
  const doc = await readPdf(writePdf([{ width: 300, height: 200, items }]), 'hyphens.pdf');
  const ls = doc.pages[0]!.blocks[0]!.lines;
  assert.deepEqual(
    ls.map((l) => [l.original, l.text, l.join ?? 'space']),
    [
      ['the new docu\u00AD', 'the new docu-', 'join'],
      ['mentary by a US-', 'mentary by a US-', 'space'],
      ['led team \u2014 shown on', 'led team \u2014 shown on', 'space'],
      ['Friday \u2013 ends soon.', 'Friday \u2014 ends soon.', 'space'],
    ],
  );
  // The normalisations are recorded.
  assert.deepEqual(
    doc.messages.filter((m) => m.rule === 'reader/characters').map((m) => [m.before, m.after, m.text]),
    [
      ['\u00AD', '-', 'normalised SOFT HYPHEN at line end (a line-break hyphen)'],
      ['\u2013', '\u2014', 'normalised EN DASH'],
    ],
  );
});

test('text drawn twice at the same place (fake bold) is read once, and the drop is reported', async () => {
  const items: Item[] = [text(40, 60, 'Bold by overprinting', 14, 'Helvetica'), text(40.4, 60, 'Bold by overprinting', 14, 'Helvetica'), ...column(40, 90, ['Plain text below.'])];
  const doc = await readPdf(writePdf([{ width: 300, height: 200, items }]), 'overprint.pdf');
  assert.deepEqual(lines(doc), ['Bold by overprinting', 'Plain text below.']);
  assert.equal(doc.messages.find((m) => m.rule === 'pdf/overprint')!.text, 'page 1: 18 glyph(s) drawn twice at the same place (fake bold or shadow) were read once');
});

test('paragraphs: a first-line indent, or a ragged line ended early at a full stop, starts a block; a hyphen never ends one', async () => {
  const items: Item[] = [
    ...column(40, 60, ['The first paragraph runs on for', 'several lines of ragged text and', 'ends with a short line']),
    text(50, 96, 'An indented line starts the second'),
    ...column(40, 108, ['paragraph, which ends early at a', 'full stop.', 'A third one follows with a com-', 'pound.']),
  ];
  const doc = await readPdf(writePdf([{ width: 260, height: 200, items }]), 'paras.pdf');
  assert.deepEqual(blocks(doc), [
    'The first paragraph runs on for several lines of ragged text and ends with a short line',
    'An indented line starts the second paragraph, which ends early at a full stop.',
    'A third one follows with a com- pound.',
  ]);
});

test('a list set one item a line after a colon: each item a block; a colon before a sentence is not a list', async () => {
  const items: Item[] = column(40, 60, ['The survey asked about these', 'reasons for the complaint:', 'noise at night;', 'parking;', 'and rubbish.', 'Photo by the city council. Image:', 'Jane Doe.']);
  const doc = await readPdf(writePdf([{ width: 300, height: 200, items }]), 'list.pdf');
  assert.deepEqual(blocks(doc), [
    'The survey asked about these reasons for the complaint:',
    'noise at night;',
    'parking;',
    'and rubbish.',
    'Photo by the city council. Image: Jane Doe.',
  ]);
});

test('text shown turned (a page with /Rotate, a credit up the side) is read in its own direction, boxes on the page', async () => {
  const items = column(40, 60, ['Line number 1 of the text', 'Line number 2 of the text', 'Line number 3 of the text']);
  for (const rotate of [90, 180, 270] as const) {
    const doc = await readPdf(writePdf([{ width: 300, height: 200, items, rotate }]), `turned-${rotate}.pdf`);
    const page = doc.pages[0]!;
    assert.deepEqual([page.width, page.height], rotate === 180 ? [300, 200] : [200, 300], String(rotate));
    assert.deepEqual(blocks(doc), ['Line number 1 of the text Line number 2 of the text Line number 3 of the text'], String(rotate));
    for (const l of page.blocks[0]!.lines) {
      const b = l.box!;
      assert.ok(b.x0 >= 0 && b.x1 <= page.width! && b.y0 >= 0 && b.y1 <= page.height!, `${rotate}: ${JSON.stringify(b)}`);
    }
  }
  // /Rotate 90: the text runs down the page; its first line is the rightmost.
  const doc = await readPdf(writePdf([{ width: 300, height: 200, items, rotate: 90 }]), 'turned.pdf');
  const [l1, l2] = doc.pages[0]!.blocks[0]!.lines;
  assert.ok(l1!.box!.x0 > l2!.box!.x0 && l1!.box!.y1 - l1!.box!.y0 > 100);
});

test('a few lines alone in a small frame are one block (an advert box); a long boxed text is read as text', async () => {
  const items: Item[] = [
    ...column(40, 60, ['A story runs in the left', 'column for a few lines', 'and then it ends here.']),
    { type: 'rect', x: 200, y: 45, w: 120, h: 60, stroke: 0 },
    text(215, 62, 'GARAGE SALE', 14, 'Helvetica-Bold'),
    text(215, 80, 'Saturday only', 10),
    text(215, 94, '44 Elm Street', 8, 'Times-Italic'),
  ];
  const doc = await readPdf(writePdf([{ width: 360, height: 200, items }]), 'advert.pdf');
  const bs = doc.pages[0]!.blocks;
  assert.deepEqual(
    bs.map((b) => [b.kind, joinLines(b.lines)]),
    [
      ['text', 'A story runs in the left column for a few lines and then it ends here.'],
      ['advert', 'GARAGE SALE Saturday only 44 Elm Street'],
    ],
  );
  assert.deepEqual([bs[1]!.furnitureType, bs[1]!.decision!.rule, bs[1]!.decision!.evidence], ['other', 'pdf/framed-box', '3 line(s), 7 words, alone in a frame of 121×61 pt']);
  assert.deepEqual(doc.pages[0]!.graphics.map((g) => g.kind), ['frame']);
});

test('a caption with its credit set smaller and bold, flowing over the line end, stays one block in its own case', async () => {
  // Caption 7 pt; the credit `Photo by Jane Doe` in 6 pt bold, starting at the end of line 1 (baselines 1.6 pt apart, as Chromium sets them).
  const items: Item[] = [
    { type: 'rect', x: 40, y: 20, w: 150, h: 80, fill: 0.7 },
    text(40, 110, 'The harbour at dawn, seen from', 7),
    text(40, 119, 'the old pier.', 7),
    text(82, 120.6, 'Photo by', 6, 'Helvetica-Bold'),
    text(40, 128.6, 'Jane Doe', 6, 'Helvetica-Bold'),
  ];
  const doc = await readPdf(writePdf([{ width: 300, height: 200, items }]), 'credit.pdf');
  assert.deepEqual(blocks(doc), ['The harbour at dawn, seen from the old pier. Photo by Jane Doe']);
  assert.equal(doc.messages.filter((m) => m.rule === 'pdf/small-caps').length, 0);
});
