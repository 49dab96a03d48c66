/**
 * pdftotext (default mode) joins a word broken at a line end by pulling the next printed line up and
 * dropping the hyphen: a paragraph's short last line disappears into the line above it. The printed
 * lines a joined line holds are read off its words (reflow/boundaries.ts `joinedTail`): every break is
 * inside a word at a legal hyphenation point, every printed line but the last is about a column long.
 * Real pages: dev016, dev019, dev012 page.txt and d2_006 page.txt (CC BY-SA); the printed lines are
 * those of the same pages' page.raw.txt.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readThrough, sharedFile, unitWithLine } from '../../structure/helpers.js';
import { cutBetween, joinedTail, joinedTailReader, joinedTails, PARA_END_RATIO, readsTail } from '../../../src/transforms/reflow/boundaries.js';
import { pageLines } from '../../../src/transforms/reflow/split.js';
import type { LineInfo } from '../../../src/transforms/classify/features.js';
import type { Line } from '../../../src/model/types.js';

test('a joined line ending on a short printed line reads short (dev016, dev019 page.txt)', () => {
  // Printed `NASA T-shirt and handcuffed by the po-` ⏎ `lice were quickly posted and reposted on-` ⏎ `line.`
  // (38 + 41 + 5): the lines around it have a median of 39 characters, its measure is 42.
  const a = joinedTail('NASA T-shirt and handcuffed by the police were quickly posted and reposted online.', 39);
  assert.ok(a && a.high < PARA_END_RATIO * 42, JSON.stringify(a));
  // `High Commissioner for Refugees “recommend-` ⏎ `ed it two years ago.”` (38 + 25; median 40, measure 41).
  const b = joinedTail('High Commissioner for Refugees “recommended it two years ago.”', 40);
  assert.ok(b && b.high < PARA_END_RATIO * 41, JSON.stringify(b));
});

test('a joined line whose last printed line is full reads full (d2_006 page.txt)', () => {
  // Printed `instance, begins with a sum-` ⏎ `mary of Fillmore’s work.` (28 + 24; median 25, measure 27):
  // `… of Fill-` ⏎ `more’s work.` would be a 40-character line in that column.
  const t = joinedTail('instance, begins with a summary of Fillmore’s work.', 25);
  assert.ok(t && t.low >= PARA_END_RATIO * 27, JSON.stringify(t));
});

test('a line a few characters over the column holds a full line and a broken word\'s remainder (dev006 page.txt)', () => {
  // Printed `engaging with the DH com-` ⏎ `munity.` (25 + 7) in a column whose lines have a median of 28.
  const t = joinedTail('engaging with the DH community.', 28);
  assert.ok(t && t.high < PARA_END_RATIO * 28, JSON.stringify(t));
});

test('a line holding no chain of printed lines gets no reading', () => {
  // Too short to hold a full printed line and the start of another.
  assert.equal(joinedTail('the exact location is still unknown.', 48), null);
  // No word to break where a printed line would end.
  assert.equal(joinedTail('a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f', 30), null);
});

test('whole page: paragraphs ending on a joined line are cut there (dev016, dev019 page.txt)', (t) => {
  const p16 = sharedFile('corpus', 'dev', 'dev016', 'page.txt');
  const p19 = sharedFile('corpus', 'dev', 'dev019', 'page.txt');
  if (!p16 || !p19) return t.skip('corpus not present');
  const d16 = readThrough(p16);
  assert.notEqual(
    unitWithLine(d16, 'NASA T-shirt and handcuffed by the police were quickly posted and reposted online.'),
    unitWithLine(d16, 'The Deseret News observed that the hashtag on Twitter, #IStandWithAhmed, had'),
  );
  const d19 = readThrough(p19);
  assert.notEqual(unitWithLine(d19, 'High Commissioner for Refugees “recommended it two years ago.”'), unitWithLine(d19, 'Figures to be published today show a'));
});

test('whole page: a paragraph ending a few characters over the column is cut there (dev006 page.txt)', (t) => {
  const path = sharedFile('corpus', 'dev', 'dev006', 'page.txt');
  if (!path) return t.skip('corpus not present');
  const doc = readThrough(path);
  assert.notEqual(unitWithLine(doc, 'engaging with the DH community.'), unitWithLine(doc, 'In order to design this curriculum we follow a four step'));
});

test('whole page: a joined line with a full last line keeps its paragraph (d2_006 page.txt)', (t) => {
  const path = sharedFile('corpus', 'dev2', 'd2_006', 'page.txt');
  if (!path) return t.skip('corpus not present');
  const doc = readThrough(path);
  assert.equal(unitWithLine(doc, 'instance, begins with a summary of Fillmore’s work.'), unitWithLine(doc, 'Fillmore served as President'));
});

/** A made-up measured line. */
function info(text: string, width: number): LineInfo {
  const line: Line = { text, original: text, source: { page: 1 } };
  const t = text.trim();
  return {
    line,
    text,
    gapBefore: false,
    len: t.length,
    width,
    ratio: t.length / width,
    spanRatio: t.length / width,
    pulledUp: false,
    chars: t.length,
    endsSentence: /[.!?]["”’)\]]*$/u.test(t),
    endsHyphen: /\p{L}-$/u.test(t),
    startsLower: /^\p{Ll}/u.test(t),
    startsUpper: /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u.test(t),
    allCaps: false,
    words: t.split(/\s+/u).length,
    stretched: false,
  };
}

test('reference marks opening the next line cite the sentence before it (dev012 page.txt)', () => {
  const a = info('came to acknowledge the importance of considering corpus data.', 65);
  const b = info('[2] They discussed the “dictionary of the future”, in which every', 65);
  assert.equal(cutBetween(a, b, false, false, undefined, false, undefined, false, 0.3), null);
  // A list of references opens every line so: its entries stay apart.
  const r1 = info('[1] Fillmore, C. J. (1968). The case for case.', 65);
  const r2 = info('[2] Fillmore, C. J. (1982). Frame semantics.', 65);
  assert.notEqual(cutBetween(r1, r2, false, false, undefined, false, undefined, false, 0.3), null);
});

test('whole page: a line opening with reference marks stays in its paragraph (dev012 page.txt)', (t) => {
  const path = sharedFile('corpus', 'dev', 'dev012', 'page.txt');
  if (!path) return t.skip('corpus not present');
  const doc = readThrough(path);
  assert.equal(
    unitWithLine(doc, 'came to acknowledge the importance of considering corpus data.'),
    unitWithLine(doc, '[2] They discussed the “dictionary of the future”, in which every'),
  );
});

test('whole page: a joined line\'s tail changes a cut only where readsTail says it is read (dev016, dev019 page.txt)', (t) => {
  // split.ts reads the costly tail of a joined line only for the pairs readsTail names; for every other
  // pair of lines, cutBetween must give the same answer with the tail and without it.
  const paths = [sharedFile('corpus', 'dev', 'dev016', 'page.txt'), sharedFile('corpus', 'dev', 'dev019', 'page.txt')];
  if (paths.some((p) => !p)) return t.skip('corpus not present');
  let tails = 0;
  for (const path of paths) {
    const doc = readThrough(path!, 'dashes');
    const infos = pageLines(doc.pages[0]!);
    const eager = joinedTails(infos);
    const lazy = joinedTailReader(infos);
    for (let i = 1; i < infos.length; i++) {
      const tail = eager[i - 1];
      if (tail === undefined) continue;
      tails++;
      assert.equal(lazy(i - 1), tail);
      const [a, b] = [infos[i - 1]!, infos[i]!];
      if (readsTail(a, b)) continue;
      assert.equal(cutBetween(a, b, false, false, infos[i + 1], false, undefined, false, tail, 500, true), cutBetween(a, b, false, false, infos[i + 1], false, undefined, false, undefined, 500, true), a.line.text);
    }
  }
  // The pages hold joined lines with a tail read off them (or the test would test nothing).
  assert.ok(tails > 5, String(tails));
});
