/**
 * Cutting a pdftotext line that holds printed lines of columns side by side (src/transforms/restore-columns/cut.ts).
 * Excerpts of dev005 page.txt, whose three columns pdftotext printed row by row, checked against the
 * same PDF's page.raw.txt (every printed line on its own line).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cutLine, restsIn } from '../../../src/transforms/restore-columns/cut.js';
import { pageMeasure } from '../../../src/transforms/restore-columns/measure.js';
import { printedWidth } from '../../../src/transforms/reflow/printed-width.js';

/** Full lines of the page's columns, as page.raw.txt prints them: the measure the page's lines pile up at. */
const FULL_LINES = [
  'migrated to this area some 5,000',
  'years ago. They were a nomadic,',
  'seafaring people, living mainly by',
  'fishing and subsistence agriculture.',
  'Although they are now sedentary',
  '(with the young using cell phones,',
  'etc.), they maintain many of their',
  'old customs, traditions and beliefs.',
  'Today, the Tagbanuas remain the',
  'dominant if not entire population of',
];
const MEASURE = pageMeasure(FULL_LINES.map((l) => printedWidth(l)));

test('the measure is where full lines pile up', () => {
  for (const l of FULL_LINES) {
    const r = printedWidth(l) / MEASURE;
    assert.ok(r > 0.9 && r < 1.1, `${l}: ${r}`);
  }
});

test('a line of two rows, each of two columns: cut at the spaces and at the hyphen the extractor dropped', () => {
  // dev005 page.txt line 98: rows `of Case Grammar (Fillmore 1968),` | `of semantics, and its role in mo-`
  // and `which highlighted the fact that syn-` | `tivating syntactic and morpholog-`, …
  const line =
    'of Case Grammar (Fillmore 1968), of semantics, and its role in mowhich highlighted the fact that syn- tivating syntactic and morphologtactic structure can be predicted by ical phenomena. His collaboration';
  const cut = cutLine(line, MEASURE);
  assert.ok(cut);
  assert.deepEqual(
    cut.pieces.map((p) => p.text),
    [
      'of Case Grammar (Fillmore 1968),',
      'of semantics, and its role in mo-',
      'which highlighted the fact that syn-',
      'tivating syntactic and morpholog-',
      'tactic structure can be predicted by',
      'ical phenomena. His collaboration',
    ],
  );
  // A row starts after each dropped hyphen.
  assert.deepEqual(
    cut.pieces.map((p) => p.rowStart),
    [true, false, true, false, true, false],
  );
  assert.deepEqual(
    cut.pieces.map((p) => p.restoredHyphen),
    [false, true, false, true, false, false],
  );
  // Positions point into the line as read.
  for (const p of cut.pieces) assert.equal(line.slice(p.start, p.end), p.restoredHyphen ? p.text.slice(0, -1) : p.text);
});

test('a line of one column is one piece', () => {
  for (const l of FULL_LINES) assert.deepEqual(cutLine(l, MEASURE)!.pieces.map((p) => p.text), [l]);
});

test('where a broken word’s rest may be: the line’s lower-case words, and the word a glued token ends in', () => {
  // dev007 page.txt: `not for-` glued to the next row's `moves`.
  const rests = restsIn('initially studying law but not formoves the parts of speech');
  assert.ok(rests.has('moves'));
  assert.ok(rests.has('initially'));
  // A capitalised word is no rest of a broken word.
  assert.ok(!restsIn('He entered the University').has('University'));
});

test('a common word is never cut as glue; a rare one is where the broken word’s rest follows', () => {
  // dev005 page.txt: `this theory eventually evolved into` is a column's line, not `in-` glued to `to …`.
  const common = cutLine('this theory eventually evolved into cessing. This theory built on the', MEASURE, 'processing');
  assert.ok(common);
  assert.ok(common.pieces.every((p) => !p.restoredHyphen), common.pieces.map((p) => p.text).join(' | '));
  // dev007 page.txt: `… theory of ranks re-` glued to the next row's `in 1877 …`; `moves` (of `re-moves`) follows.
  const rare = cutLine(
    'with the help of Rask’s grammars taught himself some Icelandic, papers: Sprogets logik (1913) and De to hovedarter af grammaItalian, and Spanish. He entered the University of Copenhagen tiske forbindelser (1921). Jespersen in this theory of ranks rein 1877 when he was 17, initially studying law but not formoves the parts of speech from the syntax, and differentiates begetting his language studies. In 1881 he shifted his focus com- tween primaries, secondaries, and tertiaries; e.g. in “well honed',
    // dev007's measure (its full lines' median printed width), and its next line.
    25_718,
    'pletely to languages, and in 1887 earned his master’s degree in phrase,” “phrase” is a primary, this being defined by a secondary,',
  );
  assert.ok(rare);
  assert.ok(rare.pieces.some((p) => p.restoredHyphen && p.text.endsWith('ranks re-')), rare.pieces.map((p) => p.text).join(' | '));
});

test('a glued token whose second part is no word is cut where both parts complete a broken word', () => {
  // dev005 page.txt line 103: pdftotext joined the third column's `the-` (its rest `ory` ends the line)
  // to the next row's first column, `enced`, the rest of `experi- ` printed before it in the line.
  const line =
    'War II, the municipality experi- ipants were called “cases” in his aimed at developing a complete theenced the mining boom. Labor original paper, but later came to be ory of grammar that would fully';
  const cut = cutLine(line, MEASURE);
  assert.ok(cut);
  const texts = cut.pieces.map((p) => p.text);
  assert.ok(texts.some((t) => t.endsWith('a complete the-')), texts.join(' | '));
  assert.ok(texts.includes('enced the mining boom. Labor'), texts.join(' | '));
  // Without a dangling half the second part could complete, the cut stays weak: `theenced` is left whole.
  const alone = cutLine(line.replace('experi- ', 'expert '), MEASURE);
  assert.ok(alone && alone.pieces.some((p) => p.text.includes('theenced')), alone?.pieces.map((p) => p.text).join(' | '));
});
