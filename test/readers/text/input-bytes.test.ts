/** The library API given the wrong kind of input: a clear error naming the input, not `bytes.subarray is not a function`. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { restore, restoreAsync } from '../../../src/index.js';
import type { RestoreInput } from '../../../src/index.js';
import { GalleyError } from '../../../src/errors.js';

const PAGE = 'The council met on Tuesday and voted to keep the library open.\n';

test('bytes that are not a Uint8Array (a string, an ArrayBuffer, nothing) are refused with a TypeError naming the input', async () => {
  const bad: Array<[unknown, string]> = [
    [PAGE, 'a string'],
    [new TextEncoder().encode(PAGE).buffer, 'an ArrayBuffer'],
    [undefined, 'undefined'],
  ];
  for (const [bytes, what] of bad) {
    const input = { name: 'page.txt', bytes } as unknown as RestoreInput;
    const message = `page.txt: the input's bytes must be a Uint8Array (a Buffer, or new Uint8Array(arrayBuffer)), not ${what}`;
    assert.throws(() => restore(input), { name: 'TypeError', message });
    await assert.rejects(restoreAsync(input), { name: 'TypeError', message });
  }
  // a Buffer is a Uint8Array, and a view into a larger buffer is read from its own start
  assert.equal(restore({ name: 'page.txt', bytes: Buffer.from(PAGE) }).pages[0]!.blocks[0]!.lines[0]!.text, PAGE.trim());
  assert.equal(restore({ name: 'page.txt', bytes: new TextEncoder().encode(`JUNK${PAGE}`).subarray(4) }).pages[0]!.blocks[0]!.lines[0]!.text, PAGE.trim());
});

test('a PDF given to the synchronous restore says to use restoreAsync (it said "pdf input is not supported yet")', () => {
  assert.throws(
    () => restore({ name: 'page.pdf', bytes: new TextEncoder().encode('%PDF-1.4\n') }),
    (e: unknown) => e instanceof GalleyError && e.code === 'unsupported' && e.message === 'page.pdf: PDF input is read asynchronously: call restoreAsync (or readAsync), not restore',
  );
});
