/**
 * Pages of many short items (segment/items.ts): the real Evening Star page of
 * 2 October 1865 (Chronicling America ALTO, PrimeOCR; public domain). The
 * heads asserted below were read on the page image (the fifth column's
 * telegraphic news: each dispatch under a centred head, two of them with a
 * deck), not taken from Galley's output.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { restore } from '../../../src/pipeline.js';
import { read } from '../../../src/readers/index.js';
import { defaultTransforms } from '../../../src/pipeline.js';
import { toOutput } from '../../../src/writers/json/index.js';
import { insertionCode, itemHeads } from '../../../src/transforms/segment/items.js';
import type { GalleyDocument } from '../../../src/model/types.js';

const NEWS = 'test/fixtures/ocr/evening-star-1865-10-02-news.alto.xml';
const PAGE = '../shared/examples/evening-star-1865-10-02/page.alto.xml';
const DEV = '../shared/corpus/dev';
const run = (file: string): GalleyDocument => restore({ name: file, bytes: readFileSync(file) });
const words = (s: string): number => s.split(/\s+/u).filter(Boolean).length;

test('Evening Star telegraphic news (fixture): each dispatch is an article headed by its printed head', () => {
  const doc = run(NEWS);
  const out = toOutput(doc);
  const heads = out.articles.map((a) => a.headline ?? '');
  // Printed heads, in order (OCR spelling: "SOUTH AMERICAN NEWS." reads "SOI Til AMERIC AN .NEWS.").
  const expected = [/FROM EmOPE\.$/u, /^SOI Til AMERIC AN \.NEWS\.$/u, /^The Mi'sonri Pacific Railroad\.$/u, /^Death of Dr\. Waylaud\.$/u, /^Fire in .+ Haven\.$/u, /^Railroad Bridge Complete\.$/u, /^The Narrow Eacapr of Gen\. Grant\.$/u];
  let at = 0;
  for (const re of expected) {
    const k = heads.findIndex((h, i) => i >= at && re.test(h));
    assert.ok(k >= 0, `no article headed ${re} after article ${at}: ${JSON.stringify(heads)}`);
    at = k + 1;
  }
  const byHead = (re: RegExp) => out.articles.find((a) => re.test(a.headline ?? ''))!;
  // Each dispatch's body is its own: the bridge item starts with its dateline, the fire item does not run on into it.
  assert.match(byHead(/Bridge Complete/u).blocks[0]!.text, /^Stecih-xville, Oct\. 1\./u);
  assert.ok(!byHead(/Haven\.$/u).blocks.some((b) => /Pittsburgh and Steuben/u.test(b.text)));
  // Decks: set centred (last line) or with a hanging indent under the head.
  assert.match(byHead(/AMERIC AN/u).deck ?? '', /^March of the Paraguayan Army.+Montevideo\.$/u);
  assert.match(byHead(/EmOPE/u).deck ?? '', /Cattle Plague Increasing/u);
  // The decisions are recorded with their evidence.
  const msgs = doc.messages.filter((m) => m.rule === 'segment/new-article' && /item head/u.test(m.text));
  assert.ok(msgs.length >= 6);
  assert.ok(msgs.every((m) => /set centred in its column|heading in capitals/u.test(m.text)));
  assert.ok(doc.messages.some((m) => m.rule === 'segment/item-deck'));
  // The page model agrees with the articles: every headline is made of blocks of kind "headline" (an item
  // head was a subhead or paragraph to the text-only classifier), each with the item-head decision.
  const blocks = out.pages.flatMap((p) => p.blocks);
  for (const a of out.articles) {
    if (!a.headline) continue;
    const parts = blocks.filter((b) => b.kind === 'headline' && a.headline!.includes(b.text));
    assert.ok(parts.length > 0 && parts.map((b) => b.text).join(' ') === a.headline, `headline "${a.headline}" has no headline block(s)`);
  }
  for (const re of expected) {
    const b = blocks.find((x) => re.test(x.text));
    assert.equal(b?.kind, 'headline', `${re}`);
    assert.equal(b?.decision?.rule, 'segment/item-head', `${re}`);
    assert.match(b?.decision?.evidence ?? '', /set centred in its column|heading in capitals/u);
  }
  const deck = blocks.find((b) => /^March of the Paraguayan Army/u.test(b.text));
  assert.equal(deck?.kind, 'deck');
  assert.equal(deck?.decision?.rule, 'segment/item-deck');
});

test('Evening Star full page: many short items, advertisements with insertion codes kept apart', { skip: !existsSync(PAGE) }, () => {
  const doc = run(PAGE);
  const out = toOutput(doc);
  const sizes = out.articles.map((a) => a.blocks.reduce((n, b) => n + words(b.text), 0));
  const total = sizes.reduce((a, b) => a + b, 0);
  assert.ok(out.articles.length >= 25, `${out.articles.length} articles`);
  // No "story" swallows the page (before: 4 stories held nearly all of it).
  assert.ok(Math.max(...sizes) < total / 4, `largest article ${Math.max(...sizes)} of ${total} words`);
  // Known heads of the page (read on the image) head their own article.
  for (const re of [/^SPECIAL NOTICES\.$/u, /^REMOVAL\.$/u, /^Death of Dr\. Waylaud\.$/u, /^The Narrow Eacapr of Gen\. Grant\.$/u]) {
    assert.ok(out.articles.some((a) => re.test(a.headline ?? '')), `no article headed ${re}`);
  }
  // The hotel's notice ends "... tf": an advertisement, its head kept as one furniture entry.
  assert.ok(out.furniture.some((f) => f.text === 'EUROPEAN HOTEL.'));
  assert.ok(!out.articles.some((a) => a.headline === 'EUROPEAN HOTEL.'));
  // Paid notices ("au 12 tf", "mh 31-6m") are furniture, with a message naming the code.
  const ads = doc.messages.filter((m) => m.rule === 'segment/advert');
  assert.ok(ads.length >= 5, `${ads.length} advertisements`);
  for (const code of ['au 12 tf', 'mh 31-6m']) {
    assert.ok(out.furniture.some((f) => f.text.includes(code)), code);
    assert.ok(!out.articles.some((a) => a.blocks.some((b) => b.text.includes(code))), code);
  }
});

test('item heads: none on modern pages (dev ALTO) nor on text without boxes', { skip: !existsSync(`${DEV}/dev001/page.alto.xml`) }, () => {
  for (const [id, file] of [['dev001', 'page.alto.xml'], ['dev004', 'page.hocr'], ['dev010', 'page.alto.xml'], ['dev003', 'page.pdfminer.txt']] as const) {
    const f = `${DEV}/${id}/${file}`;
    const bytes = readFileSync(f);
    const format = file.endsWith('.txt') ? 'text' : file.endsWith('.hocr') ? 'hocr' : 'alto';
    const doc = read(format, { name: f, bytes });
    for (const step of defaultTransforms()) {
      if (step.name === 'segment') break;
      step.run(doc);
    }
    assert.equal(itemHeads(doc.pages[0]!).size, 0, `${id}/${file}`);
    assert.ok(!run(f).messages.some((m) => m.rule === 'segment/advert'));
  }
});

test('insertion codes: month, day and term as printed (and OCR-noised), closing or opening a line; not dates or words', () => {
  // Lines of the Evening Star page (OCR spelling).
  const yes: Array<[string, string]> = [
    ['Agents. my 16-eodly', 'my 16-eodly'],
    ['Philadelphia, Pa. mh 31-6m', 'mh 31-6m'],
    ['tion, Philadelphia, Pa. mh 31-6m', 'mh 31-6m'],
    ['au 12 tf', 'au 12 tf'],
    ['FLUTING SIX CENTS per YARD. selS-tf', 'selS-tf'],
    ['IIUGH OTONSOR, Pawner Agent. jeS-tf', 'jeS-tf'],
    ['mar S3 ly 340 Pennsylvania avenue.', 'mar S3 ly'],
    ['oc v. tf F.EM RICH, Proprietor^', 'oc v. tf'],
  ];
  for (const [text, code] of yes) assert.equal(insertionCode(text), code, text);
  const no = [
    // Dates and references.
    'Sept. 29.—A convention of the colored freedmen',
    'May 16, 2017',
    'the staff left at 6 p.m.',
    'No. 3 King street',
    'Oct. 1.—The steamer Germania',
    // Modern text with a month-like word and a term-like token (invented sentences).
    'She kept my 5m pace for the last lap',
    'my 5m',
    'There is no 2m gap between the lanes',
    'no 2m',
    'The ap 12m feed went live at noon',
    'ap 12m',
    'de 1t',
    'se 1y',
    'the tf',
    'Load the model with tf',
    'tf and keras were both installed',
    // A code in the middle of running text, and a day that is no day of a month.
    'The clerk wrote au 12 tf on the order and filed it.',
    'de 32 tf',
    'no 0 tf',
  ];
  for (const text of no) assert.equal(insertionCode(text), null, text);
});
