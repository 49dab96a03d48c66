/**
 * Lines of two or three columns printed interleaved, one line per block (pdftotext default mode on some
 * PDFs whose columns share baselines: `he archipelago trail` ⏎ `private property, so be consider-` ⏎
 * `(da: Øhavsstien) is a 220` ⏎ `ate. A comprehensive guidebook` …, each line its own block). The text
 * says which lines follow which: a broken word goes on with its remainder. Where broken words complete
 * k lines apart (k = 2 or 3) far more often than between neighbours, the run is put back in column
 * order: lines 0, k, 2k, … then 1, 1+k, … . (d2_002 page.txt: 7 words completed two lines apart, none
 * between neighbours; a three-column run there completes 3 words three apart and 1 between neighbours,
 * below MIN_STRIDE_CHAINS, and is left as printed.)
 * Evidence that holds for any newspaper and extractor: a text line's continuation is the next line of
 * its own column, whatever order the extractor printed the lines in.
 */
import type { Block, GalleyDocument, Page } from '../../model/types.js';
import { endsHyphen, LOWER_START } from '../classify/features.js';
import { isWord } from '../../lexicon/index.js';

/** Blocks in a row, each of one line, that make a run worth testing. */
export const MIN_INTERLEAVED_RUN = 8;
/** A line of a run holds at least this many words (shorter blocks are shreds or headings, not column lines). */
export const MIN_RUN_LINE_WORDS = 3;
/**
 * Broken words completed at the stride needed at least… (at 3, d2_002's three-column run, whose lines
 * are also merged across columns, was reordered too, and its paragraphs came out no better: dev2 page.txt
 * para_f1 −.001.)
 */
export const MIN_STRIDE_CHAINS = 4;
/** …and at least this many times the chains between neighbours. */
export const STRIDE_ADVANTAGE = 3;
/** Strides tried (two or three columns side by side). */
const STRIDES = [2, 3] as const;

const FIRST_WORD = /^[^\p{L}]*(\p{L}+)/u;

/**
 * Does `y` read as the line after `x`: `x` ends on a broken word that `y` completes into a word of the
 * language (`consider-` ⏎ `ate.`)? (A sentence left open going on in lower case is no evidence here: in
 * running text nearly every line does so, whichever line follows it.)
 */
function chain(x: string, y: string): number {
  if (!endsHyphen(x) || !LOWER_START.test(y)) return 0;
  const left = /(\p{L}+)-$/u.exec(x)?.[1];
  const right = FIRST_WORD.exec(y)?.[1];
  return left && right && isWord((left + right).toLowerCase()) ? 1 : 0;
}

function runLine(b: Block): string | null {
  if (b.kind !== 'text' || b.lines.length !== 1) return null;
  const t = b.lines[0]!.text.trim();
  return t.split(/\s+/u).length >= MIN_RUN_LINE_WORDS ? t : null;
}

/** Chains between lines `stride` apart in the run. */
function chains(lines: readonly string[], stride: number): number {
  let n = 0;
  for (let k = 0; k + stride < lines.length; k++) n += chain(lines[k]!, lines[k + stride]!);
  return n;
}

/** Put interleaved runs of one-line blocks back in column order; returns how many runs were reordered. */
export function deinterleave(page: Page, doc: GalleyDocument): number {
  const blocks = page.blocks;
  let done = 0;
  for (let i = 0; i < blocks.length; ) {
    let j = i;
    while (j < blocks.length && runLine(blocks[j]!) !== null) j++;
    if (j - i >= MIN_INTERLEAVED_RUN) {
      const lines = blocks.slice(i, j).map((b) => runLine(b)!);
      const base = chains(lines, 1);
      let best = 0;
      let bestScore = 0;
      for (const s of STRIDES) {
        const c = chains(lines, s);
        if (c >= MIN_STRIDE_CHAINS && c >= STRIDE_ADVANTAGE * Math.max(1, base) && c > bestScore) {
          best = s;
          bestScore = c;
        }
      }
      if (best) {
        const run = blocks.slice(i, j);
        const order: Block[] = [];
        for (let r = 0; r < best; r++) for (let k = r; k < run.length; k += best) order.push(run[k]!);
        blocks.splice(i, j - i, ...order);
        done++;
        doc.messages.push({
          rule: 'reflow/interleaved-columns',
          severity: 'info',
          text: `${run.length} one-line blocks of ${best} columns printed interleaved put back in column order (${bestScore} broken words completed ${best} lines apart, ${base} between neighbours)`,
          source: run[0]!.source,
          confidence: 0.7,
        });
      }
    }
    i = Math.max(j, i + 1);
  }
  return done;
}
