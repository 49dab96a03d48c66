/**
 * Reflow: rejoin paragraphs that a column break or an interruption (a
 * caption, furniture, another story's box) cut in two, and put the pieces in
 * reading order. Every pair (piece that stops mid-sentence, piece that may
 * carry it on) gets a score from ./links.ts; the best pairs are linked first,
 * each piece once. A continuing piece is moved right after the piece it
 * continues and marked `continues`; the line-end decision across the break is
 * taken again with the dehyphenate transform's `decideLineEnd`.
 */
import type { Block, GalleyDocument, Page } from '../../model/types.js';
import { contextFor, decideLineEnd } from '../dehyphenate/index.js';
import { sourceGap } from '../classify/units.js';
import { forgetLineInfos } from '../classify/features.js';
import type { Transform } from '../types.js';
import { linkScorer, MIN_LINK_SCORE, orphanLink, strongLink, type Link } from './links.js';
import { shortLastLines } from './geometry.js';
import { movedFollowers } from './followers.js';
import { blockWidths, closesAsItem, pieceInfo, type Piece } from './pieces.js';
import { printsInterview, repeatedLabels } from './boundaries.js';
import { FIRST_CAPS_WORD, knownWord, LONE_CAPITAL, smallCapsRest } from './drop-caps.js';

export function createReflow(): Transform {
  return (doc: GalleyDocument) => {
    for (const page of doc.pages) reflowPage(page, doc);
    // The line evidence split, classify and reflow shared is read by no later step.
    for (const page of doc.pages) forgetLineInfos(page);
  };
}

export function reflowPage(page: Page, doc: GalleyDocument): void {
  joinDisplacedDropCaps(page, doc);
  const blocks = page.blocks;
  const widths = blockWidths(page);
  const shortEnds = shortLastLines(page);
  const pieces: Piece[] = [];
  const texts = lineTexts(blocks);
  const interview = printsInterview(texts);
  const labels = interview ? repeatedLabels(texts) : new Set<string>();
  blocks.forEach((b, i) => {
    if (b.kind !== 'paragraph') return;
    const after = blocks[i + 1];
    const before = blocks[i - 1];
    // Run evidence for a list set one item per box: a paragraph piece beside it closes as an item too.
    const itemBeside = (n: Block | undefined): boolean => n !== undefined && n.kind === 'paragraph' && closesAsItem(n);
    const inItemRun = closesAsItem(b) && (itemBeside(after) || itemBeside(before));
    pieces.push(pieceInfo(b, i, widths.get(b) ?? { ratio: 0, stretched: false }, !after || sourceGap(b, after), inItemRun, shortEnds.has(b), interview, labels));
  });
  const next = new Map<Block, Block>();
  const prev = new Map<Block, Block>();
  /** The link made into each continuing piece (for the paragraphs that move with it). */
  const linkTo = new Map<Block, Link>();
  const chains = new ChainSets();
  /** Make the links best first, in printed order among equal scores, each piece linked once and no chain closed into a loop. */
  const make = (links: readonly Link[]): void => {
    for (const link of byScore(links)) {
      const p = link.from.block;
      const q = link.to.block;
      // p ends its chain and q starts one: linking them closes a loop when they are one chain already.
      if (next.has(p) || prev.has(q) || chains.same(p, q)) continue;
      chains.join(p, q);
      next.set(p, q);
      prev.set(q, p);
      linkTo.set(q, link);
      q.continues = true;
      const left = p.lines[p.lines.length - 1]!;
      const right = q.lines[0]!;
      let joinNote = '';
      const d = decideLineEnd(left, right, contextFor(doc));
      if (d) {
        left.join = d.join;
        joinNote = `; line end decided again: ${d.after}`;
      } else if (left.join && left.join !== 'space') {
        left.join = undefined;
      }
      doc.messages.push({
        rule: 'reflow/column-break',
        severity: 'info',
        text: `paragraph continues after a break (${link.evidence.join(', ')})${joinNote}`,
        source: q.source,
        confidence: linkConfidence(link),
      });
    }
  };
  // The links that reach the score first, then (second chance) the orphan links: a piece starting in lower
  // case that nothing carries on must carry on something; take its best open partner whatever the distance
  // (extractors print columns out of order). Every orphan link scores below every link that reaches the
  // score, so this is one list sorted by score, made in turn. An orphan link is asked for only between
  // pieces left open by the first links (a piece linked stays linked): on a page cut at its wide gaps
  // (hundreds of pieces) that leaves a few dozen orphan links of the thousands scored.
  const scorer = linkScorer(pieces, blocks, contextFor(doc));
  make(scorer({ keep: strongLink }));
  make(scorer({ keep: orphanLink, pair: (a, b) => b.startsLower && !next.has(a.block) && !prev.has(b.block) }));
  if (!next.size) return;
  // Reading order: each chain of pieces in place of its first piece; other blocks keep their places,
  // but the paragraphs printed right under a moved piece (./followers.ts) move with it.
  // Only under a piece placed by a link that reaches the score: an orphan link (a lower-case piece that
  // had to go somewhere) is too weak to carry other paragraphs along.
  const followers = movedFollowers(blocks, next, prev, (q) => (linkTo.get(q)?.score ?? -Infinity) >= MIN_LINK_SCORE);
  const dragged = new Set<Block>();
  for (const [q, list] of followers) {
    const link = linkTo.get(q)!;
    for (const f of list) {
      dragged.add(f);
      doc.messages.push({
        rule: 'reflow/moved-with-piece',
        severity: 'info',
        text: `paragraph printed under a continued piece moved with it (the piece's link: ${link.evidence.join(', ')}; score ${link.score.toFixed(1)})`,
        source: f.source,
        confidence: linkConfidence(link),
      });
    }
  }
  // A chain goes where its first piece is printed, unless that piece is a line boxed alone and printed
  // after the piece it goes on into (see strayHead): then it goes where that piece is.
  const position = new Map<Block, number>();
  blocks.forEach((b, i) => position.set(b, i));
  const anchorOf = new Map<Block, Block>();
  for (const b of blocks) {
    if (prev.has(b)) continue;
    const n = next.get(b);
    if (n && !dragged.has(n) && strayHead(b, n, position)) anchorOf.set(n, b);
  }
  const emitted = new Set<Block>();
  const out: Block[] = [];
  const emitChain = (b: Block): void => {
    out.push(b);
    let n = next.get(b);
    let last = b;
    while (n) {
      out.push(n);
      last = n;
      n = next.get(n);
    }
    emitted.add(b);
    if (last !== b) for (const f of followers.get(last) ?? []) out.push(f);
  };
  for (const b of blocks) {
    if (dragged.has(b)) continue;
    const head = anchorOf.get(b);
    if (head) {
      emitChain(head);
      continue;
    }
    if (prev.has(b) || emitted.has(b)) continue;
    emitChain(b);
  }
  page.blocks = out;
}

/**
 * Is the chain's first piece `head` a line boxed alone, printed after the piece `n` it goes on into? pdfminer
 * boxes a whole line apart as it boxes a word (d2_009: `As it moves over land, it is cut off from` printed
 * after the next answers, its rest `the source of energy…` in place under the question): the paragraph of
 * several lines is where the column has it, and the one line goes to it, not the other way round.
 */
function strayHead(head: Block, n: Block, position: ReadonlyMap<Block, number>): boolean {
  return head.lines.length === 1 && n.lines.length > 1 && position.get(n)! < position.get(head)!;
}

/** The text of every line of the blocks, in order. */
function lineTexts(blocks: readonly Block[]): string[] {
  // An array, not a generator: the generator and its step results were about 35 KB allocated a text
  // page (an object per line at each step), the array holds the texts it reads.
  const out: string[] = [];
  for (const b of blocks) for (const l of b.lines) out.push(l.text);
  return out;
}

/** How sure a link is: its score over a scale where MIN_LINK_SCORE gives .65, capped at .95. */
function linkConfidence(link: Link): number {
  return Math.min(0.95, 0.5 + link.score / 10);
}

/**
 * Which pieces are one chain already (union–find with path halving): a page cut at its wide gaps has
 * hundreds of pieces in chains and thousands of candidate links, and walking a chain for every link
 * cost the square of the chain's length.
 */
class ChainSets {
  private readonly parent = new Map<Block, Block>();
  private root(b: Block): Block {
    let r = b;
    for (let p = this.parent.get(r); p !== undefined && p !== r; p = this.parent.get(r)) {
      const g = this.parent.get(p);
      if (g !== undefined) this.parent.set(r, g);
      r = p;
    }
    return r;
  }
  same(a: Block, b: Block): boolean {
    return this.root(a) === this.root(b);
  }
  join(a: Block, b: Block): void {
    const ra = this.root(a);
    const rb = this.root(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

/** A drop cap the extractor printed away from its word, as a block of one capital letter (`G` … `alois returned`). */
const FIRST_LOWER_WORD = /^(\p{Ll}[\p{L}'’]*)/u;

/** Blocks around a lone capital searched for the rest of its word. */
export const DROP_CAP_WINDOW = 8;

/**
 * Join a lone capital letter to the nearest paragraph (within a few blocks, after it first) that
 * starts with the rest of a word the letter completes: a word of the language or of this document
 * (`G` + `alois` → `Galois`, printed in the headline). The letter's line moves into that paragraph.
 */
function joinDisplacedDropCaps(page: Page, doc: GalleyDocument): void {
  const blocks = page.blocks;
  const known = knownWord(doc);
  const gone = new Set<Block>();
  blocks.forEach((b, i) => {
    if (b.kind !== 'paragraph' || b.lines.length !== 1 || !LONE_CAPITAL.test(b.lines[0]!.text.trim())) return;
    const letter = b.lines[0]!.text.trim();
    const order = [];
    for (let d = 1; d <= DROP_CAP_WINDOW; d++) order.push(i + d, i - d);
    for (const k of order) {
      const q = blocks[k];
      if (!q || q.kind !== 'paragraph' || gone.has(q) || q === b) continue;
      const head = q.lines[0]!.text.trim();
      const word = FIRST_LOWER_WORD.exec(head)?.[1] ?? FIRST_CAPS_WORD.exec(head)?.[1]?.toLowerCase();
      if (!word || !known((letter + word).toLowerCase())) continue;
      q.lines[0] = { ...q.lines[0]! };
      smallCapsRest(q.lines[0]);
      const line = { ...b.lines[0]!, join: 'join' as const };
      q.lines.unshift(line);
      if (q.source.span && line.source.span && line.source.span.start.offset < q.source.span.start.offset) q.source.span = { ...q.source.span, start: line.source.span.start };
      gone.add(b);
      doc.messages.push({
        rule: 'reflow/drop-cap',
        severity: 'info',
        text: 'a drop cap printed away from its word joined to it',
        source: b.source,
        before: `${letter} … ${word}`,
        after: `${letter}${word}`,
        confidence: 0.8,
      });
      return;
    }
  });
  if (gone.size) page.blocks = blocks.filter((b) => !gone.has(b));
}

/**
 * The links from the best score to the worst, in their given order among equal scores: a stable sort, done
 * by grouping the links by score (a page's few hundred links hold a few dozen distinct scores: sums of
 * the fixed weights of ./links.ts), so only the distinct scores are compared.
 */
export function byScore(links: readonly Link[]): Link[] {
  const groups = new Map<number, Link[]>();
  for (const l of links) {
    const g = groups.get(l.score);
    if (g) g.push(l);
    else groups.set(l.score, [l]);
  }
  const scores = [...groups.keys()].sort((a, b) => b - a);
  const out: Link[] = [];
  for (const s of scores) for (const l of groups.get(s)!) out.push(l);
  return out;
}
