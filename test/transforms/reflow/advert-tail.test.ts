/**
 * An advert's last line wrapped in a narrow column (`Hartley Furniture · 12 Mill` ⏎ `Road`, d2_010
 * page.raw.txt, CC BY-SA) stays with the advert when the next ad's title follows (adverts.ts
 * `wrappedTail`); running text after an advert is not taken.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { squash } from '../../structure/helpers.js';
import { adverts as advertsOf, BODY } from './advert-helpers.js';

const adverts = (text: string): string[] => advertsOf(text, 'page.raw.txt');

const SALE = 'SPRING SALE\nSofas & armchairs up\nto 40% off\nHartley Furniture · 12 Mill\nRoad';
const REPAIR = 'AUTO REPAIR\nBrakes, tyres, MOT\nSame-day service\nCall 555-0142';

test('a word or two wrapped from an advert’s last line, before the next advert, is the advert’s (d2_010 raw)', () => {
  const ads = adverts(`${BODY}\n${SALE}\n${REPAIR}\n${BODY}\n`);
  assert.deepEqual(ads, [squash('SPRING SALE Sofas & armchairs up to 40% off Hartley Furniture · 12 Mill Road'), squash('AUTO REPAIR Brakes, tyres, MOT Same-day service Call 555-0142')]);
});

test('a short line after a full advert, with running text right under it, is not taken', () => {
  const ads = adverts(`${BODY}\n${SALE.replace('\nRoad', '')}\nThe council said\nthat the election elects 70 members of the Legislative Council and was watched.\n${BODY}\n`);
  assert.deepEqual(ads, [squash('SPRING SALE Sofas & armchairs up to 40% off Hartley Furniture · 12 Mill')]);
});
