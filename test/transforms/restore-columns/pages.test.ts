/**
 * Restore columns on whole pages (src/transforms/restore-columns/index.ts): dev005 and dev007 page.txt,
 * where pdftotext printed two or three columns row by row, are put back in column order; every other
 * corpus text layer is left as read. Loaded from ../shared when present.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from '../../../bench/lib/paths.js';
import { read } from '../../../src/pipeline.js';
import type { GalleyDocument } from '../../../src/model/types.js';
import { brokenAcross, columnCount, createRestoreColumns, ORDER_RULE, SPLIT_RULE, JOIN_RULE } from '../../../src/transforms/restore-columns/index.js';
import type { Piece } from '../../../src/transforms/restore-columns/cut.js';
import { auditWords, WordBag } from '../../../src/audit/words.js';
import { INLINE_REST_RULE } from '../../../src/transforms/restore-columns/inline-rest.js';

const corpus = join(sharedDir(), 'corpus');
const skip = existsSync(join(corpus, 'dev', 'dev005', 'page.txt')) ? false : 'needs ../shared/corpus';

function restored(path: string): { doc: GalleyDocument; before: string[] } {
  const doc = read('text', { name: path, bytes: readFileSync(path) });
  const before = doc.pages.flatMap((p) => p.blocks.flatMap((b) => b.lines.map((l) => l.text)));
  doc.messages.length = 0;
  createRestoreColumns()(doc);
  return { doc, before };
}

const linesOf = (doc: GalleyDocument): string[] => doc.pages.flatMap((p) => p.blocks.flatMap((b) => b.lines.map((l) => l.text)));

test('dev007 page.txt: the two Jespersen columns printed side by side come back in column order', { skip }, () => {
  const { doc } = restored(join(corpus, 'dev', 'dev007', 'page.txt'));
  const order = doc.messages.filter((m) => m.rule === ORDER_RULE);
  assert.equal(order.length, 1);
  assert.match(order[0]!.text, /^2 columns/);
  const lines = linesOf(doc);
  // page.raw.txt prints these column lines one after the other; page.txt had them on one line with the
  // other column's lines between.
  const at = (s: string): number => lines.findIndex((l) => l.startsWith(s));
  const pairs: Array<[string, string]> = [
    ['France, meeting linguists like Henry Sweet', 'attending lectures at institutions like Oxford'],
    ['in one unit; e.g., it rained, he ran indoors.', 'idea, expressed by means of two or more elements'],
  ];
  for (const [a, b] of pairs) {
    assert.ok(at(a) >= 0 && at(b) === at(a) + 1, `${a} ⏎ ${b}`);
  }
  // A word broken at a row end and glued to the other column (`quali` + `France`) is whole again.
  assert.ok(lines.some((l) => l.includes('This term is qualified by a further concept')));
  // Every cut is recorded with its pieces.
  for (const m of doc.messages.filter((x) => x.rule === SPLIT_RULE)) assert.ok(m.before && m.after?.includes(' ⏎ '));
});

test('nothing is lost or invented: the words in are the words out, but for the glued ones the messages explain', { skip }, () => {
  for (const id of ['dev005', 'dev007']) {
    const path = join(corpus, 'dev', id, 'page.txt');
    const { doc, before } = restored(path);
    const inBag = new WordBag(before.flatMap(auditWords));
    const outBag = new WordBag(linesOf(doc).flatMap(auditWords));
    // What the messages say went (glued tokens cut, broken words joined) and came (their parts and the joins).
    const gone = new WordBag();
    const came = new WordBag();
    for (const m of doc.messages) {
      if (m.rule !== SPLIT_RULE && m.rule !== JOIN_RULE && m.rule !== INLINE_REST_RULE) continue;
      const b = new WordBag(auditWords(m.before ?? ''));
      const a = new WordBag(auditWords(m.after ?? ''));
      for (const [w, n] of b.minus(a).entries()) gone.add(w, n);
      for (const [w, n] of a.minus(b).entries()) came.add(w, n);
    }
    assert.ok(doc.messages.some((m) => m.rule === ORDER_RULE), id);
    assert.deepEqual(inBag.minus(outBag).minus(gone).entries(), [], `${id}: lost`);
    assert.deepEqual(outBag.minus(inBag).minus(came).entries(), [], `${id}: invented`);
  }
});

test('every other corpus text layer is left as read (pdftotext -raw, pdfminer, and the other page.txt)', { skip }, () => {
  for (const set of ['dev', 'dev2']) {
    for (const id of readdirSync(join(corpus, set)).sort()) {
      for (const input of ['page.txt', 'page.raw.txt', 'page.pdfminer.txt']) {
        if (input === 'page.txt' && (id === 'dev005' || id === 'dev007')) continue;
        // d2_002 page.txt prints its columns row by row, a line a block (./rows.test.ts).
        if (input === 'page.txt' && id === 'd2_002') continue;
        // Broken words glued to the other column's rows: ./unglue.test.ts.
        if (input === 'page.txt' && (id === 'dev019' || id === 'd2_008')) continue;
        // A glued start whose rest stands inside a row (`proE ARLY YEARS` … `ponent`): ./inline-rest.test.ts.
        if (input === 'page.txt' && id === 'dev014') continue;
        const path = join(corpus, set, id, input);
        if (!existsSync(path)) continue;
        const { doc, before } = restored(path);
        assert.deepEqual(doc.messages, [], `${set}/${id}/${input}`);
        assert.deepEqual(linesOf(doc), before, `${set}/${id}/${input}`);
      }
    }
  }
});

test('a story set in one wide column, twice the page’s measure, is no run of columns (dev007 page.txt, PHOENIX)', { skip }, () => {
  const text = readFileSync(join(corpus, 'dev', 'dev007', 'page.txt'), 'utf8');
  // The wide story's lines alone, with the page's narrow columns around it setting the measure.
  const lines = text.split('\n');
  const wide = lines.filter((l) => l.length > 100 && !/ [a-z]+[A-Z]/.test(l)).slice(0, 6);
  assert.ok(wide.length >= 3);
  const narrow = lines.filter((l) => l.length > 50 && l.length < 70);
  const doc = read('text', { name: 't.txt', bytes: new TextEncoder().encode([...narrow, '', ...wide].join('\n')) });
  doc.messages.length = 0;
  createRestoreColumns()(doc);
  assert.deepEqual(doc.messages, []);
});

test('how many columns a run holds, and its signs of side-by-side columns', () => {
  // Rows of three full lines (3.0, 2.9), of two (2.0), and single lines: three columns.
  assert.equal(columnCount([1, 3.0, 2.0, 0.5, 2.9, 1]), 3);
  // One line three measures wide among rows of two is a wide caption or headline: two columns.
  assert.equal(columnCount([2.0, 1.9, 3.0, 1, 2.1]), 2);
  assert.equal(columnCount([1, 1.5, 1.2, 4.1]), 0);
  const piece = (text: string): Piece => ({ start: 0, end: text.length, text, restoredHyphen: text.endsWith('-'), rowStart: false, ratio: 1 });
  // dev005 page.txt: `mo-` goes on with `tivating`, and `syn-` with `tactic`, a piece or a row later.
  const cuts = [
    [piece('of Case Grammar (Fillmore 1968),'), piece('of semantics, and its role in mo-'), piece('which highlighted the fact that syn-'), piece('tivating syntactic and morpholog-')],
    [piece('tactic structure can be predicted by'), piece('ical phenomena. His collaboration')],
  ];
  assert.equal(brokenAcross(cuts), 2);
  // One column's lines: each broken word goes on right after its hyphen.
  assert.equal(brokenAcross([[piece('has played for the Red Sox every sea-'), piece('son since.')]]), 0);
});
