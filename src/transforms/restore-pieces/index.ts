/**
 * Restore pieces: put the pieces of a printed line that the extractor scattered back in order.
 *
 * pdfminer's layout analysis cuts a justified line of a narrow column at a wide word space into
 * text boxes of their own and may print the pieces in another order: a right piece before its left
 * piece (`in Scotland,` ⏎ `secuted ` for `per-` ⏎ `secuted in Scotland,`), or three pieces of one line
 * shuffled (`already` ⏎ `officials had ` ⏎ `Saudi `). Within a run of short lines (./pieces.ts), every
 * order of the run is tried, and the run is reordered only when the printed order has a junction
 * running text never has and another order has fewer (./junctions.ts, ./order.ts).
 *
 * This runs before dehyphenation: a broken word's rest must follow its line before the line-end
 * hyphen is decided. Lines with geometry are never moved (the reader placed them by their boxes).
 * Every move is recorded (`restore-pieces/reordered`).
 */
import type { Block, GalleyDocument, Line, Page, Source } from '../../model/types.js';
import type { Message } from '../../model/messages.js';
import type { Transform } from '../types.js';
import { localWidths } from '../classify/features.js';
import { Vocabulary } from '../../lexicon/vocabulary.js';
import { collapsedText, endsOnSpace, marksCuts, MAX_PIECE_WORDS, PIECE_RATIO, wordCount } from './pieces.js';
import { junctionFaults, type JunctionContext, type PieceLine } from './junctions.js';
import { bestOrder, MAX_RUN } from './order.js';

export const RULE = 'restore-pieces/reordered';

/** Confidence of a reorder that removes one faulty junction; each further one removed adds CONFIDENCE_STEP, up to MAX_CONFIDENCE. */
export const BASE_CONFIDENCE = 0.6;
export const CONFIDENCE_STEP = 0.1;
export const MAX_CONFIDENCE = 0.9;

interface FlowLine {
  block: Block;
  /** Index of the line in its block. */
  at: number;
}

export function createRestorePieces(): Transform {
  return (doc) => {
    let vocabulary: Vocabulary | undefined;
    const vocab = (): Vocabulary => (vocabulary ??= Vocabulary.fromDocument(doc));
    for (const page of doc.pages) restorePage(page, vocab, doc.messages);
  };
}

/** Reorder the runs of pieces of one page; returns how many runs were reordered. */
export function restorePage(page: Page, vocabulary: () => Vocabulary, messages: Message[]): number {
  const flow: FlowLine[] = [];
  for (const block of page.blocks) for (let i = 0; i < block.lines.length; i++) flow.push({ block, at: i });
  if (flow.length < 3) return 0;
  const lineAt = (f: FlowLine): Line => f.block.lines[f.at]!;
  const lines = flow.map(lineAt);
  const cuts = marksCuts(lines);
  const widths = localWidths(lines.map((l) => collapsedText(l.text).length));
  const short = (k: number): boolean => {
    const l = lineAt(flow[k]!);
    const text = collapsedText(l.text);
    return !l.box && /\p{L}/u.test(text) && text.length < PIECE_RATIO * widths[k]! && wordCount(text) <= MAX_PIECE_WORDS;
  };
  const pieceLine = (k: number): PieceLine => {
    const l = lineAt(flow[k]!);
    const text = collapsedText(l.text);
    return { text, len: text.length, left: cuts && endsOnSpace(l) };
  };
  let moved = 0;
  let k = 0;
  while (k < flow.length) {
    if (!short(k)) {
      k++;
      continue;
    }
    // A run: consecutive short lines of one block.
    let end = k + 1;
    while (end < flow.length && flow[end]!.block === flow[k]!.block && short(end)) end++;
    const n = end - k;
    const block = flow[k]!.block;
    // A run reads on across the blank lines around it only when it holds a
    // left piece (./pieces.ts): pdfminer boxes a cut line's pieces apart, but a block of short lines
    // without that mark may as well be a question set apart from its answer (`How do you decide on` ⏎
    // `the stories?` ⏎⏎ an answer's continued column).
    const acrossBlank = cuts && block.lines.slice(flow[k]!.at, flow[k]!.at + n).some(endsOnSpace);
    if (n >= 2 && n <= MAX_RUN) {
      // The lines around the run: in its block, or across a blank line when the run is a block of its own.
      const prevK = k > 0 && (acrossBlank || flow[k - 1]!.block === block) && !lineAt(flow[k - 1]!).box ? k - 1 : -1;
      const nextK = end < flow.length && (acrossBlank || flow[end]!.block === block) && !lineAt(flow[end]!).box ? end : -1;
      // Running text around the run: at least one neighbour is a full line.
      if ((prevK >= 0 && !short(prevK)) || (nextK >= 0 && !short(nextK))) {
        const run = Array.from({ length: n }, (_, j) => pieceLine(k + j));
        const prev = prevK >= 0 ? pieceLine(prevK) : undefined;
        const next = nextK >= 0 ? pieceLine(nextK) : undefined;
        const ctx: JunctionContext = { measure: widths[k]!, cuts, vocabulary };
        const r = bestOrder(run, prev, next, ctx);
        if (r) {
          const at = flow[k]!.at;
          const old = block.lines.slice(at, at + n);
          const faults = printedFaults(run, prev, next, ctx);
          for (let j = 0; j < n; j++) block.lines[at + j] = old[r.order[j]!]!;
          messages.push({
            rule: RULE,
            severity: 'info',
            text: `reordered ${n} pieces of a printed line cut by the extractor (${faults.join(', ')} in the printed order; ${r.before} faulty junction${r.before === 1 ? '' : 's'} → ${r.after})`,
            source: spanOf(old, page.number),
            before: run.map((p) => p.text).join(' ⏎ '),
            after: r.order.map((j) => run[j]!.text).join(' ⏎ '),
            confidence: Math.min(MAX_CONFIDENCE, BASE_CONFIDENCE + CONFIDENCE_STEP * (r.before - r.after - 1)),
          });
          moved++;
        }
      }
    }
    k = end;
  }
  return moved;
}

/** The rule ids that flag a junction of the run as printed. */
function printedFaults(run: readonly PieceLine[], prev: PieceLine | undefined, next: PieceLine | undefined, ctx: JunctionContext): string[] {
  const seq = [...(prev ? [prev] : []), ...run, ...(next ? [next] : [])];
  const out = new Set<string>();
  for (let i = 0; i + 1 < seq.length; i++) for (const f of junctionFaults(seq[i]!, seq[i + 1]!, ctx)) out.add(f);
  return [...out];
}

/** The source of the run: its page and the span from its first line's start to its last line's end. */
function spanOf(lines: readonly Line[], page: number): Source {
  const first = lines[0]!.source.span;
  const last = lines[lines.length - 1]!.source.span;
  return first && last ? { page, span: { start: first.start, end: last.end } } : { page };
}
