/** Stray control characters in a text layer (under the binary threshold) are removed and recorded, never passed to the output. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readText } from '../../../src/readers/text/index.js';
import { restore, writeMarkdown } from '../../../src/index.js';

// long enough that three control characters stay under BINARY_CONTROL_SHARE
const PAD = 'The council met on Tuesday and voted to keep the library open. '.repeat(20);

test('a bell and terminal escapes are removed, each recorded at its column; ligature columns stay right', () => {
  const doc = readText(new TextEncoder().encode(`${PAD}\n\n\uFB01ne \x07bell \uFB02ow and \x1b[1mbold \uFB01sh\n`), 'esc.txt');
  const line = doc.pages[0]!.blocks[1]!.lines[0]!;
  assert.equal(line.text, 'fine bell flow and [1mbold fish');
  assert.equal(line.original, '\uFB01ne \x07bell \uFB02ow and \x1b[1mbold \uFB01sh');
  assert.deepEqual(
    doc.messages.map((m) => [m.source?.span?.start.column, m.text, m.before, m.after]),
    [
      [1, 'normalised ligature fi', '\uFB01', 'fi'],
      [5, 'normalised control character U+0007', '\x07', ''],
      [11, 'normalised ligature fl', '\uFB02', 'fl'],
      [19, 'normalised control character U+001B', '\x1b', ''],
      [28, 'normalised ligature fi', '\uFB01', 'fi'],
    ],
  );
});

test('no control character reaches the Markdown (an escape sequence there would drive the terminal it is printed to)', () => {
  const doc = restore({ name: 'esc.txt', bytes: new TextEncoder().encode(`${PAD}\x1b[2J\x9b31m\x7f\n`) });
  const controls = [...writeMarkdown(doc)].filter((c) => /[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]/.test(c));
  assert.deepEqual(controls, []);
});
