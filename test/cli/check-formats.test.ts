/** `--check` on OCR input audits the words the reader found, not the markup around them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { galley, ROOT } from './harness.js';

const FIXTURES = join(ROOT, 'test/fixtures/ocr');
const DEV001 = join(ROOT, '../shared/corpus/dev/dev001');

test('--check passes on a real digitized ALTO page (Evening Star 1865, public domain)', () => {
  const r = galley([join(FIXTURES, 'evening-star-1865-10-02-news.alto.xml'), '--check', '--format', 'json', '--quiet']);
  assert.equal(r.stderr, '');
  assert.equal(r.code, 0);
});

test('--check passes on hOCR with every hOCR class', () => {
  const r = galley([join(FIXTURES, 'hocr-classes.hocr'), '--check', '--format', 'json', '--quiet']);
  assert.equal(r.stderr, '');
  assert.equal(r.code, 0);
});

test('--check passes on a corpus page read as ALTO and as hOCR', { skip: !existsSync(DEV001) }, () => {
  for (const f of ['page.alto.xml', 'page.hocr']) {
    const r = galley([join(DEV001, f), '--check', '--format', 'json', '--quiet']);
    assert.equal(r.stderr, '', f);
    assert.equal(r.code, 0, f);
  }
});
