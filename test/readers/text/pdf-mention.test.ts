/** A text page that mentions the PDF header is text; a PDF with junk before its header is still a PDF. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFormat, restore } from '../../../src/index.js';
import { writePdf } from '../pdf/helpers/pdf-writer.js';

test('a text page that mentions "%PDF-1.7" in its first kilobyte is read as text (it was refused as "not a readable PDF")', () => {
  const page = 'TECH NOTES\n\nEvery PDF file begins with the marker %PDF-1.7 followed by a comment line\nof binary bytes, the manual says.\n';
  const bytes = new TextEncoder().encode(page);
  assert.equal(detectFormat('notes.txt', bytes), 'text');
  assert.match(restore({ name: 'notes.txt', bytes }).pages[0]!.blocks[1]!.lines[0]!.text, /%PDF-1\.7/);
});

test('a PDF is still a PDF with white space or junk before its header (PDF readers accept it in the first 1,024 bytes)', () => {
  assert.equal(detectFormat('a.bin', new TextEncoder().encode('garbage\n%PDF-1.4\n')), 'pdf');
  const pdf = Buffer.from(writePdf([{ width: 300, height: 300, items: [] }]));
  assert.equal(detectFormat('a.bin', pdf), 'pdf');
  assert.equal(detectFormat('a.bin', Buffer.concat([Buffer.from('\n\n   '), pdf])), 'pdf');
  assert.equal(detectFormat('a.bin', Buffer.concat([Buffer.from('JUNK BYTES FROM A MAIL GATEWAY\r\n'), pdf])), 'pdf');
  assert.equal(detectFormat('a.bin', new TextEncoder().encode('%PDF-1.7\nnot really a PDF\n')), 'pdf');
});

test('a text page with the PDF header on a line of its own, text (not PDF structure) after it, is text', () => {
  const page = 'HOW FILES BEGIN\n\nEvery PDF file starts with a header line such as\n%PDF-1.7\nfollowed by the objects of the document.\n';
  assert.equal(detectFormat('notes.txt', new TextEncoder().encode(page)), 'text');
  // PDF structure after such a header makes it a PDF: an object, the binary comment line, the cross-reference table
  for (const structure of ['1 0 obj\n<< /Type /Catalog >>\nendobj\n', '%\xe2\xe3\xcf\xd3\n', 'xref\n0 1\n']) {
    assert.equal(detectFormat('a.bin', Buffer.from(`JUNK FROM A MAIL GATEWAY\r\n%PDF-1.7\n${structure}`, 'latin1')), 'pdf', JSON.stringify(structure));
  }
});

test('the format is sniffed from the bytes given, also when they are a view into a larger buffer', () => {
  // A view whose buffer holds other bytes before and after it (a file read into a pooled buffer):
  // the head is read in place, from the view's own first byte.
  const pdf = Buffer.from(writePdf([{ width: 300, height: 300, items: [] }]));
  const pooled = Buffer.concat([Buffer.from('TEXT BEFORE\n\n'), pdf, Buffer.from('\n%PDF-1.7\n1 0 obj\n')]);
  assert.equal(detectFormat('a.bin', pooled.subarray(13, 13 + pdf.length)), 'pdf');
  assert.equal(detectFormat('a.bin', pooled.subarray(0, 13)), 'text');
  const text = Buffer.from('%PDF-1.7\n1 0 obj\nA PAGE OF TEXT\n\nafter a PDF in the same buffer.\n', 'latin1');
  assert.equal(detectFormat('page.txt', text.subarray(17)), 'text');
  assert.equal(detectFormat('a.bin', text), 'pdf');
});
