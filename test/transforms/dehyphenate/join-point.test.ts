/**
 * Hyphens restored where pdftotext's default mode joined two printed lines (rules/join-point.ts).
 * Rows are lines as they stand in the dev corpus's page.txt files (CC BY-SA), with the median length
 * of the lines around them on their page (printedWidths); the pages themselves are read from
 * ../shared/corpus at run time for the end-to-end check.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCorpora } from '../../../bench/lib/paths.js';
import { readText } from '../../../src/readers/text/index.js';
import { createDehyphenate } from '../../../src/transforms/dehyphenate/index.js';
import { emptyContext } from '../../../src/transforms/dehyphenate/context.js';
import { JOIN_POINT_RULE } from '../../../src/transforms/dehyphenate/rules/restore-compound.js';
import { atJoinPoint, joinPointHyphen, NEIGHBOUR_LINES, printedWidths } from '../../../src/transforms/dehyphenate/rules/join-point.js';
import type { Line } from '../../../src/model/types.js';

interface Row {
  name: string;
  line: string;
  token: string;
  width: number;
  /** The token with the hyphen restored, or null: left alone. */
  expect: string | null;
}

const ROWS: Row[] = [
  {
    name: 'dev002 En-Lai: camel case at the third join (`Xi-`, `Previ-`, `En-` in one line)',
    line: 'Late in his life, he was invited by Deng Xiaoping to return to China in 1981. Previously at the invitation of Premier Zhou EnLai, Chao and his wife returned to China in',
    token: 'EnLai',
    width: 45,
    expect: 'En-Lai',
  },
  {
    name: 'dev008 Nesf-e-Jahan: a capital after a one-letter part',
    line: 'Isfahan Province. The Persians call it “Nesf-eJahan”, meaning “Half The World”. Due to its',
    token: 'Nesf-eJahan',
    width: 45,
    expect: 'Nesf-e-Jahan',
  },
  {
    name: 'dev009 re-enactments: a vowel-final prefix before the same vowel',
    line: 'tel: 1 201 461-1776. Revolutionary reenactments, and breathtaking views of',
    token: 'reenactments',
    width: 39,
    expect: 're-enactments',
  },
  // Unbroken words that sit where a join may be: never split on the place alone.
  {
    name: 'dev008 Lapita: a name cut at an illegal point reads as two words',
    line: 'in Tonga, about 150 miles north of Ton- Findings of Lapita pottery suggest that early- the area from strong winds and ocean swellS superb sandy beaches are easily available.',
    token: 'Lapita',
    width: 45,
    expect: null,
  },
  {
    name: 'dev008 UNESCO: an acronym has a capital after every point',
    line: 'and the bazaar. The square is the largest historical public square in the world after Tiananmen Square in Beijing and it is a UNESCO',
    token: 'UNESCO',
    width: 43,
    expect: null,
  },
  { name: 'dev009 Ingrid: a name', line: 'collaboration page for more details. Photo: Ingrid Nakamura', token: 'Ingrid', width: 38, expect: null },
  {
    name: 'dev019 exto-Charity: `ex` before `to` (two columns glued) is no prefixed word',
    line: '(http://www.wikihow.com/wikiHow:Contributionsthe questionnaire without reasonable exto-Charity). In addition, we’ve used',
    token: 'exto-Charity',
    width: 37,
    expect: null,
  },
  { name: 'dev014 proE: one letter after the point (`E ARLY YEARS`, a subhead in small capitals)', line: 'Columbus. At the time, he was still a proE ARLY YEARS', token: 'proE', width: 40, expect: null },
  {
    name: 'dev018 classicalera: two words alone do not say hyphen (the page printed `classical — era`)',
    line: 'Unification of Archaeological Siteswhich connects the city’s classicalera ruins and monuments to each',
    token: 'classicalera',
    width: 37,
    expect: null,
  },
  {
    name: 'EnLai on a line of ordinary length: its end is no join',
    line: 'the invitation of Premier Zhou EnLai, Chao',
    token: 'EnLai',
    width: 45,
    expect: null,
  },
];

for (const row of ROWS) {
  test(`join point: ${row.name}`, () => {
    const start = row.line.indexOf(row.token);
    assert.ok(start >= 0);
    const found = joinPointHyphen(row.line, start, start + row.token.length, row.width, emptyContext());
    const got = found ? `${row.token.slice(0, found.at - start)}-${row.token.slice(found.at - start)}` : null;
    assert.equal(got, row.expect);
  });
}

test('join point: a multiple of the printed width, within the tolerance, on a long line only', () => {
  assert.equal(atJoinPoint(45, 100, 45), true);
  assert.equal(atJoinPoint(125, 168, 45), true); // En|Lai: 2.78 widths
  assert.equal(atJoinPoint(68, 168, 45), false); // 1.5 widths: mid-printed-line
  assert.equal(atJoinPoint(20, 168, 45), false); // before the first join
  assert.equal(atJoinPoint(44, 50, 45), false); // a line of ordinary length
});

test('join point: printed width is the median of the lines around, empty lines left out', () => {
  const line = (text: string): Line => ({ text, original: text, source: { page: 1 } });
  const lines = ['x'.repeat(30), '', 'x'.repeat(32), 'x'.repeat(90), 'x'.repeat(31), 'x'.repeat(5)].map(line);
  assert.equal(printedWidths(lines)[3], 31);
});

/** printedWidths by its definition: for each line, the median of the non-empty trimmed lengths of the lines within NEIGHBOUR_LINES of it, itself left out. */
function widthsByDefinition(lines: readonly Line[]): number[] {
  const lengths = lines.map((l) => l.original.trimEnd().length);
  return lengths.map((_, i) => {
    const around: number[] = [];
    for (let j = Math.max(0, i - NEIGHBOUR_LINES); j <= Math.min(lines.length - 1, i + NEIGHBOUR_LINES); j++) if (j !== i && lengths[j]! > 0) around.push(lengths[j]!);
    around.sort((a, b) => a - b);
    return around.length < 3 ? 0 : around[Math.floor(around.length / 2)]!;
  });
}

test('join point: the sliding window gives the median of the lines around, as the definition does (pages of every shape)', () => {
  const line = (text: string): Line => ({ text, original: text, source: { page: 1 } });
  fc.assert(
    fc.property(fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 12 })), { maxLength: 60 }), fc.boolean(), (lens, trailing) => {
      const lines = lens.map((n) => line('x'.repeat(n) + (trailing ? ' \t' : '')));
      assert.deepEqual(printedWidths(lines), widthsByDefinition(lines));
    }),
    { numRuns: 2000 },
  );
});

const DEV = defaultCorpora()[0]!;
const PAGES: Array<[string, string]> = [
  ['dev002', 'En-Lai'],
  ['dev008', 'Nesf-e-Jahan'],
  ['dev009', 're-enactments'],
];
for (const [id, form] of PAGES) {
  const file = join(DEV, id, 'page.txt');
  test(`join point: ${id} page.txt gets ${form} back, as a message with its column`, { skip: !existsSync(file) }, () => {
    const doc = readText(readFileSync(file), file);
    createDehyphenate()(doc);
    const text = doc.pages.flatMap((p) => p.blocks.flatMap((b) => b.lines.map((l) => l.text))).join('\n');
    assert.ok(text.includes(form), form);
    const m = doc.messages.filter((x) => x.rule === JOIN_POINT_RULE);
    assert.equal(m.length, 1, JSON.stringify(m.map((x) => x.after)));
    assert.equal(m[0]!.after, form);
    assert.ok(m[0]?.source?.span, 'a position');
  });
}
