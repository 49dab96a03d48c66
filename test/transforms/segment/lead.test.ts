/**
 * Segment: a headline read away from its text takes the paragraph elsewhere on the page that opens with it
 * (./lead.ts), the byline over the run goes to the run's story, and a photographer's credit no caption was
 * read under goes to the caption read right before it. Real case: d2_003 as pdfminer extracts it (the head
 * `Vava’u` read between the Warhol story's head and byline; its text, caption and credit after the Otto
 * Jespersen story's head). Corpus tests skip when ../shared/corpus is not beside the clone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { restore } from '../../../src/pipeline.js';
import { toOutput } from '../../../src/writers/json/index.js';
import { leadElsewhere, opensWith } from '../../../src/transforms/segment/lead.js';
import { headsInRun, contentWords } from '../../../src/transforms/segment/topic.js';
import { story } from './stories.js';

const d2003 = '../shared/corpus/dev2/d2_003/page.pdfminer.txt';

test('d2_003 pdfminer: `Vava’u` gets its own paragraph, caption and credit; the byline stays with the Warhol story', { skip: !existsSync(d2003) }, () => {
  const doc = restore({ name: d2003, bytes: readFileSync(d2003) });
  const out = toOutput(doc);
  const vavau = out.articles.find((a) => a.headline === 'Vava’u');
  assert.ok(vavau, 'a Vava’u article');
  assert.match(vavau.blocks[0]?.text ?? '', /^Vava’u is a group of more than 50 islands/u);
  assert.ok(!vavau.blocks.some((b) => /Silver Clouds/u.test(b.text)), 'no paragraph of the Warhol story taken by force');
  assert.equal(vavau.byline, null);
  const otto = out.articles.find((a) => a.headline === 'Otto Jespersen')!;
  assert.ok(!otto.blocks.some((b) => /^Vava’u/u.test(b.text)), 'the lead left the Otto Jespersen story');
  const warhol = out.articles.find((a) => a.headline?.startsWith('Warhol’s photo legacy'))!;
  assert.equal(warhol.byline, 'Daniel Reyes');
  assert.ok(warhol.blocks.some((b) => /Silver Clouds/u.test(b.text)));
  const cap = vavau.captions.find((c) => c.text === 'Port of Refuge Harbor at Neiafu');
  assert.ok(cap, JSON.stringify(out.articles.map((a) => a.captions.map((c) => c.text))));
  assert.equal(cap.credit, 'FATIMA SILVA/EPA');
  assert.ok(doc.messages.some((m) => m.rule === 'segment/lead-elsewhere' && m.text.includes('Vava’u')));
  assert.ok(doc.messages.some((m) => m.rule === 'segment/credit-after-caption' && m.text.includes('FATIMA SILVA/EPA')));
  assert.ok(doc.messages.some((m) => m.rule === 'classify/caption-before-credit'));
});

test('opensWith: the headline on a word boundary, either apostrophe', () => {
  assert.ok(opensWith('Vava’u is a group of islands', 'Vava’u'));
  assert.ok(opensWith("Vava'u is a group of islands", 'Vava’u'));
  assert.ok(!opensWith('Vava’ula is elsewhere', 'Vava’u'));
  assert.ok(!opensWith('The islands of Vava’u', 'Vava’u'));
});


test('leadElsewhere: never a story’s own first paragraph, and nothing when two paragraphs open with the head', () => {
  const a = story('Otto Jespersen', 'Vava’u is where he never went.', 'He was born in Randers.');
  assert.equal(leadElsewhere([a], new Set(), 'Vava’u'), null, 'the first paragraph is the story’s own lead');
  const b = story('Otto Jespersen', 'He was born in Randers.', 'Vava’u is a group of islands.');
  const found = leadElsewhere([b], new Set(), 'Vava’u');
  assert.equal(found?.index, 1);
  assert.equal(leadElsewhere([b], new Set([b]), 'Vava’u'), null, 'the group’s own stories are skipped');
  const c = story('Tonga', 'The kingdom lies east of Fiji.', 'Vava’u is the northern group.');
  assert.equal(leadElsewhere([b, c], new Set(), 'Vava’u'), null, 'two candidates: no evidence which');
});

test('headsInRun: a head none of whose words the run repeats is not in it; a byline-only head always is', () => {
  const items = ['Kevin Allton, a USI instructor, said Warhol was a legend.', 'Allton had seen the Silver Clouds.'];
  const words = items.map(contentWords);
  assert.deepEqual(headsInRun(['Warhol’s photo legacy', 'Vava’u', ''], items.length, (n) => words[n]!), [0, 2]);
});

/** A made-up page: a caption in the first story, a photographer's credit left at the page's end, two stories away. */
const SOLE = 'New bridge opens to traffic\n\nBy Tom Reed\nThe new bridge over the river opened to traffic on\nMonday morning, two months ahead of schedule and\nwithin its budget, the county engineer said.\n\nMayor Jane Doe is pictured cutting the ribbon.\n\nHundreds of people walked across the span before\nthe first cars were allowed on at noon, and a brass\nband played on the north bank for most of the day.\n\nLibrary hours to change\n\nThe central library will close at six in the evening\nfrom next month, the council said, because of cuts\nto its budget that were agreed in the spring.\n\nReaders who use the library after work said they\nwere disappointed by the decision.\n\nMARK JONES / STAFF\n';

test('a photographer\'s credit left at the page\'s end is not given to a caption two stories away: it stays furniture', () => {
  const out = toOutput(restore({ name: 'sole.txt', bytes: new TextEncoder().encode(SOLE) }));
  const caps = out.articles.flatMap((a) => a.captions);
  assert.ok(!caps.some((c) => c.credit === 'MARK JONES / STAFF'), JSON.stringify(caps));
  assert.ok(out.furniture.some((f) => f.text === 'MARK JONES / STAFF'), JSON.stringify(out.furniture));
});

/** A made-up page: a one-word head (`Police`) stacked under another, and a paragraph of a later story opening with that word. */
const POLICE = 'Storm warning for the weekend coast\n\nPolice\n\nBy Anna Marsh, Staff Reporter\nForecasters expect winds of up to ninety miles an hour\nalong the coast on Saturday, with heavy rain inland\nand flooding likely on low roads near the estuary.\n\nResidents were advised to secure loose garden\nfurniture and to avoid the seafront during the storm,\nthe forecasters said on Thursday afternoon.\n\nThe coastguard said lifeboat crews would be on\nstandby from Friday night until the storm passes.\n\nHarbour budget approved after late debate\n\nBy Tom Reed\nThe city council on Tuesday approved a budget of four\nmillion pounds for the harbour, after a long debate\nthat ran late into the evening at the town hall.\n\nPolice said the meeting passed without incident,\nalthough a small crowd gathered outside the town hall\nto protest the cost of the scheme to local taxpayers.\n\nThe work is due to begin in the spring and will take\ntwo years to finish, the harbour master said.\n';

test('a one-word head that is a common word does not pull a paragraph opening with it out of another story', () => {
  const doc = restore({ name: 'police.txt', bytes: new TextEncoder().encode(POLICE) });
  const out = toOutput(doc);
  const harbour = out.articles.find((a) => a.headline?.startsWith('Harbour budget'));
  assert.ok(harbour?.blocks.some((b) => b.text.startsWith('Police said the meeting passed')), JSON.stringify(out.articles.map((a) => [a.headline, a.blocks.map((b) => b.text.slice(0, 30))])));
  assert.ok(!doc.messages.some((m) => m.rule === 'segment/lead-elsewhere'));
});

test('leadElsewhere: a one-word head must be a name the dictionary lacks', () => {
  const host = story(null, 'The council approved the budget.', 'Police said the meeting passed without incident.', 'Vava’u is a group of islands.');
  assert.equal(leadElsewhere([host], new Set(), 'Police'), null);
  assert.equal(leadElsewhere([host], new Set(), 'Vava’u')?.index, 2);
});
