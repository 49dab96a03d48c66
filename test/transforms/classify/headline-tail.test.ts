/**
 * classify/headline-tail: an OCR engine gives a large headline's last line a
 * block of its own; that line starts in lower case, which alone would make the
 * heading running text. Corpus ALTO pages (skipped when ../shared/corpus is not
 * beside the clone) and small invented ALTO pages.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { restore } from '../../../src/pipeline.js';
import { toOutput } from '../../../src/writers/json/index.js';
import { joinLines } from '../../../src/text/join.js';

function runFile(file: string) {
  const doc = restore({ name: file, bytes: new Uint8Array(readFileSync(file)) });
  return { doc, out: toOutput(doc) };
}

const d2002 = '../shared/corpus/dev2/d2_002/page.alto.xml';
const d2007 = '../shared/corpus/dev2/d2_007/page.alto.xml';

test('d2_002 ALTO: `competition`, alone in its block under the headline, is the headline\'s last line', { skip: !existsSync(d2002) }, () => {
  const { doc, out } = runFile(d2002);
  const tail = doc.pages[0]!.blocks.find((b) => joinLines(b.lines) === 'competition');
  assert.equal(tail?.kind, 'headline');
  assert.equal(tail?.decision?.rule, 'classify/headline-tail');
  const heads = out.articles.map((a) => a.headline);
  assert.ok(heads.some((h) => h?.startsWith('After visa snags') && h.endsWith('robotics competition')), JSON.stringify(heads));
});

test('d2_007 ALTO: `movement` (no descender, a shorter box than its line) under `Texas student … social` is its last line', { skip: !existsSync(d2007) }, () => {
  const { out } = runFile(d2007);
  const heads = out.articles.map((a) => a.headline);
  assert.ok(heads.includes('Texas student Ahmed Mohamed inspires social movement'), JSON.stringify(heads));
});

/** An ALTO page (pixels): blocks of one line each [text, x, y, word height], then a body column of 12 lines. */
function alto(blocks: Array<[string, number, number, number]>): string {
  let id = 0;
  const line = (text: string, x: number, y: number, h: number): string => {
    let cx = x;
    const words = text.split(' ').map((w) => {
      const wd = w.length * h * 0.5;
      const s = `<String ID="s${id++}" HPOS="${cx}" VPOS="${y}" WIDTH="${wd}" HEIGHT="${h}" CONTENT="${w}"/>`;
      cx += wd + h * 0.3;
      return s;
    });
    return `<TextLine HPOS="${x}" VPOS="${y}" WIDTH="${cx - x}" HEIGHT="${h}">${words.join('<SP/>')}</TextLine>`;
  };
  const body = [
    'The storm came ashore late on Monday',
    'night and cut power to thousands of',
    'homes along the northern coast, the',
    'county said in a statement on Tuesday.',
    'Crews worked through the night to clear',
    'fallen trees from the main roads, and',
    'schools in three towns stayed closed.',
    'Forecasters expect more rain this week',
    'and have asked residents to stay away',
    'from the river banks until the water',
    'level falls again, the county added in',
    'its statement on the clean-up work.',
  ];
  const bs = blocks.map(([t, x, y, h]) => `<TextBlock HPOS="${x}" VPOS="${y}" WIDTH="600" HEIGHT="${h}">${line(t, x, y, h)}</TextBlock>`);
  const y0 = 300;
  bs.push(`<TextBlock HPOS="100" VPOS="${y0}" WIDTH="400" HEIGHT="${12 * 22}">${body.map((t, i) => line(t, 100, y0 + i * 22, 15)).join('')}</TextBlock>`);
  return `<?xml version="1.0" encoding="UTF-8"?><alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Description><MeasurementUnit>pixel</MeasurementUnit></Description><Layout><Page WIDTH="1000" HEIGHT="1400"><PrintSpace>${bs.join('')}</PrintSpace></Page></Layout></alto>`;
}

function runAlto(xml: string) {
  const doc = restore({ name: 'page.alto.xml', bytes: new TextEncoder().encode(xml) });
  return { doc, out: toOutput(doc) };
}

test('a lower-case line in headline type right under a heading is its tail; the same line in body type is not', () => {
  const big = runAlto(alto([['Storm cuts power to thousands along the', 100, 150, 40], ['coast', 100, 195, 40], ['By Jane Doe', 100, 260, 15]]));
  assert.deepEqual(big.out.articles.map((a) => a.headline), ['Storm cuts power to thousands along the coast']);
  // In body type (a paragraph's lines cut into blocks), nothing is a headline tail.
  const small = runAlto(alto([['Storm cuts power to thousands along the', 100, 150, 15], ['coast', 100, 172, 15], ['By Jane Doe', 100, 260, 15]]));
  assert.ok(!small.doc.pages[0]!.blocks.some((b) => b.decision?.rule === 'classify/headline-tail'));
  // Set off to the right (another column's line), the tail is not the heading's.
  const apart = runAlto(alto([['Storm cuts power to thousands along the', 100, 150, 40], ['coast', 500, 195, 40], ['By Jane Doe', 100, 260, 15]]));
  assert.ok(!apart.doc.pages[0]!.blocks.some((b) => b.decision?.rule === 'classify/headline-tail'));
});

test('d2_002 ALTO: a headline over body text whose drop cap the OCR lost (`avid Shankbone: …`) is a headline', { skip: !existsSync(d2002) }, () => {
  const { out } = runFile(d2002);
  assert.ok(out.articles.some((a) => a.headline === 'The Onion: An interview with ‘America’s Finest News Source’'), JSON.stringify(out.articles.map((a) => a.headline)));
});

test('a lower-case start in body type right under a large heading is a lost drop cap; off to the side or under body-size type it is not', () => {
  const blocks = (x: number, headSize: number): Array<[string, number, number, number]> => [
    ['FACE TO FACE', 100, 100, 12],
    ['Storm cuts power to thousands', 100, 120, headSize],
    ['he county said on Tuesday that', x, 120 + headSize + 10, 15],
  ];
  const heads = (xml: string): Array<string | null> => runAlto(xml).out.articles.map((a) => a.headline);
  assert.ok(heads(alto(blocks(100, 40))).includes('Storm cuts power to thousands'));
  // Another column's text put next by the reading order: not the body under the heading.
  assert.ok(!heads(alto(blocks(700, 40))).includes('Storm cuts power to thousands'));
  // A line in body type followed by a lower-case line is running text cut at a box end.
  assert.ok(!heads(alto(blocks(100, 16))).includes('Storm cuts power to thousands'));
});
