/**
 * reader/wrapped-line (src/readers/xml/wrapped-line.ts): the last line of a
 * caption that Tesseract boxed alone under it goes back into the caption's
 * block. Real cases from the corpus (ALTO and hOCR of the same page; skipped
 * when ../shared is absent), and made-up pages of what must stay apart: a line
 * under a sentence's end, a line a block gap lower, a subhead over a longer
 * line, a line at another left edge.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { readAlto } from '../../../src/readers/alto/index.js';
import { readHocr } from '../../../src/readers/hocr/index.js';
import { goesOn } from '../../../src/readers/xml/wrapped-line.js';
import type { GalleyDocument } from '../../../src/model/types.js';
import { block, page, row } from './made-page.js';

const DEV = '../shared/corpus/dev';
const DEV2 = '../shared/corpus/dev2';
const haveCorpus = existsSync(`${DEV}/dev020/page.alto.xml`) && existsSync(`${DEV2}/d2_010/page.hocr`);
const blocks = (doc: GalleyDocument): string[] => doc.pages.flatMap((p) => p.blocks.map((b) => b.lines.map((l) => l.text).join(' / ')));
const moves = (doc: GalleyDocument) => doc.messages.filter((m) => m.rule === 'reader/wrapped-line');

/** [page, the block as it must read after the move (lines joined by ' / ')]. */
const CASES: Array<[string, string]> = [
  // Two captions over photos: the last line of each was a block of its own.
  [`${DEV}/dev020`, 'Duran Duran is seen in this undated image. Photo: Grace / Tanaka'],
  [`${DEV}/dev020`, 'A photograph related to Duran Duran, provided to the / newspaper. Photo: AFP'],
  // A headline's third line, boxed with the byline under it (the byline is split off first).
  [`${DEV2}/d2_010`, 'The prevalence of discrimination across racial / groups in contemporary America: Results from a / nationally representative sample of adults'],
];

test('corpus: a caption\'s or headline\'s last line boxed alone goes back under the line it continues (ALTO and hOCR)', { skip: !haveCorpus && 'needs ../shared/corpus' }, () => {
  for (const [dir, expected] of CASES) {
    for (const [kind, doc] of [
      ['alto', readAlto(readFileSync(`${dir}/page.alto.xml`), 'page.alto.xml')],
      ['hocr', readHocr(readFileSync(`${dir}/page.hocr`), 'page.hocr')],
    ] as const) {
      const all = blocks(doc);
      assert.ok(all.includes(expected), `${kind} ${dir}: no block "${expected}"`);
      const last = expected.split(' / ').at(-1)!;
      assert.ok(!all.includes(last), `${kind} ${dir}: "${last}" still a block of its own`);
      assert.ok(moves(doc).some((m) => m.source?.box), `${kind} ${dir}: the move is a message with a box`);
    }
  }
});

/** All the text of a page's truth (headlines, decks, bylines, blocks, captions, furniture), words joined by single spaces. */
function truthText(dir: string): string {
  const t = JSON.parse(readFileSync(`${dir}/truth.json`, 'utf8')) as Record<string, unknown>;
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(t);
  return out.join(' ').replace(/\s+/g, ' ');
}

test('corpus: every move on the 40 pages is right by the truth (the two lines read on in the printed text)', { skip: !haveCorpus && 'needs ../shared/corpus' }, () => {
  let fired = 0;
  for (const dir of [DEV, DEV2]) {
    for (let n = 1; n <= 20; n++) {
      const id = dir === DEV ? `dev${String(n).padStart(3, '0')}` : `d2_${String(n).padStart(3, '0')}`;
      if (!existsSync(`${dir}/${id}/page.alto.xml`)) continue;
      const doc = readAlto(readFileSync(`${dir}/${id}/page.alto.xml`), id);
      const truth = truthText(`${dir}/${id}`);
      for (const b of doc.pages.flatMap((p) => p.blocks)) {
        for (let i = 1; i < b.lines.length; i++) {
          const lb = b.lines[i]!;
          if (!moves(doc).some((m) => m.source === lb.source)) continue;
          fired++;
          // The last two words of the line above and the first of the moved line are one run of the printed text.
          const seam = `${b.lines[i - 1]!.text.trim().split(/\s+/).slice(-2).join(' ')} ${lb.text.trim().split(/\s+/)[0]}`;
          // (A word broken at the seam reads whole in the truth: `dining store-` ⏎ `fronts.`, d2_004.)
          const whole = seam.replace(/(\p{L})- (\p{Ll})/u, '$1$2');
          assert.ok(truth.includes(seam) || truth.includes(whole), `${id}: "${seam}" is not in the truth`);
        }
      }
    }
  }
  // Captions' and headlines' last lines on about a third of the pages (14 when this was written).
  assert.ok(fired >= 10, `${fired} moves`);
});

test('goesOn: a line that does not end a sentence or a quotation', () => {
  for (const t of ['Photo: Grace', 'provided to the', 'Results from a', 'figures, ', 'long-']) assert.equal(goesOn(t), true, t);
  for (const t of ['in this undated image.', 'he said:', '“We will.”', 'the end?', '(AP)']) assert.equal(goesOn(t), false, t);
});

// ---------------------------------------------------------------- made-up pages


test('made-up: the lone line under a line that goes on moves; under a sentence end, a block gap lower, wider, or at another edge it stays', () => {
  const caption = (last: string) => block('c', [row(['A', 'photograph', 'related', 'to', last], 100, 500, 14, 60)]);
  // 3 px under (0.2 of the line), same left edge, narrower: moved.
  const moved = page(caption('the'), block('t', [row(['newspaper.'], 100, 517, 14, 60)]));
  assert.deepEqual(blocks(moved), ['A photograph related to the / newspaper.']);
  // Under a sentence's end: stays.
  assert.equal(blocks(page(caption('it.'), block('t', [row(['Then'], 100, 517, 14, 60)]))).length, 2);
  // A block gap (a line height) lower: stays.
  assert.equal(blocks(page(caption('the'), block('t', [row(['newspaper.'], 100, 528, 14, 60)]))).length, 2);
  // Another left edge (indented by a line height and more): stays.
  assert.equal(blocks(page(caption('the'), block('t', [row(['newspaper.'], 130, 517, 14, 60)]))).length, 2);
  // A short subhead over a longer line of text: stays.
  const sub = page(block('s', [row(['By', 'car'], 100, 500, 14, 30)]), block('t', [row(['If', 'coming', 'from', 'the', 'city'], 100, 517, 14, 60)]));
  assert.equal(blocks(sub).length, 2);
  // Type of another size (a headline over body text): stays.
  assert.equal(blocks(page(block('h', [row(['Big', 'news', 'for', 'the'], 100, 500, 30, 90)]), block('t', [row(['town'], 100, 533, 14, 60)]))).length, 2);
});

test('made-up: a chain of lone lines under a caption is taken in from the top down, and no line is lost (blocks in any file order)', () => {
  const cap = block('c', [row(['The', 'mayor', 'opens', 'the', 'new'], 100, 480, 14, 60), row(['bridge', 'on', 'Monday', 'in', 'a'], 100, 497, 14, 60)]);
  const second = block('p', [row(['photo', 'by', 'Jane'], 100, 514, 14, 60)]);
  const third = block('s', [row(['Smith'], 100, 531, 14, 60)]);
  for (const order of [[third, second, cap], [cap, second, third], [second, third, cap]]) {
    const doc = page(...order);
    assert.deepEqual(blocks(doc), ['The mayor opens the new / bridge on Monday in a / photo by Jane / Smith']);
    assert.equal(moves(doc).length, 2);
  }
});
