/**
 * Columns printed row by row: an extractor that cannot join a column's lines into one text block prints
 * each line as a block of its own and orders the blocks by their baselines, left to right along each
 * row (pdftotext's default mode on pages whose columns share a baseline grid: d2_002 page.txt, four
 * columns of a story printed `was awarded a silver medal for` ⏎⏎ `three, and groups faced off in` ⏎⏎
 * `Taliban. They made the trip twice` ⏎⏎ `their country as “Hope” on the` ⏎⏎ `“courageous achievement” on`
 * …). A row misses a column's line wherever that column has none on the baseline (a paragraph's
 * spacing, a subhead, the column's end), so the stride is not fixed: reflow/interleave.ts, which
 * takes every k-th line, reorders only the stretches where it is.
 *
 * Here each line of a run of one-line blocks is placed in one of k columns, in printed order, row by row
 * (a line goes to a column right of the last one, or starts a new row): of all the placements, the one
 * where each column reads on best (./rows.ts `junction`: a broken word completed by the next line of its
 * column, no sentence left closed before a line that carries one on), with the fewest columns skipped
 * in a row. The run is put back in column order only when the columns read on far better than the
 * printed order does: broken words completed (MIN_ROW_CHAINS), STRIDE_ADVANTAGE times those the printed
 * order completes, and no more faults than the printed order has.
 * Evidence that holds for any newspaper and extractor: a text line's continuation is the next line of
 * its own column, whatever order the lines were printed in.
 */
import type { Block, Page } from '../../model/types.js';
import type { Message } from '../../model/messages.js';
import { BROKEN_STEM, endsHyphen, endsSentence, LOWER_START } from '../classify/features.js';
import { isWord } from '../../lexicon/index.js';
import { isShreddedPage } from '../../readers/text/shredded.js';
import { lowerCase } from '../../text/ascii.js';

export const ROWS_RULE = 'restore-columns/rows';

/** Columns tried: two up to the seven a broadsheet sets side by side. */
export const MIN_ROW_COLUMNS = 2;
export const MAX_ROW_COLUMNS = 7;
/**
 * A run holds at least this many one-line blocks: two rows of the most columns tried. Fewer lines hold too
 * few broken words to tell an order.
 */
export const MIN_ROW_RUN = 2 * MAX_ROW_COLUMNS;
/**
 * …and at most this many: seven columns of about 140 lines, more than a broadsheet page holds. A longer
 * run is no page's column lines (a file of many pages without form feeds, or hostile input), and the
 * search for lines printed out of their rows compares every pair of lines: it is left as printed.
 */
export const MAX_ROW_RUN = 1000;
/**
 * A broken word completed in a placement counts this much: the strongest evidence of line order the text
 * has (reflow/interleave.ts). A broken word not completed costs as much, since the next line of its
 * column must hold its rest.
 */
export const CHAIN_SCORE = 3;
/** A line carrying a sentence on (lower-case start) under a line that closed one: a weaker fault. */
export const CLOSED_FAULT = 2;
/**
 * A line carrying on a sentence (lower-case start) under a line that left it open: a small credit. Most
 * lines of a column read so, but so do many pairs of lines from two columns, so it is worth far less than
 * a completed word and less than a skipped column (on d2_002 page.txt it placed one more paragraph's lines
 * in their column; para_f1 there .151 → .189).
 */
export const CONTINUE_SCORE = 0.25;
/**
 * A column left out of a row: rows are mostly whole (columns share the baseline grid), so a placement
 * that skips columns to make junctions read is less likely than one that does not. Half a closed-sentence
 * fault, a third of a completed word: evidence in the text pays for a skip. (On d2_002 page.txt, 0.25 and
 * 0.5 let the columns mix at the rows a paragraph's first line was taken out of; 1.5 and 2 kept wrong
 * rows whole; 1 placed the most paragraphs.)
 */
export const SKIP_COST = 1;
/**
 * Broken words the columns must complete, at the least. Two lines can complete a word by chance (`the-`
 * ⏎ `ory`); four in one run are beyond chance (the same floor as reflow/interleave.ts MIN_STRIDE_CHAINS).
 */
export const MIN_ROW_CHAINS = 4;
/** …and this many times those the printed order completes (as reflow/interleave.ts STRIDE_ADVANTAGE). */
export const ROW_ADVANTAGE = 3;
/**
 * Placements kept at each line (a beam): enough for the few readings a row leaves open. d2_002 page.txt
 * (about 400 lines in 4 columns) is placed the same at 50 as at 200 and differently at 30; 64 keeps a
 * margin at a third of 200's work (each line tries every column of every kept placement, for k = 2–7).
 */
export const BEAM_WIDTH = 64;
/** How sure a reorder is: the columns rest on completed words, the lines between them on how they read on. */
export const ROWS_CONFIDENCE = 0.7;

const FIRST_WORD = /^[^\p{L}]*(\p{L}+)/u;

/** The stem of the broken word a line ends on (`consider` of `… consider-`), if any. */
function stemOf(x: string): string | undefined {
  // The pattern is tried only on a line ending in a hyphen: anchored at the end, it is tried from every position.
  return x.endsWith('-') ? BROKEN_STEM.exec(x)?.[1] : undefined;
}

/** The lower-case first word a line may complete a broken word with (`ate` of `ate.`), if any. */
function restOf(y: string): string | undefined {
  return LOWER_START.test(y) ? FIRST_WORD.exec(y)?.[1] : undefined;
}

/** Do a stem and a rest make a word? */
function makesWord(left: string | undefined, right: string | undefined): boolean {
  return left !== undefined && right !== undefined && isWord(lowerCase(left + right));
}

/** What `junction` reads of a line as the upper line of a junction: how it ends. */
interface TailReading {
  hyphen: boolean;
  sentence: boolean;
  /** The broken word's stem (`consider` of `… consider-`), if any. */
  stem: string | undefined;
}

/** What `junction` reads of a line as the lower line of a junction: how it starts. */
interface HeadReading {
  lower: boolean;
  /** The lower-case first word that may complete a broken word (`ate` of `ate.`), if any. */
  rest: string | undefined;
}

function readTail(x: string): TailReading {
  return { hyphen: endsHyphen(x), sentence: endsSentence(x), stem: stemOf(x) };
}

function readHead(y: string): HeadReading {
  return { lower: LOWER_START.test(y), rest: restOf(y) };
}

/** `junction` on the two lines' readings. */
function junctionOf(x: TailReading, y: HeadReading): number {
  if (x.hyphen) return makesWord(x.stem, y.rest) ? CHAIN_SCORE : -CHAIN_SCORE;
  if (y.lower) return x.sentence ? -CLOSED_FAULT : CONTINUE_SCORE;
  return 0;
}

/** Does line b complete the broken word line a ends on into a word (`consider-` ⏎ `ate.`)? For every pair of a run's lines, each line's stem and rest read once. */
function completesByIndex(lines: readonly RowItem[]): (a: number, b: number) => boolean {
  const stems = lines.map((l) => stemOf(l.tail));
  const rests = lines.map((l) => restOf(l.head));
  return (a, b) => makesWord(stems[a], rests[b]);
}

/** How `y` reads as the next line of `x`'s column: +CHAIN_SCORE for a completed word, CONTINUE_SCORE for a sentence carried on, minus the faults. */
export function junction(x: string, y: string): number {
  return junctionOf(readTail(x), readHead(y));
}

/**
 * `junction` between a run's lines by index (line a above line b), each line read once and each pair's
 * score kept: the search asks for the same pairs at every line and for every column count. The junction
 * into a line that has a line put back before it (`before`) is read through that line, and counts its
 * completed word on top (`x` ⏎ `L` ⏎ `y`, the word `L` breaks completed by `y`).
 */
export function junctionsByIndex(lines: readonly RowItem[], before: ReadonlyMap<number, RowItem> = new Map()): (a: number, b: number) => number {
  const tails = lines.map((l) => readTail(l.tail));
  const heads = lines.map((l, b) => readHead((before.get(b) ?? l).head));
  // The scores into each line b, by line a (NaN: not read yet), made when b is first asked about.
  const into: Float64Array[] = [];
  return (a, b) => {
    const row = (into[b] ??= new Float64Array(lines.length).fill(NaN));
    if (Number.isNaN(row[a])) row[a] = junctionOf(tails[a]!, heads[b]!) + (before.has(b) ? CHAIN_SCORE : 0);
    return row[a]!;
  };
}

/**
 * A block of a run holds at most this many lines: a column's line alone, or two lines the extractor kept
 * together (a paragraph's last line and the next one's indented first line, printed after the rows:
 * d2_002 page.txt `the country.` ⏎ `According to Afghan Ambas-`). A block of more lines is a column's
 * text the extractor joined, a heading or an advert: a run stops there.
 */
export const MAX_ITEM_LINES = 2;

/** A block of a run, by the texts that meet its neighbours in a column: its first and last line. */
export interface RowItem {
  head: string;
  tail: string;
}

/** A text block of at most MAX_ITEM_LINES lines without geometry, as an item of a run. */
function rowItem(b: Block): RowItem | null {
  if (b.kind !== 'text' || b.lines.length === 0 || b.lines.length > MAX_ITEM_LINES || b.lines.some((l) => l.box)) return null;
  const head = b.lines[0]!.text.trim();
  const tail = b.lines.at(-1)!.text.trim();
  return head === '' || tail === '' ? null : { head, tail };
}

interface State {
  /** The last line of each column (-1: none yet). */
  last: number[];
  /** The column of the line placed last. */
  at: number;
  score: number;
  chains: number;
  /** Each line's column (shared prefix: a persistent list). */
  cols: { col: number; prev: State['cols'] } | null;
  /** A hash of `last` (stateHash), to find the same state reached by two placements. */
  hash: number;
}

/** One odd factor per column for stateHash (up to MAX_ROW_COLUMNS). */
const HASH_FACTORS = [0x9e3779b1, 0x85ebca77, 0xc2b2ae3d, 0x27d4eb2f, 0x165667b1, 0xd3a2646c | 1, 0xfd7046c5, 0xb55a4f09];

/** Σ last[c] × HASH_FACTORS[c] in 32 bits: changing one column's last line updates it in one step. */
function stateHash(last: readonly number[]): number {
  let h = 0;
  for (let c = 0; c < last.length; c++) h = (h + Math.imul(last[c]!, HASH_FACTORS[c]!)) | 0;
  return h;
}

/** Do two placements have the same last line in every column but column c? */
function sameLastBesides(a: readonly number[], b: readonly number[], c: number): boolean {
  for (let x = 0; x < a.length; x++) if (x !== c && a[x] !== b[x]) return false;
  return true;
}

/**
 * The placements met at one line, not yet kept: beam state `from[x]` with the line put in column
 * `col[x]`, in the order first met. Only the BEAM_WIDTH best are made into States (most are dropped), so
 * they are kept in typed arrays, one slot each, made once per search: a search meets up to BEAM_WIDTH ×
 * k placements at each of hundreds of lines (d2_002 page.txt), and an object each was most of its garbage.
 */
class Candidates {
  readonly from: Int32Array;
  readonly col: Int32Array;
  readonly score: Float64Array;
  readonly chains: Int32Array;
  readonly hash: Int32Array;
  /** Before each slot, the slot met last with the same hash (-1: none): the chain HashSlots.get starts. */
  readonly sameHash: Int32Array;
  length = 0;

  constructor(n: number) {
    this.from = new Int32Array(n);
    this.col = new Int32Array(n);
    this.score = new Float64Array(n);
    this.chains = new Int32Array(n);
    this.hash = new Int32Array(n);
    this.sameHash = new Int32Array(n);
  }

  /** Write placement `slot` (a new one at `length`, or one replaced in place: it keeps the place first met). */
  put(slot: number, from: number, col: number, score: number, chains: number, hash: number): void {
    this.from[slot] = from;
    this.col[slot] = col;
    this.score[slot] = score;
    this.chains[slot] = chains;
    this.hash[slot] = hash;
  }
}

/** The state placement `x` reaches at line i. */
function stateOf(cands: Candidates, beam: readonly State[], x: number, i: number): State {
  const from = beam[cands.from[x]!]!;
  const col = cands.col[x]!;
  const last = from.last.slice();
  last[col] = i;
  return { last, at: col, score: cands.score[x]!, chains: cands.chains[x]!, cols: { col, prev: from.cols }, hash: cands.hash[x]! };
}

/**
 * The last candidate met with each hash at one line (HashSlots.get: its index in the line's candidates,
 * -1 for none): an open-addressing table over typed arrays, emptied for each line by a new stamp. It
 * answers as a Map<number, number> would; the Map's inserts were a third of the search's time on d2_002
 * page.txt (up to BEAM_WIDTH × MAX_ROW_COLUMNS candidates a line, a new Map each line).
 */
class HashSlots {
  private readonly keys: Int32Array;
  private readonly slots: Int32Array;
  private readonly stamps: Uint32Array;
  private readonly mask: number;
  private stamp = 1;

  /** Room for `n` hashes at most, kept under half full. */
  constructor(n: number) {
    let size = 16;
    while (size < 2 * n) size *= 2;
    this.keys = new Int32Array(size);
    this.slots = new Int32Array(size);
    this.stamps = new Uint32Array(size);
    this.mask = size - 1;
  }

  /** Forget every hash (the next line's candidates). */
  clear(): void {
    this.stamp++;
  }

  /** Where `hash` is or would go in the table. */
  private at(hash: number): number {
    let i = Math.imul(hash, 0x9e3779b1) >>> 0;
    i = (i ^ (i >>> 15)) & this.mask;
    while (this.stamps[i] === this.stamp && this.keys[i] !== hash) i = (i + 1) & this.mask;
    return i;
  }

  get(hash: number): number {
    const i = this.at(hash);
    return this.stamps[i] === this.stamp ? this.slots[i]! : -1;
  }

  set(hash: number, slot: number): void {
    const i = this.at(hash);
    this.stamps[i] = this.stamp;
    this.keys[i] = hash;
    this.slots[i] = slot;
  }
}

/** The scores bestFirst sorts, kept from call to call (a search calls it at every line). */
let scratch = new Float64Array(0);

/**
 * The value `sort()[nth]` of a list of numbers would hold (the list is reordered): Hoare's selection,
 * which sorts only the part that holds the nth place (the line's placements are hundreds; one sort per
 * line was a third of bestFirst's time).
 */
export function selectNth(a: Float64Array, nth: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    // [lo, j] ≤ pivot ≤ [i, hi], and everything between j and i equals the pivot.
    if (nth <= j) hi = j;
    else if (nth >= i) lo = i;
    else return a[nth]!;
  }
  return a[nth]!;
}

/**
 * The slots of the `n` best placements, best first, ties in the order met: what a stable sort of all of
 * them by score, cut to `n`, gives, without sorting the many that are dropped (the sort was most of the
 * search's time).
 */
function bestFirst(cands: Candidates, n: number): number[] {
  const count = cands.length;
  const score = cands.score;
  const bySlotScore = (x: number, y: number): number => score[y]! - score[x]!;
  const kept: number[] = [];
  if (count <= n) {
    for (let x = 0; x < count; x++) kept.push(x);
    return kept.sort(bySlotScore);
  }
  // The n-th best score: every placement above it is kept, and those on it, first met first, up to n in all.
  if (scratch.length < count) scratch = new Float64Array(2 * count);
  const scores = scratch.subarray(0, count);
  scores.set(score.subarray(0, count));
  const floor = selectNth(scores, count - n);
  let above = 0;
  for (let x = 0; x < count; x++) if (score[x]! > floor) above++;
  let room = n - above;
  for (let x = 0; x < count; x++) {
    if (score[x]! > floor) kept.push(x);
    else if (score[x] === floor && room > 0) {
      kept.push(x);
      room--;
    }
  }
  return kept.sort(bySlotScore);
}

/**
 * The best placement of `lines` in `k` columns (beam search), with its columns' completed words. `before`:
 * lines taken out of their rows (putBackDisplaced), by the index of the line they go before; the junction
 * into such a line is read through the line that goes before it (`x` ⏎ `L` ⏎ `y`, the word `L` breaks
 * completed by `y`). `j`: the junctions of `lines` with `before` (junctionsByIndex), shared by the column counts tried.
 */
export function placeInColumns(
  lines: readonly RowItem[],
  k: number,
  before: ReadonlyMap<number, RowItem> = new Map(),
  j: (a: number, b: number) => number = junctionsByIndex(lines, before),
): { columns: number[][]; score: number; chains: number } {
  // One line's placements: each kept placement with each column.
  const lastByHash = new HashSlots(BEAM_WIDTH * k);
  const cands = new Candidates(BEAM_WIDTH * k);
  let beam: State[] = [{ last: new Array<number>(k).fill(-1), at: k - 1, score: 0, chains: 0, cols: null, hash: stateHash(new Array<number>(k).fill(-1)) }];
  for (let i = 0; i < lines.length; i++) {
    // Placements met at this line, in the order first met (ties keep it, as a Map's insertion order
    // would), found by their columns' last lines through a hash of them.
    cands.length = 0;
    lastByHash.clear();
    for (let f = 0; f < beam.length; f++) {
      const s = beam[f]!;
      for (let c = 0; c < k; c++) {
        // Columns skipped: those between the last line's column and this one along the row (a new row
        // when c is not right of it).
        const skipped = c > s.at ? c - s.at - 1 : k - 1 - s.at + c;
        const a = s.last[c]!;
        const jv = a >= 0 ? j(a, i) : before.has(i) ? CHAIN_SCORE : 0;
        const score = s.score + jv - SKIP_COST * skipped;
        const hash = (s.hash + Math.imul(i - a, HASH_FACTORS[c]!)) | 0;
        // The same placement state (same column, same last line in every column) met before: keep the better.
        let slot = lastByHash.get(hash);
        while (slot >= 0 && !(cands.col[slot] === c && sameLastBesides(beam[cands.from[slot]!]!.last, s.last, c))) slot = cands.sameHash[slot]!;
        if (slot >= 0 && cands.score[slot]! >= score) continue;
        const chains = s.chains + (jv >= CHAIN_SCORE ? 1 : 0);
        if (slot >= 0) cands.put(slot, f, c, score, chains, hash);
        else {
          const x = cands.length++;
          cands.sameHash[x] = lastByHash.get(hash);
          lastByHash.set(hash, x);
          cands.put(x, f, c, score, chains, hash);
        }
      }
    }
    const next: State[] = [];
    for (const x of bestFirst(cands, BEAM_WIDTH)) next.push(stateOf(cands, beam, x, i));
    beam = next;
  }
  const best = beam[0]!;
  const colOf: number[] = [];
  for (let n = best.cols; n; n = n.prev) colOf.push(n.col);
  colOf.reverse();
  const columns: number[][] = Array.from({ length: k }, () => []);
  colOf.forEach((c, i) => columns[c]!.push(i));
  return { columns, score: best.score, chains: best.chains };
}

/** Junction score and completed words of the printed order. */
function printedReading(lines: readonly RowItem[]): { score: number; chains: number } {
  let score = 0;
  let chains = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const v = junction(lines[i]!.tail, lines[i + 1]!.head);
    score += v;
    if (v === CHAIN_SCORE) chains++;
  }
  return { score, chains };
}

/**
 * A line longer than this many times the page's typical one-line block is no line of a column in a row:
 * a headline, a caption or a deck set across columns (d2_002 page.txt: `After visa snags, all-girl Afghan
 * team honored for`, 51 characters among column lines of about 32). A run stops there.
 */
export const WIDE_LINE_RATIO = 1.4;
/**
 * A line at least this share of the typical length is a full line of a column; a shorter one is a
 * paragraph's last line, or a heading, byline or jump line. A run's first lines are left as printed while
 * they are neither full nor carry a sentence on (`From Page 1` ⏎ `By Kwame Haddad` ⏎ `T` before the
 * columns), and so are its last ones that are neither full, nor end a sentence, nor carry one on (a heading after them).
 */
export const FULL_LINE_RATIO = 0.75;
/** Lines of at least this many words give the typical length (shorter ones are shreds and headings). */
export const TYPICAL_MIN_WORDS = 3;

function wordsOf(t: string): number {
  return t.split(/\s+/u).filter((w) => w !== '').length;
}

/** The median length of the page's one-line blocks of TYPICAL_MIN_WORDS words or more (0 when none). */
function typicalLength(blocks: readonly Block[]): number {
  const lens: number[] = [];
  for (const b of blocks) {
    const t = rowItem(b);
    if (t !== null && b.lines.length === 1 && wordsOf(t.head) >= TYPICAL_MIN_WORDS) lens.push(t.head.length);
  }
  if (lens.length === 0) return 0;
  lens.sort((a, b) => a - b);
  return lens[lens.length >> 1]!;
}

/**
 * Which column goes first: the beam's labels start a row at the run's first line, which may be any
 * column's. Of the rotations of the columns' cyclic order, the one whose column ends read on into the
 * next column's top best (a column that closed a sentence does not go on with one that carries a sentence
 * on); the beam's own order on a tie.
 */
function bestRotation(lines: readonly RowItem[], columns: readonly number[][], before: ReadonlyMap<number, RowItem>): number[][] {
  const cols = columns.filter((c) => c.length > 0);
  let best = cols;
  let bestScore = -Infinity;
  for (let r = 0; r < cols.length; r++) {
    const rot = [...cols.slice(r), ...cols.slice(0, r)];
    let score = 0;
    for (let c = 0; c + 1 < rot.length; c++) score += junction(lines[rot[c]!.at(-1)!]!.tail, (before.get(rot[c + 1]![0]!) ?? lines[rot[c + 1]![0]!]!).head);
    if (score > bestScore) {
      best = rot;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Put runs of one-line blocks printed row by row back in column order; returns how many runs moved.
 * `counts`: the column counts searched for a run's lines (columnCounts; a test compares it with all of them).
 */
export function restoreRows(page: Page, messages: Message[], counts: (lines: readonly RowItem[]) => readonly number[] = columnCounts): number {
  // Not on a page cut into word stacks (readers/text/shredded.ts): there the blocks between the rows
  // come from several lines and columns at once, and a placement of the whole lines moves headings and
  // captions the stacks hold among the columns (on the five dev2 pages pdftotext cut so, hyphen_acc rose
  // but headline_acc and subhead_f1 fell).
  if (isShreddedPage(page)) return 0;
  const blocks = page.blocks;
  const typical = typicalLength(blocks);
  if (typical === 0) return 0;
  const item = (b: Block): RowItem | null => {
    const t = rowItem(b);
    return t !== null && b.lines.every((l) => l.text.trim().length <= WIDE_LINE_RATIO * typical) ? t : null;
  };
  const full = (t: string): boolean => t.length >= FULL_LINE_RATIO * typical;
  let done = 0;
  for (let i = 0; i < blocks.length; ) {
    let end = i;
    while (end < blocks.length && item(blocks[end]!) !== null) end++;
    let from = i;
    let to = end;
    while (from < to && !full(item(blocks[from]!)!.head) && !LOWER_START.test(item(blocks[from]!)!.head)) from++;
    while (to > from && !full(item(blocks[to - 1]!)!.tail) && !endsSentence(item(blocks[to - 1]!)!.tail) && !LOWER_START.test(item(blocks[to - 1]!)!.tail)) to--;
    if (to - from >= MIN_ROW_RUN && to - from <= MAX_ROW_RUN && restoreRun(blocks, from, to, item, messages, counts)) done++;
    i = Math.max(end, i + 1);
  }
  return done;
}

/**
 * A column count is tried when at least this share of the most completed broken words at any one
 * distance (see columnCounts) lie that many lines apart. On d2_002 page.txt the three runs searched
 * show 7, 26 and 4 pairs at their column count and at most a quarter as many at any other; half keeps a
 * count that rows skipping a column often (pairs one line short of it) make as common.
 */
export const COUNT_PAIR_SHARE = 0.5;

/**
 * The column counts worth a search: where completed broken words lie. Read row by row, the next line of
 * a line's column is printed k lines below it when the rows of k columns are whole (fewer where a row
 * misses a column), so the lines of a completed broken word lie about k apart, and pairs completed by
 * chance spread over every distance. The counts from MIN_ROW_COLUMNS to MAX_ROW_COLUMNS whose distance
 * holds COUNT_PAIR_SHARE of the commonest one's pairs are tried (every count, when no pair lies that
 * close). On the corpus this tries the count the search over all of them picks, with a sixth of the work.
 */
export function columnCounts(lines: readonly RowItem[]): number[] {
  const completesAt = completesByIndex(lines);
  const pairs = new Array<number>(MAX_ROW_COLUMNS + 1).fill(0);
  for (let a = 0; a < lines.length; a++) {
    if (!endsHyphen(lines[a]!.tail)) continue;
    for (let k = MIN_ROW_COLUMNS; k <= MAX_ROW_COLUMNS && a + k < lines.length; k++) if (completesAt(a, a + k)) pairs[k]!++;
  }
  const most = Math.max(...pairs);
  const counts: number[] = [];
  for (let k = MIN_ROW_COLUMNS; k <= MAX_ROW_COLUMNS; k++) if (pairs[k]! >= COUNT_PAIR_SHARE * most) counts.push(k);
  return counts;
}

/** The best placement over the column counts tried (the first on a tie). */
function bestPlacement(
  lines: readonly RowItem[],
  before: ReadonlyMap<number, RowItem>,
  counts: readonly number[],
): { k: number; columns: number[][]; score: number; chains: number } {
  let pick: { k: number; columns: number[][]; score: number; chains: number } | null = null;
  const junctions = junctionsByIndex(lines, before);
  for (const k of counts) {
    const r = placeInColumns(lines, k, before, junctions);
    if (!pick || r.score > pick.score) pick = { k, ...r };
  }
  return pick!;
}

/**
 * Lines printed after the rows they stand in: a line whose broken word is completed by a line printed
 * before it, and by none after it. Read row by row, a line's rest comes after it; one printed before it
 * shows the line was taken out of its row (pdftotext prints a paragraph's indented first line, which
 * does not start at the column's edge, after the rows: d2_002 page.txt `Citing privacy rules, U.S.
 * offi-` printed 38 lines below `cials have not said why the team`). Returns each such line's index with
 * the index of its rest, which it goes before.
 */
export function displacedLines(lines: readonly RowItem[]): Map<number, number> {
  const out = new Map<number, number>();
  const rests = new Set<number>();
  const completesAt = completesByIndex(lines);
  for (let i = 0; i < lines.length; i++) {
    if (!endsHyphen(lines[i]!.tail)) continue;
    let rest = -1;
    let count = 0;
    for (let m = 0; m < lines.length; m++) {
      if (m === i || !completesAt(i, m)) continue;
      if (m > i) {
        count = 2; // a rest after it: the line may stand in its row
        break;
      }
      rest = m;
      count++;
    }
    if (count !== 1 || rests.has(rest)) continue;
    // Its rest must not be the rest of a line printed before it (that line completes it in row order).
    if (lines.some((_, p) => p < rest && completesAt(p, rest))) continue;
    // Nor a line taken out itself (its place is unknown).
    if (out.has(rest)) continue;
    out.set(i, rest);
    rests.add(rest);
  }
  // A line whose own line before it was taken out too stays (a chain of them is placed by neither).
  for (const [i, rest] of out) {
    if (!rests.has(i)) continue;
    out.delete(i);
    rests.delete(rest);
  }
  return out;
}

/** How many lines have their broken word completed by some later line: the most words a placement can complete. */
function chainBound(lines: readonly RowItem[]): number {
  const completesAt = completesByIndex(lines);
  let n = 0;
  for (let a = 0; a < lines.length; a++) {
    if (!endsHyphen(lines[a]!.tail)) continue;
    for (let b = a + 1; b < lines.length; b++) {
      if (completesAt(a, b)) {
        n++;
        break;
      }
    }
  }
  return n;
}

/** Place the run [from, to) of blocks in columns and reorder it when the evidence holds. */
function restoreRun(
  blocks: Block[],
  from: number,
  to: number,
  item: (b: Block) => RowItem | null,
  messages: Message[],
  counts: (lines: readonly RowItem[]) => readonly number[],
): boolean {
  const run = blocks.slice(from, to);
  const all = run.map((b) => item(b)!);
  const printed = printedReading(all);
  // Lines taken out of their rows are placed before their rests, after the rows are placed without them.
  const displaced = displacedLines(all);
  const kept = all.map((_, i) => i).filter((i) => !displaced.has(i));
  const keptAt = new Map(kept.map((n, i) => [n, i]));
  const lines = kept.map((n) => all[n]!);
  const before = new Map<number, RowItem>();
  const restOf = new Map<number, number>();
  for (const [l, rest] of displaced) {
    before.set(keptAt.get(rest)!, all[l]!);
    restOf.set(rest, l);
  }
  // A placement completes a word only where a line's broken word is completed by a later line (or a
  // line put back before its rest): with fewer such lines than MIN_ROW_CHAINS no placement can be taken,
  // so the search is not run (a long run of lines without broken words costs nothing).
  if (chainBound(lines) + before.size < MIN_ROW_CHAINS) return false;
  const pick = bestPlacement(lines, before, counts(lines));
  if (pick.chains < MIN_ROW_CHAINS || pick.chains < ROW_ADVANTAGE * Math.max(1, printed.chains) || pick.score <= printed.score) return false;
  const columns = bestRotation(lines, pick.columns, before);
  const order: Block[] = [];
  for (const col of columns) {
    for (const n of col) {
      const orig = kept[n]!;
      const l = restOf.get(orig);
      if (l !== undefined) order.push(run[l]!);
      order.push(run[orig]!);
    }
  }
  blocks.splice(from, run.length, ...order);
  messages.push({
    rule: ROWS_RULE,
    severity: 'info',
    text:
      `${run.length} one-line blocks of ${pick.k} columns printed row by row put back in column order (${pick.chains} broken words completed in the columns, ${printed.chains} in the printed order)` +
      (displaced.size > 0 ? `; ${displaced.size} line${displaced.size === 1 ? '' : 's'} printed after ${displaced.size === 1 ? 'its row' : 'their rows'} put back before ${displaced.size === 1 ? 'its' : 'their'} broken word's rest` : ''),
    source: run[0]!.source,
    confidence: ROWS_CONFIDENCE,
  });
  return true;
}
