/**
 * Segment: a story with no head of its own that carries on another story's
 * names — including the subject its headline names — is that story's rest
 * (./continuity.ts). Real cases: a dev2 page in content-stream order (the
 * last paragraph of a story printed after its sign-off) and a dev page as
 * pdftotext's default mode reads it (a photo caption read as a paragraph).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { restore } from '../../../src/pipeline.js';
import { toOutput } from '../../../src/writers/json/index.js';
import { joinByContinuity } from '../../../src/transforms/segment/continuity.js';
import type { GalleyDocument } from '../../../src/model/types.js';
import { story, emptyDoc } from './stories.js';

const CORPUS = '../shared/corpus';
const have = existsSync(`${CORPUS}/dev2/d2_001/page.raw.txt`) && existsSync(`${CORPUS}/dev/dev016/page.txt`);
const run = (file: string): GalleyDocument => restore({ name: file, bytes: readFileSync(file) });

test('d2_001 (raw): the paragraph printed after the sign-off of the Hong Kong election story stays in that story', { skip: !have }, () => {
  const doc = run(`${CORPUS}/dev2/d2_001/page.raw.txt`);
  const out = toOutput(doc);
  const owner = out.articles.filter((a) => a.blocks.some((b) => /^The turnout of this election/u.test(b.text)));
  assert.equal(owner.length, 1);
  assert.match(owner[0]!.headline ?? '', /Hong Kong/u);
  assert.ok(doc.messages.some((m) => m.rule === 'segment/continuity'));
});

test('dev016 (pdftotext): a caption read as body text, naming the story\'s subject, is not a story of its own', { skip: !have }, () => {
  const out = toOutput(run(`${CORPUS}/dev/dev016/page.txt`));
  const owner = out.articles.filter((a) => a.blocks.some((b) => /^US President Barack Obama tweet/u.test(b.text)));
  assert.equal(owner.length, 1);
  assert.match(owner[0]!.headline ?? '', /Ahmed Mohamed/u);
});

// Hand-made stories for when a headless story must stay where it is.
const page = { number: 1, blocks: [] } as never;

test('continuity: moved only with several shared names, one of them the headline\'s, and none comparable elsewhere', () => {
  const cases: Array<[string, string, boolean]> = [
    // names the headline's subject (Montalvo) and more of the story's names: the story's rest
    ['Montalvo said Rathbun and the Clearwater office had kept his passport.', 'Defector Montalvo arrested', true],
    // shares the same names, but the headline names none of them: maybe another story's text the owner holds by mistake
    ['Montalvo said Rathbun and the Clearwater office had kept his passport.', 'Flower show opens', false],
    // the headline's name alone: one name in common is a coincidence
    ['Montalvo is a common name in the valley.', 'Defector Montalvo arrested', false],
  ];
  for (const [text, headline, moved] of cases) {
    const owner = story(headline, 'Daniel Montalvo, 19, was arrested in Clearwater after leaving. Rathbun helped him and kept his passport.');
    const other = story('Market hall to close', 'Traders met yesterday in the hall.');
    const orphan = story(null, text);
    const doc = emptyDoc();
    const left = joinByContinuity([owner, other, orphan], doc, page);
    assert.equal(!left.includes(orphan), moved, `${headline}: ${text}`);
    assert.equal(owner.items.length, moved ? 2 : 1);
    assert.equal(doc.messages.length, moved ? 1 : 0);
  }
});

test('continuity: a headless story with a byline never joins a story that has one (two bylines, two stories)', () => {
  const text = 'Montalvo said Rathbun and the Clearwater office had kept his passport.';
  const owner = story('Defector Montalvo arrested', 'Daniel Montalvo, 19, was arrested in Clearwater after leaving. Rathbun helped him and kept his passport.');
  owner.article.byline = 'Nadia Moreau';
  const orphan = story(null, text);
  orphan.article.byline = 'Aiko Costa';
  const left = joinByContinuity([owner, orphan], emptyDoc(), page);
  assert.ok(left.includes(orphan));
  assert.equal(owner.article.byline, 'Nadia Moreau');
});

test('continuity: a notice whose capitals are sentence starts shares no names with a story (it stays a story of its own)', () => {
  // A headless notice printed beside a council story (any local paper): every sentence opens on one of the
  // story's words, so each has a capital in both; none of them is a name.
  const notice = 'Parking is free on Sundays. Residents may park in the square. Shops nearby open late. Council offices close at noon.';
  const owner = story(
    'Council votes on parking fees',
    'Parking fees will rise in the square from May. Residents objected at the meeting. Shops fear fewer visitors. Council leader Ana Ruiz said the money would pay for buses.',
  );
  const orphan = story(null, notice);
  const doc = emptyDoc();
  const left = joinByContinuity([owner, story('Market hall to close', 'Traders met yesterday in the hall.'), orphan], doc, page);
  assert.ok(left.includes(orphan));
  assert.equal(owner.items.length, 1);
  assert.equal(doc.messages.length, 0);
});

test('continuity: a common word capitalised inside a sentence is no name where the page also prints it in lower case', () => {
  // "the Council", "the Market" in a notice, "the council", "the market" in the story: a paper's style
  // varies between writers; the words are the town's institutions, not a story's people.
  const notice = 'Parking is free on Sundays near the Market and the Council offices.';
  const owner = story(
    'Council votes on parking fees',
    'The council voted to raise fees near the market. Parking near the Market and the Council offices will cost more.',
  );
  const orphan = story(null, notice);
  const doc = emptyDoc();
  const left = joinByContinuity([owner, story('Flower show opens', 'Gardeners met yesterday in the hall.'), orphan], doc, page);
  assert.ok(left.includes(orphan));
  assert.equal(doc.messages.length, 0);
});

test('continuity: shared names are not enough when the best story\'s headline names none of them', () => {
  // The headless story names a third story's headline word (Clearwater) in capitals, so it is weighed; it
  // shares most with a story whose headline names none of its names (text that story holds by mistake,
  // as an extractor reading out of order leaves it): it stays where it is.
  const orphan = story(null, 'Montalvo said Rathbun and Okafor had kept his passport in Clearwater.');
  const best = story('Flower show opens', 'Daniel Montalvo, 19, said Rathbun and Okafor kept his passport.');
  const third = story('Clearwater mayor resigns', 'The mayor of Clearwater resigned on Monday.');
  const doc = emptyDoc();
  const left = joinByContinuity([best, third, orphan], doc, page);
  assert.ok(left.includes(orphan));
  assert.equal(best.items.length, 1);
  assert.equal(doc.messages.length, 0);
});

test('continuity: the moved story\'s byline goes to its owner, and the message says so', () => {
  // d2_001-like: the rest of a story printed after the story, with the byline at its end.
  const owner = story('Defector Montalvo arrested', 'Daniel Montalvo, 19, was arrested in Clearwater after leaving. Rathbun helped him and kept his passport.');
  const orphan = story(null, 'Montalvo said Rathbun and the Clearwater office had kept his passport.');
  orphan.article.byline = 'Aiko Costa';
  const doc = emptyDoc();
  const left = joinByContinuity([owner, story('Market hall to close', 'Traders met yesterday in the hall.'), orphan], doc, page);
  assert.ok(!left.includes(orphan));
  assert.equal(owner.article.byline, 'Aiko Costa');
  assert.equal(doc.messages.length, 1);
  assert.match(doc.messages[0]!.text, /byline moved/u);
});
