/**
 * A dateline whose words pdfminer boxed apart (src/transforms/restore-pieces/dateline.ts). Real case: d2_001
 * page.pdfminer.txt lines 12–20 (CC BY-SA text), trailing spaces as pdfminer wrote them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lines, restored } from './helpers.js';
import { run } from '../../structure/helpers.js';
import { datelineOrder } from '../../../src/transforms/restore-pieces/dateline.js';

const PAGE = [
  'Gordon’s alleged tomb at Vvedenskoye Cemetery in Moscow.',
  '',
  'MOSCOW ',
  '',
  '(Reuters)',
  '—  Patrick  Leopold  Gor-',
  'don  of  Auchleuchries',
  'in',
  '(31  March  1635 ',
  'Auchleuchries, ',
  'Aber-',
  'deenshire, Scotland – 29',
  'November  1699  in  Mo-',
  'scow,  Russia)  was  a',
];

test('the place and the agency boxed apart before the dash are one dateline line again (d2_001)', () => {
  const doc = restored(PAGE.join('\n'));
  const out = lines(doc);
  assert.equal(out[1], 'MOSCOW (Reuters)');
  assert.equal(out[2], '— Patrick Leopold Gor-');
  const m = doc.messages.find((x) => x.rule === 'restore-pieces/dateline');
  assert.equal(m?.after, 'MOSCOW (Reuters)');
  assert.equal(m?.source?.span?.start.line, 3);
});

test('classify then reads the dateline, not a subhead and a credit', () => {
  const { out } = run(['Patrick Gordon', '', 'Ingrid Abbasi', 'Special Correspondent', '', ...PAGE].join('\n'), 'page.pdfminer.txt');
  const a = out.articles[0]!;
  assert.equal(a.dateline, 'MOSCOW (Reuters)');
  assert.ok(!a.blocks.some((b) => b.type === 'subhead' && b.text === 'MOSCOW'));
});

test('without the left-piece mark, pieces of a word or two are put together in the printed order only', () => {
  const doc = restored(PAGE.map((l) => l.trimEnd()).join('\n'));
  assert.equal(lines(doc)[1], 'MOSCOW (Reuters)');
  // The shuffled boxes make a dateline only in another order: without the mark that is no evidence.
  const shuffled = restored(SHUFFLED.map((l) => l.trimEnd()).join('\n'));
  assert.ok(!shuffled.messages.some((x) => x.rule === 'restore-pieces/dateline'));
});

/** d2_006 page.txt lines 127–134 (CC BY-SA text): pdftotext's default mode set the justified dateline's words on lines of their own, in one block. */
const UNMARKED = [
  'File picture of Construction Grammar. (AP)',
  '',
  'CHICAGO,',
  'July',
  '5',
  '(Reuters)—By 1965, Fillmore had come to acknowledge that semantics plays a',
  'crucial role in grammar. [6]',
  'In 1968, he published his',
  'theory of Case Grammar',
];

test('a dateline whose words pdftotext set on lines of their own, in their order, is one line again (d2_006 page.txt)', () => {
  const doc = restored(UNMARKED.join('\n'));
  const out = lines(doc);
  assert.equal(out[1], 'CHICAGO, July 5');
  assert.equal(out[2], '(Reuters)—By 1965, Fillmore had come to acknowledge that semantics plays a');
  // A line of three words or more before a dash line is text, not a dateline's piece.
  const prose = restored(['File picture of Construction Grammar. (AP)', '', 'CHICAGO, July 5 and', 'later', '(Reuters)—By 1965, Fill-'].join('\n'));
  assert.ok(!prose.messages.some((x) => x.rule === 'restore-pieces/dateline'));
});

/** d2_006 page.pdfminer.txt lines 138–148 (CC BY-SA text): the dateline's boxes printed out of order. */
const SHUFFLED = [
  'File picture of Construction Grammar. (AP)',
  '',
  'July ',
  '',
  'CHICAGO, ',
  '',
  '5',
  '(Reuters)—By  1965,  Fill-',
  'more  had  come  to  acknow-',
  'ledge  that  semantics  plays  a',
  'crucial role in grammar. [6]',
];

test('a dateline whose boxes were printed out of order is put in the one order that makes a dateline (d2_006)', () => {
  const doc = restored(SHUFFLED.join('\n'));
  const out = lines(doc);
  assert.equal(out[1], 'CHICAGO, July 5');
  assert.equal(out[2], '(Reuters)—By 1965, Fill-');
  const m = doc.messages.find((x) => x.rule === 'restore-pieces/dateline');
  assert.equal(m?.before, 'July ⏎ CHICAGO, ⏎ 5');
  assert.equal(m?.after, 'CHICAGO, July 5');
});

test('datelineOrder: the printed order first; another only when the printed one is no dateline; none for prose', () => {
  assert.deepEqual(datelineOrder(['MOSCOW', '(Reuters)'], '— Patrick'), [0, 1]);
  assert.deepEqual(datelineOrder(['July', 'CHICAGO,', '5'], '(Reuters)—By 1965'), [1, 0, 2]);
  assert.equal(datelineOrder(['the', 'plant', 'closed'], '— and then'), null);
  assert.equal(datelineOrder(['July', 'CHICAGO,', '5'], 'By 1965'), null, 'no dash after it: no dateline');
});

test('without cut marks, a heading over a whole dateline is not taken into it (review: RATES HIKED, WORLD BRIEFS)', () => {
  for (const [page, dateline] of [
    [['The rouble fell again on Monday.', '', 'RATES HIKED', '', 'MOSCOW (Reuters)', '— The central bank raised its rate'], 'MOSCOW (Reuters)'],
    [['The talks ended late on Sunday.', '', 'WORLD', 'BRIEFS', '', 'PARIS', '— Ministers agreed on a plan'], 'PARIS'],
  ] as const) {
    const doc = restored(page.join('\n'));
    assert.ok(lines(doc).includes(dateline), JSON.stringify(lines(doc)));
    assert.ok(!doc.messages.some((x) => x.rule === 'restore-pieces/dateline'), JSON.stringify(lines(doc)));
  }
});

test('many datelines on one layer are each mended in one pass (the scan goes on after each repair)', () => {
  const story = ['Last line of a story.', '', 'CHICAGO,', 'July', '5', '(Reuters)—The city council met on Tuesday'];
  const doc = restored(Array.from({ length: 300 }, () => story).flat().join('\n'));
  assert.equal(doc.messages.filter((x) => x.rule === 'restore-pieces/dateline').length, 300);
  assert.equal(lines(doc).filter((l) => l === 'CHICAGO, July 5').length, 300);
});
