/**
 * Scanned images through OCR (tesseract.js, offline English model) into the
 * page model, end to end: a whole corpus page through `restoreAsync` measured
 * against its truth, small JPEG and TIFF crops of a corpus page (fixtures), and
 * broken files refused with a GalleyError naming the file and the problem
 * before any OCR starts. OCR takes seconds per crop and 20–50 s per page: the
 * tests have generous timeouts and assert no timings.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';
import fc from 'fast-check';
import { restoreAsync } from '../../../src/pipeline.js';
import { readImage } from '../../../src/readers/image/index.js';
import { checkImage, MAX_IMAGE_PIXELS } from '../../../src/readers/image/check.js';
import { GalleyError } from '../../../src/errors.js';
import type { GalleyDocument } from '../../../src/model/types.js';

const FIX = 'test/fixtures/ocr';
const PAGE = '../shared/corpus/dev/dev001';
const havePage = existsSync(`${PAGE}/page.png`);
const OCR_TIMEOUT = { timeout: 120_000 };

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const lineTexts = (doc: GalleyDocument): string[] => doc.pages.flatMap((p) => p.blocks.flatMap((b) => b.lines.map((l) => l.text)));

/** Share of the words of `want` found in `got`, counted as bags (each found word used once). */
function recall(want: string[], got: string[]): number {
  const bag = new Map<string, number>();
  for (const w of got) bag.set(w, (bag.get(w) ?? 0) + 1);
  let hit = 0;
  for (const w of want) {
    const n = bag.get(w) ?? 0;
    if (n > 0) {
      hit++;
      bag.set(w, n - 1);
    }
  }
  return want.length ? hit / want.length : 1;
}

/** Expect a GalleyError 'malformed' naming the file, with a message matching `why`. */
async function refuses(bytes: Uint8Array, name: string, why: RegExp): Promise<void> {
  await assert.rejects(readImage(bytes, name), (e: unknown) => {
    assert.ok(e instanceof GalleyError, String(e));
    assert.equal(e.code, 'malformed');
    assert.equal(e.file, name);
    assert.ok(e.message.startsWith(`${name}: the image could not be read: `), e.message);
    assert.match(e.message, why);
    return true;
  });
}

test('a whole scanned page (dev001 page.png) through restoreAsync: text, articles, headline and running head', { ...OCR_TIMEOUT, skip: !havePage }, async () => {
  const doc = await restoreAsync({ name: `${PAGE}/page.png`, bytes: readFileSync(`${PAGE}/page.png`) });
  const truth = JSON.parse(readFileSync(`${PAGE}/truth.json`, 'utf8')) as {
    articles: Array<{ headline: string | null; blocks: Array<{ type: string; text: string }> }>;
    furniture: Array<{ text: string }>;
  };
  assert.equal(doc.format, 'image');
  assert.equal(doc.messages[0]!.rule, 'reader/ocr');
  const articleText = doc.articles.flatMap((a) => [a.headline ?? '', a.deck ?? '', a.byline ?? '', ...a.blocks.map((b) => b.text), ...a.captions.map((c) => c.text)]);
  // Word recall of the truth's paragraphs: 0.997 measured (Tesseract at 150 dpi, PSM 3).
  const want = truth.articles.flatMap((a) => a.blocks.filter((b) => b.type === 'paragraph').flatMap((b) => words(b.text)));
  const r = recall(want, articleText.flatMap(words));
  assert.ok(r >= 0.9, `paragraph word recall ${r.toFixed(3)}`);
  assert.ok(doc.articles.length >= 1);
  // Every word of the right-hand story's headline is read ("Warhol's photo legacy ...").
  const headline = truth.articles[1]!.headline!;
  const got = new Set(lineTexts(doc).flatMap(words));
  for (const w of words(headline.replace(/’/g, "'"))) assert.ok(got.has(w), `headline word "${w}"`);
  // The running head (paper name, date, folio above the right-hand story) is found from the
  // geometry and kept out of the articles.
  // (the line's hint survives the structure transforms, which rebuild blocks)
  const head = doc.pages[0]!.blocks.flatMap((b) => b.lines).find((l) => l.text.includes('Meridian'));
  assert.equal(head?.hint, 'running-head');
  assert.ok(!articleText.some((t) => t.includes('Meridian Times')), 'paper name leaked into an article');
});

test('a JPEG crop of a corpus page (headline of dev001) is read line by line', OCR_TIMEOUT, async () => {
  const doc = await readImage(readFileSync(`${FIX}/dev001-headline.jpg`), 'headline.jpg');
  assert.equal(doc.format, 'image');
  const text = lineTexts(doc).join(' ');
  const truth = 'The prevalence of discrimination across racial groups in contemporary America: Results from a nationally representative sample of adults';
  assert.ok(recall(words(truth), words(text)) >= 0.9, text);
  assert.equal(lineTexts(doc).length, 5); // five printed lines
  assert.ok(doc.pages[0]!.blocks.flatMap((b) => b.lines).every((l) => l.box && l.words!.every((w) => w.box && w.confidence !== undefined)));
});

test('a TIFF crop (uncompressed grayscale, one line) is read', OCR_TIMEOUT, async () => {
  const doc = await readImage(readFileSync(`${FIX}/dev001-headline-line.tif`), 'line.tif');
  assert.deepEqual(words(lineTexts(doc).join(' ')), ['the', 'prevalence', 'of', 'discrimination']);
});

test('a truncated PNG is refused before OCR, naming the file and the chunk', { skip: !havePage }, async () => {
  const png = readFileSync(`${PAGE}/page.png`);
  await refuses(png.subarray(0, 2000), 'cut.png', /the PNG file is truncated: its IDAT chunk at byte \d+ runs past the end of the file/);
  await refuses(png.subarray(0, png.length - 12), 'no-end.png', /truncated: it ends at byte \d+ without an IEND chunk/);
});

test('a PNG with a damaged byte in its image data is refused (checksum), naming the file', { skip: !havePage }, async () => {
  const png = Uint8Array.from(readFileSync(`${PAGE}/page.png`));
  const at = png.length >> 1;
  png[at] = png[at]! ^ 0xff;
  await refuses(png, 'damaged.png', /the PNG file is corrupt: its IDAT chunk at byte \d+ fails its checksum \(CRC\)/);
});

test('any cut of a real PNG is refused with a clear message, never passed to OCR (property)', { skip: !havePage }, () => {
  const png = readFileSync(`${PAGE}/page.png`);
  fc.assert(
    fc.property(fc.integer({ min: 0, max: png.length - 1 }), (cut) => {
      assert.throws(
        () => checkImage(png.subarray(0, cut), 'p.png'),
        (e: unknown) => e instanceof GalleyError && e.code === 'malformed' && /^p\.png: the image could not be read: /.test(e.message),
      );
    }),
    { numRuns: 60 },
  );
  assert.deepEqual(checkImage(png, 'p.png'), { format: 'png', width: 1875, height: 2123 });
});

test('truncated JPEG and TIFF files are refused; the whole fixtures pass', () => {
  const jpg = readFileSync(`${FIX}/dev001-headline.jpg`);
  assert.deepEqual(checkImage(jpg, 'h.jpg'), { format: 'jpeg', width: 1040, height: 315 });
  assert.throws(() => checkImage(jpg.subarray(0, 300), 'h.jpg'), /h\.jpg: the image could not be read: the JPEG file is truncated/);
  assert.throws(() => checkImage(jpg.subarray(0, jpg.length - 2), 'h.jpg'), /no end-of-image marker/);
  const tif = readFileSync(`${FIX}/dev001-headline-line.tif`);
  assert.deepEqual(checkImage(tif, 'l.tif'), { format: 'tiff', width: 940, height: 68 });
  assert.throws(() => checkImage(tif.subarray(0, 6), 'l.tif'), /the TIFF file is truncated: no header/);
  assert.throws(() => checkImage(tif.subarray(0, 20), 'l.tif'), /its first directory runs past the end/);
});

test('a decompression bomb (a tiny PNG declaring 100 000 × 100 000 pixels) is refused before decoding', async () => {
  const chunk = (type: string, data: number[]): number[] => {
    const body = Buffer.from([...Buffer.from(type, 'latin1'), ...data]);
    const be = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
    return [...be(data.length), ...body, ...be(crc32(body))];
  };
  const be = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
  const png = Uint8Array.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
    ...chunk('IHDR', [...be(100_000), ...be(100_000), 8, 0, 0, 0, 0]),
    ...chunk('IDAT', [0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]),
    ...chunk('IEND', []),
  ]);
  assert.ok(100_000 * 100_000 > MAX_IMAGE_PIXELS);
  await refuses(png, 'bomb.png', /too large to recognise \(100000 × 100000 pixels; the limit is 200 million\)/);
});

test('a TIFF bomb (a first directory declaring 60 000 × 60 000 pixels, a few bytes of strip) is refused before decoding', async () => {
  // ImageWidth, ImageLength (LONG), BitsPerSample, Compression (8: Deflate), Photometric, StripOffsets, SamplesPerPixel, RowsPerStrip, StripByteCounts
  const tags: Array<[number, number, number]> = [[256, 4, 60_000], [257, 4, 60_000], [258, 3, 8], [259, 3, 8], [262, 3, 1], [273, 4, 122], [277, 3, 1], [278, 4, 60_000], [279, 4, 8]];
  const tif = Buffer.alloc(130);
  tif.write('II', 0, 'latin1');
  tif.writeUInt16LE(42, 2);
  tif.writeUInt32LE(8, 4);
  tif.writeUInt16LE(tags.length, 8);
  tags.forEach(([tag, type, value], i) => {
    tif.writeUInt16LE(tag, 10 + i * 12);
    tif.writeUInt16LE(type, 12 + i * 12);
    tif.writeUInt32LE(1, 14 + i * 12);
    if (type === 3) tif.writeUInt16LE(value, 18 + i * 12);
    else tif.writeUInt32LE(value, 18 + i * 12);
  });
  await refuses(tif, 'bomb.tif', /^bomb\.tif: the image could not be read: the image is too large to recognise \(60000 × 60000 pixels; the limit is 200 million\)$/);
});

test('an image in which OCR finds no text (a blank 1 × 1 PNG) is refused, not an empty output with exit 0', async () => {
  const chunk = (type: string, data: Uint8Array): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]); // 1 × 1, 8-bit grey
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.from([0, 255]))), // filter byte, one white pixel
    chunk('IEND', new Uint8Array(0)),
  ]);
  await assert.rejects(
    readImage(png, 'white.png'),
    (e: unknown) =>
      e instanceof GalleyError && e.code === 'empty' && e.message === 'white.png: OCR found no text in the image: a blank page, a photograph, or a scan too faint or too small to read',
  );
});

test('bytes that are no image at all, and an empty file, are refused by name', async () => {
  await refuses(new TextEncoder().encode('%PDF-1.7 not an image'), 'x.png', /not a PNG, JPEG or TIFF file/);
  await refuses(new Uint8Array(0), 'empty.png', /the file is empty/);
});
