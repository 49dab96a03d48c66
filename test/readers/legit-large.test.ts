/**
 * The limits and refusals against hostile files (readers/xml/limits.ts, readers/xml/no-text.ts, the
 * binary and UTF-16 tests of readers/text/decode.ts and cli/input.ts) refuse no real input: a whole
 * issue of 24 broadsheet pages in one ALTO file (the Evening Star page of 1865, 7,078 words, 24 times),
 * an ALTO whose text is on its last page only, an hOCR broadsheet page of 30,100 words, and text files
 * of over 64 KiB in Windows-1252 or UTF-8 (no NUL byte: never taken for UTF-16) or with a few stray
 * control bytes after their first 64 KiB.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { readAlto } from '../../src/readers/alto/index.js';
import { readHocr } from '../../src/readers/hocr/index.js';
import { detectFormat } from '../../src/readers/index.js';
import { decodeText, utf16Encoding } from '../../src/readers/text/decode.js';
import { readText } from '../../src/readers/text/index.js';
import { readInputFile } from '../../src/cli/input.js';
import { MAX_OCR_WORDS } from '../../src/readers/xml/limits.js';
import { sharedFile } from '../structure/helpers.js';
import { tempDir } from '../cli/harness.js';

const words = (pages: ReadonlyArray<{ blocks: ReadonlyArray<{ lines: ReadonlyArray<{ text: string }> }> }>): number =>
  pages.reduce((n, p) => n + p.blocks.reduce((m, b) => m + b.lines.reduce((k, l) => k + l.text.split(' ').length, 0), 0), 0);

test('a whole issue in one ALTO file (24 pages of 7,078 words) is read, and so is one with text on its last page only', (t) => {
  const path = sharedFile('examples', 'evening-star-1865-10-02', 'page.alto.xml');
  if (!path) return t.skip('../shared/examples not present');
  const src = readFileSync(path, 'utf8');
  const start = src.indexOf('<Page ');
  const end = src.indexOf('</Page>') + '</Page>'.length;
  const page = src.slice(start, end);
  const issue = Array.from({ length: 24 }, (_, i) => page.replace(/ID="([^"]+)"/g, `ID="P${i + 1}_$1"`)).join('\n');
  const doc = readAlto(Buffer.from(src.slice(0, start) + issue + src.slice(end)), 'issue.alto.xml');
  assert.equal(doc.pages.length, 24);
  assert.ok(words(doc.pages) > 24 * 6000 && 24 * 7078 < MAX_OCR_WORDS, `${words(doc.pages)} words`);
  const blank = (i: number): string => `<Page ID="B${i}" WIDTH="18585" HEIGHT="27738"><PrintSpace><Illustration HPOS="0" VPOS="0" WIDTH="9000" HEIGHT="9000"/></PrintSpace></Page>`;
  const last = readAlto(Buffer.from(src.slice(0, start) + blank(1) + blank(2) + blank(3) + page + src.slice(end)), 'last.alto.xml');
  assert.equal(last.pages.length, 4);
  assert.deepEqual(last.pages.map((p) => p.blocks.length > 0), [false, false, false, true]);
});

test('an hOCR broadsheet page of 30,100 words is read', () => {
  let body = '';
  let n = 0;
  for (let c = 0; c < 10; c++) {
    body += `<div class="ocr_carea" title="bbox ${c * 600} 0 ${c * 600 + 580} 30000"><p class="ocr_par">`;
    for (let l = 0; l < 430; l++) {
      body += `<span class="ocr_line" title="bbox ${c * 600} ${l * 65} ${c * 600 + 580} ${l * 65 + 50}">`;
      for (let w = 0; w < 7; w++, n++) body += `<span class="ocrx_word" title="bbox ${c * 600 + w * 82} ${l * 65} ${c * 600 + w * 82 + 78} ${l * 65 + 50}">w${n}</span> `;
      body += '</span>\n';
    }
    body += '</p></div>\n';
  }
  const doc = readHocr(Buffer.from(`<html><body><div class="ocr_page" title="bbox 0 0 6000 30000">${body}</div></body></html>`), 'broadsheet.hocr');
  assert.equal(words(doc.pages), 30_100);
});

test('text of over 64 KiB in Windows-1252 or UTF-8, or with stray control bytes past its first 64 KiB, is read as text', () => {
  const line = 'Caf\u00e9 r\u00e9sum\u00e9 \u2014 \u201cquoted\u201d na\u00efve se\u00f1or \u00c9COLE \u00df\n';
  const text = line.repeat(Math.ceil(100_000 / line.length));
  const late = Buffer.from(text, 'utf8');
  for (const at of [80_000, 90_000, 95_000]) late[at] = 0x01;
  late[97_000] = 0x00;
  const dir = tempDir('galley-legit-text-');
  for (const [name, bytes] of [
    ['cp1252.txt', iconv.encode(text, 'windows-1252')],
    ['utf8.txt', Buffer.from(text, 'utf8')],
    ['late-control.txt', late],
  ] as const) {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    const read = readInputFile(file);
    assert.equal(read.length, bytes.length, `${name}: read whole`);
    assert.equal(detectFormat(file, read), 'text', name);
    assert.equal(utf16Encoding(read), undefined, name);
    assert.match(decodeText(read, file).text, /ÉCOLE ß/u, name);
    assert.ok(readText(read, file).pages[0]!.blocks.length > 0, name);
  }
});
