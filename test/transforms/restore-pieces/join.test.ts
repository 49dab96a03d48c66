/**
 * The pieces of one printed line become one line (src/transforms/restore-pieces/join.ts). Real cases:
 * short excerpts of dev013, dev015, d2_007 page.pdfminer.txt and d2_010 page.txt (CC BY-SA text),
 * trailing spaces as the extractors wrote them; the whole pages from ../shared when present.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { GalleyDocument } from '../../../src/model/types.js';
import { read, restore } from '../../../src/pipeline.js';
import { createRestorePieces } from '../../../src/transforms/restore-pieces/index.js';
import { JOIN_RULE, joinedAsPrinted } from '../../../src/transforms/restore-pieces/join.js';
import { sharedFile } from '../../structure/helpers.js';
import { lines, NEXT_BOX, restored } from './helpers.js';

const joins = (doc: GalleyDocument) => doc.messages.filter((m) => m.rule === JOIN_RULE);

/** dev013: `dows. Instead of being`, cut at its wide word space; TeX's PDF sets no space glyph, so no mark. */
const DEV013 = ['stated,', '“Daniel was picked up by', 'an investigator in a black', 'car with blacked out win-', 'dows.', 'Instead of being', 'taken to a hotel, where', 'he could route out as', 'promised, he was taken', 'to the Century City Tow-', 'ers. He was deposited in'];

test('two pieces that fill the measure, the sentence running on after them, are one line (dev013 excerpt)', () => {
  const doc = restored(DEV013.join('\n'));
  assert.equal(lines(doc)[4], 'dows. Instead of being');
  const [m] = joins(doc);
  assert.ok(m, 'the join is recorded');
  assert.equal(m.before, 'dows. ⏎ Instead of being');
  assert.equal(m.source?.span?.start.line, 5, 'from the first piece');
  assert.equal(m.source?.span?.end.line, 6, 'to the second');
  // Text in = text out: the joined line holds both originals.
  const joined = doc.pages[0]!.blocks[0]!.lines[4]!;
  assert.ok(joined.original.includes('dows.') && joined.original.includes('Instead of being'));
});

test('the joined line is no paragraph end: the paragraph goes on (dev013 excerpt, whole pipeline)', () => {
  const doc = restore({ name: 't.txt', bytes: new TextEncoder().encode(`${DEV013.join('\n')}\n\n${NEXT_BOX}\n`) });
  const text = doc.articles.flatMap((a) => a.blocks.map((b) => b.text));
  assert.ok(
    text.some((t) => t.includes('blacked out windows. Instead of being taken')),
    text.join(' | '),
  );
});

test('a short last line, then a speaker’s label: not one printed line (dev015 excerpt)', () => {
  const doc = restored(
    [
      'John Rauschenberg: We don’t really re-',
      'member. It’s been around forever. Proba-',
      'bly read about it somewhere.',
      'Wikinews: What are your thoughts about',
      'Rick Santorum’s views on gay rights?',
      'John Rauschenberg: It’s not for us to take',
      'a stand on any political issues. We’ll leave',
      'that to the professionals.',
      'Wikinews: When was the Santorum cock-',
      'tail first created?',
      'John Rauschenberg: A few months ago.',
      'Wikinews: What ingredients go in the San-',
      'torum cocktail?',
      'John Rauschenberg: Bailey’s,',
      'vodka, bitters, and chocolate flakes.',
      'Wikinews: How is the Santorum drink',
      'made?',
      'John Rauschenberg: The ingredients are',
      'shaken and/or poured into a cocktail glass.',
    ].join('\n'),
  );
  assert.equal(joins(doc).length, 0);
});

test('a run of short lines (a narrow box) is no pair of pieces: each needs a whole line on both sides (d2_010 excerpt)', () => {
  const doc = restored(['migrants crossing the Channel', 'last year drove outstanding', 'asylum claims over 150,000,', 'also a record.', 'Figures to be', 'published', 'today show', 'a record'].join('\n'));
  assert.equal(joins(doc).length, 0);
});

test('a left piece (its space glyph kept at the cut) and the rest of its line are one line (d2_007 excerpt)', () => {
  // The page marks cuts: a few of its lines end on a space.
  const doc = restored(['Last  week,  at  least  76  people', 'were  killed  when  the  Al-Ghaza', 'Hotel  near  the  Masjid  Al-Haram', '(Grand  Mosque)  collasped,  the', 'cause  of  which ', 'is  unknown.', 'Saudi  officials  said  the  crush', 'happened  as  two  large  crowds', 'converged  at  a  crossroads  in'].join('\n'));
  assert.equal(lines(doc)[4], 'cause of which is unknown.');
  assert.equal(joins(doc)[0]?.confidence, 0.85);
});

test('a layer that pulls lines up to join broken words (few line-end hyphens) is left alone: its lengths say nothing of pieces (d2_010 page.txt excerpt)', () => {
  const doc = restored(
    [
      'A leaked internal letter seen',
      'by Sky News says “failure to',
      'return the questionnaire',
      'without reasonable explanation may result in an',
      'individual’s asylum claim being withdrawn in line with the',
      'published policy”, but the',
      'government will provide a reminder after the deadline and',
      'consider extensions.',
      'Officials tell BBC News',
      'every claim will be assessed',
      'meritocratically, with the i reporting no one will be refused',
      '“based solely on the response',
      'of the questionnaire”.',
    ].join('\n'),
  );
  assert.equal(joins(doc).length, 0);
});

test('whole pages: pieces joined on the pdfminer pages, every word kept', () => {
  for (const [corpus, id] of [['dev', 'dev013'], ['dev2', 'd2_007']] as const) {
    const file = sharedFile('corpus', corpus, id, 'page.pdfminer.txt');
    if (!file) continue;
    const doc = restored(readFileSync(file, 'utf8'));
    assert.ok(joins(doc).length > 0, `${id}: pieces are joined`);
    const before = read('text', { name: 't.txt', bytes: readFileSync(file) });
    const words = (ls: string[]): string[] => ls.join(' ').split(' ').sort();
    assert.deepEqual(words(lines(doc)), words(lines(before)));
  }
});

/** d2_006 page.pdfminer.txt lines 393–410 (CC BY-SA text): `The first ` boxed alone above the rest of its line. */
const D2006 = [
  'is  the  ancestral  domain  of  an',
  'indigenous ',
  'tribe  who  are',
  'managing the island in a sus-',
  'tainable way and keeping out-',
  'siders  at  a  distance  and  off-',
  'shore at night.',
  '',
  'HISTORY',
  '',
  'The  first ',
  '',
  'inhabitants  of',
  'Coron  were  the  Tagbanuas',
  'who  belong  to  the  second',
  'wave of Indonesians who mi-',
  'grated to this area some 5,000',
];

test('a left piece boxed alone right above the rest of its line joins that line, its own spacing kept (d2_006 excerpt)', () => {
  const doc = restored(D2006.join('\n'));
  const out = lines(doc);
  assert.equal(out[out.indexOf('HISTORY') + 1], 'The first inhabitants of');
  const m = joins(doc).find((x) => x.before === 'The first ⏎⏎ inhabitants of');
  assert.equal(m?.confidence, 0.85);
  const blocks = doc.pages[0]!.blocks;
  const joined = blocks.find((b) => b.lines[0]!.text.startsWith('The  first'))!;
  assert.equal(joined.lines[0]!.text, 'The  first inhabitants  of');
  assert.equal(joined.lines.length, 5, 'the piece opens the box of its paragraph');
});

test('a left piece boxed alone before another lone piece is not joined to it: the rest of its line is not there (d2_001 excerpt)', () => {
  const doc = restored(['Thorell,  Lindqvist,  Nut-', 'ley, Bohlin, & Klingberg,', '2009).', '', '(Miller ', '', 'in ', '', 'Considering  the  im-', 'portance  of  the  proper', 'functioning of attention,'].join('\n'));
  assert.ok(!joins(doc).some((x) => x.before === '(Miller ⏎⏎ in'));
});

/** d2_008 page.pdfminer.txt lines 418–431 (CC BY-SA text): a justified line cut at a wide gap, its pieces written with their wide gaps. */
const D2008 = [
  'David Shankbone: In an inter-',
  'view  with  Terry  Gross,  Stephen',
  'Colbert  said  of  his ',
  'time  at',
  'Second  City  that  they  had  de-',
  'cided  on  not  doing  political  hu-',
  'mor  and,  in  particular,  hack-',
  'neyed  political  humor  such  as',
  'Ted  Kennedy  drinking ',
  'jokes.',
  'They felt it was overdone, mean-',
  'spirited  and  not  funny.  Do  your',
  'writers  have  similar  rules  of',
  'thumb?',
];

test('joined pieces keep their own spacing: a stretched line stays stretched, and reflow reads it as one the paragraph runs on past (d2_008 excerpt)', () => {
  const doc = restored(D2008.join('\n'));
  const line = doc.pages[0]!.blocks.flatMap((b) => b.lines).find((l) => l.text.startsWith('Ted'))!;
  assert.equal(line.text, 'Ted  Kennedy  drinking jokes.');
  const whole = restore({ name: 'page.pdfminer.txt', bytes: new TextEncoder().encode(`${D2008.join('\n')}\n\n${NEXT_BOX}\n`) });
  const text = whole.articles.flatMap((a) => a.blocks.map((b) => b.text));
  assert.ok(
    text.some((t) => t.includes('Ted Kennedy drinking jokes. They felt it was overdone')),
    text.join(' | '),
  );
});

test('joinedAsPrinted: the left piece’s space at the cut, or one space', () => {
  assert.equal(joinedAsPrinted('Ted  Kennedy  drinking ', 'jokes.'), 'Ted  Kennedy  drinking jokes.');
  assert.equal(joinedAsPrinted('dows.', 'Instead of being'), 'dows. Instead of being');
});

/** d2_006 page.pdfminer.txt lines 291–300 (CC BY-SA text): a left piece inside a sentence, its rest on the next line. */
const D2006_LEAD = [
  'A  research  team  from  the',
  'Massachusetts ',
  'Institute  of',
  'Technology  and  Colorado',
  'State  University  of  the  US',
  'and  the  University  of  Shef-',
  'field  of  the  UK  has  analysed',
  'effects of global warming and',
];

test('a left piece and its rest are joined inside a sentence too, not only where one ends (d2_006 excerpt)', () => {
  const doc = restored(D2006_LEAD.join('\n'));
  assert.equal(lines(doc)[1], 'Massachusetts Institute of');
  assert.equal(joins(doc)[0]?.confidence, 0.85);
});
