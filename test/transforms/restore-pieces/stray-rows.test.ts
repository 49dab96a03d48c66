/**
 * Rows of left pieces pdfminer boxed alone right before or after the box whose printed lines lack them
 * (src/transforms/restore-pieces/strays.ts placeStrayRows). Real cases: short excerpts of d2_008, d2_009 and
 * d2_007 page.pdfminer.txt (Wikinews, CC BY 2.5), trailing spaces as pdfminer wrote them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lines, restored } from './helpers.js';

const strays = (doc: ReturnType<typeof restored>) => doc.messages.filter((m) => m.rule === 'restore-pieces/stray');

// d2_008 lines 166–194: `instead ` printed before the box; of the box's two short printed lines,
// `Montalvo was put` lacks more than `bars for a good time,` (its `long` is in another row, after the box).
const D2_008 = [
  'upon a blog written by Rathbun.',
  '',
  'instead ',
  '',
  'According to Rathbun the Sci-',
  'entology  property  in  question',
  'was  returned  by  mail  to  the  or-',
  'ganization  by  Montalvo  shortly',
  'after  he  left  the  Sea  Org.  Sci-',
  'entology  officials  have  stated',
  'they have not received the mater-',
  'ials.  After  calling  the  Sciento-',
  'logy organization by phone to at-',
  'tempt  to  speak  with  his  mother,',
  'Montalvo  was ',
  'put',
  'through  to  a  Scientology  attor-',
  'ney,  Kendrick  Moxon.  Rathbun',
  'wrote,  “Moxon  proceeded  to  lie',
  'to  Daniel  that  the  hard  drives',
  'were never returned, and made a',
  'convincing  case  (not  difficult  to',
  'do  with  a  19  year  old  who  does',
  'not  even  know  the  three',
  'branches  of  government)  that',
  'Daniel would be put behind iron',
  'bars  for  a  good ',
  'time,',
  'UNLESS  of  course,  he  returned',
];

test('a stray boxed before its box goes to the line of that box that lacks most (d2_008)', () => {
  const doc = restored(D2_008.join('\n'));
  const out = lines(doc);
  assert.ok(out.includes('Montalvo was instead put'), out.join('\n'));
  assert.ok(!out.includes('instead'), 'the stray’s box is gone');
  assert.ok(out.includes('bars for a good time,'), 'the other short line takes no stray (its pieces are joined as printed)');
  const [m] = strays(doc);
  assert.equal(m?.source?.span?.start.line, 3, 'recorded at the stray');
  assert.equal(m?.after, 'Montalvo was ⏎ instead ⏎ put');
});

// d2_009 lines 54–66: `friction over ` after the answer whose `stronger ` ⏎ `land quickly` lacks it; the line
// after the stray is a whole line boxed apart, which the stray cannot start.
const D2_009 = [
  'Zhang:  Yes,  the  Cyclone  is  almost  cer-',
  'tain  to  lose  strength  as  it  surges  over',
  'land.  Cyclones  gather  their  strength',
  'through scraping moisture and heat from',
  'warm  ocean  water  that  it  is  not  the  case',
  'over  land.  In  the  mean  time,  much',
  'stronger ',
  'land  quickly',
  'reduces their strength.',
  '',
  'friction  over ',
  '',
  'As it moves over land, it is cut off from',
];

test('a stray boxed after its box fills the line that lacks it (d2_009)', () => {
  const out = lines(restored(D2_009.join('\n')));
  assert.ok(out.includes('stronger friction over land quickly'), out.join('\n'));
  assert.ok(!out.includes('friction over'));
});

// d2_007 lines 285–302: `the `, `to `, `invited ` between two boxes; `that the #istandwithahmed` with
// `was invited to their` leaves about as much short as `that to` with `was the invited their`: which box
// each stray belongs to is a near tie, and the row stays.
const D2_007 = [
  'mont  Hill  commented,  “Hoping',
  'that ',
  '#istandwithahmed',
  'movement  translates  into  a  sub-',
  'stantive  national  conversation  on',
  'race,  punishment,  and  incarcera-',
  'tion.”',
  '',
  'the ',
  '',
  'to ',
  '',
  'invited ',
  '',
  'The  Twitter  attention  led  to',
  'outreach  from  Google  and  Mo-',
  'hamed  was ',
  'their',
  'Google  Science  Fair.  Mohamed',
  'was  a  VIP  guest  at  the  Google',
];

test('a near tie between two boxes leaves the row as printed (d2_007)', () => {
  const doc = restored(D2_007.join('\n'));
  assert.equal(strays(doc).length, 0);
  const out = lines(doc);
  assert.ok(out.includes('the') && out.includes('invited'));
});

test('without the left-piece marks no row is moved', () => {
  const doc = restored(D2_009.map((l) => l.trimEnd()).join('\n'));
  assert.equal(strays(doc).length, 0);
});
