/**
 * classify/geometry/ocr-caption-under-photo on Tesseract's ALTO and hOCR of
 * corpus pages (CC BY-SA; skipped when ../shared/corpus is not beside the clone).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { restoreAsync } from '../../../../src/pipeline.js';
import { joinLines } from '../../../../src/text/join.js';
import type { Block, GalleyDocument } from '../../../../src/model/types.js';

const file = (id: string, input: string): string => `../shared/corpus/dev2/${id}/${input}`;
const have = existsSync(file('d2_001', 'page.alto.xml')) && existsSync(file('d2_006', 'page.hocr'));

async function run(path: string): Promise<GalleyDocument> {
  return restoreAsync({ name: path, bytes: new Uint8Array(readFileSync(path)) });
}

function blockStarting(doc: GalleyDocument, start: string): Block | undefined {
  return doc.pages[0]!.blocks.find((b) => joinLines(b.lines).startsWith(start));
}

test('OCR: a line from a photo\'s left edge, on its bottom edge, is its caption whatever its wording (d2_001, d2_004)', { skip: !have }, async () => {
  for (const input of ['page.alto.xml', 'page.hocr']) {
    // d2_001: `Gordon's alleged tomb at Vvedenskoye Cemetery in Moscow.` (no caption wording), 19 px into
    // Tesseract's picture box; as a paragraph it stood before the story's dateline, which was lost.
    const d1 = await run(file('d2_001', input));
    const b = blockStarting(d1, 'Gordon');
    assert.equal(b?.kind, 'caption', input);
    assert.equal(b?.decision?.rule, 'classify/geometry/ocr-caption-under-photo');
    assert.match(b?.decision?.evidence ?? '', /^1 line\(s\) from the left edge of the photo \[\d+,\d+ \d+,\d+\], starting \d+ (over|under) its bottom edge \(line height \d+, the body.s \d+\)$/);
    assert.equal(d1.articles.find((a) => a.headline === 'Patrick Gordon')?.dateline, 'MOSCOW (Reuters)', input);
    // d2_004: `Holt with the Boston Red Sox`, 4 px under the photo, with its credit (read before it).
    const d4 = await run(file('d2_004', input));
    const cap = d4.articles.flatMap((a) => a.captions).find((c) => c.text === 'Holt with the Boston Red Sox');
    assert.equal(cap?.credit, 'GRACE LARSEN / THE LAKESIDE SENTINEL', input);
  }
});

test('OCR: not a caption: body text a line space under a photo, a credit set flush right on its edge', { skip: !have }, async () => {
  for (const input of ['page.alto.xml', 'page.hocr']) {
    // d2_003: the story under the first photo starts 21 px (1.2 lines) under it.
    const d3 = await run(file('d2_003', input));
    assert.notEqual(blockStarting(d3, 'NEW YORK, July 17')?.kind, 'caption', input);
    // d2_006: `SAMUEL ADEYEMUAP` (the credit, `/` read as `U`) sits on the photo's edge at its right.
    const d6 = await run(file('d2_006', input));
    const credit = d6.pages[0]!.blocks.find((x) => joinLines(x.lines).includes('SAMUEL ADEYEM'));
    assert.notEqual(credit?.decision?.rule, 'classify/geometry/ocr-caption-under-photo', input);
  }
});
