/**
 * Laid-out PDF blocks → the page model (Block / Line / Word with boxes and
 * fonts). Line text is normalised by ../../text/normalise.ts (odd hyphens,
 * dashes, spaces, ligatures; a soft hyphen at the line end becomes a
 * line-break hyphen with `join: 'join'`), and every change is recorded, as
 * the text reader does. The PDF's own hyphen and dash glyphs are kept.
 */
import type { Block, Box, Font, Line, Page } from '../../model/types.js';
import { packWords } from '../../model/words.js';
import type { Message } from '../../model/messages.js';
import { characterMessage, normaliseLine } from '../../text/normalise.js';
import type { RawFont } from './protocol.js';
import type { LaidOutBlock, PageLayout } from './layout/page.js';
import type { PLine } from './layout/types.js';

export interface ModelOptions {
  /** Record each character normalisation as an info message (default true). */
  recordCharacters: boolean;
}

/** The layout's repairs of the page's text (drop caps put back, small caps, letter spacing), one message each with the line's box. */
export function layoutRepairs(page: number, layout: PageLayout): Message[] {
  const out: Message[] = [];
  for (const r of layout.dropCaps) {
    out.push({ rule: 'pdf/drop-cap', severity: 'info', text: `drop cap ${JSON.stringify(r.cap)} put back at the start of its line`, before: `${r.cap} ${r.before}`, after: r.after, source: { page, box: roundBox(r.line) } });
  }
  for (const r of layout.smallCaps) {
    out.push({ rule: 'pdf/small-caps', severity: 'info', text: 'capitals drawn at small-cap size read as small caps (lower case)', before: r.before, after: r.after, source: { page, box: roundBox(r.line) } });
  }
  for (const r of layout.tracking) {
    out.push({ rule: 'pdf/letter-spacing', severity: 'info', text: 'letter-spaced (tracked) letters read as words', before: r.before, after: r.after, source: { page, box: roundBox(r.line) } });
  }
  return out;
}

export function toModelPage(number: number, size: { width: number; height: number }, layout: PageLayout, fonts: readonly RawFont[], messages: Message[], options: ModelOptions): Page {
  const smallCapsLines = new Set<PLine>(layout.smallCaps.map((r) => r.line));
  fontCache.clear();
  const blocks = layout.blocks.map((b) => toBlock(number, b, fonts, smallCapsLines, messages, options));
  fontCache.clear();
  return { number, width: round(size.width), height: round(size.height), unit: 'pt', pointsPerUnit: 1, blocks, graphics: layout.graphics };
}

function toBlock(page: number, laid: LaidOutBlock, fonts: readonly RawFont[], smallCaps: ReadonlySet<PLine>, messages: Message[], options: ModelOptions): Block {
  const lines = laid.block.lines.map((l) => toLine(page, l, fonts, smallCaps.has(l), messages, options));
  const box = roundBox(laid.block.box);
  const block: Block = { kind: 'text', lines, source: { page, box }, box };
  const font = dominantFont(lines);
  if (font) block.font = font;
  if (laid.continues) {
    block.continues = true;
    messages.push({ rule: 'pdf/paragraph-continues', severity: 'info', text: `paragraph goes on across a column break: ${laid.continues}`, source: { page, box }, confidence: 0.8 });
  }
  const f = laid.furniture;
  if (f) {
    block.kind = 'furniture';
    block.furnitureType = f.type;
    block.decision = { rule: 'pdf/furniture-position', confidence: 0.8, evidence: f.evidence };
  } else if (laid.boxed) {
    // A few lines alone in a small frame, outside the columns: an advertisement box (printed as furniture `other`).
    block.kind = 'advert';
    block.furnitureType = 'other';
    block.decision = { rule: 'pdf/framed-box', confidence: 0.6, evidence: `${laid.boxed.lines} line(s), ${laid.boxed.words} words, alone in a frame of ${Math.round(laid.boxed.frame.x1 - laid.boxed.frame.x0)}×${Math.round(laid.boxed.frame.y1 - laid.boxed.frame.y0)} pt` };
  }
  return block;
}

/**
 * A word in its line's font at a size within this share of the line's is set in the line's type: its
 * font is the line's (`Line.font`, whose size the layout reads off the whole line: dev001's body words
 * at 9.96 pt in lines of 10). Only words in another font or size keep one of their own (`wordFonts`).
 */
export const SAME_SIZE_RATIO = 0.05;

function toLine(page: number, l: PLine, fonts: readonly RawFont[], smallCaps: boolean, messages: Message[], options: ModelOptions): Line {
  const original = l.words.map((w) => w.text).join(' ');
  const n = normaliseLine(original);
  const box = roundBox(l);
  const font = fontOf(fonts[l.font], l.size, smallCaps);
  const packed = packWords(l.words, round, (w) => (w.font === l.font && Math.abs(w.size - l.size) <= SAME_SIZE_RATIO * l.size ? font : fontOf(fonts[w.font], w.size, smallCaps)), font);
  const line: Line = {
    text: n.text,
    original,
    source: { page, box },
    box,
    font,
    packedWords: packed.packed,
  };
  // (Only where a word is set in another font: a field left undefined would not survive the page model's JSON round-trip.)
  if (packed.fonts) line.wordFonts = packed.fonts;
  if (n.softHyphenEnd) line.join = 'join';
  if (options.recordCharacters) {
    for (const c of n.changes) {
      messages.push(characterMessage(c, { page, box }));
    }
  }
  return line;
}

/**
 * One Font object per distinct font on a page, shared by its words and lines (a page has ~10, and
 * thousands of words). Keyed by the font's name (subsets of one font share it), then by size in hundredths of a point and the
 * small-caps bit: no key string is built per word.
 */
const fontCache = new Map<string | undefined, Map<number, Font>>();

function fontOf(raw: RawFont | undefined, size: number, smallCaps: boolean): Font {
  let bySize = fontCache.get(raw?.name);
  if (!bySize) fontCache.set(raw?.name, (bySize = new Map()));
  const key = Math.round(size * 100) * 2 + (smallCaps ? 1 : 0);
  const cached = bySize.get(key);
  if (cached) return cached;
  const font: Font = { size: round(size), points: round(size) };
  if (raw) {
    font.name = raw.name;
    font.bold = raw.bold;
    font.italic = raw.italic;
  }
  if (smallCaps || raw?.smallCaps) font.smallCaps = true;
  bySize.set(key, font);
  return font;
}

/** The font with the most characters in the block's lines (line fonts are the shared objects of fontOf). */
function dominantFont(lines: readonly Line[]): Font | undefined {
  const counts = new Map<Font, { font: Font; n: number }>();
  for (const l of lines) {
    if (!l.font) continue;
    const e = counts.get(l.font) ?? { font: l.font, n: 0 };
    e.n += l.text.length;
    counts.set(l.font, e);
  }
  let best: { font: Font; n: number } | undefined;
  for (const e of counts.values()) if (!best || e.n > best.n) best = e;
  return best ? { ...best.font } : undefined;
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}

export function roundBox(b: Box): Box {
  return { x0: round(b.x0), y0: round(b.y0), x1: round(b.x1), y1: round(b.y1) };
}
