/**
 * The unruled bottom band of a PDF page (src/readers/pdf/layout/furniture.ts): a one-line chunk there
 * in body type, at a column's left edge and about as wide as the column's lines, is that column's last
 * line, not a running foot (a column may run down to the foot of a page without a footer); a short foot
 * in body type at the same edge, or a foot in small type, is still furniture. PDFs written in the test
 * setup.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { restoreAsync } from '../../../src/pipeline.js';
import { toOutput } from '../../../src/writers/json/index.js';
import { writePdf, type Item } from './helpers/pdf-writer.js';
import { bandFurniture } from '../../../src/readers/pdf/layout/furniture.js';
import type { PBlock, PLine } from '../../../src/readers/pdf/layout/types.js';

const LINES = [
  'Growers in the valley have cut the area under',
  'cotton by a third since the spring, and many',
  'now plant sorghum, which needs far less water',
  'in the hottest months of the summer, they said.',
];

/** A column of body lines from y = 560 down to the last one at `lastY` (page 792 pt high: 95 % is 752). */
function page(last: string, lastY: number, lastSize = 9): Uint8Array {
  const items: Item[] = [{ type: 'text', font: 'Times-Bold', size: 20, x: 40, y: 540, text: 'Drought forces farmers to rethink crops' }];
  let y = 560;
  for (let k = 0; k < 3; k++) for (const t of LINES) items.push({ type: 'text', font: 'Times-Roman', size: 9, x: 40, y: (y += 11), text: t });
  items.push({ type: 'text', font: 'Times-Roman', size: lastSize, x: 40, y: lastY, text: last });
  return writePdf([{ width: 612, height: 792, items }]);
}

async function read(bytes: Uint8Array): Promise<ReturnType<typeof toOutput>> {
  return toOutput(await restoreAsync({ name: 'foot.pdf', bytes }));
}

test('a body line at a column\'s edge, as wide as its lines, 95 % down a page without a footer, is the column\'s text', async () => {
  const out = await read(page('Researchers at the state university are studying', 752));
  assert.ok(!out.furniture.some((f) => f.text.startsWith('Researchers')), JSON.stringify(out.furniture));
  assert.ok(JSON.stringify(out.articles).includes('Researchers at the state university'));
});

test('a short foot in body type at the same edge, and a foot in small type, are running feet', async () => {
  // (the web address as wide as the column's lines: a `-layout` dump's foot, d2_004, is set so)
  for (const [text, size] of [['Lakeside Journal', 9], ['Lakeside Journal · Wednesday, October 7, 2026 · Page 9', 7], ['news.lakesidejournal.example/local/today', 9]] as const) {
    const out = await read(page(text, 770, size));
    assert.ok(out.furniture.some((f) => f.text === text), `${text}: ${JSON.stringify(out.furniture)}`);
  }
});

// The band rule on its own (bandFurniture): a `-layout` text dump sets every line in one size, so a
// foot's web address as wide as a column's lines is told from the column's last line by its text.

function chunk(text: string, x0: number, x1: number, y0: number): PBlock {
  const words = text.split(' ').map((t, i, all) => {
    const w = (x1 - x0) / all.length;
    return { text: t, x0: x0 + i * w, x1: x0 + (i + 1) * w - 3, y0, y1: y0 + 9, base: y0 + 7, size: 9, font: 0, spaceBefore: i > 0, rotated: false, invisible: false, glyphs: [] };
  });
  const line: PLine = { words, x0, x1, y0, y1: y0 + 9, base: y0 + 7, size: 9, font: 0, rotated: false };
  return { lines: [line], box: { x0, x1, y0, y1: y0 + 9 } };
}

test('band rule: in one type size, a column\'s last line at the foot is text, a web address or a folio there a foot', () => {
  const column = Array.from({ length: 6 }, (_, k) => chunk('growers in the valley have cut the area under', 40, 240, 600 + 11 * k));
  const page = { width: 612, height: 792 };
  for (const [text, foot] of [['researchers at the state university are', false], ['lakesidesentinel.example', true], ['Page 9', true]] as const) {
    const last = chunk(text, 40, 40 + (foot ? 150 : 190), 760);
    const found = bandFurniture([...column, last], page, 9).some((f) => f.chunk === last);
    assert.equal(found, foot, text);
  }
});
