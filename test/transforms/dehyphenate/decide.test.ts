/**
 * One row per real phenomenon: the two lines as printed on a dev corpus page
 * (CC BY-SA, quoted) or the shape of a site on the seed page, the decision an
 * editor makes, and the evidence that must have spoken for it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Vocabulary } from '../../../src/lexicon/vocabulary.js';
import { decideLineEnd, decideSite, emptyContext, lineEndSite, type DehyphenateContext } from '../../../src/transforms/dehyphenate/index.js';
import type { Line } from '../../../src/model/types.js';

interface Row {
  name: string;
  left: string;
  right: string;
  /** Text elsewhere in the document (its vocabulary). */
  doc?: string;
  join: 'join' | 'hyphen' | 'dash';
  after: string;
  /** Evidence that must be among the votes. */
  why: string;
}

const ROWS: Row[] = [
  // 01-form: numbers, addresses, case, one-letter fragments
  { name: 'dev009 phone number', left: '1355 Inwood Terrace, tel: 1 201-592-', right: '4699, contact for membership informa-', join: 'hyphen', after: '201-592-4699', why: 'number' },
  { name: 'd2_001 24-hour', left: 'pizzerias, delis and 24-', right: 'hour diners, in addition', join: 'hyphen', after: '24-hour', why: 'number' },
  { name: 'dev019 address', left: '(http://www.wikihow.com/wikiHow:Carbon-', right: 'Neutral)', join: 'hyphen', after: 'http://www.wikihow.com/wikiHow:Carbon-Neutral', why: 'address' },
  { name: 'dev002 Chinese given name', left: 'ously at the invitation of Premier Zhou En-', right: 'Lai, Chao and his wife returned to China in', join: 'hyphen', after: 'En-Lai', why: 'capital-after-break' },
  { name: 'dev008 Persian compound', left: 'Isfahan Province. The Persians call it “Nesf-e-', right: 'Jahan”, meaning “Half The World”. Due to its', join: 'hyphen', after: 'Nesf-e-Jahan', why: 'capital-after-break' },
  { name: 'd2_001 pro- before a capital', left: 'the constituency. Other pro-', right: 'Beijing candidates elected in', join: 'hyphen', after: 'pro-Beijing', why: 'capital-after-break' },
  { name: 'd2_004 All- before an acronym', left: 'season, he was named both to the All-', right: 'NCAA Regional Team and the All-Sil-', join: 'hyphen', after: 'All-NCAA', why: 'capitals-after-break' },
  { name: 'seed-shaped US-led', left: 'fought against the US-', right: 'led coalition forces', join: 'hyphen', after: 'US-led', why: 'acronym-before-break' },
  { name: 'headline in capitals', left: 'HIGHER EDUCA-', right: 'TION REFORM', join: 'join', after: 'EDUCATION', why: 'known-word' },
  // 02-document
  { name: 'dev016 Co-founder, co-founder elsewhere', left: 'located in Mountain View, California. Co-', right: 'founder of Google, Sergey Brin, person-', doc: 'Facebook co-founder Mark Zuckerberg', join: 'hyphen', after: 'Co-founder', why: 'hyphenated-in-document' },
  {
    name: 'Evening Star 1865 to-day, so spelled elsewhere on the page (the OCR proposed today)',
    left: 'unanimously agreed that they should withdraw after to-',
    right: 'day all their advertisement* from the Hrraid, should',
    doc: 'the colored freedmen ot the State met to-day in this city',
    join: 'hyphen',
    after: 'to-day',
    why: 'hyphenated-in-document',
  },
  { name: 'd2_005 Edgewater, a name the lexicon lacks, elsewhere in the page', left: 'or ferry from New York City via Edge-', right: 'water and Weehawken docks.', doc: 'Edgewater, Englewood Cliffs, Cliffside', join: 'join', after: 'Edgewater', why: 'joined-in-document' },
  // 03-lexicon
  { name: 'seed-shaped docu-mentary (invented)', left: 'The festival opens on Friday with a docu-', right: 'mentary about river boats', join: 'join', after: 'documentary', why: 'known-word' },
  { name: 'seed-shaped dead-locked (invented)', left: 'the wage talks remain dead-', right: 'locked after a week of meetings.', join: 'join', after: 'deadlocked', why: 'known-word' },
  { name: 'seed-shaped cov-eted (invented)', left: 'runners compete for the cov-', right: 'eted county trophy', join: 'join', after: 'coveted', why: 'known-word' },
  { name: 'dev015 heat-attributed', left: 'tion caused 46 percent of previously heat-', right: 'attributed damage to soybean crops.', join: 'hyphen', after: 'heat-attributed', why: 'word-parts' },
  { name: 'dev020 singer-songwriter', left: 'thor Truman Capote and singer-', right: 'songwriter Carly Simon.', join: 'hyphen', after: 'singer-songwriter', why: 'word-parts' },
  { name: 'd2_008 mean-spirited', left: 'They felt it was overdone, mean-', right: 'spirited and not funny. Do your', join: 'hyphen', after: 'mean-spirited', why: 'word-parts' },
  { name: 'd2_001 lieutenant-general', left: 'was made lieutenant-', right: 'general.', join: 'hyphen', after: 'lieutenant-general', why: 'word-parts' },
  {
    name: 'dev017 ground-breaking: the closed form is a word, joined as a dictionary would (known limit)',
    left: 'tion, I think he was really ground-',
    right: 'breaking in that regard.”',
    join: 'join',
    after: 'groundbreaking',
    why: 'known-word',
  },
  {
    name: 'Evening Star 1865 Albemarle: obscure spelling-list forms are no word parts',
    left: 'Lieut Cushing, who destroyed the Albe-',
    right: 'marle, will get',
    join: 'join',
    after: 'Albemarle',
    why: 'legal-break',
  },
  // 04-patterns
  { name: 'seed-shaped Kim So-young (invented)', left: 'the actor Kim So-', right: 'young, “The Long Road', join: 'hyphen', after: 'So-young', why: 'illegal-break' },
  { name: 'dev016 14-year-old', left: 'the youth. Ahmed Mohamed, a 14-year-', right: 'old boy from Irving, Texas, was arrested', join: 'hyphen', after: '14-year-old', why: 'illegal-break' },
  // 05-compounds
  { name: 'dev001 self-reported', left: 'mously coded based on the self-', right: 'reported sex of the respondent', join: 'hyphen', after: 'self-reported', why: 'compound-prefix' },
  { name: 'dev013 pan-democracy', left: 'constituencies, the pan-', right: 'democracy camp gained a', join: 'hyphen', after: 'pan-democracy', why: 'compound-prefix' },
  { name: 'dev017 well-known', left: 'is in the company of other well-', right: 'known photographers who used', join: 'hyphen', after: 'well-known', why: 'compound-prefix' },
  { name: 'dev009 three-nation', left: 'scored one or two points for the three-', right: 'nation alliance with the Gabonese and Es-', join: 'hyphen', after: 'three-nation', why: 'compound-prefix' },
  { name: 'dev009 re-enactments', left: 'tel: 1 201 461-1776. Revolutionary re-', right: 'enactments, and breathtaking views of', join: 'hyphen', after: 're-enactments', why: 'same-vowel-prefix' },
  { name: 'dev009 Ingrid, a name after a colon', left: 'collaboration page for more details. Photo: In-', right: 'grid Nakamura', join: 'join', after: 'Ingrid', why: 'name' },
  { name: 'd2_008 Hubbard inside a name', left: 'ence fiction writer L. Ron Hub-', right: 'bard for multiple lifetimes.', join: 'join', after: 'Hubbard', why: 'name' },
  { name: 'd2_004 Stephenville', left: 'Holt graduated in 2006 from Stephen-', right: 'ville High School in Texas. In 2003, his', join: 'join', after: 'Stephenville', why: 'legal-break' },
  // 06-dash
  { name: 'dev009 outside- a', left: 'staff and a small group of writers outside-', right: 'a contributing core. We whittle that down', join: 'dash', after: 'outside — a', why: 'closed-class-after' },
  { name: 'dev011 Empire- was', left: 'the official religion of the Roman Empire-', right: 'was first proclaimed Emperor in the city.', join: 'dash', after: 'Empire — was', why: 'closed-class-after' },
  { name: 'dev018 Sites- which', left: 'Unification of Archaeological Sites-', right: 'which connects the city’s classical-', join: 'dash', after: 'Sites — which', why: 'closed-class-after' },
  { name: 'seed-shaped Lisbon- she had (invented)', left: 'studio in Lisbon-', right: 'she had never seen a camera before', join: 'dash', after: 'Lisbon — she', why: 'closed-class-after' },
  // an unknown word broken at a legal point
  { name: 'dev007 Danish title word', left: 'papers: Sprogets logik (1913) and De to hovedarter af gramma-', right: 'tiske forbindelser (1921). Jespersen in this theory of ranks re-', join: 'join', after: 'grammatiske', why: 'legal-break' },
];

function contextWith(text?: string): DehyphenateContext {
  const ctx = emptyContext();
  if (text) ctx.vocabulary.addText(text);
  return ctx;
}

for (const row of ROWS) {
  test(`line end: ${row.name} → ${row.join}`, () => {
    const site = lineEndSite(row.left, row.right);
    assert.ok(site, 'a site');
    const d = decideSite(site, contextWith(row.doc));
    assert.equal(d.join, row.join, `scores ${JSON.stringify(d.scores)}`);
    assert.equal(d.after.replace(/[”’.,]+$/u, ''), row.after);
    assert.ok(d.votes.some((v) => v.why === row.why), `evidence ${row.why} in ${d.votes.map((v) => v.why).join(', ')}`);
    assert.ok(d.confidence >= 0.5 && d.confidence <= 1);
  });
}

test('confidence: plain words are sure, unknown fragments are not, and say they may not fit', () => {
  const sure = decideSite(lineEndSite('a South Korean docu-', 'mentary titled')!, contextWith('a documentary'));
  assert.ok(sure.confidence > 0.95 && sure.fits);
  const unsure = decideSite(lineEndSite('De to hovedarter af gramma-', 'tiske forbindelser (1921).')!, emptyContext());
  assert.equal(unsure.fits, false);
  assert.ok(unsure.confidence <= 0.6);
});

test('no site: a line not ending in letter-hyphen, a spaced hyphen, a double hyphen, an empty next line', () => {
  assert.equal(lineEndSite('the end of a line', 'next'), null);
  assert.equal(lineEndSite('a spaced hyphen -', 'next'), null);
  assert.equal(lineEndSite('a double hyphen--', 'next'), null);
  assert.equal(lineEndSite('docu-', '   '), null);
});

test('decideLineEnd is pure: the lines are not changed', () => {
  const left: Line = { text: 'the docu-', original: 'the docu-', source: { page: 1 } };
  const right: Line = { text: 'mentary', original: 'mentary', source: { page: 1 } };
  const before = JSON.stringify([left, right]);
  const d = decideLineEnd(left, right, emptyContext());
  assert.equal(d?.join, 'join');
  assert.equal(JSON.stringify([left, right]), before);
  assert.equal(decideLineEnd(right, left, emptyContext()), null);
});

test('the document outweighs the dictionary both ways', () => {
  const v = new Vocabulary();
  v.addText('the co-operation of the two, co-operation again');
  const d = decideSite(lineEndSite('in close co-', 'operation with')!, { vocabulary: v });
  assert.equal(d.join, 'hyphen');
  const plain = decideSite(lineEndSite('in close co-', 'operation with')!, emptyContext());
  assert.equal(plain.join, 'join');
});

test('OCR evidence (ALTO SUBS_CONTENT, Evening Star 1865): speaks for words no lexicon knows, not against the document', () => {
  const line = (text: string, substitution?: string): Line => ({
    text,
    original: text,
    source: { page: 1 },
    words: text.split(' ').map((w, i, all) => (i === all.length - 1 && substitution ? { text: w, substitution } : { text: w })),
  });
  const albe = decideLineEnd(line('Lieut Cushing, who destroyed the Albe-', 'Albemarle'), line('marle, will get'), emptyContext())!;
  assert.equal(albe.join, 'join');
  assert.ok(albe.votes.some((v) => v.why === 'ocr-joined'));
  assert.ok(albe.fits);
  const without = decideLineEnd(line('Lieut Cushing, who destroyed the Albe-'), line('marle, will get'), emptyContext())!;
  assert.equal(without.fits, false);
  const today = decideLineEnd(line('agreed that they should withdraw after to-', 'today'), line('day all their advertisement*'), contextWith('met to-day in this city'))!;
  assert.equal(today.join, 'hyphen');
  assert.ok(!today.votes.some((v) => v.why.startsWith('ocr')));
});
