/**
 * A word pdfminer boxed alone, lines away from its line, on a page without cut marks
 * (src/transforms/restore-pieces/loose.ts). Real cases: short excerpts of dev011 and dev015
 * page.pdfminer.txt (CC BY-SA text; TeX's PDFs set no space glyphs, so no line ends on a space).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { GalleyDocument } from '../../../src/model/types.js';
import { read } from '../../../src/pipeline.js';
import { createRestorePieces } from '../../../src/transforms/restore-pieces/index.js';

function restored(text: string): GalleyDocument {
  const doc = read('text', { name: 't.txt', bytes: new TextEncoder().encode(text) });
  createRestorePieces()(doc);
  return doc;
}
const lines = (doc: GalleyDocument): string[] => doc.pages.flatMap((p) => p.blocks.flatMap((b) => b.lines.map((l) => l.text.trim())));
const strays = (doc: GalleyDocument) => doc.messages.filter((m) => m.rule === 'restore-pieces/stray');

const DEV011 = [
  'Saravanan: Tropical cyclones are sus-',
  'tained by a form of energy called latent',
  'heat, which is released by moisture evap-',
  'orated from the ocean that condenses to',
  'form rain. As tropical cyclones make land-',
  'fall, this energy source is cut-off and they',
  'rapidly lose strength as they move over',
  'land.',
  'Zhang: Yes, the Cyclone is almost certain',
  'to lose strength as it surges over land. Cy-',
  'clones gather their strength through scrap-',
  'ing moisture and heat from warm ocean',
  'water that it is not the case over land. In',
  'the mean time, much stronger friction over',
  'land quickly reduces their strength.',
  '',
  'rapidly',
  '',
  'Titley: Yes. All',
  'tropical cyclones lose',
  'strength once they make landfall. How-',
  'ever, they can remain dangerous storms',
  'due to very heavy rains and subsequent',
  'landslides, and river flooding.',
  'Knight: Phailin’s winds will',
  'weaken as it pushes inland.',
  'Morrissey: Once Cyclone Phailin comes',
  'on shore it will immediately begin to lose',
  'strength. However, and this is important,',
  'it still will contain lots of rainfall making',
  'flooding an almost certainty.',
  '',
];

test('a word boxed alone after a sentence end goes to the one line near it that lacks it (dev011 excerpt)', () => {
  const doc = restored(DEV011.join('\n'));
  const out = lines(doc);
  assert.ok(out.includes('Knight: Phailin’s winds will rapidly'), out.join(' | '));
  assert.ok(!out.includes('rapidly'), 'its box is gone');
  const [m] = strays(doc);
  assert.ok(m, 'the move is recorded');
  assert.equal(m.source?.span?.start.line, 17, 'at the loose word');
});

test('two lines near it that lack a word: it stays (a tie is no evidence)', () => {
  const text = [...DEV011];
  // A second line that stops short mid-sentence, a few lines after the first.
  text.splice(26, 0, 'Smith: Cyclone Phailin will', 'weaken as it moves over land.');
  const doc = restored(text.join('\n'));
  assert.equal(strays(doc).length, 0, strays(doc).map((m) => m.after).join(' | '));
});

test('a word between two short lines is in place: it is a piece of one of them (dev015 excerpt, changed)', () => {
  // As printed on dev015 the word `orange` sits between two whole lines and goes to `Bailey’s,`; with a short
  // line before it, it may be that line's rest, and nothing moves.
  const text = [
    'Wikinews: Do you think it was an appro-',
    'priate form of satire for Dan Savage to pop-',
    'ularize the definition of the santorum neol-',
    'ogism created in his advice column?',
    'John Rauschenberg: We thought it was',
    '',
    'orange',
    '',
    'funny. Whether it is appropriate or not is',
    'another thing we leave to the pros to de-',
    'cide.',
    'Wikinews: When was the Santorum cock-',
    'tail first created?',
    'John Rauschenberg: A few months ago.',
    'Wikinews: What ingredients go in the San-',
    'torum cocktail?',
    'John Rauschenberg: Bailey’s,',
    'vodka, bitters, and chocolate flakes.',
    'Wikinews: How is the Santorum drink',
    'made?',
    '',
  ];
  const placed = restored(text.join('\n'));
  assert.ok(lines(placed).includes('John Rauschenberg: Bailey’s, orange'), lines(placed).join(' | '));
  text[4] = 'John Rauschenberg: We thought';
  const kept = restored(text.join('\n'));
  assert.equal(strays(kept).length, 0);
});
