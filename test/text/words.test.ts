/**
 * The word scan (src/text/words.ts) finds the words the segment transform's pattern finds
 * (src/transforms/segment/topic.ts TOKEN), at the same offsets: on real pages (every text input of the
 * dev and dev2 corpus, CC BY-SA, when ../shared is present) and on letters outside the basic plane,
 * lone surrogates, combining marks, curly apostrophes and non-Latin digits.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { WordScan } from '../../src/text/words.js';
import { TOKEN } from '../../src/transforms/segment/topic.js';
import { sharedFile } from '../structure/helpers.js';

function byPattern(text: string): string[] {
  return [...text.matchAll(new RegExp(TOKEN.source, TOKEN.flags))].map((m) => `${m.index}:${m[0]}`);
}

function byScan(text: string): string[] {
  const out: string[] = [];
  const scan = new WordScan(text);
  while (scan.next()) out.push(`${scan.start}:${text.slice(scan.start, scan.end)}`);
  return out;
}

test("the scan finds the pattern's words in odd text", () => {
  const text = 'a\u{1D400}b \u{1D7D8}x \uD800abc \uDC00’s -x ’a — naïve café 東京 ١٢٣ x\u0301y ℕ Ⅻ rock-’n’-roll';
  assert.deepEqual(byScan(text), byPattern(text));
  // A combining mark is no letter: `x́y` is two words, as the pattern reads it.
  assert.equal(byScan('x\u0301y').length, 2);
});

test("the scan finds the pattern's words on the corpus pages", (t) => {
  const root = sharedFile('corpus');
  if (!root) return t.skip('corpus not present');
  let words = 0;
  for (const corpus of ['dev', 'dev2']) {
    for (const id of readdirSync(`${root}/${corpus}`)) {
      for (const input of ['page.raw.txt', 'page.pdfminer.txt', 'page.txt']) {
        const path = sharedFile('corpus', corpus, id, input);
        if (!path) continue;
        const text = readFileSync(path, 'utf8');
        const expected = byPattern(text);
        assert.deepEqual(byScan(text), expected, `${corpus}/${id}/${input}`);
        words += expected.length;
      }
    }
  }
  assert.ok(words > 100_000, `many words compared (${words})`);
});
