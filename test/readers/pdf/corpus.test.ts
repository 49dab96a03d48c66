/**
 * Real pages: dev corpus PDFs (pdfTeX and Chromium) read against their
 * truth.json. Skipped when ../shared/corpus is not beside the clone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { readPdf } from '../../../src/readers/pdf/index.js';
import { joinLines } from '../../../src/text/join.js';
import { lineWords } from '../../../src/model/words.js';
import type { Block, GalleyDocument, Page } from '../../../src/model/types.js';

const DEV = '../shared/corpus/dev';
const DEV2 = '../shared/corpus/dev2';
const have = (id: string): boolean => existsSync(`${id}/page.pdf`) && existsSync(`${id}/truth.json`);

interface Truth {
  articles: Array<{ headline: string | null; blocks: Array<{ type: string; text: string }>; captions: Array<{ text: string; credit: string | null }> }>;
  furniture: Array<{ type: string; text: string }>;
}

async function load(dir: string): Promise<{ doc: GalleyDocument; page: Page; truth: Truth }> {
  const doc = await readPdf(new Uint8Array(readFileSync(`${dir}/page.pdf`)), `${dir}/page.pdf`);
  return { doc, page: doc.pages[0]!, truth: JSON.parse(readFileSync(`${dir}/truth.json`, 'utf8')) as Truth };
}

/** Letters and digits only, lower case: hyphens, dashes, quotes and spaces do not count (line-end hyphens and the dash transform are not the reader's job). */
function squash(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** The page's text in reading order, block after block. */
function pageStream(page: Page): string {
  return page.blocks.map((b) => squash(joinLines(b.lines))).join('');
}

function blockWith(page: Page, text: string): Block | undefined {
  const want = squash(text);
  return page.blocks.find((b) => squash(joinLines(b.lines)).includes(want));
}

test('dev001: every truth paragraph and caption is read whole and in order (blocks in reading order)', { skip: !have(`${DEV}/dev001`) && 'corpus not present' }, async () => {
  const { page, truth } = await load(`${DEV}/dev001`);
  const stream = pageStream(page);
  const missing: string[] = [];
  for (const a of truth.articles) {
    for (const b of a.blocks) if (!stream.includes(squash(b.text))) missing.push(b.text.slice(0, 60));
    for (const c of a.captions) if (!stream.includes(squash(c.text))) missing.push(c.text.slice(0, 60));
  }
  assert.deepEqual(missing, []);
  // Paragraphs of one story follow each other: the first story's last paragraph comes before the second story's first.
  const first = truth.articles[0]!.blocks;
  const second = truth.articles[1]!.blocks;
  assert.ok(stream.indexOf(squash(first[first.length - 1]!.text)) < stream.indexOf(squash(second[0]!.text)));
});

test('dev001: headlines are set larger than body text; the body size is the page’s', { skip: !have(`${DEV}/dev001`) && 'corpus not present' }, async () => {
  const { page, truth } = await load(`${DEV}/dev001`);
  const body = blockWith(page, truth.articles[0]!.blocks[1]!.text)!;
  for (const a of truth.articles) {
    const head = blockWith(page, a.headline!)!;
    assert.ok(head, a.headline!);
    assert.ok(head.font!.size! >= 1.5 * body.font!.size!, `${a.headline}: ${head.font!.size} vs body ${body.font!.size}`);
    assert.equal(head.font!.bold, true);
  }
  // pdfTeX's 10 pt Bookman is 9.9626 pt (TeX points); sizes are kept to 0.1 pt on lines and blocks.
  assert.ok(Math.abs(body.font!.size! - 9.96) < 0.05, String(body.font!.size));
});

test('dev001: each caption sits right under a photo box (graphics found)', { skip: !have(`${DEV}/dev001`) && 'corpus not present' }, async () => {
  const { page, truth } = await load(`${DEV}/dev001`);
  const images = page.graphics.filter((g) => g.kind === 'image');
  assert.equal(images.length, 3);
  for (const a of truth.articles) {
    for (const c of a.captions) {
      const block = blockWith(page, c.text)!;
      assert.ok(block, c.text);
      const photo = images.find((g) => block.box!.y0 - g.box.y1 >= 0 && block.box!.y0 - g.box.y1 < 15 && g.box.x0 <= block.box!.x0 + 1 && g.box.x1 > block.box!.x0);
      assert.ok(photo, `no photo over caption ${c.text}`);
    }
  }
  // Column rules between the columns, and the rule over the running foot.
  assert.ok(page.graphics.filter((g) => g.kind === 'rule' && g.box.y1 - g.box.y0 > 300).length >= 2);
});

test('dev001: running head and foot are furniture, found by position, typed', { skip: !have(`${DEV}/dev001`) && 'corpus not present' }, async () => {
  const { page, truth } = await load(`${DEV}/dev001`);
  const furniture = page.blocks.filter((b) => b.kind === 'furniture');
  const text = furniture.map((b) => squash(joinLines(b.lines))).join('|');
  for (const f of truth.furniture) assert.ok(text.includes(squash(f.text)), `furniture ${f.text} not found in ${text}`);
  assert.deepEqual(
    furniture.map((b) => [joinLines(b.lines), b.furnitureType, b.decision?.rule]),
    [
      ['IDEAS', 'section', 'pdf/furniture-position'],
      ['The Meridian Times | Tuesday, February 21, 2017 18', 'header', 'pdf/furniture-position'],
      ['The Meridian Times', 'footer', 'pdf/furniture-position'],
    ],
  );
  // The head comes first in the page's blocks, the foot last.
  assert.equal(page.blocks[0]!.kind, 'furniture');
  assert.equal(page.blocks[page.blocks.length - 1]!.kind, 'furniture');
});

test('dev001: drop cap rejoined, small caps read as such, dashes and hyphens kept', { skip: !have(`${DEV}/dev001`) && 'corpus not present' }, async () => {
  const { doc, page } = await load(`${DEV}/dev001`);
  const lines = page.blocks.flatMap((b) => b.lines);
  assert.ok(lines.some((l) => l.text === 'Kiara Perkins, a second year'));
  assert.ok(lines.some((l) => l.text === 'Respondent race.'));
  const cap = doc.messages.find((m) => m.rule === 'pdf/drop-cap')!;
  assert.equal(cap.before, 'K iara Perkins, a second year');
  assert.equal(cap.after, 'Kiara Perkins, a second year');
  // The line-end hyphen glyphs are the PDF's own, kept for the dehyphenate transform; a compound's hyphen too.
  assert.ok(lines.some((l) => l.text === 'Personal experiences of dis-'));
  assert.ok(lines.some((l) => l.text.includes('in-group / out-group')));
  // The en dash of `[13–14]` is kept as a dash (normalised to an em dash, as every reader does).
  assert.ok(lines.some((l) => l.text.includes('[13 \u2014')));
  // Every line carries its page, box and font; words carry boxes.
  for (const l of lines) {
    assert.equal(l.source.page, 1);
    assert.ok(l.box && l.box.x1 > l.box.x0 && l.box.y1 > l.box.y0 && l.font?.size);
    for (const w of lineWords(l)!) assert.ok(w.box);
  }
});

test('d2_004 (Chromium): drop cap, side-by-side stories read one after the other', { skip: !have(`${DEV2}/d2_004`) && 'corpus not present' }, async () => {
  const { page, truth } = await load(`${DEV2}/d2_004`);
  const lines = page.blocks.flatMap((b) => b.lines);
  assert.ok(lines.some((l) => l.text === 'Fort Lee is a city in Bergen County.'));
  const stream = pageStream(page);
  const [left, right] = [truth.articles[0]!, truth.articles[1]!];
  // Everything of the left story comes before the right story's headline.
  const rightHead = stream.indexOf(squash(right.headline!));
  for (const b of left.blocks) {
    const at = stream.indexOf(squash(b.text));
    assert.ok(at >= 0 && at < rightHead, `left story paragraph after the right headline: ${b.text.slice(0, 40)}`);
  }
  // The advert in its frame is read after the right story's text, not inside it.
  const last = right.blocks[right.blocks.length - 1]!.text;
  assert.ok(stream.indexOf(squash(last)) < stream.indexOf(squash('Drivers wanted')));
});

test('d2_001 (Chromium): word spaces lined up down three justified lines are a river, not a gutter', { skip: !have(`${DEV2}/d2_001`) && 'corpus not present' }, async () => {
  // `with`, `of`, `of` start within 0.5 pt of one another after wide spaces in three consecutive lines
  // of a 115 pt column; the lines above and below have words ending where that "gutter" would be.
  const { page, truth } = await load(`${DEV2}/d2_001`);
  const lines = page.blocks.flatMap((b) => b.lines.map((l) => l.text));
  assert.ok(lines.includes('result of his distin-'), 'the line is cut at a river');
  assert.ok(lines.includes('nected with the noble') && lines.includes('branch of Haddo. As a'));
  // And every truth paragraph of the story is read whole.
  const stream = pageStream(page);
  for (const b of truth.articles[0]!.blocks) assert.ok(stream.includes(squash(b.text)), `paragraph not read whole: ${b.text.slice(0, 40)}`);
});
