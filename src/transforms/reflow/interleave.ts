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
import { BROKEN_STEM, endsHyphen, endsSentence, LOWER_START } from '../classify/features.js';
import { isWord } from '../../lexicon/index.js';

/**
 * Blocks in a row, each of one line, that make a run worth testing. Two columns of four lines each: fewer
 * lines cannot hold MIN_STRIDE_CHAINS completions two apart and the neighbour test besides. A count of
 * lines, not of any page's quirk: a one-line block is what any extractor prints for a line it could not
 * join to its neighbours.
 */
export const MIN_INTERLEAVED_RUN = 8;
/**
 * A line of a run holds at least this many words (shorter blocks are shreds or headings, not column
 * lines). A newspaper column line holds five to eight words; a one- or two-word block is a shred of a
 * line cut at a wide gap (links.ts SHRED_WORDS), which may come from any column.
 */
export const MIN_RUN_LINE_WORDS = 3;
/**
 * Broken words completed at the stride needed at least… A completed broken word is the strongest
 * evidence of line order the text has, but two lines k apart can complete a word by chance (`the-` ⏎
 * `ory` and `the-` ⏎ `re` both read as words): four such completions in one run are far beyond chance
 * on any page (a column breaks about one line in ten). (At 3, d2_002's three-column run, whose lines
 * are also merged across columns, was reordered too, and its paragraphs came out no better: dev2
 * page.txt para_f1 −.001.)
 */
export const MIN_STRIDE_CHAINS = 4;
/**
 * …and at least this many times the chains between neighbours. Lines in column order complete their
 * broken words between neighbours; interleaved lines never do, save by chance. A threefold margin keeps
 * a run in column order that completes words both ways (a hyphen-rich column where chance chains at the
 * stride are common) as printed.
 */
export const STRIDE_ADVANTAGE = 3;
/**
 * A stretch between neighbour completions holds at least this many stride completions to be reordered:
 * one completion k apart may be chance (see MIN_STRIDE_CHAINS); two in one stretch, with none between
 * neighbours there, show the stretch alternates.
 */
export const MIN_STRETCH_CHAINS = 2;
/**
 * How sure a reorder is: the lines moved are placed by completed words (at least MIN_STRETCH_CHAINS in
 * the stretch, none between neighbours), but the lines around the completions are placed by their ends
 * and starts only (`fits`), which are weaker evidence. Below the 0.8 of a joined drop cap (one word
 * completed), above an even chance.
 */
export const INTERLEAVE_CONFIDENCE = 0.7;
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
  const left = BROKEN_STEM.exec(x)?.[1];
  const right = FIRST_WORD.exec(y)?.[1];
  return left && right && isWord((left + right).toLowerCase()) ? 1 : 0;
}

/**
 * Can `y` be the line under `x` in one column? A broken word must go on with its remainder; a line
 * starting in lower case carries on a sentence, which `x` must have left open. (A capital after an open
 * line is allowed: `left for` ⏎ `Moscow`.)
 */
function fits(x: string, y: string): boolean {
  if (endsHyphen(x)) return chain(x, y) === 1;
  if (LOWER_START.test(y)) return !endsSentence(x);
  return true;
}

/** Does a column start here, or must a line of it come before (`y` carries on a sentence or a word)? */
const needsAbove = (y: string): boolean => LOWER_START.test(y);
/** Does a column end here, or must a line of it come after (`x` leaves a sentence or a word open)? */
const needsBelow = (x: string): boolean => endsHyphen(x) || !endsSentence(x);

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

/** A stretch of the run [from, to) of whole rows of `stride` lines, to be put in column order. */
interface Stretch {
  from: number;
  to: number;
  /** Column tops or bottoms left wanting a line the stretch could not take (fewer is better). */
  unmet: number;
  chains: number;
}

/**
 * The stretch around stride completions `ks` (none between neighbours inside), in rows that start at
 * `phase` (mod stride): the rows from the first completion's to the last remainder's, then whole rows
 * above (below) for as long as a column's top (bottom) line wants one and every line of the row fits its
 * column there, with no broken word completed between neighbours across the row's edge.
 */
function stretchAt(lines: readonly string[], ks: readonly number[], stride: number, phase: number, lo: number, hi: number): Stretch | null {
  const rowStart = (k: number): number => k - ((((k - phase) % stride) + stride) % stride);
  let from = rowStart(ks[0]!);
  let to = rowStart(ks[ks.length - 1]! + stride) + stride;
  if (from < lo || to > hi) return null;
  const neighbourChain = (a: number, b: number): boolean => {
    for (let k = a; k + 1 < b; k++) if (chain(lines[k]!, lines[k + 1]!)) return true;
    return false;
  };
  if (neighbourChain(from, to)) return null;
  for (let k = from; k + stride < to; k++) if (!fits(lines[k]!, lines[k + stride]!)) return null;
  const topWants = (f: number): boolean => lines.slice(f, f + stride).some(needsAbove);
  const bottomWants = (t: number): boolean => lines.slice(t - stride, t).some(needsBelow);
  while (topWants(from) && from - stride >= lo && !neighbourChain(from - stride, from + 1)) {
    let ok = true;
    for (let c = 0; c < stride; c++) if (!fits(lines[from - stride + c]!, lines[from + c]!)) ok = false;
    if (!ok) break;
    from -= stride;
  }
  while (bottomWants(to) && to + stride <= hi && !neighbourChain(to - 1, to + stride)) {
    let ok = true;
    for (let c = 0; c < stride; c++) if (!fits(lines[to - stride + c]!, lines[to + c]!)) ok = false;
    if (!ok) break;
    to += stride;
  }
  return { from, to, unmet: (topWants(from) ? 1 : 0) + (bottomWants(to) ? 1 : 0), chains: ks.length };
}

/**
 * The stretches of a run to put in column order at `stride`: its stride completions are grouped where a
 * broken word completes between neighbours (there the lines are printed in order: a stretch stops), each
 * group of at least MIN_STRETCH_CHAINS gives a stretch; of the row phases, the one that leaves the fewest
 * column tops and bottoms wanting (the run's own phase on a tie) is taken. Lines outside the stretches
 * stay where they are printed.
 */
function stretches(lines: readonly string[], stride: number): Stretch[] {
  const groups: number[][] = [];
  let cur: number[] = [];
  for (let k = 0; k < lines.length; k++) {
    if (k + 1 < lines.length && chain(lines[k]!, lines[k + 1]!) && cur.length) {
      groups.push(cur);
      cur = [];
    }
    if (k + stride < lines.length && chain(lines[k]!, lines[k + stride]!)) cur.push(k);
  }
  if (cur.length) groups.push(cur);
  const out: Stretch[] = [];
  let lo = 0;
  for (const ks of groups) {
    if (ks.length < MIN_STRETCH_CHAINS) continue;
    let best: Stretch | null = null;
    for (let phase = 0; phase < stride; phase++) {
      const s = stretchAt(lines, ks, stride, phase, lo, lines.length);
      if (s && (!best || s.unmet < best.unmet)) best = s;
    }
    if (best) {
      out.push(best);
      lo = best.to;
    }
  }
  return out;
}

/** A source that spans the blocks (their text spans, first start to last end), for a message. */
function spanOf(blocks: readonly Block[]): Block['source'] {
  const spans = blocks.map((b) => b.source.span).filter((s) => s !== undefined);
  if (spans.length === 0) return blocks[0]!.source;
  const start = spans.reduce((a, s) => (s.start.offset < a.start.offset ? s : a)).start;
  const end = spans.reduce((a, s) => (s.end.offset > a.end.offset ? s : a)).end;
  return { ...blocks[0]!.source, span: { start, end } };
}

/** Put interleaved stretches of one-line blocks back in column order; returns how many stretches were reordered. */
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
        for (const st of stretches(lines, best)) {
          const run = blocks.slice(i + st.from, i + st.to);
          const order: Block[] = [];
          for (let r = 0; r < best; r++) for (let k = r; k < run.length; k += best) order.push(run[k]!);
          blocks.splice(i + st.from, run.length, ...order);
          done++;
          doc.messages.push({
            rule: 'reflow/interleaved-columns',
            severity: 'info',
            text: `${run.length} one-line blocks (lines ${st.from + 1}–${st.to} of a run of ${lines.length}) of ${best} columns printed interleaved put back in column order (${st.chains} broken words completed ${best} lines apart there, ${base} between neighbours in the run)`,
            source: spanOf(run),
            confidence: INTERLEAVE_CONFIDENCE,
          });
        }
      }
    }
    i = Math.max(j, i + 1);
  }
  return done;
}
