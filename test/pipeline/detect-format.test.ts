import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { detectFormat } from '../../src/readers/index.js';

const enc = (s: string) => new TextEncoder().encode(s);
const dev = '../shared/corpus/dev/dev001';

test('format sniffing from content, whatever the file is called', () => {
  const cases: Array<[string, Uint8Array, string]> = [
    ['a.bin', enc('%PDF-1.5\n%\xE2\xE3'), 'pdf'],
    ['junk-before-header', enc('garbage\n%PDF-1.4\n'), 'pdf'],
    ['scan', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'image'],
    ['scan', new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), 'image'],
    ['scan', new Uint8Array([0x49, 0x49, 0x2a, 0x00]), 'image'],
    ['x.xml', enc('<?xml version="1.0"?>\n<!-- made by OCR -->\n<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#">'), 'alto'],
    ['x.xml', enc('<alto:alto xmlns:alto="http://www.loc.gov/standards/alto/ns-v2#">'), 'alto'],
    ['x.html', enc(`<html><head>${' '.repeat(5000)}</head><body><div class='ocr_page' title='bbox 0 0 10 10'>`), 'hocr'],
    ['page.txt', enc('Plain newspaper text.\n'), 'text'],
    ['page.alto.xml', enc('   '), 'alto'],
  ];
  for (const [name, bytes, want] of cases) assert.equal(detectFormat(name, bytes), want, name);
});

test('the corpus inputs are recognised by content', { skip: !existsSync(dev) }, () => {
  for (const [file, want] of [['page.pdf', 'pdf'], ['page.png', 'image'], ['page.alto.xml', 'alto'], ['page.hocr', 'hocr'], ['page.raw.txt', 'text']] as const) {
    assert.equal(detectFormat('input', readFileSync(`${dev}/${file}`)), want, file);
  }
});

test('markup that is neither ALTO nor hOCR is refused with its root element named, not read as text', () => {
  const refused: Array<[string, string, string]> = [
    ['issue.mets.xml', '<?xml version="1.0"?>\n<mets:mets xmlns:mets="http://www.loc.gov/METS/">', 'mets'],
    ['page.html', '<!DOCTYPE html>\n<html lang="en"><body><p>News</p>', 'html'],
    ['ns.dat', '<a xmlns="urn:x"><a><a>', 'a'],
    ['deep.xml', '<a><a><a>', 'a'],
  ];
  for (const [name, text, root] of refused) {
    assert.throws(
      () => detectFormat(name, enc(text)),
      (e: Error) => e.message === `${name}: XML or HTML, but neither ALTO (root element <alto>) nor hOCR (no element of class ocr_page); its root element is <${root}>`,
      name,
    );
  }
  // A text layer that happens to open with an angle bracket stays text.
  assert.equal(detectFormat('page.txt', enc('<< Continued from page 1\nThe council voted on Monday.\n')), 'text');
  assert.equal(detectFormat('page.txt', enc('<b>Weather</b> today: sunny\n')), 'text');
});

test('hostile heads are sniffed in linear time: thousands of declarations, an unclosed comment', () => {
  // Each of these took exponential time with the regular expressions sniffing used before.
  const many = '<?xml version="1.0"?>'.repeat(2_000); // 42 KB: inside the sniffing window
  assert.equal(detectFormat('page.txt', enc(`${many} hello world`)), 'text');
  assert.equal(detectFormat('x.xml', enc(`${many}<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#">`)), 'alto');
  assert.equal(detectFormat('page.txt', enc(`<!-- never closed ${'-'.repeat(50_000)}`)), 'text');
  assert.equal(detectFormat('page.txt', enc(`<${'a'.repeat(60_000)}`)), 'text');
});

test('the root element is found after a UTF-8 byte-order mark and a DOCTYPE with an internal subset', () => {
  const bom = new Uint8Array([0xef, 0xbb, 0xbf]);
  const alto = enc('<?xml version="1.0" encoding="UTF-8"?>\n<alto xmlns="http://www.loc.gov/standards/alto/ns-v2#">');
  assert.equal(detectFormat('x.xml', new Uint8Array([...bom, ...alto])), 'alto');
  assert.equal(detectFormat('x.xml', enc('<!DOCTYPE alto [ <!ENTITY a "b>"> ]>\n<alto>')), 'alto');
});
