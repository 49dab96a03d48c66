/**
 * Reflow: rejoin paragraphs that a column break or an interruption (a
 * caption, furniture, another story's box) cut in two, and put the pieces in
 * reading order. A paragraph piece that stops mid-sentence (no sentence end, a
 * line-end hyphen, a comma) on a full line continues in the next piece that
 * can carry it on: one starting in lower case first (`… des-` ⏎⏎ `tined for`),
 * else the next paragraph piece of the same flow (`left for` ⏎⏎ `Moscow to
 * study`). The continuing piece is moved right after the piece it continues
 * and marked `continues`; the line-end decision across the break is taken
 * again with the dehyphenate transform's `decideLineEnd`.
 */
import type { Block, GalleyDocument, Page } from '../../model/types.js';
import { contextFor, decideLineEnd } from '../dehyphenate/index.js';
import type { Transform } from '../types.js';
import { sourceGap } from '../classify/units.js';
import { blockWidths, pieceInfo, type Piece } from './pieces.js';

/** Kinds that stop a search for a continuation in the same flow: a new section or story starts there. */
const FLOW_STOPS = new Set(['headline', 'subhead', 'byline', 'deck', 'dateline', 'signoff']);
/** How many paragraph pieces ahead a lower-case continuation is looked for (a column or two of interruptions). */
export const CONTINUATION_LOOKAHEAD = 12;

export function createReflow(): Transform {
  return (doc: GalleyDocument) => {
    for (const page of doc.pages) reflowPage(page, doc);
  };
}

export function reflowPage(page: Page, doc: GalleyDocument): void {
  const blocks = page.blocks;
  const pieces = new Map<Block, Piece>();
  const widths = blockWidths(page);
  blocks.forEach((b, i) => {
    const next = blocks[i + 1];
    if (b.kind === 'paragraph') pieces.set(b, pieceInfo(b, i, widths.get(b) ?? 0, !next || sourceGap(b, next)));
  });
  const next = new Map<Block, Block>();
  const prev = new Map<Block, Block>();
  const paragraphs = blocks.filter((b) => b.kind === 'paragraph');
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi]!;
    const info = pieces.get(p)!;
    if (!info.open) continue;
    const q = findContinuation(p, pi, paragraphs, blocks, pieces, prev, next);
    if (!q) continue;
    next.set(p, q.block);
    prev.set(q.block, p);
    q.block.continues = true;
    const left = p.lines[p.lines.length - 1]!;
    const right = q.block.lines[0]!;
    let joinNote = '';
    const d = decideLineEnd(left, right, contextFor(doc));
    if (d) {
      left.join = d.join;
      joinNote = `; line end re-decided: ${d.after}`;
    } else if (left.join && left.join !== 'space') {
      delete left.join;
    }
    doc.messages.push({
      rule: 'reflow/column-break',
      severity: 'info',
      text: `paragraph continues after a break (${q.why})${joinNote}`,
      source: q.block.source,
      confidence: q.confidence,
    });
  }
  if (!next.size) return;
  // Reading order: each chain of pieces in place of its first piece; other blocks keep their places.
  const out: Block[] = [];
  for (const b of blocks) {
    if (prev.has(b)) continue;
    out.push(b);
    let n = next.get(b);
    while (n) {
      out.push(n);
      n = next.get(n);
    }
  }
  page.blocks = out;
}

interface Continuation {
  block: Block;
  why: string;
  confidence: number;
}

function findContinuation(
  p: Block,
  pi: number,
  paragraphs: Block[],
  blocks: Block[],
  pieces: Map<Block, Piece>,
  prev: Map<Block, Block>,
  next: Map<Block, Block>,
): Continuation | null {
  const info = pieces.get(p)!;
  const free = (q: Block): boolean => !prev.has(q) && q !== p && !inChainBefore(q, p, prev);
  // 1. The next piece of the same flow (no heading or new story between), lower-case start preferred.
  let firstUpper: Block | null = null;
  for (let k = pi + 1; k < paragraphs.length && k <= pi + CONTINUATION_LOOKAHEAD; k++) {
    const q = paragraphs[k]!;
    const qi = pieces.get(q)!;
    if (!free(q)) continue;
    if (qi.startsLower) return { block: q, why: 'the next piece starts in lower case', confidence: 0.9 };
    if (!firstUpper && !stopsBetween(blocks, info.index, qi.index)) firstUpper = q;
    if (qi.index > info.index && stopsBetween(blocks, info.index, qi.index)) break;
  }
  // 2. A lower-case piece printed earlier (extractors do not always keep column order).
  for (let k = pi - 1; k >= 0; k--) {
    const q = paragraphs[k]!;
    if (!free(q)) continue;
    if (pieces.get(q)!.startsLower) return { block: q, why: 'a piece printed earlier starts in lower case', confidence: 0.7 };
  }
  // 3. The next piece of the same flow, when the sentence is plainly unfinished.
  if (firstUpper && info.unfinished) return { block: firstUpper, why: 'the sentence is unfinished', confidence: 0.7 };
  return null;
}

/** Is there a heading, byline or sign-off between two block positions? */
function stopsBetween(blocks: Block[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (FLOW_STOPS.has(blocks[i]!.kind)) return true;
  return false;
}

/** Would linking p → q close a loop (q already leads to p)? */
function inChainBefore(q: Block, p: Block, prev: Map<Block, Block>): boolean {
  let b: Block | undefined = p;
  while (b) {
    if (b === q) return true;
    b = prev.get(b);
  }
  return false;
}
