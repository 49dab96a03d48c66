/**
 * The OCR readers' reading-order and box rules (src/readers/xml/: ruled-boxes,
 * picture-lines, type-change + column-pieces, photo-credits) and the OCR caption
 * rule (classify/geometry/ocr-caption-under-photo) on made-up pages, ALTO and
 * hOCR, that run without the corpus: the cases each rule must get right on any
 * newspaper, including the ones a review found them getting wrong.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readAlto } from '../../../src/readers/alto/index.js';
import { readHocr } from '../../../src/readers/hocr/index.js';
import { restoreAsync } from '../../../src/pipeline.js';
import { toOutput } from '../../../src/writers/json/index.js';
import { joinLines } from '../../../src/text/join.js';
import type { Block, GalleyDocument } from '../../../src/model/types.js';
import { altoOf, body, hocrOf, L, type SynLine, type SynPage } from './synthetic-page.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const both = (p: SynPage): GalleyDocument[] => [readAlto(enc(altoOf(p)), 'syn.alto.xml'), readHocr(enc(hocrOf(p)), 'syn.hocr')];
const texts = (doc: GalleyDocument): string[][] => doc.pages[0]!.blocks.map((b) => b.lines.map((l) => l.text));
const starting = (doc: GalleyDocument, start: string): Block | undefined => doc.pages[0]!.blocks.find((b) => joinLines(b.lines).startsWith(start));
async function pipeline(p: SynPage): Promise<GalleyDocument[]> {
  return [await restoreAsync({ name: 'syn.alto.xml', bytes: enc(altoOf(p)) }), await restoreAsync({ name: 'syn.hocr', bytes: enc(hocrOf(p)) })];
}

const rule = (x: number, y: number, w: number, h: number) => ({ kind: 'rule' as const, x, y, w, h });

// ---------------------------------------------------------------- ruled boxes

test('ruled box: two blocks side by side inside a drawn box keep their own lines, in order (not interleaved)', () => {
  const page: SynPage = {
    graphics: [rule(95, 1000, 4, 300), rule(1005, 1000, 4, 300), rule(95, 1000, 914, 4), rule(95, 1296, 914, 4)],
    blocks: [
      [L('Left one', 110, 1050, 400, 30), L('Left two', 110, 1090, 400, 30), L('Left three', 110, 1130, 400, 30)],
      [L('Right one', 560, 1050, 400, 30), L('Right two', 560, 1090, 400, 30), L('Right three', 560, 1130, 400, 30)],
    ],
  };
  for (const doc of both(page)) {
    assert.deepEqual(texts(doc), [['Left one', 'Left two', 'Left three'], ['Right one', 'Right two', 'Right three']], doc.format);
    assert.ok(!doc.messages.some((m) => m.rule === 'reader/ruled-box'), doc.format);
  }
});

test('ruled box: blocks stacked inside a box closed at its four corners are read as one, block after block', () => {
  const page: SynPage = {
    graphics: [rule(95, 1000, 4, 300), rule(1005, 1000, 4, 300), rule(95, 1000, 914, 4), rule(95, 1296, 914, 4)],
    // the engine read the lower block first
    blocks: [[L('Delivered to your door', 110, 1150, 600, 30), L('every morning', 110, 1190, 400, 30)], [L('SUBSCRIBE', 110, 1020, 400, 50)], [L('Three months for $9', 110, 1090, 500, 30)]],
  };
  for (const doc of both(page)) {
    assert.deepEqual(texts(doc), [['SUBSCRIBE', 'Three months for $9', 'Delivered to your door', 'every morning']], doc.format);
    const m = doc.messages.find((x) => x.rule === 'reader/ruled-box');
    assert.match(m?.text ?? '', /reordered: the engine read them as "Delivered to your door", "SUBSCRIBE"/, doc.format);
  }
});

test('ruled box: a few lines alone in a small ruled box are an advert, as a small frame on a PDF page; not a framed photo caption, a correction, a quotation, or a box of more lines', async () => {
  const box = [rule(95, 1000, 4, 300), rule(1005, 1000, 4, 300), rule(95, 1000, 914, 4), rule(95, 1296, 914, 4)];
  const story = body(8, 100, 1400, 900, 30, 40, 'the council met on Tuesday to vote on the bridge');
  const small: SynPage = { graphics: box, blocks: [[L('SUBSCRIBE', 110, 1020, 400, 50)], [L('Three months for $9', 110, 1090, 500, 30)], [L('Delivered to your door', 110, 1150, 600, 30)], story] };
  for (const doc of await pipeline(small)) {
    const out = toOutput(doc);
    assert.ok(out.furniture.some((f) => f.type === 'other' && f.text.startsWith('SUBSCRIBE')), doc.format);
    assert.ok(!out.articles.some((a) => JSON.stringify(a).includes('SUBSCRIBE')), doc.format);
    assert.match(doc.messages.find((m) => m.rule === 'reader/ruled-box-advert')?.text ?? '', /^3 line\(s\), 9 words, alone in a box drawn by rules/, doc.format);
  }
  // a frame around a picture and its caption, a boxed correction in running prose, a boxed quotation: no adverts
  const image = { kind: 'image' as const, x: 110, y: 1010, w: 880, h: 200 };
  const notAdverts: SynPage[] = [
    { graphics: [...box, image], blocks: [[L('Mayor Ann Lee cuts the ribbon on Friday.', 110, 1230, 700, 30)], story] },
    { graphics: box, blocks: [[L('CORRECTION', 110, 1020, 300, 30), L('A story on Monday gave the wrong date for the vote.', 110, 1060, 800, 30), L('It is on March 4. We regret the error.', 110, 1100, 700, 30)], story] },
    { graphics: box, blocks: [[L('“This bridge will change', 110, 1020, 600, 40), L('the town for a century”', 110, 1070, 600, 40)], story] },
  ];
  for (const p of notAdverts) {
    for (const doc of both(p)) assert.ok(!doc.messages.some((m) => m.rule === 'reader/ruled-box-advert'), `${doc.format}: ${texts(doc)[0]}`);
  }
  // seven lines (over SMALL_BOX_LINES): a boxed story or fact box, not an advert
  const seven = Array.from({ length: 7 }, (_, i) => L(`Line ${i + 1} of a boxed fact box`, 110, 1010 + 40 * i, 600, 30));
  for (const doc of both({ graphics: box, blocks: [seven] })) {
    assert.ok(!doc.messages.some((m) => m.rule === 'reader/ruled-box-advert'), doc.format);
    assert.ok(doc.pages[0]!.blocks.every((b) => b.hint !== 'boxed'), doc.format);
  }
});

test('ruled box: column rules and two cut-off rules across the column are no box (a short story between them keeps its blocks)', () => {
  const page: SynPage = {
    // rules between columns run the page's height; cut-off rules end at them, far from their ends
    graphics: [rule(95, 0, 4, 3000), rule(1005, 0, 4, 3000), rule(95, 1000, 914, 4), rule(95, 1400, 914, 4)],
    blocks: [
      body(6, 100, 300, 900, 30, 40),
      [L('Council votes bridge repairs', 250, 1030, 600, 60)],
      [L('By John Smith', 100, 1095, 300, 28)],
      body(4, 100, 1150, 900, 30, 40),
      body(6, 100, 1450, 900, 30, 40, 'another story begins here with a long line'),
    ],
  };
  for (const doc of both(page)) {
    assert.ok(!doc.messages.some((m) => m.rule === 'reader/ruled-box'), doc.format);
    assert.deepEqual(texts(doc).slice(1, 3), [['Council votes bridge repairs'], ['By John Smith']], doc.format);
  }
});

// ---------------------------------------------------------------- caption under a photo (OCR)

const photoPage = (head: ReturnType<typeof L>): SynPage => ({
  graphics: [{ kind: 'image', x: 100, y: 100, w: 1000, h: 600 }],
  blocks: [
    [head],
    [
      L('WASHINGTON - The council met last evening and voted to', 100, 820, 900, 30),
      L('repair the bridge on Main street before the', 100, 860, 900, 30),
      L('winter sets in, at a cost of some thousands', 100, 900, 900, 30),
      L('of dollars, to be raised by a special tax.', 100, 940, 900, 30),
      L('The mayor said the work would begin at once and', 100, 980, 900, 30),
      L('be finished before the first snow of the year.', 100, 1020, 900, 30),
    ],
    body(8, 1150, 100, 900, 30, 40, 'another story begins here with a long line'),
  ],
});

test('OCR caption: a headline set right under a photo, in type twice the body\'s, is not its caption', async () => {
  // 20 px under the photo: under half of the headline's own line (64 px), a line space of the body (30 px)
  for (const doc of await pipeline(photoPage(L('Council votes to repair the old bridge', 100, 720, 950, 64)))) {
    const b = starting(doc, 'Council votes');
    assert.notEqual(b?.kind, 'caption', doc.format);
    assert.equal(b?.kind, 'headline', doc.format);
  }
});

test('OCR caption: a body-size line from the photo\'s left edge, right on its bottom edge, is its caption', async () => {
  for (const doc of await pipeline(photoPage(L('The old bridge at dawn, seen from the east bank', 100, 708, 950, 28)))) {
    const b = starting(doc, 'The old bridge');
    assert.equal(b?.kind, 'caption', doc.format);
    assert.match(b?.decision?.evidence ?? '', /line height 28, the body's 30/);
  }
});

// ---------------------------------------------------------------- picture lines

const picturePage: SynPage = {
  blocks: [
    [L('Bridge vote', 100, 50, 600, 60)],
    body(12, 100, 130, 900, 30, 40),
    // a row of two photos read as a line of `_` words (confidence 0), glued over the caption and its credit
    [L('_ _', 100, 640, 900, 400, 0), L('The old bridge seen from the river bank.', 100, 1050, 800, 30), L('Courtesy of J. Smith', 100, 1090, 400, 30)],
    body(12, 100, 1200, 900, 30, 40),
  ],
};

test('picture line: once the photo row is dropped, the block\'s box is its remaining lines\' (ALTO and hOCR)', () => {
  for (const doc of both(picturePage)) {
    const b = starting(doc, 'The old bridge')!;
    const want = { x0: 100, y0: 1050, x1: 900, y1: 1120 };
    assert.deepEqual(b.box, want, doc.format);
    assert.deepEqual(b.source.box, want, doc.format);
    assert.equal(doc.pages[0]!.graphics.filter((g) => g.kind === 'image').length, 2, doc.format);
  }
});

test('picture line: the line under the dropped photo row is then seen as its caption', async () => {
  for (const doc of await pipeline(picturePage)) {
    assert.equal(starting(doc, 'The old bridge')?.kind, 'caption', doc.format);
  }
});

// ---------------------------------------------------------------- photo credits

const creditPage = (line: ReturnType<typeof L>): SynPage => ({
  graphics: [{ kind: 'image', x: 100, y: 200, w: 1900, h: 500 }],
  blocks: [
    [L('Council votes to repair the old bridge', 100, 60, 1500, 90)],
    [line],
    body(4, 100, 760, 850, 30, 40),
    body(4, 1050, 740, 850, 30, 40, 'the mayor said the work would begin at once'),
  ],
});
const order = (doc: GalleyDocument): string[] => doc.pages[0]!.blocks.map((b) => b.lines[0]!.text.slice(0, 12));

test('photo credit: a one-line caption in body type from the photo\'s left edge, its top inside the picture box, is not moved as a credit', () => {
  for (const doc of both(creditPage(L('The old bridge at dawn.', 100, 690, 600, 30)))) {
    assert.ok(!doc.messages.some((m) => m.rule === 'reader/photo-credit'), doc.format);
    assert.deepEqual(order(doc), ['Council vote', 'The old brid', 'the council ', 'the mayor sa'], doc.format);
  }
});

test('photo credit: a line on the edge in small type, or flush right, or with a credit mark, is read before the block under the photo', () => {
  const cases = [
    L('JANE DOE', 1800, 684, 190, 16), // small type (under 0.75 of the body's 30)
    L('JANE DOE FOR THE HERALD', 1500, 680, 500, 30), // body size, flush right
    L('Photo by Jane Doe', 100, 680, 400, 30), // body size, from the left, a credit word
    L('JANE DOE/AP', 100, 680, 300, 30), // an agency's slash
  ];
  for (const c of cases) {
    for (const doc of both(creditPage(c))) {
      assert.ok(doc.messages.some((m) => m.rule === 'reader/photo-credit'), `${c.text} ${doc.format}`);
    }
  }
});

// ---------------------------------------------------------------- type change + column pieces

/** Two stories' tops, side by side, read by the engine as single lines across the gutter; the byline in smaller type than the headline. */
const gluedTops = (bylineHeight: number): SynPage => ({
  width: 4000,
  blocks: [
    [
      { text: 'Brock Holt Fort Lee', x: 100, y: 100, w: 2140, h: 60, words: [[100, 150], [270, 120], [2000, 120], [2140, 100]] },
      { text: 'By Yusuf Kowalski By Tomasz Larsen', x: 100, y: 190, w: 2200, h: bylineHeight, words: [[100, 40], [150, 100], [260, 150], [2000, 40], [2050, 120], [2180, 120]] },
    ],
    body(8, 100, 260, 820, 30, 40, 'left story text'),
    body(8, 100, 700, 820, 30, 40, 'left story more'),
    body(8, 2000, 260, 820, 30, 40, 'right story text'),
  ],
});

test('column pieces: a headline + byline piece the type-change rule splits still goes to the top of its own column (ALTO and hOCR)', () => {
  for (const doc of both(gluedTops(28))) {
    const o = order(doc);
    // the byline is cut from the headline (type change) in both columns…
    assert.ok(doc.messages.some((m) => m.rule === 'reader/split-block' && m.text.includes('By Tomasz Larsen')), doc.format);
    // …and the right-hand halves are read right before their column's text, after the left column
    const i = o.indexOf('Fort Lee');
    assert.deepEqual(o.slice(i, i + 3), ['Fort Lee', 'By Tomasz La', 'right story '], doc.format);
    assert.ok(i > o.indexOf('left story m'), doc.format);
  }
});

test('column pieces: the same tops with the byline in headline-like type (no split) move as one piece', () => {
  for (const doc of both(gluedTops(50))) {
    const o = texts(doc).map((t) => t.join(' / '));
    const i = o.indexOf('Fort Lee / By Tomasz Larsen');
    assert.ok(i > 0 && o[i + 1]!.startsWith('right story text 0'), doc.format);
  }
});

// ---------------------------------------------------------------- column cut (split.ts columnCut)

// Two justified columns, 300 px wide at 20 px lines (15 line heights): every body line's nine words end at x + 287.
const colA = body(6, 100, 100, 300, 20, 24);
const colB = body(6, 420, 100, 300, 20, 24, 'the mayor said the roads would open next spring');
const nineWords = (x: number): Array<[number, number]> => Array.from({ length: 9 }, (_, i) => [x + i * 33, 23]);

test('column cut: a full line of a column glued to the next column\'s sign-off 13 line heights on is two lines (ALTO and hOCR)', () => {
  const glued = { ...L('the council met last evening and voted again 6 — AFP', 100, 244, 605, 20), words: [...nineWords(100), [650, 10], [670, 35]] as Array<[number, number]> };
  for (const doc of both({ blocks: [[...colA, glued], colB] })) {
    const lines = texts(doc).flat();
    assert.ok(lines.includes('the council met last evening and voted again 6'), doc.format);
    assert.ok(lines.includes('— AFP'), doc.format);
    assert.ok(doc.messages.some((m) => m.rule === 'reader/split-line' && m.text.includes('full line of a column')), doc.format);
  }
});

test('column cut: a table row (a team and its points flush right) and a caption\'s ragged last line with its credit stay whole, columns or not', () => {
  const teams = ['Manchester United Football Club', 'West Ham United Football Club', 'Real Madrid Club de Futbol', 'Newcastle United Football Club', 'Wolverhampton Wanderers Football Club'];
  // word boxes as wide as their letters (8 px each), so the labels end where their text does; the points
  // stand at x 640, inside the right-hand column, 16–19 line heights after the labels
  const table = teams.map((t, k): SynLine => {
    const words: Array<[number, number]> = [];
    let x = 100;
    for (const w of t.split(' ')) {
      words.push([x, 8 * w.length]);
      x += 8 * w.length + 10;
    }
    return { ...L(`${t} ${40 - k}`, 100, 400 + k * 24, 560, 20), words: [...words, [640, 20]] };
  });
  const caption: SynLine = { ...L('Crowds gather at the harbour at dawn Photo: Jane Doe', 100, 560, 605, 20), words: [...Array.from({ length: 7 }, (_, i): [number, number] => [100 + i * 30, 25]), [560, 45], [615, 40], [665, 40]] };
  for (const doc of both({ blocks: [colA, colB, table, [caption]] })) {
    const lines = texts(doc).flat();
    for (const [k, t] of teams.entries()) assert.ok(lines.includes(`${t} ${40 - k}`), `${t} ${doc.format}`);
    assert.ok(lines.includes('Crowds gather at the harbour at dawn Photo: Jane Doe'), doc.format);
    assert.ok(!doc.messages.some((m) => m.rule === 'reader/split-line'), doc.format);
  }
});
