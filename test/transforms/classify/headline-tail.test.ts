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
import { altoDocument, altoLineMaker, BODY_LINES } from './alto-page.js';

function runFile(file: string) {
  const doc = restore({ name: file, bytes: new Uint8Array(readFileSync(file)) });
  return { doc, out: toOutput(doc) };
}

const d2002 = '../shared/corpus/dev2/d2_002/page.alto.xml';
const d2007 = '../shared/corpus/dev2/d2_007/page.alto.xml';

test('d2_002 ALTO: `competition`, alone in its block under the headline, is the headline\'s last line', { skip: !existsSync(d2002) }, () => {
  const { doc, out } = runFile(d2002);
  // Flush left under the headline, the ALTO reader puts it back in the headline's block
  // (reader/wrapped-line); were it left alone, classify/headline-tail would take it.
  const tail = doc.pages[0]!.blocks.find((b) => joinLines(b.lines) === 'competition');
  if (tail) assert.equal(tail.decision?.rule, 'classify/headline-tail');
  else assert.ok(doc.messages.some((m) => m.rule === 'reader/wrapped-line' && m.text.includes('competition')));
  const heads = out.articles.map((a) => a.headline);
  assert.ok(heads.some((h) => h?.startsWith('After visa snags') && h.endsWith('robotics competition')), JSON.stringify(heads));
});

test('d2_007 ALTO: `movement` (no descender, a shorter box than its line) under `Texas student … social` is its last line', { skip: !existsSync(d2007) }, () => {
  const { out } = runFile(d2007);
  const heads = out.articles.map((a) => a.headline);
  assert.ok(heads.includes('Texas student Ahmed Mohamed inspires social movement'), JSON.stringify(heads));
});

/** An ALTO page (pixels): blocks [text, x, y, word height] (one line each unless the text holds `\n`), then a body column of 12 lines. */
function alto(blocks: Array<[string, number, number, number]>): string {
  const line = altoLineMaker();
  const body = BODY_LINES;
  // A block's text may hold several lines (`\n`), set 1.1 × the word height apart.
  const bs = blocks.map(([t, x, y, h]) => `<TextBlock HPOS="${x}" VPOS="${y}" WIDTH="600" HEIGHT="${h}">${t.split('\n').map((tl, k) => line(tl, x, y + k * h * 1.1, h)).join('')}</TextBlock>`);
  const y0 = 300;
  bs.push(`<TextBlock HPOS="100" VPOS="${y0}" WIDTH="400" HEIGHT="${12 * 22}">${body.map((t, i) => line(t, 100, y0 + i * 22, 15)).join('')}</TextBlock>`);
  return altoDocument(bs);
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
  const { doc, out } = runFile(d2002);
  assert.ok(out.articles.some((a) => a.headline === 'The Onion: An interview with ‘America’s Finest News Source’'), JSON.stringify(out.articles.map((a) => a.headline)));
  // The repair is recorded: in the heading's evidence, and as a warning on the body that lost its drop cap.
  const head = doc.pages[0]!.blocks.find((b) => joinLines(b.lines).startsWith('The Onion: An interview'));
  assert.match(head?.decision?.evidence ?? '', /drop cap the OCR lost/);
  const warn = doc.messages.find((m) => m.rule === 'classify/lost-drop-cap');
  assert.equal(warn?.severity, 'warning');
  assert.match(warn?.text ?? '', /^"avid" starts body text/);
  assert.ok(warn?.source && warn.confidence !== undefined && warn.confidence < 0.85);
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
  // Body text further below than a heading line's height is not right under it: stands for text in the
  // heading's column further down the page (another story's running text after a photo) that the
  // reading order put next to a heading candidate in large type.
  const below: Array<[string, number, number, number]> = [
    ['FACE TO FACE', 100, 100, 12],
    ['Storm cuts power to thousands', 100, 120, 40],
    ['he county said on Tuesday that', 100, 120 + 40 + 100, 15],
  ];
  assert.ok(!heads(alto(below)).includes('Storm cuts power to thousands'));
});

test('a headline tail is a line or two of a word or few in the headline\'s type: not a line in another type, not a longer or taller piece', () => {
  const tailed = (tail: [string, number, number, number]): boolean =>
    runAlto(alto([['Storm cuts power to thousands along the', 100, 150, 40], tail, ['By Jane Doe', 100, 320, 15]])).doc.pages[0]!.blocks.some((b) => b.decision?.rule === 'classify/headline-tail');
  // Indented by 0.4 of a line height (a centred headline's last line): the reader's wrapped-line
  // move needs one left edge (0.3), this rule allows STACKED_MAX_INDENT (0.5).
  assert.ok(tailed(['coast', 116, 195, 40]));
  // Half the headline's type (still above body type): stands for a deck or standfirst in mid-size type
  // whose first line an OCR engine gave a block of its own; a headline's last line is in its own type.
  assert.ok(!tailed(['coast', 116, 195, 20]));
  // Five words in headline type starting in lower case: stands for running text in large type (a pull
  // quote, a lead paragraph set large) cut at a box end; a headline's leftover line is a word or few.
  assert.ok(!tailed(['coast and the northern towns', 116, 195, 40]));
  // Three short lines: stands for a narrow column of large lower-case words (a quote, a label stacked
  // beside a photo); a headline's leftover is its last line or two.
  assert.ok(!tailed(['coast\nand\nhills', 116, 195, 40]));
});
