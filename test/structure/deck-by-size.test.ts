/**
 * A deck printed without a full stop (classify/rules/05-heading.ts deckUnderHeadline): most US papers
 * set their decks so (`Crews expect to restore service to most homes by Friday`), and the corpus pages
 * all end theirs in one. On a page with type sizes, a heading right under a headline in clearly smaller
 * type, but larger than the body's, is its deck, not a second story's headline. Made-up PDF pages
 * written in the test setup; the corpus's first lines under headlines in body type stay body.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { restore, restoreAsync } from '../../src/pipeline.js';
import { toOutput } from '../../src/writers/json/index.js';
import { writePdf, type Item, type StandardFont } from '../readers/pdf/helpers/pdf-writer.js';

const BODY = [
  'The storm brought down power lines across the county on Tuesday night,',
  'leaving about twelve thousand homes and businesses in the dark as',
  'temperatures fell below freezing. Crews from three neighbouring towns',
  'were called in to help, the utility said in a statement on Wednesday.',
  'Schools in the worst hit districts will stay closed until Thursday.',
];

/** A story: headline, then (when given) a deck at `deckSize` pt, a byline and a body paragraph in 9 pt Times. */
function page(deck: string | null, deckSize: number, deckFont: StandardFont = 'Times-Italic'): Uint8Array {
  const t = (font: StandardFont, size: number, y: number, text: string): Item => ({ type: 'text', font, size, x: 40, y, text });
  const items: Item[] = [t('Times-Bold', 24, 70, 'Storm leaves thousands without power')];
  let y = 70;
  if (deck) items.push(t(deckFont, deckSize, (y += deckSize + 8), deck));
  items.push(t('Times-Bold', 9, (y += 20), 'By MARGARET HALE'));
  y += 6;
  for (const line of BODY) items.push(t('Times-Roman', 9, (y += 11), line));
  return writePdf([{ width: 612, height: 400, items }]);
}

async function article(bytes: Uint8Array): Promise<ReturnType<typeof toOutput>['articles'][number]> {
  const out = toOutput(await restoreAsync({ name: 'deck.pdf', bytes }));
  assert.equal(out.articles.length, 1, JSON.stringify(out.articles.map((a) => a.headline)));
  return out.articles[0]!;
}

test('a deck without a full stop, in 13 pt italic under a 24 pt headline, is the deck of one story', async () => {
  const a = await article(page('Crews expect to restore service to most homes by Friday', 13));
  assert.equal(a.headline, 'Storm leaves thousands without power');
  assert.equal(a.deck, 'Crews expect to restore service to most homes by Friday');
  assert.equal(a.byline, 'MARGARET HALE');
});

test('the same in roman type a size above the body (10 pt over 9 pt) is a deck too', async () => {
  const a = await article(page('Crews expect to restore service to most homes by Friday', 10, 'Times-Roman'));
  assert.equal(a.deck, 'Crews expect to restore service to most homes by Friday');
});

test('a short line in body type under the headline is no deck (the page has one story, no deck)', async () => {
  const out = toOutput(await restoreAsync({ name: 'deck.pdf', bytes: page('Power is back in the north of the county', 9, 'Times-Roman') }));
  assert.ok(out.articles.every((a) => !a.deck), JSON.stringify(out.articles.map((a) => [a.headline, a.deck])));
});

const DEV2 = '../shared/corpus/dev2';
const DEV = '../shared/corpus/dev';
const haveCorpus = existsSync(`${DEV2}/d2_002/page.pdf`) && existsSync(`${DEV}/dev011/page.hocr`);

test('corpus: the first paragraph under a headline in body type (d2_002 PDF), or enlarged by a drop cap (dev011 hOCR), is no deck', { skip: !haveCorpus }, async () => {
  for (const file of [`${DEV2}/d2_002/page.pdf`, `${DEV}/dev011/page.hocr`]) {
    const doc = await restoreAsync({ name: file, bytes: readFileSync(file) });
    assert.ok(!doc.messages.some((m) => m.rule === 'classify/deck' && m.text.includes('smaller type')), file);
    assert.ok(toOutput(doc).articles.every((a) => !a.deck), file);
  }
});

// ---------------------------------------------------------------- text layers (reflow/deck-cut.ts)

/** A column as pdftotext -raw prints it: a printed line a line, no blank lines (the probe pages' p01). */
const COLUMN = BODY.join(' ').match(/.{1,34}(?:\s|$)/gu)!.map((l) => l.trim()).join('\n');

function textArticles(text: string): ReturnType<typeof toOutput>['articles'] {
  return toOutput(restore({ name: 'deck.txt', bytes: new TextEncoder().encode(text) })).articles;
}

test('text layer: a deck without a full stop under a headline, its lines twice as long, before the byline', () => {
  const text = `Storm leaves\nthousands without\npower\nCrews expect to restore service to most homes\nby Friday\nBy MARGARET HALE\n${COLUMN}\n`;
  const [a] = textArticles(text);
  assert.equal(a?.headline, 'Storm leaves thousands without power');
  assert.equal(a?.deck, 'Crews expect to restore service to most homes by Friday');
  assert.equal(a?.byline, 'MARGARET HALE');
});

test('text layer: the same before a dateline, which then opens the first paragraph', () => {
  const text = `Storm leaves\nthousands without\npower\nCrews expect to restore service\nto most homes by Friday\nSPRINGFIELD (AP) — The storm\n${COLUMN}\n`;
  const [a] = textArticles(text);
  assert.equal(a?.headline, 'Storm leaves thousands without power');
  assert.equal(a?.deck, 'Crews expect to restore service to most homes by Friday');
  assert.equal(a?.dateline, 'SPRINGFIELD (AP)');
});

test('text layer: a headline of a long line and a short one under a jump line is no headline over a deck', () => {
  const text = `${COLUMN}\nSee BUDGET, Page A4\nDistrict weighs later start times for high\nschools\nGRACE PARK, Education Writer\n${COLUMN}\n`;
  const a = textArticles(text).find((x) => x.byline === 'GRACE PARK');
  assert.equal(a?.headline, 'District weighs later start times for high schools');
  assert.equal(a?.deck ?? null, null);
});
