import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_TEXT_BYTES, MAX_TEXT_LINES, readText } from '../../src/readers/text/index.js';
import { GalleyError } from '../../src/errors.js';

const enc = (s: string) => new TextEncoder().encode(s);

test('form feed splits pages, blank lines split blocks, CRLF/CR end lines', () => {
  const doc = readText(enc('Head line\r\nsecond\r\n\r\nnext block\rstill\fpage two\n'), 'x.txt');
  assert.equal(doc.pages.length, 2);
  assert.deepEqual(doc.pages[0]!.blocks.map((b) => b.lines.map((l) => l.text)), [['Head line', 'second'], ['next block', 'still']]);
  assert.deepEqual(doc.pages[1]!.blocks[0]!.lines.map((l) => l.text), ['page two']);
  // the form feed ends the page, not the editor line: `page two` is on line 5, column 7
  assert.deepEqual(doc.pages[1]!.blocks[0]!.lines[0]!.source.span!.start, { line: 5, column: 7, offset: 38 });
});

test('BOM, NBSP, ligatures, Unicode hyphens and dashes are normalised and recorded', () => {
  const doc = readText(enc('\uFEFFof\uFB01cial\u00A0US\u2010led war\u2013over\u200B'), 'x.txt');
  const line = doc.pages[0]!.blocks[0]!.lines[0]!;
  assert.equal(line.text, 'official US-led war\u2014over');
  assert.deepEqual(doc.messages.filter((m) => m.rule === 'reader/characters').map((m) => m.before), ['\uFB01', '\u00A0', '\u2010', '\u2013']);
});

test('a soft hyphen at a line end is a certain line-break hyphen', () => {
  const doc = readText(enc('docu\u00AD\nmentary'), 'x.txt');
  const line = doc.pages[0]!.blocks[0]!.lines[0]!;
  assert.equal(line.text, 'docu-');
  assert.equal(line.join, 'join');
});

test('Windows-1252 input is decoded with a warning', () => {
  const bytes = new Uint8Array([0x93, 0x48, 0x69, 0x94, 0x20, 0x97, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x0a]);
  const doc = readText(bytes, 'latin.txt');
  assert.equal(doc.pages[0]!.blocks[0]!.lines[0]!.text, '\u201cHi\u201d \u2014 caf\u00e9');
  assert.match(doc.messages[0]!.text, /not valid UTF-8; decoded as windows-1252/);
});

test('empty and binary input are refused with the file named', () => {
  assert.throws(() => readText(new Uint8Array(), 'e.txt'), (e: unknown) => e instanceof GalleyError && e.code === 'empty' && e.message === 'e.txt: the file is empty');
  assert.throws(() => readText(enc('  \n\n '), 'w.txt'), /w.txt: the file holds no text/);
  assert.throws(() => readText(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), 'b.zip'), (e: unknown) => e instanceof GalleyError && e.code === 'binary');
});

/** UTF-16 (as Windows Notepad and PowerShell `>` write text) is text, not binary. */
test('UTF-16 text, with or without a byte-order mark, is decoded with a warning', () => {
  const text = 'The mayor said on Tuesday that the bridge would reopen.\nCafé owners welcomed it.\n';
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.from(le).swap16();
  const cases: Array<[string, Uint8Array, string]> = [
    ['LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), le]), 'not UTF-8; decoded as UTF-16LE (byte-order mark)'],
    ['BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'not UTF-8; decoded as UTF-16BE (byte-order mark)'],
    ['LE without BOM', le, 'not UTF-8; decoded as UTF-16LE (detected)'],
    ['BE without BOM', be, 'not UTF-8; decoded as UTF-16BE (detected)'],
  ];
  for (const [what, bytes, warning] of cases) {
    const doc = readText(bytes, 'u16.txt');
    assert.deepEqual(doc.pages[0]!.blocks[0]!.lines.map((l) => l.text), ['The mayor said on Tuesday that the bridge would reopen.', 'Café owners welcomed it.'], what);
    assert.equal(doc.messages[0]!.text, warning, what);
  }
});

test('NUL bytes that are not UTF-16, and UTF-16 of control characters or only spaces, are still refused', () => {
  const binary = (e: unknown) => e instanceof GalleyError && e.message === 'b.bin: the file is binary, not text (no reader for this format)';
  assert.throws(() => readText(new Uint8Array(64), 'b.bin'), binary);
  assert.throws(() => readText(Buffer.from('\u0001\u0002\u0003\u0004words'.repeat(20), 'utf16le'), 'b.bin'), binary);
  assert.throws(() => readText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(' \n \n', 'utf16le')]), 'w.txt'), (e: unknown) => e instanceof GalleyError && e.message === 'w.txt: the file holds no text (only white space)');
});

test('text over the size limits is refused with the file, its size and the limit named (memory stays bounded)', () => {
  const tooLarge = (message: string) => (e: unknown) => e instanceof GalleyError && e.code === 'too-large' && e.message === message;
  assert.throws(() => readText(Buffer.alloc(MAX_TEXT_BYTES + 1024 * 1024, 'word '), 'big.txt'), tooLarge('big.txt: the file is too large for a text page (17.0 MiB; the limit is 16.0 MiB)'));
  assert.throws(() => readText(enc('-\n'.repeat(MAX_TEXT_LINES + 1)), 'lines.txt'), tooLarge('lines.txt: the file has too many lines for a text page (100,001; the limit is 100,000)'));
  // CRLF counts once, and a last line without a line end counts
  assert.throws(() => readText(enc('-\r\n'.repeat(MAX_TEXT_LINES) + '-'), 'crlf.txt'), tooLarge('crlf.txt: the file has too many lines for a text page (100,001; the limit is 100,000)'));
  assert.equal(readText(enc('-\r\n'.repeat(MAX_TEXT_LINES)), 'ok.txt').pages.length, 1);
});

test('the size limit admits the same text in UTF-16 as in UTF-8 (two bytes a character)', () => {
  // Just over 16 MiB of UTF-16 (BOM + 200-character lines), about 8.4 million characters: under the text a UTF-8 file may hold.
  const row = 'word '.repeat(40) + '\n';
  const rows = Math.ceil((MAX_TEXT_BYTES + 64 * 1024) / (2 * row.length));
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(row.repeat(rows), 'utf16le')]);
  assert.ok(bytes.length > MAX_TEXT_BYTES && bytes.length / 2 < MAX_TEXT_BYTES);
  const doc = readText(bytes, 'wide.txt');
  assert.equal(doc.pages[0]!.blocks[0]!.lines.length, rows);
  // Twice the limit in UTF-16 is still refused, before decoding.
  const tooLarge = (e: unknown) => e instanceof GalleyError && e.code === 'too-large' && e.message === 'huge.txt: the file is too large for a text page (33.0 MiB; the limit is 32.0 MiB for UTF-16)';
  assert.throws(() => readText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.alloc(2 * MAX_TEXT_BYTES + 1024 * 1024 - 2, 'w\0')]), 'huge.txt'), tooLarge);
});
