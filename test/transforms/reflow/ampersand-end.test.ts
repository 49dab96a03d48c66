/**
 * An ampersand at a line's end joins two names (a citation's authors, a firm's name): it ends no heading
 * or paragraph (src/transforms/reflow/pieces.ts SOFT_END). Real case: d2_001 page.pdfminer.txt lines
 * 289–305 (CC BY-SA text): `Scalzo,  & ` is cut off short, and the citation goes on with `Bavelier,`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from '../../structure/helpers.js';

const PAGE = [
  'With  respect  to  the',
  'contributions  of  digital',
  'games  to  improvement',
  'of  cognitive  processes,',
  'researchers suggest that',
  'regular  practice  has  a',
  'significant  influence  on',
  'improving  the  perform-',
  'ance  related  to  basic',
  'visual  skills  (Li,  Polat,',
  'Scalzo,  & ',
  'Bavelier,',
  '2010);  on  the  ability  to',
  'perceive  objects  simul-',
  'taneously  (Dye  &  Bave-',
  'lier, 2010; Feng, Spence,',
  '&  Pratt,  2007);  and  on',
];

test('a line cut off after `&` goes on into the next name (d2_001)', () => {
  const { out } = run(PAGE.join('\n'), 'page.pdfminer.txt');
  const paragraphs = out.articles.flatMap((a) => a.blocks.map((b) => b.text));
  assert.ok(paragraphs.some((p) => p.includes('(Li, Polat, Scalzo, & Bavelier, 2010); on the ability')), paragraphs.join('\n\n'));
});
