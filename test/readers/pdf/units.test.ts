/**
 * Tables for the PDF reader's small pure functions: font names, path
 * shapes, catalog search for truncated files, furniture typing, the text
 * mask used for repetition, operator-list interpretation of a tiny page.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeFont, baseFontName } from '../../../src/readers/pdf/fonts.js';
import { interpret, multiply, pathShape, transformBox } from '../../../src/readers/pdf/operators.js';
import { findCatalog, appendTrailer } from '../../../src/readers/pdf/repair.js';
import { furnitureType } from '../../../src/readers/pdf/layout/furniture.js';
import { maskText, repeatMinPages } from '../../../src/readers/pdf/furniture-repeat.js';
import { GLYPH_STRIDE, G_BASE, G_SIZE, G_X0, G_X1, FLAG_SPACE_BEFORE, G_FLAGS, glyphText } from '../../../src/readers/pdf/protocol.js';

test('font names say weight, style and small caps (pdfTeX, Chromium, Adobe and TeX names)', () => {
  const table: Array<[string, boolean, boolean, boolean]> = [
    // name, bold, italic, small caps
    ['QFEQMU+NimbusSanL-Bold', true, false, false],
    ['XFIJXN+URWBookmanL-Ligh', false, false, false],
    ['BOGGQN+URWBookmanL-DemiBold', true, false, false],
    ['KWXGYQ+URWBookmanL-LighItal', false, true, false],
    ['AAAAAA+LiberationSans-BoldItalic', true, true, false],
    ['DAAAAA+Caladea-Italic', false, true, false],
    ['TimesNewRomanPS-BoldItalicMT', true, true, false],
    ['Helvetica-Oblique', false, true, false],
    ['MinionPro-It', false, true, false],
    ['Arial,Bold', true, false, false],
    ['Arial,BoldItalic', true, true, false],
    ['CMBX10', true, false, false],
    ['CMTI10', false, true, false],
    ['CMR10', false, false, false],
    ['CMCSC10', false, false, true],
    ['LMRomanCaps10-Regular', false, false, true],
    ['MinionPro-SC', false, false, true],
    ['Georgia', false, false, false],
    ['Capitolina-Medium', false, false, false],
    ['HelveticaNeue-Light', false, false, false],
  ];
  for (const [name, bold, italic, smallCaps] of table) {
    const f = describeFont({ name }, 'f1');
    assert.deepEqual([f.bold, f.italic, f.smallCaps], [bold, italic, smallCaps], name);
    assert.equal(f.name, baseFontName(name));
  }
  assert.equal(baseFontName('ABCDEF+Times-Roman'), 'Times-Roman');
  // pdf.js's own flags count; nonsense ascent/descent fall back to defaults.
  assert.deepEqual(describeFont({ name: 'F1', bold: true, ascent: 7, descent: 0.3 }, 'x'), { name: 'F1', bold: true, italic: false, smallCaps: false, ascent: 0.8, descent: -0.2 });
  assert.equal(describeFont(null, 'g_d0_f3').name, 'g_d0_f3');
});

test('path shapes: rectangle, line, anything else', () => {
  assert.equal(pathShape([0, 0, 0, 1, 10, 0, 1, 10, 5, 1, 0, 5, 4]), 'rect');
  assert.equal(pathShape([0, 0, 0, 1, 0, 681]), 'line');
  assert.equal(pathShape([0, 0, 0, 2, 1, 1, 2, 2, 3, 3]), 'other');
  assert.equal(pathShape([0, 0, 0, 1, 1, 0, 0, 5, 5, 1, 6, 5]), 'other');
  assert.equal(pathShape(null), 'other');
});

test('matrices: multiply applies the right one first; boxes of transformed rectangles', () => {
  assert.deepEqual(multiply([1, 0, 0, -1, 0, 100], [2, 0, 0, 2, 10, 10]), [2, 0, 0, -2, 10, 90]);
  assert.deepEqual(transformBox([1, 0, 0, -1, 0, 100], 10, 10, 20, 30), { x0: 10, y0: 70, x1: 20, y1: 90 });
});

test('operator list → glyphs: text matrix, TJ adjustments, spaces and word spacing', () => {
  const OPS = { beginText: 31, setFont: 37, setTextMatrix: 42, showText: 44, setWordSpacing: 34 };
  const g = (unicode: string, width: number, isSpace = false) => ({ unicode, width, isSpace });
  const out = interpret(OPS, {
    fnArray: [31, 37, 42, 34, 44],
    argsArray: [null, ['F1', 10], [[1, 0, 0, 1, 50, 700]], [2], [[g('a', 500), -500, g('b', 500), g(' ', 250, true), g('c', 500)]]],
    viewport: [1, 0, 0, -1, 0, 800],
    width: 600,
    height: 800,
    font: () => ({ name: 'ABCDEF+Times-Roman', ascent: 0.7, descent: -0.2, fontMatrix: [0.001, 0, 0, 0.001, 0, 0] }),
  });
  assert.deepEqual([0, 1, 2].map((i) => glyphText(out.glyphs, i)), ['a', 'b', 'c']);
  const at = (i: number, k: number): number => out.glyphs.data[i * GLYPH_STRIDE + k]!;
  // a: 50..55; TJ −500 moves right 5; b: 60..65; space 2.5 + word spacing 2; c: 69.5..74.5. Baseline 800 − 700.
  assert.deepEqual([at(0, G_X0), at(0, G_X1), at(1, G_X0), at(1, G_X1), at(2, G_X0), at(2, G_X1)], [50, 55, 60, 65, 69.5, 74.5]);
  assert.deepEqual([at(0, G_BASE), at(0, G_SIZE)], [100, 10]);
  assert.equal(at(2, G_FLAGS) & FLAG_SPACE_BEFORE, FLAG_SPACE_BEFORE);
  assert.deepEqual(out.fonts.map((f) => f.name), ['Times-Roman']);
});

test('operator list → graphics: filled box, stroked line, and the image placement pdf.js left undecoded', () => {
  const OPS = { save: 10, restore: 11, transform: 12, constructPath: 91, fill: 22, stroke: 20, endPath: 28, setFillRGBColor: 59 };
  const out = interpret(OPS, {
    fnArray: [59, 91, 91, 10, 12, 11, 10, 12, 11],
    argsArray: [
      ['#b8b8b8'],
      [22, [[0, 10, 10, 1, 110, 10, 1, 110, 60, 1, 10, 60, 4]], [10, 10, 110, 60]],
      [20, [[0, 10, 5, 1, 110, 5]], [10, 5, 110, 5]],
      null,
      [200, 0, 0, 100, 50, 300],
      null,
      null,
      [1, 0, 0, 1, 5, 5],
      null,
    ],
    viewport: [1, 0, 0, -1, 0, 800],
    width: 600,
    height: 800,
    font: () => null,
  });
  assert.deepEqual(
    out.graphics.map((x) => [x.kind, x.box, x.fill ?? x.shape]),
    [
      ['fill', { x0: 10, y0: 740, x1: 110, y1: 790 }, '#b8b8b8'],
      ['stroke', { x0: 9.5, y0: 794.5, x1: 110.5, y1: 795.5 }, 'line'],
      // `q 200 0 0 100 50 300 cm (Do) Q` with nothing drawn: an image pdf.js skipped; a bare translation is not one.
      ['image', { x0: 50, y0: 400, x1: 250, y1: 500 }, undefined],
    ],
  );
});

test('truncated files: the catalog object is found by scanning, and a trailer naming it is appended', () => {
  const pdf = '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n3 0 obj\n<< /Length 40 >>\nstream\nBT (cut here';
  assert.equal(findCatalog(pdf), '1 0 R');
  const fixed = Buffer.from(appendTrailer(new TextEncoder().encode(pdf))!).toString('latin1');
  assert.ok(fixed.endsWith('BT (cut here\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n'), fixed.slice(-80));
  // A `/Type /Catalog` outside any object, or none at all: nothing to point at.
  assert.equal(findCatalog('%PDF-1.4\n1 0 obj\n<< >>\nendobj\n/Type /Catalog'), null);
  assert.equal(appendTrailer(new TextEncoder().encode('%PDF-1.7\nnothing')), null);
});

test('furniture types and the repetition mask', () => {
  const table: Array<[string, 'top' | 'bottom', string]> = [
    ['18', 'top', 'folio'],
    ['A3', 'bottom', 'folio'],
    ['Page 5', 'bottom', 'folio'],
    ['westbrookclarion.example', 'bottom', 'footer'],
    ['IDEAS', 'top', 'section'],
    ['WORLD NEWS', 'top', 'section'],
    ['The Meridian Times | Tuesday, February 21, 2017', 'top', 'header'],
    ['FRIDAY 18 NOVEMBER 2011', 'top', 'header'],
    ['THE MERIDIAN TIMES', 'bottom', 'footer'],
  ];
  for (const [text, where, type] of table) assert.equal(furnitureType(text, where), type, text);
  assert.equal(maskText('Page 12 |  Tuesday, May 3'), 'page # | tuesday, may #');
  assert.deepEqual([2, 4, 5, 40].map(repeatMinPages), [2, 2, 3, 3]);
});
