/**
 * Restore columns: put back in column order the lines of two or three columns that a plain-text
 * extractor printed side by side, one text line per baseline (pdftotext's default mode where columns
 * stand close: `of Case Grammar (Fillmore 1968), of semantics, and its role in mowhich highlighted the
 * fact that syn- tivating syntactic …`).
 *
 * 1. The page's column measure (./measure.ts): where its lines' printed widths pile up.
 * 2. Lines of a block wider than GLUED_RATIO measures are cut into printed lines (./cut.ts). A run of
 *    such lines (at most MAX_GAP narrower lines between two of them) is a candidate.
 * 3. A run is restored only when its cuts show what only side-by-side columns print: a hyphen left
 *    before a space inside a line, or a token glued from a broken word's start and the next row's
 *    first word (MIN_EVIDENCE of them). A page set in one wide column cuts into pieces of the measure
 *    too, but never shows these.
 * 4. Its rows' pieces are placed in columns (./assign.ts) and the run's lines are replaced by the
 *    columns' pieces, column after column.
 *
 * It runs before dehyphenation, which then joins each restored line-end hyphen to its rest. Lines
 * with geometry are never touched (the reader placed them by their boxes). Every cut line is
 * recorded (`restore-columns/split`, with the pieces), and every reordered run
 * (`restore-columns/order`). docs/structure.md "Columns printed side by side" has the figures.
 */
import type { Block, Line, Page } from '../../model/types.js';
import type { Message } from '../../model/messages.js';
import type { Transform } from '../types.js';
import { splitLine } from '../../text/split.js';
import { printedWidth } from '../reflow/printed-width.js';
import { pageMeasure } from './measure.js';
import { brokenStem, cutLine, FULL_LOW, type Piece } from './cut.js';
import { placeRows } from './assign.js';
import { shiftCuts } from './shift.js';
import { isWord } from '../../lexicon/index.js';
import { mergeLines } from '../restore-pieces/join.js';
import { restoreRows } from './rows.js';
import { unglueDocument } from './unglue.js';

export const SPLIT_RULE = 'restore-columns/split';
export const ORDER_RULE = 'restore-columns/order';
export const JOIN_RULE = 'restore-columns/join';

/**
 * A line at least this many measures wide may hold more than one column's line. Below it, a line is a
 * full line, or one that the extractor joined to the next at a broken word (pdftotext joins every
 * hyphenated line end), which is as wide as a full line and a bit.
 */
export const GLUED_RATIO = 1.75;
/** A run holds at least this many such lines: one or two wide lines are headlines, captions or joined lines. */
export const MIN_GLUED_LINES = 3;
/** At most this many narrower lines between two wide lines of one run (a row where only one column had a line). */
export const MAX_GAP = 4;
/** Signs of side-by-side columns a run must show (see 3. above). */
export const MIN_EVIDENCE = 2;
/** More columns than this side by side are not tried (the placements grow fast and no such page was seen). */
export const MAX_COLUMNS = 3;
/** A line within this of a whole number of measures holds that many full column lines (one row of all the columns). */
export const WHOLE_ROW_SPREAD = 0.15;
/** Lines that show a number of columns: one could be a headline, two agreeing are the run's rows. */
export const MIN_WHOLE_ROWS = 2;
/**
 * A run is left as printed when more than this share of its rows were placed without evidence (toss-ups,
 * ./assign.ts TOSS_UP): columns whose lines stand on different baselines come out one row each, mostly
 * alternating but not always, and where the text does not say which column a row goes on, a reorder
 * mixes the columns more than the extractor did (dev019 page.txt: 26 toss-ups in 52 rows, para_f1 .566
 * as printed, .545 reordered).
 */
export const MAX_TOSS_UP_SHARE = 0.4;
/** How sure a reorder is: the cuts rest on estimated widths, the placement of partial rows on how the text reads on. */
export const CONFIDENCE = 0.7;

export function createRestoreColumns(): Transform {
  return (doc) => {
    for (const page of doc.pages) {
      restoreRows(page, doc.messages);
      restorePage(page, doc.messages);
    }
    unglueDocument(doc);
  };
}

/** Restore the runs of one page; returns how many runs were restored. */
export function restorePage(page: Page, messages: Message[]): number {
  // The quickest test first: a run is restored only where one of its lines shows a sign (hasSigns), so a
  // page none of whose lines does has nothing to do here (most pages: no line is measured).
  if (!page.blocks.some((b) => b.lines.some((l) => MAY_SIGN.test(l.text) && SIGN.test(l.text)))) return 0;
  const widths = new Map<Line, number>();
  for (const block of page.blocks) {
    for (const line of block.lines) {
      if (line.box) return 0;
      widths.set(line, printedWidth(line.text.trim()));
    }
  }
  const measure = pageMeasure([...widths.values()]);
  if (measure === 0) return 0;
  // The quick test: a page without MIN_GLUED_LINES wide lines has nothing to do here.
  let wide = 0;
  for (const w of widths.values()) if (w >= GLUED_RATIO * measure) wide++;
  if (wide < MIN_GLUED_LINES) return 0;
  let restored = 0;
  for (const block of page.blocks) {
    for (const [first, last] of runs(block, widths, measure)) {
      if (!hasSigns(block.lines, first, last)) continue;
      let from = first;
      let to = last;
      while (from > 0 && edgeLine(block.lines[from - 1]!, widths, measure, block.lines[from]!.text)) from--;
      while (to < block.lines.length - 1 && edgeLine(block.lines[to + 1]!, widths, measure, block.lines[to + 2]?.text ?? '')) to++;
      // A few lines between the run and the block's end are rows of it where one column had a line
      // (the longer column's last lines, `his dissertation in 1891.`), as between two wide lines.
      if (block.lines.length - 1 - to <= MAX_GAP) to = block.lines.length - 1;
      if (from <= MAX_GAP) from = 0;
      if (restoreRun(page, block, from, to, widths, measure, messages)) restored++;
    }
  }
  return restored;
}

/**
 * A line next to a run that is a row of it too: at least EDGE_RATIO measures wide, and cut into pieces
 * the first of which is a full line (a row where one column's paragraph ends, `sertation on the English
 * case system. He successfully defended` | `of the world of linguistics.`). A narrower line is one printed
 * line, or one the extractor joined at a broken word, which is a measure and a little.
 */
export const EDGE_RATIO = 1.3;

function edgeLine(line: Line, widths: Map<Line, number>, measure: number, next: string): boolean {
  if (widths.get(line)! < EDGE_RATIO * measure) return false;
  const cut = cutLine(line.text, measure, next);
  return cut !== null && cut.pieces.length >= 2 && cut.pieces[0]!.ratio >= FULL_LOW;
}

/**
 * The cheap test before a run is cut: side-by-side columns leave a broken word's hyphen before a space
 * inside a line (`syn- tivating`) or glue a broken word to a capital (`illumiIn`); a run without
 * either is not cut (glued words without a capital, `mowhich`, come with the others).
 */
const SIGN = /\p{L}- \p{Ll}|\p{Ll}\p{Lu}\p{Ll}/u;

/**
 * A quick test that a line may hold SIGN (every line SIGN matches, this matches too): SIGN's two shapes
 * with any character past ASCII standing for a letter of either case, but for General Punctuation
 * (U+2000–U+206F: quotes and dashes, which hold no letter). Without the Unicode flag it is many times
 * faster, and most lines fail it.
 */
const MAY_SIGN = /[A-Za-z\u00aa-\u1fff\u2070-\uffff]- [a-z\u00aa-\u1fff\u2070-\uffff]|[a-z\u00aa-\u1fff\u2070-\uffff][A-Z\u00c0-\u1fff\u2070-\uffff]/;

function hasSigns(lines: readonly Line[], from: number, to: number): boolean {
  // (MAY_SIGN first, as for the page: it matches every line SIGN does, and most lines fail it.)
  for (let i = from; i <= to; i++) if (MAY_SIGN.test(lines[i]!.text) && SIGN.test(lines[i]!.text)) return true;
  return false;
}

/** Runs of wide lines in a block, [first, last] line indexes, last first (restoring one keeps the earlier indexes true). */
function runs(block: Block, widths: Map<Line, number>, measure: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let first = -1;
  let last = -1;
  let count = 0;
  const close = (): void => {
    if (count >= MIN_GLUED_LINES) out.push([first, last]);
    first = last = -1;
    count = 0;
  };
  block.lines.forEach((line, i) => {
    if (widths.get(line)! < GLUED_RATIO * measure) return;
    if (last >= 0 && i - last - 1 > MAX_GAP) close();
    if (first < 0) first = i;
    last = i;
    count++;
  });
  close();
  return out.reverse();
}

/** Cut, place and reorder one run; false when its evidence does not hold (the run is left as printed). */
function restoreRun(page: Page, block: Block, from: number, to: number, widths: Map<Line, number>, measure: number, messages: Message[]): boolean {
  const lines = block.lines.slice(from, to + 1);
  const cuts: Piece[][] = [];
  // (Each line is cut on its own: with the next line's words as places for a glued word's rest, dev005
  // page.txt hyphen_acc was .767 against .791: more chance completions.)
  for (const line of lines) {
    const cut = cutLine(line.text, measure);
    cuts.push(cut?.pieces ?? [wholeLine(line.text)]);
  }
  const evidence = brokenAcross(cuts);
  if (evidence < MIN_EVIDENCE) return false;
  const k = columnCount(lines.map((l) => widths.get(l)! / measure));
  if (k < 2) return false;
  // Rows: a new one at each row start, and after k pieces (a row cannot hold more; a cut was missed).
  const rows: Piece[][] = [];
  for (const pieces of cuts) for (const p of pieces) (p.rowStart || rows.length === 0 || rows.at(-1)!.length >= k ? rows.push([p]) : rows.at(-1)!.push(p));
  const placed = placeRows(rows, k);
  if (placed.tossUps > MAX_TOSS_UP_SHARE * rows.length) return false;
  // (Placing the pieces again after the cuts moved changed nothing on the dev pages.)
  shiftCuts(cuts, lines.map((l) => l.text), placed.columns, measure);
  // The pieces as lines: each cut line split at its cuts, its restored hyphens put back.
  const lineOf = new Map<Piece, Line>();
  lines.forEach((line, i) => {
    const pieces = cuts[i]!;
    if (pieces.length === 1) return void lineOf.set(pieces[0]!, line);
    let rest = line;
    pieces.forEach((p, j) => {
      if (j === pieces.length - 1) return void lineOf.set(p, rest);
      const base = line.text.length - rest.text.length;
      const [left, right] = splitLine(rest, pieces[j + 1]!.start - base);
      if (p.restoredHyphen) left.text += '-';
      lineOf.set(p, left);
      rest = right;
    });
    messages.push({
      rule: SPLIT_RULE,
      severity: 'info',
      text: `a line holding ${pieces.length} printed lines of columns side by side cut into them${pieces.some((p) => p.restoredHyphen) ? ' (a line-end hyphen the extractor dropped put back)' : ''}`,
      source: { ...line.source, page: page.number },
      before: line.text,
      after: pieces.map((p) => p.text).join(' ⏎ '),
      confidence: CONFIDENCE,
    });
  });
  const ordered = placed.columns.flatMap((column) => joinBroken(column.map((p) => lineOf.get(p)!), page, messages));
  block.lines.splice(from, lines.length, ...ordered);
  const first = lines[0]!.source.span?.start.line;
  const last = lines.at(-1)!.source.span?.end.line;
  messages.push({
    rule: ORDER_RULE,
    severity: 'info',
    text: `${k} columns printed side by side${first !== undefined ? ` on lines ${first}–${last}` : ''} put back in column order (${rows.length} rows, ${placed.tossUps} placed without clear evidence)`,
    source: { ...block.source, page: page.number },
    confidence: CONFIDENCE,
  });
  return true;
}

/**
 * How many columns stand side by side in a run: the most, up to MAX_COLUMNS, that MIN_WHOLE_ROWS of its
 * lines are as wide as (a row where every column has a full line); 0 when no number shows.
 */
export function columnCount(ratios: readonly number[]): number {
  for (let k = MAX_COLUMNS; k >= 2; k--) {
    if (ratios.filter((r) => Math.abs(r - k) <= WHOLE_ROW_SPREAD).length >= MIN_WHOLE_ROWS) return k;
  }
  return 0;
}

const FIRST_LETTERS = /^[^\p{L}]*(\p{L}+)/u;

/**
 * How many broken words of a run go on, not right after their hyphen, but at the start of a piece
 * further on (the rest of its own line, or the next line): `of semantics, and its role in mo-` glued to
 * `which`, and `motivating` read on with the piece `tivating syntactic and morpholog-` that follows.
 * Only lines of columns side by side do that; in one column a broken word goes on right after its
 * hyphen (or the extractor joined it whole: `Bangladeshis`, `Zuckerberg`).
 */
export function brokenAcross(cuts: readonly Piece[][]): number {
  let n = 0;
  cuts.forEach((pieces, i) => {
    const later = [...pieces, ...(cuts[i + 1] ?? [])];
    pieces.forEach((p, j) => {
      const frag = brokenStem(p.text);
      if (!frag || j === pieces.length - 1) return;
      const next = FIRST_LETTERS.exec(pieces[j + 1]!.text)?.[1] ?? '';
      if (isWord(frag + next)) return;
      const rest = later.slice(j + 2).some((q) => {
        const w = FIRST_LETTERS.exec(q.text)?.[1];
        return w !== undefined && w === w.toLowerCase() && isWord(frag + w);
      });
      if (rest) n++;
    });
  });
  return n;
}

/**
 * Join each line of a column that ends in a broken word to the next, as the extractor does with every
 * line of the page it did not print side by side (pdftotext joins a line ending in a hyphen to the
 * next and drops the hyphen): the column then reads like the rest of the page, whose style the later
 * steps take from it (classify/features.ts: few line-end hyphens and many double lines). The hyphen is
 * kept where both halves are words and their join is none (`long-` ⏎ `term`), dropped otherwise.
 */
function joinBroken(lines: readonly Line[], page: Page, messages: Message[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const prev = out.at(-1);
    const frag = prev ? brokenStem(prev.text) : undefined;
    if (!prev || frag === undefined) {
      out.push(line);
      continue;
    }
    const rest = FIRST_LETTERS.exec(line.text)?.[1] ?? '';
    const compound = isWord(frag) && isWord(rest) && !isWord(frag + rest);
    const text = `${compound ? prev.text : prev.text.slice(0, -1)}${line.text}`;
    out[out.length - 1] = mergeLines(prev, line, text);
    messages.push({
      rule: JOIN_RULE,
      severity: 'info',
      text: `a column line ending in a broken word joined to the next line of its column, as the extractor joins the page's other lines`,
      source: { ...line.source, page: page.number },
      before: `${prev.text} ⏎ ${line.text}`,
      after: text,
      confidence: CONFIDENCE,
    });
  }
  return out;
}

/** A line that no reading cuts (wider than any printed line, or a heading across columns): one piece, a row of its own. */
function wholeLine(text: string): Piece {
  return { start: 0, end: text.length, text, restoredHyphen: false, rowStart: true, ratio: 1 };
}
