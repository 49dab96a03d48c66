/**
 * An advert's contact line boxed apart (pdfminer: `CLASSIFIEDS` ⏎ `Sell it fast.` ⏎ blank ⏎ `Place your
 * ad: 555-0199`, d2_001, CC BY-SA page) ends the advert: its phone number is no running text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { squash } from '../../structure/helpers.js';
import { adverts, BODY } from './advert-helpers.js';


test('a one-line box with a phone number right after an advert without one is the advert’s contact line', () => {
  const ads = adverts(`${BODY}\n\nCLASSIFIEDS\nSell it fast.\n\nPlace your ad: 555-0199\n\n${BODY}\n`);
  assert.deepEqual(ads, [squash('CLASSIFIEDS Sell it fast. Place your ad: 555-0199')]);
});

test('an advert that has its phone number does not take the next box', () => {
  const ads = adverts(`${BODY}\n\nCLASSIFIEDS\nCall 555-0100 today.\n\nOr write to us: 555-0199\n\n${BODY}\n`);
  assert.deepEqual(ads, [squash('CLASSIFIEDS Call 555-0100 today.')]);
});

test('a price line boxed apart ends an advert whose title and lines show no cue themselves (d2_008 pdfminer)', () => {
  const ads = adverts(`${BODY}\n\nCONCERT\nCity Chamber Orchestra\n\nFriday 7.30pm · Tickets $15\n\n${BODY}\n`);
  assert.deepEqual(ads, [squash('CONCERT City Chamber Orchestra Friday 7.30pm · Tickets $15')]);
});

test('a caps heading over a line, then a one-line box of running text, is no advert', () => {
  const ads = adverts(`${BODY}\n\nEARLY LIFE\nBorn in Texas\n\nHe was free to leave in 1990.\n\n${BODY}\n`);
  assert.deepEqual(ads, []);
});
