/**
 * Read the text inside a small ruled box as one block.
 *
 * Newspapers set small adverts and notices in a box drawn with rules. Tesseract
 * gives the box as four separate rules (ALTO GraphicalElements) and its text as
 * one block per line group (`SUBSCRIBE` | `Three months for $9` | `Delivered to
 * your door` ⏎ `every morning`), so the box's lines reach the structure transforms
 * as several text boxes, and its last lines are taken for a subhead or for story
 * text. What holds on any page: two vertical rules and two horizontal rules that
 * meet at their ends enclose one printed item; the few lines inside it are read
 * together, top to bottom, in one block at the place of the first of them.
 * Only small boxes (MAX_BOXED_LINES): a framed story or fact box of many lines
 * keeps its blocks (its paragraphs). Each merge is a `reader/ruled-box` message.
 *
 * A box no larger than FRAME_MAX_SHARE of the page whose one block holds no more than SMALL_BOX_LINES
 * lines and SMALL_BOX_WORDS words is an advertisement, as the PDF reader reads a small frame
 * (pdf/layout/page.ts, `pdf/framed-box`: the same limits): its block and lines get the `boxed` hint
 * (classify/rules/00-hints.ts), and a `reader/ruled-box-advert` message (dev2 d2_004's ALTO: `Drivers
 * wanted` ⏎ `Apply at 555-0187` in a box of four rules). Not when the frame holds a picture (a framed
 * photo and its caption), is one compartment of a frame divided by a rule (a fact box's title), has a
 * text block running across its rules (a boxed story), or holds running prose or a quotation (a
 * correction, a pull quote); nor over a running head or foot (a review's cases, 2026-12-08).
 */
import type { Block, Box, Page } from '../../model/types.js';
import type { Message } from '../../model/messages.js';
import { unionBox } from './geometry.js';
import { FRAME_MAX_SHARE, SMALL_BOX_LINES, SMALL_BOX_WORDS } from '../pdf/layout/page.js';

/**
 * A box holds at most this many lines to be read as one block. A small boxed
 * advert or notice is a title and a handful of lines (d2_010's: 4 lines in a box
 * 356 px high); a framed story or fact box runs to a paragraph or more, whose
 * blocks are its paragraphs and must stay apart.
 */
export const MAX_BOXED_LINES = 8;
/**
 * Rules meet when their ends are within this many of the page's median line
 * heights. A drawn box's rules meet to within their own thickness, but the
 * engine's rule boxes are a few pixels off (d2_010: 0–3 px at a 17 px line
 * height); a column rule's end is far from any cut-off rule (hundreds of px).
 */
export const RULE_MEET_HEIGHTS = 1;

interface Rule {
  box: Box;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[s.length >> 1]! : 0;
}

/** The boxes the page's rules draw: between two vertical rules, each span between consecutive horizontal rules that reach both. */
export function ruledBoxes(page: Page, tol: number): Box[] {
  const rules: Rule[] = page.graphics.filter((g) => g.kind === 'rule');
  const vertical = rules.filter((r) => r.box.y1 - r.box.y0 > r.box.x1 - r.box.x0).sort((a, b) => a.box.x0 - b.box.x0);
  const horizontal = rules.filter((r) => r.box.x1 - r.box.x0 >= r.box.y1 - r.box.y0);
  const out: Box[] = [];
  for (let i = 0; i < vertical.length; i++) {
    for (let j = i + 1; j < vertical.length; j++) {
      const l = vertical[i]!.box;
      const r = vertical[j]!.box;
      if (r.x0 - l.x1 <= tol) continue;
      // The two sides of a box start and end level with each other…
      if (Math.abs(l.y0 - r.y0) > tol || Math.abs(l.y1 - r.y1) > tol) continue;
      const top = Math.max(l.y0, r.y0);
      const bottom = Math.min(l.y1, r.y1);
      if (bottom - top <= tol) continue;
      // Horizontal rules reaching from the left rule to the right one, within their common height.
      const ys = horizontal
        .filter((h) => Math.abs(h.box.x0 - l.x0) <= tol && Math.abs(h.box.x1 - r.x1) <= tol && h.box.y0 >= top - tol && h.box.y1 <= bottom + tol)
        .map((h) => h.box)
        .sort((a, b) => a.y0 - b.y0);
      // …and a top and a bottom rule close it at the sides' ends (the four corners).
      if (ys.length < 2 || Math.abs(ys[0]!.y0 - top) > tol || Math.abs(ys[ys.length - 1]!.y1 - bottom) > tol) continue;
      for (let k = 1; k < ys.length; k++) out.push({ x0: l.x1, y0: ys[k - 1]!.y1, x1: r.x0, y1: ys[k]!.y0 });
    }
  }
  return out;
}

/** Two blocks set side by side: they share some height (columns inside the box), not one over the other. */
function sideBySide(a: Box, b: Box): boolean {
  return Math.min(a.y1, b.y1) > Math.max(a.y0, b.y0);
}

function inside(b: Box, box: Box, tol: number): boolean {
  return b.x0 >= box.x0 - tol && b.x1 <= box.x1 + tol && b.y0 >= box.y0 - tol && b.y1 <= box.y1 + tol;
}

/** Merge the blocks of each small ruled box of the page into one, recording each merge. */
export function mergeRuledBoxes(page: Page, messages: Message[]): void {
  if (!page.graphics.some((g) => g.kind === 'rule')) return;
  const heights = page.blocks.flatMap((b) => b.lines.filter((l) => l.box).map((l) => l.box!.y1 - l.box!.y0));
  const tol = RULE_MEET_HEIGHTS * median(heights);
  if (!(tol > 0)) return;
  const boxes = ruledBoxes(page, tol);
  for (const box of boxes) {
    const held = page.blocks.filter((b) => b.kind === 'text' && b.box && inside(b.box, box, tol));
    const advertOk = wholeFrame(box, boxes, tol) && !straddled(page, box, tol);
    if (held.length === 1 && advertOk) markAdvert(page, held[0]!, box, messages);
    if (held.length < 2) continue;
    if (held.some((a, i) => held.some((b, k) => k > i && sideBySide(a.box!, b.box!)))) continue;
    // Whole blocks from the top: each block's lines stay together, in their own order.
    const ordered = [...held].sort((a, b) => a.box!.y0 - b.box!.y0 || a.box!.x0 - b.box!.x0);
    const reordered = ordered.some((b, k) => b !== held[k]);
    const lines = ordered.flatMap((b) => b.lines);
    if (lines.length > MAX_BOXED_LINES || lines.some((l) => !l.box)) continue;
    const first = held[0]!;
    const merged: Block = { ...first, lines };
    const union = unionBox(lines.map((l) => l.box));
    if (union) {
      merged.box = union;
      merged.source = { ...first.source, box: union };
    }
    if (first.hint && !lines.every((l) => l.hint === first.hint)) delete merged.hint;
    if (first.font && !held.every((b) => b.font === first.font)) delete merged.font;
    page.blocks = page.blocks.flatMap((b) => (b === first ? [merged] : held.includes(b) ? [] : [b]));
    messages.push({
      rule: 'reader/ruled-box',
      severity: 'info',
      text: `${held.length} blocks inside a box drawn by rules [${Math.round(box.x0)},${Math.round(box.y0)} ${Math.round(box.x1)},${Math.round(box.y1)}] read as one, their lines taken block after block from the top${reordered ? ` (reordered: the engine read them as ${held.map((b) => `"${b.lines[0]!.text}"`).join(', ')})` : ''}: ${ordered.map((b) => `"${b.lines[0]!.text}"`).join(', ')}`,
      source: merged.source,
      confidence: 0.8,
    });
    if (advertOk) markAdvert(page, merged, box, messages);
  }
}

/**
 * Is the box a whole frame, not one compartment of a frame divided by a rule inside it (a fact box's
 * title over its facts)? A compartment shares its top or bottom rule with another box at least a line
 * high; two frames a few pixels apart (d2_008's stacked adverts, a double rule between them) are two.
 */
function wholeFrame(box: Box, boxes: readonly Box[], tol: number): boolean {
  return !boxes.some((o) => o !== box && o.y1 - o.y0 > tol && Math.abs(o.x0 - box.x0) <= tol && Math.abs(o.x1 - box.x1) <= tol && (Math.abs(o.y1 - box.y0) <= tol / 2 || Math.abs(o.y0 - box.y1) <= tol / 2));
}

/** Does a text block run across the box's rules (a boxed story's body the engine read past its frame)? Then the box's content is not all known. */
function straddled(page: Page, box: Box, tol: number): boolean {
  return page.blocks.some((b) => b.box && !inside(b.box, box, tol) && overlaps(b.box, box));
}

function overlaps(a: Box, b: Box): boolean {
  return Math.min(a.x1, b.x1) > Math.max(a.x0, b.x0) && Math.min(a.y1, b.y1) > Math.max(a.y0, b.y0);
}

/** Running prose: two sentences ending in a lower-case word, or a quotation (a boxed correction, fact or pull quote, not an advert). */
const PROSE_END = /\p{Ll}[.!?]["”’)]*(?=\s|$)/gu;
const OPENS_QUOTE = /^["“‘]/u;

/** Mark the one block a small ruled box holds as an advertisement (see the file comment), when it is small enough. */
function markAdvert(page: Page, block: Block, box: Box, messages: Message[]): void {
  // A frame around a picture holds the picture's caption, not an advert.
  if (page.graphics.some((g) => g.kind === 'image' && overlaps(g.box, box))) return;
  // A line the reader already placed in the page's top or bottom band is a running head or foot.
  if (block.lines.some((l) => l.hint === 'running-head' || l.hint === 'running-foot')) return;
  const words = block.lines.reduce((n, l) => n + (l.text.match(/\S+/gu)?.length ?? 0), 0);
  const area = (box.x1 - box.x0) * (box.y1 - box.y0);
  if (block.lines.length > SMALL_BOX_LINES || words > SMALL_BOX_WORDS) return;
  const text = block.lines.map((l) => l.text).join(' ').trim();
  if ((text.match(PROSE_END)?.length ?? 0) >= 2 || OPENS_QUOTE.test(text)) return;
  const pageArea = (page.width ?? 0) * (page.height ?? 0);
  if (pageArea > 0 && area > FRAME_MAX_SHARE * pageArea) return;
  block.hint = 'boxed';
  for (const line of block.lines) line.hint = 'boxed';
  messages.push({
    rule: 'reader/ruled-box-advert',
    severity: 'info',
    text: `${block.lines.length} line(s), ${words} words, alone in a box drawn by rules [${Math.round(box.x0)},${Math.round(box.y0)} ${Math.round(box.x1)},${Math.round(box.y1)}]: an advertisement, as a small frame on a PDF page`,
    source: block.source,
    confidence: BOXED_CONFIDENCE,
  });
}

/** How sure the advert reading is: as sure as the PDF reader's framed box (pdf/model.ts, 0.6): a boxed notice reads the same. */
export const BOXED_CONFIDENCE = 0.6;
