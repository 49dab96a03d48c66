import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readAlto } from '../../../src/readers/alto/index.js';
import { readHocr } from '../../../src/readers/hocr/index.js';
import { decodeXml, MAX_XML_BYTES } from '../../../src/readers/xml/decode.js';
import { MAX_XML_DEPTH } from '../../../src/readers/xml/parse.js';
import { GalleyError } from '../../../src/errors.js';

const FIX = 'test/fixtures/ocr';
const enc = (s: string) => new TextEncoder().encode(s);

/** Assert that `fn` throws a GalleyError with this code and exactly this message. */
function throwsExactly(fn: () => unknown, code: string, message: string): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof GalleyError, `expected a GalleyError, got ${String(e)}`);
    assert.equal(e.message, message);
    assert.equal(e.code, code);
    return true;
  });
}

const ENTITY_REFUSED =
  'the DOCTYPE declares entities (<!ENTITY ...>); Galley never expands or fetches entities (entity bombs, external entities), so it refuses such files';

test('malformed ALTO: the error names the line and column', () => {
  throwsExactly(
    () => readAlto(readFileSync(`${FIX}/malformed.alto.xml`), 'malformed.alto.xml'),
    'malformed',
    'malformed.alto.xml: XML error at line 8, column 18: unexpected end tag: <TextLine> was never closed',
  );
  throwsExactly(() => readAlto(enc('<alto>\n<Layout>\n'), 't.xml'), 'malformed', 't.xml: XML error at line 3, column 1: unclosed tag: Layout');
  throwsExactly(() => readAlto(enc('<alto><Page a="1" a="2"/></alto>'), 'd.xml'), 'malformed', 'd.xml: XML error at line 1, column 25: duplicate attribute: a.');
});

test('billion laughs: refused at the first entity declaration, nothing expanded', () => {
  throwsExactly(
    () => readAlto(readFileSync(`${FIX}/billion-laughs.alto.xml`), 'bomb.xml'),
    'malformed',
    `bomb.xml: XML error at line 3, column 3: ${ENTITY_REFUSED}`,
  );
});

test('external entity (file:///etc/passwd): refused, never read', () => {
  throwsExactly(
    () => readAlto(readFileSync(`${FIX}/external-entity.alto.xml`), 'xxe.xml'),
    'malformed',
    `xxe.xml: XML error at line 2, column 18: ${ENTITY_REFUSED}`,
  );
});

test('an external DTD is never fetched: the file reads, and nothing of the DTD gets in', () => {
  const doc = readAlto(readFileSync(`${FIX}/external-dtd.alto.xml`), 'dtd.xml');
  assert.equal(doc.pages[0]!.blocks[0]!.lines[0]!.text, 'harmless');
  assert.doesNotMatch(JSON.stringify(doc), /root:/);
});

test('a reference to an entity nobody declared is an error, not a lookup', () => {
  throwsExactly(
    () => readAlto(readFileSync(`${FIX}/undeclared-entity.alto.xml`), 'u.xml'),
    'malformed',
    'u.xml: XML error at line 4, column 26: undefined entity (Galley does not read entity definitions from a DTD)',
  );
});

test('the same protections hold for hOCR', () => {
  const bomb = readFileSync(`${FIX}/billion-laughs.alto.xml`, 'utf8').replace(/<alto[\s\S]*$/, "<html><body><div class='ocr_page'>&lol9;</div></body></html>");
  throwsExactly(() => readHocr(enc(bomb), 'bomb.hocr'), 'malformed', `bomb.hocr: XML error at line 3, column 3: ${ENTITY_REFUSED}`);
  throwsExactly(
    () => readHocr(enc("<html><body><div class='ocr_page'>&xxe;</div></body></html>"), 'u.hocr'),
    'malformed',
    'u.hocr: XML error at line 1, column 39: undefined entity (Galley does not read entity definitions from a DTD)',
  );
});

test('nesting deeper than MAX_XML_DEPTH is refused', () => {
  const deep = `<alto>${'<x>'.repeat(MAX_XML_DEPTH)}${'</x>'.repeat(MAX_XML_DEPTH)}</alto>`;
  throwsExactly(() => readAlto(enc(deep), 'deep.xml'), 'malformed', `deep.xml: XML error at line 1, column ${6 + 3 * MAX_XML_DEPTH}: elements nested more than ${MAX_XML_DEPTH} deep`);
});

test('size limit: a file over MAX_XML_BYTES (200 MiB) is refused before it is parsed', () => {
  assert.equal(MAX_XML_BYTES, 200 * 1024 * 1024);
  throwsExactly(() => decodeXml(new Uint8Array(2048), 'big.xml', 1024), 'malformed', 'big.xml: the file is too large to read as XML (2048 bytes; the limit is 1024 bytes)');
  throwsExactly(
    () => decodeXml(new Uint8Array(3 * 1024 * 1024), 'big.xml', 2 * 1024 * 1024),
    'malformed',
    'big.xml: the file is too large to read as XML (3.0 MiB; the limit is 2.0 MiB)',
  );
});

test('empty files, other XML and ALTO without pages are refused with clear messages', () => {
  throwsExactly(() => readAlto(new Uint8Array(), 'e.xml'), 'empty', 'e.xml: the file is empty');
  throwsExactly(() => readAlto(enc('  \n'), 'w.xml'), 'empty', 'w.xml: the file holds no text (only white space)');
  throwsExactly(() => readAlto(enc('<html><body/></html>'), 'h.xml'), 'malformed', 'h.xml: not an ALTO file: the root element is <html>, not <alto>');
  throwsExactly(() => readAlto(enc('<alto><Layout/></alto>'), 'n.xml'), 'malformed', 'n.xml: the ALTO file has no <Page> element');
  throwsExactly(() => readHocr(enc('<html><body><p>hi</p></body></html>'), 'n.hocr'), 'malformed', 'n.hocr: not an hOCR file: no element with class ocr_page, ocr_line or ocrx_word');
  throwsExactly(() => readAlto(enc('plain text'), 'p.xml'), 'malformed', 'p.xml: XML error at line 1, column 10: text data outside of root node.');
});

test('encodings: the XML declaration is followed; mislabelled Latin-1 is read with a warning', () => {
  const body = '<alto><Layout><Page><TextBlock><TextLine><String CONTENT="caf\u00e9"/></TextLine></TextBlock></Page></Layout></alto>';
  const latin1 = Buffer.from(`<?xml version="1.0" encoding="ISO-8859-1"?>${body}`, 'latin1');
  assert.equal(readAlto(latin1, 'l.xml').pages[0]!.blocks[0]!.lines[0]!.text, 'caf\u00e9');
  const mislabelled = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>${body}`, 'latin1');
  const doc = readAlto(mislabelled, 'm.xml');
  assert.equal(doc.pages[0]!.blocks[0]!.lines[0]!.text, 'caf\u00e9');
  assert.deepEqual(doc.messages.map((m) => [m.rule, m.severity, m.text]), [
    ['reader/encoding', 'warning', 'm.xml: not valid UTF-8 although the XML declaration says so (or says nothing); decoded as windows-1252'],
  ]);
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]);
  assert.equal(readAlto(utf16, 'u16.xml').pages[0]!.blocks[0]!.lines[0]!.text, 'caf\u00e9');
});

test('encodings: UTF-8 with one stray Latin-1 byte keeps its UTF-8 (dashes and quotes not turned into mojibake)', () => {
  const words = ['The', 'council', '\u2014', 'at', '\u201cthe', 'last\u201d', 'minute'].map((w) => `<String CONTENT="${w}"/>`).join('<SP/>');
  const utf8 = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n<alto><Layout><Page><TextBlock><TextLine>${words}<SP/><String CONTENT="caf`, 'utf8');
  const tail = Buffer.from('\u00e9"/></TextLine></TextBlock></Page></Layout></alto>', 'latin1');
  const doc = readAlto(Buffer.concat([utf8, tail]), 'm.xml');
  assert.equal(doc.pages[0]!.blocks[0]!.lines[0]!.text, 'The council \u2014 at \u201cthe last\u201d minute caf\u00e9');
  assert.deepEqual(doc.messages.filter((m) => m.rule === 'reader/encoding').map((m) => m.text), [
    'm.xml: not valid UTF-8 throughout: one byte that is not (the first on line 2) decoded as windows-1252, the rest as UTF-8',
  ]);
});
