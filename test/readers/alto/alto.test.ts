import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { readAlto } from '../../../src/readers/alto/index.js';
import { detectFormat, read } from '../../../src/readers/index.js';
import type { GalleyDocument, Line, Word } from '../../../src/model/types.js';

const FIX = 'test/fixtures/ocr';
const enc = (s: string) => new TextEncoder().encode(s);
const load = (f: string) => readAlto(readFileSync(`${FIX}/${f}`), f);
const lines = (doc: GalleyDocument, page = 0): Line[] => doc.pages[page]!.blocks.flatMap((b) => b.lines);
const word = (doc: GalleyDocument, id: string): Word => {
  for (const p of doc.pages) for (const b of p.blocks) for (const l of b.lines) for (const w of l.words ?? []) if (w.id === id) return w;
  throw new Error(`no word ${id}`);
};

test('ALTO v2: blocks, lines, words, boxes and ids in file order', () => {
  const doc = load('alto-v2-elements.xml');
  assert.equal(doc.format, 'alto');
  assert.equal(doc.pages.length, 1);
  const page = doc.pages[0]!;
  assert.equal(page.width, 12000);
  assert.equal(page.height, 18000);
  // the empty TextBlock is dropped (it holds no text); the others keep the file's order
  assert.deepEqual(page.blocks.map((b) => b.source.id), ['TB1', 'TB2', 'TB3']);
  assert.deepEqual(page.blocks[0]!.box, { x0: 1000, y0: 1000, x1: 7000, y1: 1500 });
  assert.deepEqual(page.blocks.map((b) => b.kind), ['text', 'text', 'text']);
  const tl1 = page.blocks[0]!.lines[0]!;
  assert.equal(tl1.text, 'GREAT FIRE');
  assert.deepEqual(tl1.source, { page: 1, box: { x0: 1000, y0: 1000, x1: 7000, y1: 1500 }, id: 'TL1' });
  assert.deepEqual(word(doc, 'S2').box, { x0: 3700, y0: 1000, x1: 5700, y1: 1500 });
});

test('ALTO: WC becomes word confidence; an out-of-range WC is left out', () => {
  const doc = load('alto-v2-elements.xml');
  assert.equal(word(doc, 'S1').confidence, 0.98);
  assert.equal(word(doc, 'S4').confidence, 0.42);
  assert.equal(word(doc, 'S13').confidence, undefined); // WC="1.7"
  assert.equal(word(doc, 'S14').confidence, undefined); // no WC
});

test('ALTO: TextStyle fonts through STYLEREFS (block → line → string) and STYLE', () => {
  const doc = load('alto-v2-elements.xml');
  const ppu = 72 / 1200;
  // TB1 refers to TS_HEAD (24 pt bold Century) along with a ParagraphStyle: its words inherit it
  assert.deepEqual(word(doc, 'S1').font, { name: 'Century', points: 24, size: 24 / ppu, bold: true });
  assert.deepEqual(doc.pages[0]!.blocks[0]!.font, { name: 'Century', points: 24, size: 24 / ppu, bold: true });
  // line STYLEREFS TS_BODY; string STYLEREFS TS_ITAL adds italics
  assert.deepEqual(word(doc, 'S4').font, { name: 'Century', points: 8, size: 8 / ppu, italic: true });
  // STYLE="bold" on the String itself
  assert.equal(word(doc, 'S7').font?.bold, true);
  assert.equal(word(doc, 'S3').font?.bold, undefined);
  assert.deepEqual(lines(doc)[1]!.font, { name: 'Century', points: 8, size: 8 / ppu });
});

test('ALTO: HYP and HypPart1/HypPart2 give a line ending in "-" and keep SUBS_CONTENT on both parts', () => {
  const doc = load('alto-v2-elements.xml');
  const [, tl2, tl3, tl4, tl5] = lines(doc);
  // <HYP CONTENT="¬"/> after HypPart1 "depart"
  assert.equal(tl2!.text, 'The fire depart-');
  assert.equal(tl2!.original, 'The \uFB01re depart\u00AC');
  assert.equal(word(doc, 'S5').substitution, 'department');
  assert.equal(word(doc, 'S6').substitution, 'department');
  assert.equal(tl3!.text.split(' ')[0], 'ment');
  // the HYP's box is added to the last word's
  assert.deepEqual(word(doc, 'S5').box, { x0: 1920, y0: 1700, x1: 2900, y1: 1850 });
  // `¬` written into CONTENT, no HYP
  assert.equal(tl3!.text, 'ment came quick-');
  // HypPart1 with neither a HYP nor a hyphen in CONTENT
  assert.equal(tl4!.text, 'ly and fire-');
  assert.equal(word(doc, 'S11').substitution, 'firemen');
  assert.equal(tl5!.text, 'men worked well.');
  // the dehyphenate transform decides about joining; the reader does not
  assert.ok(lines(doc).every((l) => l.join === undefined));
  const hyph = doc.messages.filter((m) => m.rule === 'reader/ocr-hyphen');
  assert.deepEqual(
    hyph.map((m) => [m.source?.id, m.before, m.after, m.text]),
    [
      ['S5', 'depart', 'depart-', "line-end hyphen (HYP) printed as '¬' read as '-'"],
      ['S8', 'quick¬', 'quick-', "line-end hyphen printed as '¬' (NOT SIGN) read as '-'"],
      ['S11', 'fire', 'fire-', 'word marked as the first part of a hyphenated word (HypPart1) has no hyphen in the file; a line-end hyphen is added'],
    ],
  );
});

test('ALTO: characters are normalised and each change recorded with the word it is in', () => {
  const doc = load('alto-v2-elements.xml');
  assert.equal(word(doc, 'S4').text, 'fire');
  const chars = doc.messages.filter((m) => m.rule === 'reader/characters');
  assert.deepEqual(chars.map((m) => [m.source?.id, m.before, m.after]), [
    ['S4', '\uFB01', 'fi'],
    ['S13', '\u00A0', ' '],
  ]);
});

test('ALTO: Illustration, GraphicalElement and a picture ComposedBlock become page graphics', () => {
  const doc = load('alto-v2-elements.xml');
  assert.deepEqual(
    doc.pages[0]!.graphics.map((g) => [g.kind, g.source.id, g.box]),
    [
      ['rule', 'GE1', { x0: 1000, y0: 1600, x1: 11000, y1: 1620 }],
      ['image', 'IL1', { x0: 5000, y0: 1700, x1: 10000, y1: 5700 }],
      // ComposedBlock TYPE="Illustration" without an Illustration inside: its own box is the picture
      ['image', 'CB1', { x0: 1000, y0: 6000, x1: 5000, y1: 9000 }],
      // ... with one inside: only the Illustration, not twice
      ['image', 'IL2', { x0: 6000, y0: 6000, x1: 10000, y1: 8500 }],
      ['frame', 'GE2', { x0: 6000, y0: 10000, x1: 9000, y1: 12000 }],
    ],
  );
  // the caption inside the picture ComposedBlock is still read as text
  assert.equal(doc.pages[0]!.blocks[2]!.lines[0]!.text, 'Ruins');
});

test('ALTO: MeasurementUnit inch1200 and mm10 keep their numbers and record points per unit', () => {
  const v2 = load('alto-v2-elements.xml');
  assert.equal(v2.pages[0]!.unit, 'inch1200');
  assert.equal(v2.pages[0]!.pointsPerUnit, 0.06);
  const v3 = load('alto-v3-mm10-two-pages.xml');
  assert.equal(v3.pages[0]!.unit, 'mm10');
  assert.ok(Math.abs(v3.pages[0]!.pointsPerUnit! - 72 / 254) < 1e-12);
  assert.equal(v3.pages[0]!.width, 2970); // A3 width in 1/10 mm, not converted
  // FONTSIZE 9 pt = 31.75 tenths of a millimetre
  assert.ok(Math.abs(word(v3, 'A1S1').font!.size! - 31.75) < 1e-9);
  assert.deepEqual(word(v3, 'A1S1').font, { points: 9, size: word(v3, 'A1S1').font!.size, bold: true, italic: true });
});

test('ALTO: pixel coordinates of unknown resolution have no points-per-unit unless a dpi is given', () => {
  const bytes = readFileSync(`${FIX}/alto-v4-prefixed.xml`);
  const doc = readAlto(bytes, 'v4.xml');
  assert.equal(doc.pages[0]!.unit, 'pixel');
  assert.equal(doc.pages[0]!.pointsPerUnit, undefined);
  assert.equal(readAlto(bytes, 'v4.xml', { dpi: 300 }).pages[0]!.pointsPerUnit, 0.24);
});

test('ALTO v3: several Page elements are several pages, numbered in order', () => {
  const doc = load('alto-v3-mm10-two-pages.xml');
  assert.deepEqual(doc.pages.map((p) => p.number), [1, 2]);
  assert.deepEqual(doc.pages.map((p) => lines({ ...doc, pages: [p] })[0]!.text), ['First page', 'Second page']);
  assert.deepEqual(lines(doc, 1)[0]!.source, { page: 2, box: { x0: 100, y0: 100, x1: 1000, y1: 140 }, id: 'B1L1' });
});

test('ALTO v4 with a namespace prefix and ALTERNATIVE/Glyph children reads on local names', () => {
  const doc = load('alto-v4-prefixed.xml');
  assert.equal(lines(doc)[0]!.text, 'Council meets');
  assert.equal(word(doc, 'w1').confidence, 0.71);
  assert.equal(doc.messages.length, 0);
});

test('ALTO: an unknown MeasurementUnit is read as pixels with a warning', () => {
  const xml = '<alto><Description><MeasurementUnit>furlong</MeasurementUnit></Description><Layout><Page><TextBlock><TextLine><String CONTENT="x"/></TextLine></TextBlock></Page></Layout></alto>';
  const doc = readAlto(new TextEncoder().encode(xml), 'u.xml');
  assert.equal(doc.pages[0]!.unit, 'pixel');
  assert.deepEqual(doc.messages.map((m) => [m.rule, m.text]), [['reader/units', "u.xml: unknown MeasurementUnit 'furlong'; coordinates read as pixels"]]);
});

test('read() dispatches .alto.xml to the ALTO reader', () => {
  const bytes = readFileSync(`${FIX}/alto-v3-mm10-two-pages.xml`);
  assert.equal(detectFormat('x.alto.xml', bytes), 'alto');
  assert.equal(read('alto', { name: 'x.alto.xml', bytes }).pages.length, 2);
});

test('text in = text out: every String CONTENT is in its line, in order (property)', () => {
  const wordArb = fc.stringMatching(/^[A-Za-z0-9.,;'"()&<>]{1,12}$/);
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  fc.assert(
    fc.property(fc.array(fc.array(wordArb, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 6 }), (rows) => {
      const xml =
        '<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout><Page WIDTH="100" HEIGHT="100"><PrintSpace><TextBlock ID="B">' +
        rows.map((ws, i) => `<TextLine ID="L${i}">${ws.map((w) => `<String CONTENT="${esc(w)}"/>`).join('<SP/>')}</TextLine>`).join('') +
        '</TextBlock></PrintSpace></Page></Layout></alto>';
      const doc = readAlto(new TextEncoder().encode(xml), 'p.xml');
      assert.deepEqual(lines(doc).map((l) => l.text), rows.map((ws) => ws.join(' ')));
      assert.deepEqual(lines(doc).map((l) => l.words!.map((w) => w.text)), rows);
    }),
  );
});

test('Evening Star excerpt (fixture): real 1865 ALTO v2 with HYP/SUBS hyphenation reads whole', () => {
  const doc = load('evening-star-1865-10-02-excerpt.alto.xml');
  const xml = readFileSync(`${FIX}/evening-star-1865-10-02-excerpt.alto.xml`, 'utf8');
  const page = doc.pages[0]!;
  assert.equal(page.unit, 'inch1200');
  assert.equal(page.width, 18585);
  // BLOCK1 is empty in the file; the other five are read in file order
  assert.deepEqual(page.blocks.map((b) => b.source.id), ['BLOCK2', 'BLOCK3', 'BLOCK5', 'BLOCK34', 'BLOCK72']);
  const strings = (xml.match(/<String /g) ?? []).length;
  const words = page.blocks.flatMap((b) => b.lines.flatMap((l) => l.words ?? []));
  assert.equal(words.length, strings);
  // every HYP line ends in "-"; every HypPart1 word carries its SUBS_CONTENT
  const hypLines = (xml.match(/<HYP /g) ?? []).length;
  assert.equal(page.blocks.flatMap((b) => b.lines).filter((l) => l.text.endsWith('-') && /[-¬]$/.test(l.original)).length, hypLines);
  const washing = words.find((w) => w.text === 'Washing-' && w.substitution === 'Washington');
  assert.ok(washing, 'the HypPart1 "Washing" with SUBS_CONTENT "Washington"');
  // the next line begins with the HypPart2 carrying the same substitution
  const all = page.blocks.flatMap((b) => b.lines);
  const i = all.findIndex((l) => l.words!.at(-1) === washing);
  assert.equal(all[i + 1]!.words![0]!.substitution, 'Washington');
  assert.equal(all[i + 1]!.words![0]!.text, 'ton');
});

const EVENING_STAR = '../shared/examples/evening-star-1865-10-02/page.alto.xml';
test('Evening Star full page (../shared): reads without errors, every String kept', { skip: !existsSync(EVENING_STAR) }, () => {
  const bytes = readFileSync(EVENING_STAR);
  const doc = readAlto(bytes, 'evening-star.alto.xml');
  assert.equal(doc.pages.length, 1);
  assert.deepEqual(doc.messages.filter((m) => m.severity !== 'info'), []);
  const xml = bytes.toString('utf8');
  const words = doc.pages[0]!.blocks.flatMap((b) => b.lines.flatMap((l) => l.words ?? []));
  assert.equal(words.length, (xml.match(/<String /g) ?? []).length);
  // 73 TextBlocks, one of them empty; four advertisement blocks hold gaps over 2.5 line heights
  // between one advertisement and the next (`CANTERBURY.` over the theatre's address, `M D.` over
  // `WHY NOT USE THE BEST?`): they are cut there, 5 more blocks.
  const splits = doc.messages.filter((m) => m.rule === 'reader/split-block');
  assert.deepEqual(splits.map((m) => m.source?.id), ['BLOCK14', 'BLOCK18', 'BLOCK24', 'BLOCK41']);
  assert.equal(doc.pages[0]!.blocks.length, 77);
  assert.equal(doc.messages.filter((m) => m.rule === 'reader/split-line').length, 0); // leader-dot lists stay whole
  assert.ok(words.every((w) => w.confidence !== undefined && w.confidence >= 0 && w.confidence <= 1));
});

test('Tesseract ALTO writes WC as "0." + its integer confidence: "0.9" is 0.09, "0.100" is 1', () => {
  const alto = (software: string, wcs: string[]) =>
    enc(
      `<alto><Description><OCRProcessing><ocrProcessingStep><processingSoftware><softwareName>${software}</softwareName></processingSoftware></ocrProcessingStep></OCRProcessing></Description>` +
        `<Layout><Page><TextBlock><TextLine>${wcs.map((wc, i) => `<String ID="s${i}" CONTENT="w${i}" WC="${wc}"/>`).join('')}</TextLine></TextBlock></Page></Layout></alto>`,
    );
  const confs = (doc: GalleyDocument) => lines(doc)[0]!.words!.map((w) => w.confidence);
  assert.deepEqual(confs(readAlto(alto('tesseract 5.3.0', ['0.9', '0.95', '0.100', '0.0']), 't.xml')), [0.09, 0.95, 1, 0]);
  // any other producer: WC as the schema defines it (0..1)
  assert.deepEqual(confs(readAlto(alto('ABBYY FineReader', ['0.9', '0.95', '1', '0.0']), 'a.xml')), [0.9, 0.95, 1, 0]);
});

test('ALTO: Strings outside a TextLine/TextBlock/Page are not silently lost: a warning counts them', () => {
  const xml = '<alto><Layout><Page><TextBlock><TextLine><String CONTENT="kept"/></TextLine><String CONTENT="stray"/></TextBlock></Page><String CONTENT="astray"/></Layout></alto>';
  const doc = readAlto(enc(xml), 's.xml');
  assert.equal(lines(doc)[0]!.text, 'kept');
  assert.deepEqual(doc.messages.map((m) => [m.rule, m.severity, m.text]), [
    ['reader/not-read', 'warning', 's.xml: 2 String element(s) outside a TextLine of a TextBlock of a Page were not read (invalid ALTO)'],
  ]);
});
