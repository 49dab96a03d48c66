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

test('a drop cap, its small-capital label and the words said, cut into three blocks, make one paragraph (dev017 page.txt)', () => {
  const doc = restore({
    name: 'page.txt',
    bytes: Buffer.from(
      'Wikinews interviews Mario J. Lucero and Isabel Ruiz of Heaven Sent Gaming\nBy Pedro Costa\n\nW\n\nIKINEWS :\n\nWhat is Heaven\nSent Gaming?\nMario J Lucero: Heaven Sent Gaming is basically me and Isabel, I’m Mario\nJ. Lucero.\nWikinews: How did you two meet?\n',
    ),
  });
  const blocks = doc.articles.flatMap((a) => a.blocks);
  assert.ok(blocks.some((b) => b.type === 'paragraph' && b.text === 'Wikinews: What is Heaven Sent Gaming?'), JSON.stringify(blocks.map((b) => [b.type, b.text])));
  assert.ok(!blocks.some((b) => b.type === 'subhead'));
  const lead = doc.messages.filter((m) => m.rule === 'reflow/small-caps-lead');
  assert.equal(lead.length, 1);
  assert.equal(lead[0]!.after, 'IKINEWS : What is Heaven');
});

test('a small-capital label before a line in lower case (another column) is not joined to it (dev011 page.txt)', () => {
  const { text } = run('Increased friction—the ocean surface is\n\nW\n\nIKINEWS :\n\nmuch, much smoother than the land surface.\nSaravanan: Tropical cyclones are sustained by a form of energy.\n');
  assert.doesNotMatch(text, /Wikinews: much/);
});

test('an opening in small capitals after a drop cap goes on into the sentence in lower case', () => {
  const { text } = run('Sydfynske Øhav: See\n\nI\n\nSLANDS\n\nin the archipelago are listed from east to west.\nNote that the islands are reached by ferry.\n');
  assert.match(text, /Islands in the archipelago are listed from east to west/);
});

test("a speaker's label whose first letter is a joined drop cap is one printed line: no subhead on an interview page (d2_002 page.txt)", () => {
  const doc = restore({
    name: 'page.txt',
    bytes: Buffer.from('The Onion: An interview with America’s Finest News Source\n\nD\navid Shankbone:\n\nHow is a story made at the paper?\n\nChet Clem:\n\nWe do everything backwards here. We start with the headline.\n\nDavid Shankbone:\n\nWhy backwards?\n'),
  });
  const blocks = doc.articles.flatMap((a) => a.blocks);
  assert.ok(!blocks.some((b) => b.type === 'subhead' && b.text.startsWith('David')), JSON.stringify(blocks.map((b) => [b.type, b.text])));
});
