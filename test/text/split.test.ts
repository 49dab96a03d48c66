/**
 * originalIndex (src/text/split.ts) maps an offset of a line's text to its original; for a line with no
 * character the normalisation changes it maps each character to itself without normalising them one by
 * one. Checked against the character-by-character definition at every offset: on made-up lines with and
 * without ligatures, soft hyphens, odd spaces and trailing white space, and on every line of the dev2
 * pdfminer pages when ../shared is present.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Line } from '../../src/model/types.js';
import { normaliseLine } from '../../src/text/normalise.js';
import { originalIndex } from '../../src/text/split.js';
import { sharedFile } from '../structure/helpers.js';

/** The index map as defined: each original character normalised on its own. */
function byCharacter(original: string): { text: string; index: number[] } {
  let text = '';
  const index: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const out = normaliseLine(`a${original[i]!}a`).text.slice(1, -1);
    for (let k = 0; k < out.length; k++) index.push(i);
    text += out;
  }
  const trimmed = text.trimEnd();
  index.length = trimmed.length;
  index.push(original.length);
  return { text: trimmed, index };
}

function check(original: string): void {
  const line: Line = { text: normaliseLine(original).text, original, source: { page: 1 } };
  const map = byCharacter(original);
  if (map.text !== line.text) return; // the definition's own precondition (a line read as the reader reads it)
  for (let at = 0; at <= line.text.length; at++) {
    assert.equal(originalIndex(line, at), map.index[at] ?? original.length, `${JSON.stringify(original)} at ${at}`);
  }
}

test('originalIndex maps each offset as the character-by-character definition does', () => {
  for (const s of ['plain line of text', 'trailing spaces   ', 'tab\tinside', 'a ﬁne ligature', 'soft\u00adhyphen', 'no-break\u00a0space  ', 'en–dash', '', '   ']) check(s);
});

test('originalIndex on the lines of real pages', (t) => {
  const corpus = sharedFile('corpus', 'dev2');
  if (!corpus) return t.skip('../shared not present');
  let lines = 0;
  for (const id of readdirSync(corpus).sort()) {
    const file = join(corpus, id, 'page.pdfminer.txt');
    if (!existsSync(file)) continue;
    for (const s of readFileSync(file, 'utf8').split('\n')) {
      check(s);
      lines++;
    }
  }
  assert.ok(lines > 0);
});
