/**
 * collapseSpaces (src/text/join.ts) skips its regex when a character scan finds nothing for it to
 * replace: the result must be the regex's (every run of white space other than a single space
 * becomes one space, then trimmed), on real text (every line pair of the dev and dev2 text inputs,
 * CC BY-SA, when ../shared is present) and on the white space `\s` knows beyond ASCII.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { collapseSpaces } from '../../src/text/join.js';
import { sharedFile } from '../structure/helpers.js';

/** The definition: the regex applied to every text. */
function byRegex(s: string): string {
  return s.replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

test('collapseSpaces gives the regex result on odd white space', () => {
  const cases = ['a b', ' a  b ', 'a\tb', 'a\u00a0b', 'a \u2009b', 'a\u200bb', 'a\ufeff', '\u3000a', 'a\r\nb', 'é ü', 'a \u202f b', ''];
  for (const s of cases) assert.equal(collapseSpaces(s), byRegex(s), JSON.stringify(s));
  // A zero-width space is no white space for `\s`: kept.
  assert.equal(collapseSpaces('a\u200bb'), 'a\u200bb');
  assert.equal(collapseSpaces('a\u00a0 b'), 'a b');
});

test('collapseSpaces gives the regex result on the corpus lines, joined in pairs', (t) => {
  const root = sharedFile('corpus');
  if (!root) return t.skip('corpus not present');
  let pairs = 0;
  let changed = 0;
  for (const corpus of ['dev', 'dev2']) {
    for (const id of readdirSync(`${root}/${corpus}`)) {
      for (const input of ['page.raw.txt', 'page.pdfminer.txt', 'page.txt']) {
        const path = sharedFile('corpus', corpus, id, input);
        if (!path) continue;
        const lines = readFileSync(path, 'utf8').split('\n');
        for (let i = 0; i + 1 < lines.length; i++) {
          const s = `${lines[i]!} ${lines[i + 1]!}`;
          const want = byRegex(s);
          assert.equal(collapseSpaces(s), want, `${corpus}/${id}/${input} line ${i + 1}`);
          pairs++;
          if (want !== s.trim()) changed++;
        }
      }
    }
  }
  // Both paths taken: pairs with nothing to collapse, and pairs the regex changes.
  assert.ok(pairs > 10_000 && changed > 100 && pairs - changed > 100, `pairs ${pairs}, changed ${changed}`);
});
