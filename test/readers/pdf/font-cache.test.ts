/**
 * Long PDFs: pdf.js's document caches (the fonts it has parsed) are emptied between pages once the
 * pages have used more than `maxCachedFonts` fonts (host.ts MAX_CACHED_FONTS, worker.ts
 * emptyCaches), and the page model keeps no per-glyph data. What is read must not change; fonts
 * that pages share count once. (How much memory this saves is the bench's business: `npm run bench`,
 * the 200-page PDF row.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { MAX_CACHED_FONTS, PdfHost, type PageOutcome } from '../../../src/readers/pdf/host.js';
import { readPdf } from '../../../src/readers/pdf/index.js';
import { lineWords } from '../../../src/model/words.js';
import { mergePdfs } from '../../../bench/lib/merge-pdfs.js';
import { writePdf, type PageSpec } from './helpers/pdf-writer.js';

const IDS = ['dev001', 'dev013', 'dev014', 'dev001'];
const dirs = IDS.map((id) => `../shared/corpus/dev/${id}`);
const haveCorpus = dirs.every((d) => existsSync(`${d}/page.pdf`));

/** Every page of `bytes` through the worker alone, and how many times pdf.js's caches were emptied. */
async function readRaw(bytes: Uint8Array, maxCachedFonts: number): Promise<{ pages: PageOutcome[]; emptied: number }> {
  const { host, info } = await PdfHost.open(bytes, { maxCachedFonts });
  const pages: PageOutcome[] = [];
  try {
    for (let n = 1; n <= info.pages; n++) pages.push(await host.page(n));
  } finally {
    await host.close();
  }
  return { pages, emptied: host.cachesEmptied };
}

test('pdf.js emptied after every page reads the same glyphs, fonts and graphics as pdf.js never emptied', { skip: !haveCorpus && 'corpus not present' }, async () => {
  // Corpus pages merged, as e-paper issues are from one file per page: each page brings fonts of its own
  // (the fourth repeats the first page, as a copy with fonts of its own too).
  const merged = await mergePdfs(dirs.map((d) => new Uint8Array(readFileSync(`${d}/page.pdf`))));
  const emptied = await readRaw(merged, 0);
  const kept = await readRaw(merged, Infinity);
  assert.equal(emptied.emptied, IDS.length);
  assert.equal(kept.emptied, 0);
  assert.ok(emptied.pages.every((p) => p.ok));
  assert.deepEqual(emptied.pages, kept.pages);
  // Under the default limit the fonts of four pages (a few dozen) stay cached.
  assert.equal((await readRaw(merged, MAX_CACHED_FONTS)).emptied, 0);
});

/** A page in three of the standard fonts (one font object each in the file, shared by every page). */
function page(n: number): PageSpec {
  return {
    width: 400,
    height: 500,
    items: [
      { type: 'text', font: 'Times-Bold', size: 20, x: 40, y: 60, text: `Council meets, day ${n}` },
      { type: 'text', font: 'Times-Roman', size: 10, x: 40, y: 90, text: 'The council met on Tuesday to discuss the budget.' },
      { type: 'text', font: 'Helvetica', size: 8, x: 40, y: 480, text: `Page ${n}` },
    ],
  };
}

test('fonts shared by pages count once: three fonts on every page never pass a limit of three', async () => {
  const bytes = writePdf(Array.from({ length: 5 }, (_, i) => page(i + 1)));
  assert.equal((await readRaw(bytes, 3)).emptied, 0);
  // Below the fonts one page uses, the caches are emptied after every page (the fonts then parsed again).
  const tight = await readRaw(bytes, 2);
  assert.equal(tight.emptied, 5);
  assert.deepEqual(tight.pages, (await readRaw(bytes, 3)).pages);
});

/** Every value reachable from `root` that is binary data (a typed array, a DataView or an ArrayBuffer). */
function binaryValues(root: unknown): string[] {
  const found: string[] = [];
  const seen = new Set<object>();
  const walk = (v: unknown, path: string): void => {
    if (typeof v !== 'object' || v === null || seen.has(v)) return;
    seen.add(v);
    if (ArrayBuffer.isView(v) || v instanceof ArrayBuffer) {
      found.push(path);
      return;
    }
    for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
  };
  walk(root, 'doc');
  return found;
}

test('the page model of a multi-page PDF keeps no per-glyph data: words with boxes (packed), no glyph buffers', async () => {
  const doc = await readPdf(writePdf(Array.from({ length: 3 }, (_, i) => page(i + 1))), 'council.pdf');
  assert.equal(doc.pages.length, 3);
  assert.deepEqual(binaryValues(doc), []);
  const lines = doc.pages[2]!.blocks.flatMap((b) => b.lines);
  const words = lines.flatMap((l) => lineWords(l) ?? []);
  assert.deepEqual(words.map((w) => w.text).slice(0, 4), ['Council', 'meets,', 'day', '3']);
  assert.ok(words.every((w) => w.box) && lines.every((l) => l.font));
});
