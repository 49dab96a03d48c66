/** UTF-8 text with a stray byte of another encoding: the UTF-8 is kept, only the stray byte is read as Windows-1252. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readText } from '../../../src/readers/text/index.js';
import { joinLines } from '../../../src/text/join.js';

test('one Latin-1 byte in a UTF-8 page no longer turns every dash and quote into mojibake', () => {
  const utf8 = Buffer.from('The council met on Tuesday \u2014 and voted \u201cto keep\u201d the library open.\n\n', 'utf8');
  // "A café owner" with é as the single Windows-1252 byte 0xE9
  const doc = readText(Buffer.concat([utf8, Buffer.from('A caf\xe9 owner said the vote was fair.\n', 'latin1')]), 'mixed.txt');
  assert.deepEqual(doc.pages[0]!.blocks.map((b) => joinLines(b.lines)), ['The council met on Tuesday \u2014 and voted \u201cto keep\u201d the library open.', 'A caf\u00e9 owner said the vote was fair.']);
  assert.deepEqual(doc.messages.filter((m) => m.severity === 'warning').map((m) => m.text), [
    'not valid UTF-8 throughout: one byte that is not (the first on line 3) decoded as windows-1252, the rest as UTF-8',
  ]);
});

test('Windows-1252 text (no valid UTF-8 sequence, or fewer than stray bytes) is still decoded whole as before', () => {
  const latin = Buffer.from('Caf\xe9 \x97 au lait, cr\xe8me br\xfbl\xe9e and a na\xefve r\xe9sum\xe9.\n', 'latin1');
  const doc = readText(latin, 'latin.txt');
  assert.equal(joinLines(doc.pages[0]!.blocks[0]!.lines), 'Caf\u00e9 \u2014 au lait, cr\u00e8me br\u00fbl\u00e9e and a na\u00efve r\u00e9sum\u00e9.');
  assert.equal(doc.messages.find((m) => m.rule === 'reader/encoding')?.text, 'not valid UTF-8; decoded as windows-1252 (detected)');
});

test('Windows-1252 with one chance UTF-8 pair (CAFÉ’S: É then ’ is the valid pair C9 92, an IPA letter) and one stray byte stays Windows-1252', () => {
  const doc = readText(Buffer.from('CAF\xc9\x92S NEW MENU\n\nThe caf\xe9 reopened on Monday.\n', 'latin1'), 'caps.txt');
  assert.deepEqual(doc.pages[0]!.blocks.map((b) => joinLines(b.lines)), ['CAF\u00c9\u2019S NEW MENU', 'The caf\u00e9 reopened on Monday.']);
  assert.equal(doc.messages.find((m) => m.rule === 'reader/encoding')?.text, 'not valid UTF-8; decoded as windows-1252 (detected)');
});

test('UTF-8 evidence must be clearly more than the stray bytes: one dash for one stray byte is not enough, two are', () => {
  const stray = Buffer.from(' A caf\xe9 owner said the vote was fair.\n', 'latin1');
  const one = readText(Buffer.concat([Buffer.from('The council met \u2014 and voted.', 'utf8'), stray]), 'one.txt');
  assert.equal(one.messages.find((m) => m.rule === 'reader/encoding')?.text, 'not valid UTF-8; decoded as windows-1252 (detected)');
  const two = readText(Buffer.concat([Buffer.from('The council met \u2014 and voted \u2014 twice.', 'utf8'), stray]), 'two.txt');
  assert.equal(joinLines(two.pages[0]!.blocks[0]!.lines), 'The council met \u2014 and voted \u2014 twice. A caf\u00e9 owner said the vote was fair.');
});
