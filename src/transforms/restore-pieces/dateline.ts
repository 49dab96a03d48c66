/**
 * A dateline cut into boxes. A story's dateline (`CHICAGO, July 5` ⏎ `(Reuters)—By 1965, Fill-`,
 * `MOSCOW (Reuters)` ⏎ `— Patrick Leopold Gor-`) is set in its own type, often letter-spaced, and pdfminer
 * boxes its words apart and prints the boxes in any order: `July ` ⏎⏎ `CHICAGO, ` ⏎⏎ `5` ⏎ `(Reuters)—By
 * 1965…` (d2_006), `MOSCOW ` ⏎⏎ `(Reuters)` ⏎ `— Patrick…` (d2_001). Read so, the place reads as a subhead
 * and the agency as a caption's credit, and the dateline is lost.
 *
 * Evidence, the dateline's own form on any paper (classify/patterns.ts DATELINE_ALONE, DASH_START): right
 * before a line that opens with a dash, or an agency and a dash, a few short lines across box edges (blank
 * lines), at least one a left piece (./pieces.ts: its printed line goes on), whose words as printed make a
 * dateline standing before that dash (`datelineBeforeDash`). They become that one line, at the head of the
 * dash line's box. Each repair is a `restore-pieces/dateline` message.
 *
 * The pieces are put in the printed order when it makes a dateline, else in the one that does
 * (`datelineOrder`): d2_006's `July ` ⏎⏎ `CHICAGO, ` ⏎⏎ `5` is `CHICAGO, July 5`, which classify then cuts
 * as the story's dateline, and segment's topic split (segment/topic.ts) reads as its story's start.
 */
import type { Block, Line, Page } from '../../model/types.js';
import type { Message } from '../../model/messages.js';
import { datelineBeforeDash, DASH_START } from '../classify/patterns.js';
import { collapsedText, endsOnSpace } from './pieces.js';
import { mergeLines } from './join.js';

/** A dateline's pieces: at most this many lines (place, region, month and day, agency). */
export const MAX_DATELINE_PIECES = 4;
/** Characters of a dateline's piece at most (`NEW YORK,`, `(Reuters)`, `July 5`). */
export const MAX_DATELINE_PIECE_CHARS = 24;

/**
 * Words of a dateline's piece at most on a layer without cut marks: a justified dateline's words set apart
 * at its wide gaps (`CHICAGO,` ⏎ `July` ⏎ `5`); a longer line is a line of text, and the short lines
 * before a dash line are then no dateline cut apart.
 */
export const MAX_UNMARKED_PIECE_WORDS = 2;

export const DATELINE_RULE = 'restore-pieces/dateline';
export const DATELINE_CONFIDENCE = 0.8;

/** Put the pieces of each dateline cut into boxes back into one line; returns how many datelines were mended. */
export function mendDatelines(page: Page, cuts: boolean, messages: Message[]): number {
  let mended = 0;
  // The flow of lines with their blocks, kept up to date as repairs are made (one pass over the page).
  const flow: Array<{ line: Line; block: Block }> = [];
  for (const b of page.blocks) for (const l of b.lines) flow.push({ line: l, block: b });
  for (let d = 1; d < flow.length; d++) {
    const dash = flow[d]!;
    if (dash.line.box || !DASH_START.test(dash.line.text)) continue;
    // The short lines right before the dash line, nearest first.
    for (let n = 2; n <= MAX_DATELINE_PIECES && n <= d; n++) {
      const run = flow.slice(d - n, d);
      if (run.some((f) => f.line.box || collapsedText(f.line.text).length > MAX_DATELINE_PIECE_CHARS)) break;
      const texts = run.map((f) => collapsedText(f.line.text));
      let order: number[] | null;
      if (cuts) {
        // Cut into boxes (a blank line inside the run or before the dash line), one piece at least marked as cut.
        const blocks = new Set([...run.map((f) => f.block), dash.block]);
        if (blocks.size < 2 || !run.some((f) => endsOnSpace(f.line))) continue;
        order = datelineOrder(texts, dash.line.text);
      } else {
        // Without the marks (a layer with no space glyphs at cuts), only pieces of a word or two in the
        // printed order: pdftotext's default mode breaks a justified dateline at its wide gaps into lines
        // of its box, in reading order (d2_006 page.txt `CHICAGO,` ⏎ `July` ⏎ `5` ⏎ `(Reuters)—By 1965,
        // Fillmore…`); the dateline's own form before the dash is the evidence.
        if (texts.some((t) => t.split(' ').length > MAX_UNMARKED_PIECE_WORDS)) break;
        // The lines nearer the dash already make a whole dateline (`MOSCOW (Reuters)`, `PARIS`): the line
        // before them is not a piece of it but a heading over it (`RATES HIKED`, `WORLD BRIEFS`).
        if (datelineBeforeDash(texts.slice(1).join(' '), dash.line.text)) break;
        order = datelineBeforeDash(texts.join(' '), dash.line.text) ? texts.map((_, k) => k) : null;
      }
      if (!order) continue;
      let line = run[order[0]!]!.line;
      let text = texts[order[0]!]!;
      for (const k of order.slice(1)) {
        text = `${text} ${texts[k]!}`;
        line = mergeLines(line, run[k]!.line, text);
      }
      for (const f of run) f.block.lines = f.block.lines.filter((l) => l !== f.line);
      dash.block.lines.splice(dash.block.lines.indexOf(dash.line), 0, line);
      page.blocks = page.blocks.filter((b) => b.lines.length > 0);
      messages.push({
        rule: DATELINE_RULE,
        severity: 'info',
        text: `put together a dateline the extractor cut into ${n} boxes, before the dash that ends it`,
        source: line.source,
        before: texts.join(' ⏎ '),
        after: text,
        confidence: DATELINE_CONFIDENCE,
      });
      mended++;
      // The run is now one line in the dash line's block; the scan goes on after the dash line.
      flow.splice(d - n, n, { line, block: dash.block });
      d = d - n + 1;
      break;
    }
  }
  return mended;
}

/**
 * The order of a dateline's pieces in which they make a dateline before the dash line (classify/patterns.ts
 * `datelineBeforeDash`): the printed order when it does, else the first other order that does (`July ` ⏎⏎
 * `CHICAGO, ` ⏎⏎ `5`: `CHICAGO, July 5`). The dateline's form (a place in capitals, then the month and day,
 * then the agency) is the same on any paper, and boxes of one line say nothing of their order. Null when
 * no order does.
 */
export function datelineOrder(texts: readonly string[], dashLine: string): number[] | null {
  for (const order of orders(texts.length)) {
    if (datelineBeforeDash(order.map((k) => texts[k]!).join(' '), dashLine)) return order;
  }
  return null;
}

/** The orders of `n` items, the identity first (n ≤ MAX_DATELINE_PIECES: at most 24). */
function orders(n: number): number[][] {
  if (n === 0) return [[]];
  const out: number[][] = [];
  for (let first = 0; first < n; first++) {
    for (const rest of orders(n - 1)) out.push([first, ...rest.map((k) => (k >= first ? k + 1 : k))]);
  }
  return out;
}
