/**
 * A drop cap printed away from its word, whose rest is set in small capitals (reflow/index.ts
 * `joinDisplacedDropCaps`, FIRST_CAPS_WORD). pdftotext's default mode prints the letter as a block of
 * its own and the rest in capitals: `I` ⏎⏎ `SLANDS in the archipelago` (dev012 page.txt), `O` ⏎⏎ `N Friday,`
 * (dev014), `W` ⏎⏎ `IKINEWS :` (dev011, dev017, dev020). Text from the corpus (Wikinews / Wikivoyage, CC BY-SA).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { restore } from '../../../src/pipeline.js';
import { writeText } from '../../../src/writers/index.js';
import { sharedFile } from '../../structure/helpers.js';

const run = (text: string) => {
  const doc = restore({ name: 'page.txt', bytes: Buffer.from(text) });
  return { text: writeText(doc), messages: doc.messages.filter((m) => m.rule === 'reflow/drop-cap') };
};

test('a drop cap whose rest is in small capitals is joined, the rest in lower case (dev012 page.txt)', () => {
  const { text, messages } = run(
    'Sydfynske Øhav: See\n\nI\n\nSLANDS in the archipelago listed\nin east to west order. Note that the\nislands are reached by ferry from the\nlarger towns along the coast.\n',
  );
  assert.match(text, /Islands in the archipelago listed in east to west order/);
  assert.doesNotMatch(text, /\bI slands|SLANDS/);
  assert.equal(messages.length, 1);
  assert.equal(messages[0]!.after, 'Islands');
});

test('a one-letter rest in capitals makes the word with its drop cap (dev014 page.txt: `O` … `N Friday`)', () => {
  const { text } = run('By Grace Haddad\n\nO\n\nN Friday, fishermen rescued over 700\nasylum seekers whose boat sank off the\ncoast of Aceh, Indonesia.\n');
  assert.match(text, /On Friday, fishermen rescued over 700/);
});

test('a lone capital before a capitalised word it makes no word with stays apart', () => {
  const { text, messages } = run('A\n\nNEWS from the city council reached the\nharbour late on Friday, officials said.\n');
  assert.equal(messages.length, 0);
  assert.match(text, /NEWS from the city council/);
});

test('dev012 page.txt: both drop caps are joined to their words, one of them 25 lines away (CC BY-SA)', (t) => {
  const path = sharedFile('corpus', 'dev', 'dev012', 'page.txt');
  if (!path) return t.skip('corpus not present');
  const doc = restore({ name: path, bytes: readFileSync(path) });
  const text = writeText(doc);
  assert.match(text, /Islands in the archipelago/);
  assert.match(text, /According to the Saudi/);
  assert.equal(doc.messages.filter((m) => m.rule === 'reflow/drop-cap').length, 2);
});
