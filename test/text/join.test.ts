/**
 * collapseSpaces (src/text/join.ts) asks first whether a text holds a run of white space to
 * collapse, and replaces only then: it must give what replacing every run gives, on every mix
 * of spaces, tabs, line breaks, no-break and em spaces (fast-check: strings over a small
 * alphabet of letters and white space, so runs of every shape occur), and on real lines of the
 * dev corpus (pdfminer's doubled spaces), when ../shared is present.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collapseSpaces } from '../../src/text/join.js';
import { sharedFile } from '../structure/helpers.js';

const byReplace = (s: string): string => s.replace(/\s+/g, ' ').trim();

test('collapseSpaces gives what replacing every white-space run gives, for every mix of white space', () => {
  const ch = fc.constantFrom('a', 'b', '.', ' ', ' ', '\t', '\n', '\r', '\u00a0', '\u2003', '\u3000', '\ufeff');
  fc.assert(
    fc.property(fc.array(ch, { maxLength: 24 }), (chars) => {
      const s = chars.join('');
      assert.equal(collapseSpaces(s), byReplace(s), JSON.stringify(s));
    }),
    { numRuns: 3000 },
  );
  // The shapes one by one: a lone space stays, two spaces or any other white space are collapsed.
  for (const s of ['a b', 'a  b', 'a\tb', 'a \tb', 'a\u00a0b', 'a \u00a0 b', '  a', 'a  ', ' ', '', 'a\n\nb']) {
    assert.equal(collapseSpaces(s), byReplace(s), JSON.stringify(s));
  }
});

test('collapseSpaces on the lines of real pages, joined three by three as paragraphs are', (t) => {
  const corpus = sharedFile('corpus', 'dev2');
  if (!corpus) return t.skip('../shared not present');
  let checked = 0;
  for (const id of readdirSync(corpus).sort()) {
    const file = join(corpus, id, 'page.pdfminer.txt');
    if (!existsSync(file)) continue;
    const lines = readFileSync(file, 'utf8').split('\n');
    for (let i = 0; i + 3 <= lines.length; i += 3) {
      const s = lines.slice(i, i + 3).join(' ');
      assert.equal(collapseSpaces(s), byReplace(s), JSON.stringify(s));
      checked++;
    }
  }
  assert.ok(checked > 0);
});
