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

test('a vertical tab (a manual line break in a word processor\'s text export) and NEXT LINE end the line, in the same block, and are recorded', () => {
  const doc = readText(new TextEncoder().encode('The new bridge opened on Monday.\x0bIt cost forty million.\n\nResidents walked across it\u0085in the first hour.\n'), 'vt.txt');
  const blocks = doc.pages[0]!.blocks.map((b) => b.lines.map((l) => l.text));
  assert.deepEqual(blocks, [
    ['The new bridge opened on Monday.', 'It cost forty million.'],
    ['Residents walked across it', 'in the first hour.'],
  ]);
  // Columns stay those of the editor line, which a soft line end does not end.
  assert.deepEqual(
    doc.messages.map((m) => [m.source?.span?.start.line, m.source?.span?.start.column, m.before, m.after]),
    [
      [1, 33, '\x0b', '\n'],
      [3, 27, '\u0085', '\n'],
    ],
  );
  const second = doc.pages[0]!.blocks[0]!.lines[1]!.source.span!.start;
  assert.deepEqual([second.line, second.column], [1, 34]);
});

test('a page with many manual line breaks is still text, not binary', () => {
  const doc = readText(new TextEncoder().encode('Short line.\x0bAnother one.\x0bA third.\x0bAnd more.\n'), 'breaks.txt');
  assert.equal(doc.pages[0]!.blocks[0]!.lines.length, 4);
});
