/**
 * Structure rules on real cases, one row per phenomenon: the input lines as
 * the extractor printed them (dev/dev2 corpus pages, CC BY-SA 3.0), and the
 * units (kind and text) the pipeline must make of them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinLines } from '../../src/text/join.js';
import { run } from './helpers.js';
import { MAX_RUN_OWNERS } from '../../src/transforms/classify/rules/06-pullquote.js';

/** Kind and text of every block of the page, after the whole pipeline. */
function units(text: string): Array<[string, string]> {
  const { doc } = run(text);
  return doc.pages.flatMap((p) => p.blocks.map((b) => [b.kind, joinLines(b.lines)] as [string, string]));
}

function has(text: string, kind: string, unit: string): void {
  const u = units(text);
  assert.ok(
    u.some(([k, t]) => k === kind && t === unit),
    `expected ${kind} "${unit}" in:\n${u.map(([k, t]) => `  ${k}: ${t}`).join('\n')}`,
  );
}

const rows: Array<{ name: string; input: string; kind: string; unit: string }> = [
  {
    name: 'paragraph end: a short line ending a sentence (pdftotext -raw keeps no blank lines)',
    input: 'The Galois memorial in a file photo.\nWhile Poisson’s report was made before Galois’ July 14 arrest, it\ntook until October to reach Galois in prison. It is unsurprising,\nin the light of his character.\nGalois’ fatal duel took place on 30 May. The true motives\nbehind the duel are obscure. There has been much speculation as\nto the reasons behind it.',
    kind: 'paragraph',
    unit: 'While Poisson’s report was made before Galois’ July 14 arrest, it took until October to reach Galois in prison. It is unsurprising, in the light of his character.',
  },
  {
    name: 'subhead glued to the paragraph under it (pdfminer box)',
    input: 'man Catholic shortly before his death. He was a general and rear admiral in Russia.\n\nLife\nGordon was brought up and remained\na lifelong Roman Catholic, at a time\nwhen the Church was being persecuted\nin Scotland.',
    kind: 'subhead',
    unit: 'Life',
  },
  {
    name: 'heading in capitals glued to the paragraph under it',
    input: 'reported discrimination experi-\nences.\n\nREASON FOR DISCRIMINATION.\nAll respondents who indicated\nthey were discriminated against\n- specifically, those who re-\nsponded with sometimes or of-\nten to the perceived discrimina-\ntion measure described above -\nwere asked the following ques-\ntion:',
    kind: 'subhead',
    unit: 'REASON FOR DISCRIMINATION.',
  },
  {
    name: 'dateline at the head of the first paragraph',
    input: 'Phoenix\nBY NADIA NAKAMURA\nPHOENIX, May 19 — Phoenix is the capital of the state of Ari-\nzona as well as the most populous city in the American Southwest\nand sixth largest city in the United States.',
    kind: 'dateline',
    unit: 'PHOENIX, May 19 —',
  },
  {
    name: 'dateline broken before its dash (dev2)',
    input: 'Patrick Gordon\nIngrid Abbasi\nSpecial Correspondent\nMOSCOW (Reuters)\n— Patrick Leopold Gor-\ndon of Auchleuchries\n(31 March 1635 in\nAuchleuchries, Aber-\ndeenshire, Scotland.',
    kind: 'dateline',
    unit: 'MOSCOW (Reuters) —',
  },
  {
    name: 'sign-off at the end of the last paragraph',
    input: 'Galois’ fatal duel took place on 30 May. [17] The true motives\nbehind the duel are obscure. There has been much speculation as\nto the reasons behind it. [7] (Agencies)\nThe Onion: The headlines\nBY OMAR HADDAD AND YUSUF REYES',
    kind: 'signoff',
    unit: '(Agencies)',
  },
  {
    name: 'sign-off broken after its dash',
    input: 'The population increased, as many people from Lu-\nzon and the Visayas came to work\neither as fishermen or miners.—\nReuters\nCharles J. Fillmore: Cognitive linguistics',
    kind: 'signoff',
    unit: '— Reuters',
  },
  {
    name: 'sign-off broken after a spaced dash, the full stop before it lost (dev010 OCR `streets —` ⏎ `Bloomberg`)',
    input: 'Fort Lee has mass transit, in the form of buses\nand vans that frequently run across the bridge and up\nand down major streets —\nBloomberg\nCharles J. Fillmore: Cognitive linguistics',
    kind: 'signoff',
    unit: '— Bloomberg',
  },
  {
    name: 'byline with a title after a comma: the title is furniture',
    input: 'Fort Lee: Buy\n\nBy Hiroshi Fischer, Culture Reporter\n\nThere is an abundance of supermarkets, one of the most famous being Fairway Market.',
    kind: 'byline',
    unit: 'By Hiroshi Fischer, Culture Reporter',
  },
  {
    name: 'byline without By: a name over a job title (dev2)',
    input: 'HISTORY The Westbrook Clarion FRIDAY 18 NOVEMBER 2011\nPatrick Gordon\nIngrid Abbasi\nSpecial Correspondent\nGordon’s alleged tomb at Vvedenskoye Cemetery in Moscow.',
    kind: 'byline',
    unit: 'Ingrid Abbasi',
  },
  {
    name: 'jump line',
    input: 'Gordon assumed the additional Christian name of Leopold when confirmed as a Roman Catholic.\nContinued on Page 12\nLIFE',
    kind: 'jump',
    unit: 'Continued on Page 12',
  },
  {
    name: 'advert: a title in capitals over short lines with a price or phone number',
    input: 'would be its\ncollection of\nrestaurants.”\nSPRING SALE\nSofas & armchairs up to 40% off\nHartley Furniture · 12 Mill Road\nNew faces emerge as veteran politicians step down in Hong Kong legislative\nelection',
    kind: 'advert',
    unit: 'SPRING SALE Sofas & armchairs up to 40% off Hartley Furniture · 12 Mill Road',
  },
  {
    name: 'drop cap printed as a line of its own',
    input: 'The Use of Cognitive Digital Games in School\nBy Sofia Nakamura\nC\nognitive games involve a number of\ndifferent games working aspects of\nhuman cognition.',
    kind: 'paragraph',
    unit: 'Cognitive games involve a number of different games working aspects of human cognition.',
  },
  {
    name: 'caption with a caption phrase, credit cut off',
    input: 'Warhol’s photo legacy spread by\nuniversity exhibits: USI exhibit\nBY LUCAS NAKAMURA\n\nKevin Allton in a file photo. (AFP)\n\nKIARA Perkins, a second year\nUSI art major, admitted she was willing to skip class.',
    kind: 'caption-credit',
    unit: '(AFP)',
  },
  {
    name: 'caption right above its photo credit line',
    input: 'and Frames.\n— Agencies\nHundreds dead in Hajj stampede\n\nThe Plains of Arafat on the day of Hajj\n— AFP photo\nFile picture of Saudi Arabia. — AFP',
    kind: 'caption',
    unit: 'The Plains of Arafat on the day of Hajj',
  },
  {
    name: 'caption under a photographer’s credit (dev2)',
    input: 'Vava’u\n\nFATIMA SILVA/EPA\nPort of Refuge Harbor at Neiafu\nVava’u is a group of more than 50 islands in\nTonga, about 150 miles north of Tongatapu.\nThey are either raised coral limestone or\ncoral atolls.',
    kind: 'caption',
    unit: 'Port of Refuge Harbor at Neiafu',
  },
  {
    name: 'pull quote: a sentence of the story printed again',
    input: 'Gordon was brought\nup and remained a\nlifelong Roman Catholic,\nat a time when the\nChurch was being per-\nsecuted in Scotland,\nwhich had become\nCalvinist. After an edu-\ncation at the parish\nschools he entered the\nJesuit college.\n“Gordon was\nbrought up and\nremained a lifelong\nRoman Catholic, at\na time when the\nChurch was being\npersecuted in\nScotland, which had\nbecome Calvinist.”\nIn the course of the\nnext five years he served\nalternately for Poland\nand Sweden.',
    kind: 'pullquote',
    unit: '“Gordon was brought up and remained a lifelong Roman Catholic, at a time when the Church was being persecuted in Scotland, which had become Calvinist.”',
  },
];

for (const r of rows) test(`unit: ${r.name}`, () => has(r.input, r.kind, r.unit));

test('running head and foot are furniture, never story text (the foot printed mid-stream too)', () => {
  const { out } = run(
    'IDEAS\n\nThe Meridian Times | Tuesday, February 21, 2017 18\n\nWarhol’s photo legacy spread by\nuniversity exhibits: USI exhibit\nBY LUCAS NAKAMURA\n\nKevin Allton in a file photo. (AFP)\n\nFor Kevin Allton, a USI instruc-\ntor in English, Warhol was also\na legend. He said he was a legend.\n\nTHE MERIDIAN TIMES\n\nAllton said he had only seen the\nSilver Clouds installation before in film.\n',
  );
  const furniture = out.furniture.map((f) => `${f.type}: ${f.text}`);
  assert.deepEqual(furniture, ['section: IDEAS', 'header: The Meridian Times | Tuesday, February 21, 2017 18', 'header: THE MERIDIAN TIMES']);
  const story = out.articles.map((a) => [a.headline, ...a.blocks.map((b) => b.text)].join(' ')).join(' ');
  assert.doesNotMatch(story, /Meridian|IDEAS/);
});

test('a one-word headline beside the running head is not a section name (its word recurs in the story)', () => {
  const { out } = run(
    'EASTERN STAR TRIBUNE\n\nAthens\n\nBy Yusuf Petrov\n\nATHENS, Oct 22 — Athens,\nis the capital city of Greece with a\nmetropolitan population of 3.7 mil-\nlion inhabitants. It is in many ways\nthe birthplace of Classical Greece.\n',
  );
  assert.equal(out.articles[0]!.headline, 'Athens');
  assert.equal(out.articles[0]!.byline, 'Yusuf Petrov');
  assert.equal(out.articles[0]!.dateline, 'ATHENS, Oct 22');
});

test('pull quote: body words of the same shape (length, first and last letter) but other letters are no repeat', () => {
  const pull = rows.find((r) => r.kind === 'pullquote')!;
  const [story, ...rest] = pull.input.split('\n“');
  // Each story word with its inner letters reversed: every word keeps its shape, none its spelling (most).
  const scrambled = story!.replace(/\p{L}{4,}/gu, (w) => w[0] + [...w.slice(1, -1)].reverse().join('') + w.at(-1));
  assert.notEqual(scrambled, story);
  const plain = units(pull.input);
  assert.ok(plain.some(([k]) => k === 'pullquote'));
  const u = units([scrambled, ...rest].join('\n“'));
  assert.ok(!u.some(([k]) => k === 'pullquote'), u.map(([k, t]) => `${k}: ${t}`).join('\n'));
});

test('sign-off after a spaced dash is marked as a guess (lower confidence, named in its evidence); after `.—` it is certain', () => {
  const signoff = (text: string) => {
    const { doc } = run(text);
    return doc.pages.flatMap((p) => p.blocks).find((b) => b.kind === 'signoff')?.decision;
  };
  const certain = signoff(rows.find((r) => r.unit === '— Reuters')!.input);
  const spaced = signoff(rows.find((r) => r.unit === '— Bloomberg')!.input);
  assert.ok(certain && spaced);
  assert.ok(spaced.confidence < certain.confidence, `${spaced.confidence} < ${certain.confidence}`);
  assert.match(spaced.evidence ?? '', /spaced dash/);
  assert.doesNotMatch(certain.evidence ?? '', /spaced dash/);
});

test('pull quote: a phrase repeated down the page (boilerplate in many units) is no evidence of a quoted sentence', () => {
  const pull = rows.find((r) => r.kind === 'pullquote')!;
  // The same short unit, and its sentence printed in MAX_RUN_OWNERS + 1 longer units: a form line, not a quote.
  const sentence = 'Gordon was brought up and remained a lifelong Roman Catholic, at a time when the Church was being persecuted in Scotland, which had become Calvinist.';
  const quote = pull.input.slice(pull.input.indexOf('\n“') + 1, pull.input.indexOf('\nIn the course'));
  const repeats = Array.from({ length: MAX_RUN_OWNERS + 1 }, (_, i) => `${sentence} Item ${i + 1} of the register follows.`);
  const u = units([...repeats, quote, 'In the course of the\nnext five years he served.'].join('\n\n'));
  assert.ok(!u.some(([k]) => k === 'pullquote'), u.map(([k, t]) => `${k}: ${t}`).join('\n'));
  // With the sentence printed once, the same quote is a pull quote (the rule still fires).
  const once = units([repeats[0]!, quote, 'In the course of the\nnext five years he served.'].join('\n\n'));
  assert.ok(once.some(([k]) => k === 'pullquote'), once.map(([k, t]) => `${k}: ${t}`).join('\n'));
});
