/**
 * One raw page → ordered blocks: the layout steps in their order.
 *   glyphs → words (overprints dropped) → drop caps set aside → rows → lines
 *   (cut at gutters) → small caps and tracking repaired → drop caps put back
 *   → column chunks → furniture by position → reading order (XY-cut) →
 *   blocks (paragraphs, type changes).
 */
import type { Box, Graphic } from '../../../model/types.js';
import { FLAG_INVISIBLE, type RawPage } from '../protocol.js';
import { findDropCaps, attachDropCaps, type DropCapRepair } from './drop-caps.js';
import { bandFurniture, type BandFurniture } from './furniture.js';
import { classifyGraphics } from './graphics.js';
import { repairLetterSpacing, type TrackingRepair } from './letter-spacing.js';
import { buildLines, lineFrom, Tally } from './lines.js';
import { buildChunks } from './chunks.js';
import { median, splitChunk } from './blocks.js';
import { readingOrder, type Atom } from './order.js';
import { buildRows } from './rows.js';
import { columnContinuations, type ChunkBlocks } from './continuations.js';
import { repairSmallCaps, type SmallCapsRepair } from './small-caps.js';
import { buildWords, dropOverprints, unpackGlyphs } from './words.js';
import { quarterOf, toUpright, turnBack } from './orientation.js';
import { boxOf, height, width, type BoxedText, type PBlock, type PGlyph, type PLine, type PWord } from './types.js';

export interface LaidOutBlock {
  block: PBlock;
  furniture?: BandFurniture;
  /** The block is all the text of a small frame (an advert box). */
  boxed?: BoxedText;
  /** The block carries on the paragraph before it across a column break (./continuations.ts). */
  continues?: string;
}

export interface PageLayout {
  blocks: LaidOutBlock[];
  graphics: Graphic[];
  bodySize: number;
  glyphCount: number;
  invisibleGlyphs: number;
  overprints: number;
  smallCaps: SmallCapsRepair[];
  tracking: TrackingRepair[];
  dropCaps: DropCapRepair[];
}

export function layoutPage(raw: RawPage): PageLayout {
  const glyphs = unpackGlyphs(raw.glyphs);
  // Text turned by a quarter is laid out in its own upright frame (./orientation.ts).
  const byQuarter: PGlyph[][] = [[], [], [], []];
  for (const g of glyphs) {
    const q = quarterOf(g.flags);
    byQuarter[q]!.push(q ? toUpright(g, q) : g);
  }
  const { words, dropped } = dropOverprints(buildWords(byQuarter[0]!));
  const bodySize = dominantSize(words.length ? words : buildWords(glyphs.map((g) => ({ ...g, flags: 0 }))));
  const graphics = classifyGraphics(raw.graphics, words, raw);
  const { caps, rest } = findDropCaps(words, bodySize);
  const lines = buildLines(buildRows(rest), graphics, caps.map((c) => c.word));
  const smallCaps: SmallCapsRepair[] = [];
  const tracking: TrackingRepair[] = [];
  for (const line of lines) {
    const t = repairLetterSpacing(line);
    if (t) tracking.push(t);
    const s = repairSmallCaps(line);
    if (s) smallCaps.push(s);
  }
  const { repairs: dropCaps, unattached } = attachDropCaps(caps, lines, bodySize);
  // A drop cap with no line beside it is just a big letter: it stays as a line of its own.
  for (const cap of unattached) lines.push(lineFrom([cap.word]));
  const chunks = buildChunks(lines, graphics);
  const furniture = bandFurniture(chunks, raw, bodySize, graphics);
  const furnitureOf = new Map(furniture.map((f) => [f.chunk, f]));
  const content = chunks.filter((c) => !furnitureOf.has(c));
  const ordered = orderContent(content, graphics, bodySize, raw);
  const exemptIndent = new Set<PLine>(dropCaps.flatMap((d) => d.beside));
  const blocks: LaidOutBlock[] = [];
  const byTop = (a: BandFurniture, b: BandFurniture): number => a.chunk.box.y0 - b.chunk.box.y0 || a.chunk.box.x0 - b.chunk.box.x0;
  for (const f of furniture.filter((x) => x.where === 'top').sort(byTop)) blocks.push({ block: f.chunk, furniture: f });
  const split: ChunkBlocks[] = [];
  for (const chunk of ordered) {
    const columnRight = columnMeasure(chunk, content, bodySize);
    if (chunk.whole) {
      blocks.push({ block: chunk, ...(chunk.boxed ? { boxed: chunk.boxed } : {}) });
      continue;
    }
    const parts = splitChunk(chunk, { fonts: raw.fonts, exemptIndent, columnRight, cellGrid: raw.cellGrid === true });
    split.push({ chunk, blocks: parts });
    for (const block of parts) blocks.push({ block });
  }
  const continued = new Map(columnContinuations(split, bodySize).map((c) => [c.block, c.evidence]));
  for (const b of blocks) {
    const evidence = continued.get(b.block);
    if (evidence) b.continues = evidence;
  }
  let overprints = dropped;
  for (let q = 1; q <= 3; q++) {
    if (!byQuarter[q]!.length) continue;
    const turned = layoutTurned(byQuarter[q]!, q, raw.fonts, bodySize, smallCaps, tracking);
    overprints += turned.dropped;
    for (const block of turned.blocks) blocks.push({ block });
  }
  for (const f of furniture.filter((x) => x.where === 'bottom').sort(byTop)) blocks.push({ block: f.chunk, furniture: f });
  let invisibleGlyphs = 0;
  for (const g of glyphs) if (g.flags & FLAG_INVISIBLE) invisibleGlyphs++;
  return { blocks, graphics, bodySize, glyphCount: glyphs.length, invisibleGlyphs, overprints, smallCaps, tracking, dropCaps };
}

/** Text turned `q` quarters: words, lines, chunks, order and blocks in its upright frame, boxes turned back. */
function layoutTurned(glyphs: PGlyph[], q: number, fonts: RawPage['fonts'], bodySize: number, smallCaps: SmallCapsRepair[], tracking: TrackingRepair[]): { blocks: PBlock[]; dropped: number } {
  const { words, dropped } = dropOverprints(buildWords(glyphs));
  const lines = buildLines(buildRows(words), []);
  for (const line of lines) {
    const t = repairLetterSpacing(line);
    if (t) tracking.push(t);
    const s = repairSmallCaps(line);
    if (s) smallCaps.push(s);
  }
  const chunks = buildChunks(lines, []);
  const ordered = readingOrder(
    chunks.map((c) => ({ box: c.box, size: Math.max(...c.lines.map((l) => l.size)), item: c })),
    [],
    bodySize,
  );
  const blocks = ordered.flatMap((c) => splitChunk(c, { fonts }));
  turnBack(blocks, q);
  return { blocks, dropped };
}

/** Frames (boxed ads, sidebars) up to this share of the page are read as one unit; larger ones are page borders. */
export const FRAME_MAX_SHARE = 0.4;
/** A frame holding at most this many lines and words is read as one block (dev2 adverts: 3 lines, ≤ 12 words). */
export const SMALL_BOX_LINES = 6;
export const SMALL_BOX_WORDS = 40;
/** A chunk belongs to a frame when this share of its box lies inside it. */
export const IN_FRAME_SHARE = 0.8;

type Item = PBlock | Graphic;
interface FrameGroup {
  frame: Graphic;
  members: Atom<Item>[];
}

function atomOf(item: Item): Atom<Item> {
  return 'lines' in item ? { box: orderBox(item), size: Math.max(...item.lines.map((l) => l.size)), item } : { box: item.box, size: 0, item };
}

/**
 * A line sticking out past its column's right edge by more than this many em of its type is an
 * unbreakable word set into the gutter (a web address: dev019 `(http://www.wikihow.com/wikiHow:
 * Contributions-` reaches 30 pt into the next story's column)…
 */
export const OVERHANG_EM = 1;
/** …when such lines are at most this share of the block's lines (the rest of the block keeps its edge). */
export const OVERHANG_MAX_SHARE = 1 / 3;

/**
 * The box a block takes in the reading order: its own, but with its right edge at the column's edge
 * when a few lines overhang it (OVERHANG_EM, OVERHANG_MAX_SHARE). An overhanging address would close
 * the gutter to the story beside it, and the XY-cut would then read the block after that story.
 */
export function orderBox(block: PBlock): Box {
  const ends = block.lines.map((l) => l.x1).sort((a, b) => a - b);
  const edge = ends[Math.floor((ends.length - 1) / 2)]!;
  const em = Math.max(...block.lines.map((l) => l.size));
  const over = ends.filter((x) => x - edge > OVERHANG_EM * em).length;
  if (over === 0 || over > OVERHANG_MAX_SHARE * ends.length) return block.box;
  const x1 = Math.max(...ends.filter((x) => x - edge <= OVERHANG_EM * em));
  return { ...block.box, x1 };
}

/**
 * Reading order of the page's content: the text chunks and pictures inside a
 * frame (a boxed advert, a sidebar) are read together, in their own order,
 * where the frame comes in the page's order; the rest by XY-cut (./order.ts).
 */
function orderContent(content: readonly PBlock[], graphics: readonly Graphic[], bodySize: number, page: { width: number; height: number }): PBlock[] {
  const frames = graphics.filter((g) => g.kind === 'frame' && width(g.box) * height(g.box) <= FRAME_MAX_SHARE * page.width * page.height);
  const groups = new Map<Graphic, FrameGroup>();
  const loose: Atom<Item>[] = [];
  const items: Item[] = [...content, ...graphics.filter((g) => g.kind === 'image')];
  for (const item of items) {
    const frame = smallestFrameHolding(item.box, frames);
    if (!frame) {
      loose.push(atomOf(item));
      continue;
    }
    const g = groups.get(frame) ?? { frame, members: [] };
    g.members.push(atomOf(item));
    groups.set(frame, g);
  }
  const atoms: Atom<Item | FrameGroup>[] = [...loose];
  for (const g of groups.values()) {
    atoms.push({ box: boxOf([g.frame.box, ...g.members.map((m) => m.box)]), size: Math.max(...g.members.map((m) => m.size)), item: g });
  }
  const out: PBlock[] = [];
  for (const x of readingOrder(atoms, graphics, bodySize)) {
    if ('frame' in x) {
      const inside = readingOrder(x.members, graphics, bodySize).filter((m): m is PBlock => 'lines' in m);
      const lines = inside.flatMap((c) => c.lines);
      const words = lines.reduce((n, l) => n + l.words.length, 0);
      // A small box (an advert, a panel) is one unit, whatever its type sizes: one block, as a text layer gives it.
      if (lines.length && lines.length <= SMALL_BOX_LINES && words <= SMALL_BOX_WORDS) {
        out.push({ lines, box: boxOf(lines), whole: true, boxed: { lines: lines.length, words, frame: x.frame.box } });
      }
      else out.push(...inside);
    } else if ('lines' in x) out.push(x);
  }
  return out;
}

function smallestFrameHolding(box: Box, frames: readonly Graphic[]): Graphic | null {
  let best: Graphic | null = null;
  const area = Math.max(width(box) * height(box), 1e-6);
  for (const f of frames) {
    const ix = Math.min(box.x1, f.box.x1) - Math.max(box.x0, f.box.x0);
    const iy = Math.min(box.y1, f.box.y1) - Math.max(box.y0, f.box.y0);
    if (ix <= 0 || iy <= 0 || (ix * iy) / area < IN_FRAME_SHARE) continue;
    if (f.box === box) continue;
    if (!best || width(f.box) * height(f.box) < width(best.box) * height(best.box)) best = f;
  }
  return best;
}

/** Chunks of one column are this close (body em) above or below each other (a photo or a subhead between). */
export const COLUMN_NEIGHBOUR_EM = 20;

/**
 * The right edge of a chunk's column: the median right edge of the chunks
 * that share its left edge and type size nearby (itself included). A chunk of short ragged lines (a list under
 * a photo) does not show its column's measure by itself.
 */
function columnMeasure(chunk: PBlock, chunks: readonly PBlock[], bodySize: number): number {
  const size = chunk.lines[0]?.size ?? bodySize;
  const rights: number[] = [];
  for (const c of chunks) {
    if (Math.abs(c.box.x0 - chunk.box.x0) > 0.5 * size) continue;
    const s = c.lines[0]?.size ?? 0;
    if (Math.max(s, size) / Math.max(Math.min(s, size), 0.1) > 1.12) continue;
    const distance = Math.max(c.box.y0 - chunk.box.y1, chunk.box.y0 - c.box.y1, 0);
    if (distance > COLUMN_NEIGHBOUR_EM * size) continue;
    rights.push(c.box.x1);
  }
  // The median, not the widest: one chunk merged across a gutter by mistake must not widen the column.
  return Math.max(chunk.box.x1, median(rights));
}

/** The font size with the most characters on the page (upright text), to 0.5 pt. */
export function dominantSize(words: readonly PWord[]): number {
  const counts = new Tally();
  for (const w of words) {
    if (w.rotated) continue;
    for (const g of w.glyphs) counts.add(Math.round(g.size * 2) / 2, g.text.length);
  }
  return counts.argmax() ?? 10;
}
