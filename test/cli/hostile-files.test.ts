/**
 * Hostile and unusual files given to the `galley` command, made here: each
 * case asserts the exit code and the exact lines on stderr (the file named,
 * the problem said, no stack trace), and that time stays bounded.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { galley, tempDir } from './harness.js';

const dir = tempDir('galley-hostile-');
const file = (name: string, bytes: string | Uint8Array): string => {
  writeFileSync(join(dir, name), bytes);
  return name;
};

test('UTF-16 newspaper text with em dashes and curly quotes is decoded, not refused as binary', () => {
  // U+2014 and U+2018–U+201D have the low bytes 0x14, 0x18–0x1D: control bytes when a code unit is cut to one byte
  const text = 'The mayor \u2014 who spoke on Tuesday \u2014 said \u201cthe bridge\u201d would reopen.\nIt\u2019s the \u2018best\u2019 news.\n';
  const le = Buffer.from(text, 'utf16le');
  for (const [name, bytes, label] of [
    ['le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), le]), 'UTF-16LE'],
    ['be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()]), 'UTF-16BE'],
  ] as const) {
    const r = galley([file(name, bytes), '--format', 'text'], { cwd: dir });
    assert.equal(r.stderr, `${name}:p1  warning  not UTF-8; decoded as ${label} (byte-order mark)  reader/encoding\n`);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /The mayor — who spoke on Tuesday — said “the bridge” would reopen\./);
  }
});

test('a line of 300,000 tabs between two letters is read in linear time (the trailing-blank regex took minutes)', () => {
  const started = Date.now();
  const r = galley([file('tabs.txt', `a${'\t'.repeat(300_000)}b\n`), '--format', 'text'], { cwd: dir });
  assert.equal(r.code, 0);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout.trim(), 'a b');
  assert.ok(Date.now() - started < 30_000, `took ${Date.now() - started} ms`);
});
