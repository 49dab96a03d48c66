/**
 * Restore pieces: put the pieces of a printed line that the extractor scattered back in order.
 *
 * pdfminer's layout analysis cuts a justified line of a narrow column at a wide word space into
 * text boxes of their own and may print the pieces in another order: a right piece before its left
 * piece (`in Scotland,` ⏎ `secuted ` for `per-` ⏎ `secuted in Scotland,`), or three pieces of one line
 * shuffled (`already` ⏎ `officials had ` ⏎ `Saudi `), or one piece boxed alone lines away. Within a run
 * of short lines (./pieces.ts), every order of the run is tried, and the run is reordered only when the
 * printed order has a junction running text never has and another order has none (./junctions.ts,
 * ./order.ts); then a left piece boxed alone goes to the one place near it that lacks it (./strays.ts);
 * last, the pieces of one printed line, now in order, are joined into one line (./join.ts).
 * docs/structure.md "Scattered pieces (pdfminer)" has the evidence and the figures.
 *
 * This runs before dehyphenation: a broken word's rest must follow its line before the line-end
 * hyphen is decided. Lines with geometry are never moved (the reader placed them by their boxes).
 * Every move is recorded (`restore-pieces/reordered`, `restore-pieces/stray`).
 */
import type { Block, Line, Page, Point, Source } from '../../model/types.js';
import type { Message } from '../../model/messages.js';
import type { Transform } from '../types.js';
import { endsSentence, localWidths } from '../classify/features.js';
import type { Vocabulary } from '../../lexicon/vocabulary.js';
import { contextFor, forgetContext } from '../dehyphenate/context.js';
import { collapsedLength, collapsedText, endsOnSpace, marksCuts, MAX_PIECE_WORDS, PIECE_RATIO, wordCount } from './pieces.js';
import { junctionFaults, PIECES_LINE_RATIO, type JunctionContext, type PieceLine } from './junctions.js';
import { bestOrder, MAX_RUN } from './order.js';
import { placeStrayRows, placeStrays } from './strays.js';
import { joinPieces, keepsLineEndHyphens } from './join.js';
import { placeLooseWords } from './loose.js';
import { mendDatelines } from './dateline.js';
import { isShreddedPage } from '../../readers/text/shredded.js';
import { hasLetter } from '../../text/ascii.js';

export const RULE = 'restore-pieces/reordered';

/** Confidence of a reorder that removes one faulty junction; each further one removed adds CONFIDENCE_STEP, up to MAX_CONFIDENCE. */
export const BASE_CONFIDENCE = 0.6;
export const CONFIDENCE_STEP = 0.1;
export const MAX_CONFIDENCE = 0.9;

export function createRestorePieces(): Transform {
  return (doc) => {
    // The document's vocabulary is the one dehyphenation uses next (built once); when a line moved, the
    // words around line breaks changed, so dehyphenation builds it again.
    const vocab = (): Vocabulary => contextFor(doc).vocabulary;
    let moved = 0;
    for (const page of doc.pages) moved += restorePage(page, vocab, doc.messages);
    if (moved > 0) forgetContext(doc);
  };
}

/** Reorder the runs of pieces of one page and place its strays; returns how many moves were made. */
export function restorePage(page: Page, vocabulary: () => Vocabulary, messages: Message[]): number {
  // The page's lines in reading order, each in a slot that keeps its block: a reorder permutes the
  // lines of a run's slots, and a run across blank lines joins the blocks it touches.
  const slots: Line[] = [];
  const blockOf: Block[] = [];
  for (const block of page.blocks) for (const line of block.lines) (slots.push(line), blockOf.push(block));
  if (slots.length < 3) return 0;
  // Lines placed by their boxes are never moved: a page of them has nothing to do here. Nor has a page
  // of one text block: an extractor scatters a line's pieces by boxing them apart (blank lines between
  // boxes), and a layer without a single box edge (pdftotext -raw) prints its lines whole.
  if (page.blocks.length < 2 || slots.every((l) => l.box)) return 0;
  const cuts = marksCuts(slots);
  /** Each line's collapsed text, computed once (lines keep their text when they move). */
  const texts = new Map<Line, string>();
  const textOf = (l: Line): string => {
    let t = texts.get(l);
    if (t === undefined) texts.set(l, (t = collapsedText(l.text)));
    return t;
  };
  /** Each slot's line length (spaces collapsed), moved with its line. */
  const lens = slots.map((l) => collapsedLength(l.text));
  const widths = localWidths(lens);
  const short = (k: number): boolean => {
    if (lens[k]! >= PIECE_RATIO * widths[k]!) return false;
    const l = slots[k]!;
    if (l.box) return false;
    const text = textOf(l);
    return hasLetter(text) && wordCount(text) <= MAX_PIECE_WORDS;
  };
  const pieceLine = (k: number): PieceLine => {
    const l = slots[k]!;
    const text = textOf(l);
    return { text, len: text.length, left: cuts && endsOnSpace(l) };
  };
  const merged = new Set<Block>();
  /** Lines a reorder found followed by the next piece of their printed line. */
  const oneLine = new Set<Line>();
  let moved = 0;
  let isShredded: boolean | undefined;
  const shredded = (): boolean => (isShredded ??= isShreddedPage(page));

  /** Try one run `[k, end)`; `acrossBlank`: the lines around it may be in other blocks. */
  const tryRun = (k: number, end: number, acrossBlank: boolean): void => {
    const n = end - k;
    if (n < 2 || n > MAX_RUN) return;
    const block = blockOf[k]!;
    // A neighbour wider than a printed line of the column (a headline or deck set across columns) is
    // not the running text the run belongs to.
    const inColumn = (i: number): boolean => !slots[i]!.box && textOf(slots[i]!).length <= PIECES_LINE_RATIO * widths[k]!;
    const prevK = k > 0 && (acrossBlank || blockOf[k - 1] === block) && inColumn(k - 1) ? k - 1 : -1;
    const nextK = end < slots.length && (acrossBlank || blockOf[end] === blockOf[end - 1]) && inColumn(end) ? end : -1;
    // Running text around the run: at least one neighbour is a full line.
    if (!((prevK >= 0 && !short(prevK)) || (nextK >= 0 && !short(nextK)))) return;
    const run = Array.from({ length: n }, (_, j) => pieceLine(k + j));
    const prev = prevK >= 0 ? pieceLine(prevK) : undefined;
    const next = nextK >= 0 ? pieceLine(nextK) : undefined;
    const ctx: JunctionContext = { measure: widths[k]!, cuts, vocabulary };
    const r = bestOrder(run, prev, next, ctx);
    if (!r) return;
    const old = slots.slice(k, end);
    const faults = printedFaults(run, prev, next, ctx);
    const oldLens = lens.slice(k, end);
    for (let j = 0; j < n; j++) {
      slots[k + j] = old[r.order[j]!]!;
      lens[k + j] = oldLens[r.order[j]!]!;
    }
    // A run no longer than one printed line (PIECES_LINE_RATIO of the measure) is the pieces of one line:
    // ./join.ts joins them into one. Not after a finished sentence in the same box: there the run's short
    // first line is what tells a paragraph's start after a full last line (reflow/boundaries.ts), and the
    // joined line would hide it (`… in the city.` ⏎ `the city` ⏎ `Captured by the Vikings 866,` opens a
    // paragraph); a run boxed on its own has the box edge before it.
    const oneBox = k === 0 || blockOf[k - 1] !== block;
    const afterSentence = !oneBox && endsSentence(textOf(slots[k - 1]!));
    if (!afterSentence && run.reduce((t, p) => t + p.len + 1, -1) <= PIECES_LINE_RATIO * widths[k]!) for (let j = k; j < end - 1; j++) oneLine.add(slots[j]!);
    // A run across blank lines joins the blocks it touches into one: the blank lines inside it were the
    // edges of the boxes the extractor cut the printed line into, and the run reads on into the text on
    // both sides.
    const touched = new Set(blockOf.slice(k, end));
    if (touched.size > 1) {
      for (const b of touched) merged.add(b);
      for (let i = 0; i < slots.length; i++) if (touched.has(blockOf[i]!)) blockOf[i] = block;
    }
    messages.push({
      rule: RULE,
      severity: 'info',
      text:
        `reordered ${n} pieces of a printed line cut by the extractor (${faults.join(', ')} in the printed order; ${r.before} faulty junction${r.before === 1 ? '' : 's'} → ${r.after})` +
        (touched.size > 1 ? `; the ${touched.size} text blocks they were printed in are one` : ''),
      source: spanOf(old, page.number),
      before: run.map((p) => p.text).join(' ⏎ '),
      after: r.order.map((j) => run[j]!.text).join(' ⏎ '),
      confidence: Math.min(MAX_CONFIDENCE, BASE_CONFIDENCE + CONFIDENCE_STEP * (r.before - r.after - 1)),
    });
    moved++;
  };

  let k = 0;
  while (k < slots.length) {
    if (!short(k)) {
      k++;
      continue;
    }
    // A run: consecutive short lines, across blank lines too.
    let end = k + 1;
    while (end < slots.length && short(end)) end++;
    // A run reads on across blank lines (the lines around it, the blocks inside it) only when it holds
    // a left piece (./pieces.ts): pdfminer boxes a cut line's pieces apart, but short lines without
    // that mark may as well be a question set apart from its answer (`How do you decide on` ⏎
    // `the stories?` ⏎⏎ an answer's continued column), or a heading over its text.
    const parts: Array<[number, number]> = [];
    for (let a = k; a < end; ) {
      let b = a + 1;
      while (b < end && blockOf[b] === blockOf[a]) b++;
      parts.push([a, b]);
      a = b;
    }
    const marked = (a: number, b: number): boolean => cuts && slots.slice(a, b).some(endsOnSpace);
    // The blank lines inside a run are box edges, not paragraph ends, only where the text before them
    // goes on: a sentence end before one is where a paragraph or a box of text ended (`per day.` ⏎⏎
    // `lifestyle—with ` ⏎⏎ …: the pieces after it belong to lines further up).
    const openBoundaries = parts.slice(0, -1).every(([, b]) => !endsSentence(textOf(slots[b - 1]!)));
    // Without marks (a layer with no space glyphs), a run whose every box holds one piece alone reads on
    // across its blank lines too: boxes of one short line in a row, between running text, are a printed
    // line cut at its wide gaps (`is Heaven` ⏎⏎ `WIKINEWS: What` ⏎⏎ `Sent Gaming?`); a question set apart
    // from its answer is a box of its own lines (`How do you decide on` ⏎ `the stories?`). Not on a page cut
    // into word stacks (readers/text/shredded.ts): there the one-line boxes come from several lines and
    // columns at once.
    const boxedAlone = !cuts && parts.every(([a, b]) => b - a === 1) && !shredded();
    if (parts.length > 1 && end - k <= MAX_RUN && (marked(k, end) || boxedAlone) && openBoundaries) tryRun(k, end, true);
    else for (const [a, b] of parts) tryRun(a, b, marked(a, b));
    k = end;
  }

  if (moved > 0) {
    // Each block's lines from its slots, in reading order; a block whose lines all moved into another is gone.
    for (const b of page.blocks) b.lines = [];
    for (let i = 0; i < slots.length; i++) blockOf[i]!.lines.push(slots[i]!);
    page.blocks = page.blocks.filter((b) => b.lines.length > 0);
    for (const b of merged) if (b.lines.length > 0) b.source = spanOf(b.lines, b.source.page);
  }
  // Then the pieces boxed alone far from their line (./strays.ts), on the page as reordered: only a page
  // whose trailing spaces mark cuts has them.
  if (cuts) {
    const lineIndex = new Map<Line, number>();
    slots.forEach((l, i) => lineIndex.set(l, i));
    const ctxAt = (l: Line): JunctionContext => ({ measure: widths[lineIndex.get(l) ?? 0]!, cuts, vocabulary });
    const strayInput = {
        page,
        cuts,
        pieceLine: (l: Line) => {
          const text = textOf(l);
          return { text, len: text.length, left: cuts && endsOnSpace(l) };
        },
        isPiece: (l: Line) => {
          const i = lineIndex.get(l);
          return i !== undefined && short(i);
        },
        ctxAt,
        oneLine,
      };
    moved += placeStrayRows(strayInput, messages);
    moved += placeStrays(strayInput, messages);
  }
  // A dateline whose words were boxed apart is put together before its dash (./dateline.ts).
  moved += mendDatelines(page, cuts, messages);
  // Without the marks, a word boxed alone goes to the one line near it that lacks it (./loose.ts): on a
  // layer whose lengths tell (it keeps its line-end hyphens) and that is not cut into word stacks.
  let slotTexts: string[] | undefined;
  if (!cuts && keepsLineEndHyphens((slotTexts = slots.map(textOf))) && !shredded()) moved += placeLooseWords(page, vocabulary, messages);
  // Last, the pieces of each printed line, now in order, become one line (./join.ts). When nothing
  // moved, the page's lines are the slots as read, with the texts and widths measured above.
  const known = moved === 0 ? { texts: slotTexts ?? slots.map(textOf), widths } : undefined;
  moved += joinPieces(page, cuts, vocabulary, messages, oneLine, known);
  return moved;
}

/** The rule ids that flag a junction of the run as printed. */
function printedFaults(run: readonly PieceLine[], prev: PieceLine | undefined, next: PieceLine | undefined, ctx: JunctionContext): string[] {
  const seq = [...(prev ? [prev] : []), ...run, ...(next ? [next] : [])];
  const out = new Set<string>();
  for (let i = 0; i + 1 < seq.length; i++) for (const f of junctionFaults(seq[i]!, seq[i + 1]!, ctx)) out.add(f);
  return [...out];
}

/** The source of lines: their page and the span from the earliest start to the latest end (reordered lines are out of source order). */
function spanOf(lines: readonly Line[], page: number): Source {
  let start: Point | undefined;
  let end: Point | undefined;
  for (const l of lines) {
    const sp = l.source.span;
    if (!sp) return { page };
    if (!start || sp.start.offset < start.offset) start = sp.start;
    if (!end || sp.end.offset > end.offset) end = sp.end;
  }
  return start && end ? { page, span: { start, end } } : { page };
}
