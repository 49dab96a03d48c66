/**
 * A caption that opens on its phrase and wraps where its box does stays one caption, even where its
 * first line is short and the next starts with a capital (boundaries.ts `captionGoesOn`). dev020
 * page.txt (CC BY-SA): `A photograph related to Westchester` ⏎ `County Airport, provided to the
 * newspaper. Photo: AFP` was cut in two captions.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { restore } from '../../../src/pipeline.js';

const captionsOf = (text: string) => restore({ name: 'page.txt', bytes: Buffer.from(text) }).articles.flatMap((a) => a.captions);

test('a caption wrapped after a name on its first line stays whole, with its credit (dev020 page.txt)', () => {
  const caps = captionsOf(
    'Fort Lee: Get in\nBY LUCAS O’BRIEN\n\nA photograph related to Westchester\nCounty Airport, provided to the newspaper. Photo: AFP\n\nFort Lee is bordered by Edgewater,\nEnglewood Cliffs, Cliffside Park\nand Leonia. The town sits on the cliffs above the Hudson River and\nlooks across to Manhattan.\n',
  );
  assert.deepEqual(
    caps.map((c) => [c.text, c.credit]),
    [['A photograph related to Westchester County Airport, provided to the newspaper.', 'Photo: AFP']],
  );
});

test('a caption that closes its sentence on its first line is not carried into the next caption', () => {
  const caps = captionsOf(
    'Harbour news\n\nA photograph of the harbour at dawn.\nFerry boats are seen in this file photo. Photo: AP\n\nThe ferries leave the harbour every morning at six and return\nlate in the evening, when the wind has dropped.\n',
  );
  const texts = caps.map((c) => c.text);
  assert.ok(texts.includes('A photograph of the harbour at dawn.'), JSON.stringify(texts));
  assert.ok(texts.includes('Ferry boats are seen in this file photo.'), JSON.stringify(texts));
});
