/** `npm run eval` makes the pdftotext -layout dumps it scores in a copy of the corpus (bench/lib/pdftotext.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { hasPdftotext, LAYOUT_INPUT, layoutCorpus } from '../../bench/lib/pdftotext.js';
import { laidOut, pageRows } from '../../src/readers/text/laid-out.js';
import { sharedFile } from '../structure/helpers.js';

test('layoutCorpus: every page with a PDF gets its truth, its raw text and a dump the text reader finds laid out', (t) => {
  const dev = sharedFile('corpus', 'dev');
  if (!dev || !hasPdftotext()) return t.skip('needs ../shared and pdftotext');
  const copy = layoutCorpus(dev);
  try {
    const pages = readdirSync(dev).filter((id) => existsSync(join(dev, id, 'page.pdf')));
    assert.deepEqual(readdirSync(copy).sort(), pages.sort());
    for (const id of pages) {
      assert.equal(readFileSync(join(copy, id, 'truth.json'), 'utf8'), readFileSync(join(dev, id, 'truth.json'), 'utf8'));
      assert.ok(existsSync(join(copy, id, 'page.raw.txt')));
      const dump = readFileSync(join(copy, id, LAYOUT_INPUT), 'utf8');
      assert.ok(pageRows(dump).some((p) => laidOut(p.rows)), id);
    }
  } finally {
    rmSync(join(copy, '..'), { recursive: true, force: true });
  }
});
