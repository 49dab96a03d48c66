/**
 * Evidence about one unit (a block after splitting): its lines' evidence
 * summed up, and its joined text. Rules read these, never the raw lines.
 */
import type { Block, Line, Page } from '../../model/types.js';
import { joinLines } from '../../text/join.js';
import { endsSentence, lineInfosCached, type LineInfo } from './features.js';

export interface UnitInfo {
  block: Block;
  index: number;
  lines: LineInfo[];
  /** The unit's text with line joins applied. */
  text: string;
  words: number;
  /** Largest and mean line length against the measure around the unit (spanRatio: above 1 when set across columns). */
  maxRatio: number;
  meanRatio: number;
  /** The last line's length against its own measure (below 1 for a paragraph's last line). */
  lastRatio: number;
  endsSentence: boolean;
  /** Ends in a hyphen, comma or an open word: the text goes on elsewhere. */
  endsOpen: boolean;
  startsLower: boolean;
  startsUpper: boolean;
  allCaps: boolean;
  /** Share of the words of 4+ letters that start with a capital. */
  capitalised: number;
  /** A blank line comes before the unit in the source (a text-box or column boundary). */
  gapBefore: boolean;
  /** Largest font size of its lines, when geometry gave one. */
  fontSize?: number;
}

const OPEN_END = /(?:\p{L}-|[,;:(\p{L}\p{N}])$/u;

/** Evidence for every block of a page, in order. */
export function unitInfos(page: Page): UnitInfo[] {
  const blocks = page.blocks;
  const infos = pageLineInfos(blocks);
  const out: UnitInfo[] = [];
  let k = 0;
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    const li = infos.slice(k, k + block.lines.length);
    k += block.lines.length;
    out.push(unitInfo(block, index, li));
  }
  return out;
}

/** Units longer than this are running text: their share of capitalised words is not counted. */
const CAPITALISED_MAX_WORDS = 40;

export function unitInfo(block: Block, index: number, lines: LineInfo[]): UnitInfo {
  const text = joinLines(block.lines);
  const trimmed = text.trim();
  let words = 0;
  for (const l of lines) words += l.words;
  // The share of capitalised words matters for short units only (mastheads, section names, headings).
  let long = 0;
  let caps = 0;
  if (words <= CAPITALISED_MAX_WORDS) {
    // Tokens between single spaces, as `split(' ')` gives them, without making the strings.
    for (let from = 0; from <= trimmed.length; ) {
      let to = trimmed.indexOf(' ', from);
      if (to < 0) to = trimmed.length;
      if (to - from >= 4 && hasCasedLetter(trimmed, from, to)) {
        long++;
        const c = trimmed[from]!;
        if (c !== c.toLowerCase()) caps++;
      }
      from = to + 1;
    }
  }
  let maxSpan = 0;
  let sumSpan = 0;
  let allCaps = lines.length > 0;
  for (const l of lines) {
    if (l.spanRatio > maxSpan) maxSpan = l.spanRatio;
    sumSpan += l.spanRatio;
    if (!l.allCaps && l.words > 0) allCaps = false;
  }
  const ends = endsSentence(trimmed);
  const info: UnitInfo = {
    block,
    index,
    lines,
    text: trimmed,
    words,
    maxRatio: maxSpan,
    lastRatio: lines[lines.length - 1]?.ratio ?? 0,
    meanRatio: sumSpan / Math.max(1, lines.length),
    endsSentence: ends,
    endsOpen: !ends && OPEN_END.test(trimmed.slice(-2)),
    startsLower: lines[0]?.startsLower ?? false,
    startsUpper: lines[0]?.startsUpper ?? false,
    allCaps,
    capitalised: long ? caps / long : 0,
    gapBefore: lines[0]?.gapBefore ?? false,
  };
  for (const l of lines) if (l.fontSize !== undefined) info.fontSize = Math.max(info.fontSize ?? 0, l.fontSize);
  return info;
}

/** Does text[from, to) hold a letter that has case (what `t.toLowerCase() !== t.toUpperCase()` asks)? */
function hasCasedLetter(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
    if (c >= 128) {
      // A character outside the BMP is two code units: test it whole.
      const ch = c >= 0xd800 && c <= 0xdbff ? text.slice(i, i + 2) : text[i]!;
      if (ch.toLowerCase() !== ch.toUpperCase()) return true;
    }
  }
  return false;
}

/** Is there a blank line (or more) between two blocks in the source text? (Halves of one split line have none.) */
/**
 * The evidence of every line of a page's blocks, in order, each block's first line marked as after a gap
 * where the source has one (sourceGap). One loop over the blocks: Array#flatMap and nested forEach cost
 * more than the rest of the callers' work.
 */
export function pageLineInfos(blocks: readonly Block[]): LineInfo[] {
  const { lines, gaps } = pageLineList(blocks, true);
  return lineInfosCached(lines, gaps);
}

/**
 * The lines of a page's blocks in order, and which of them come after a gap: each block's first line,
 * where the source has a blank line before the block (`bySource`: sourceGap) or always. The arrays are
 * made at their length (counted first), not grown line by line: growing copied them.
 */
export function pageLineList(blocks: readonly Block[], bySource: boolean): { lines: Line[]; gaps: boolean[] } {
  let n = 0;
  for (let bi = 0; bi < blocks.length; bi++) n += blocks[bi]!.lines.length;
  const lines = new Array<Line>(n);
  const gaps = new Array<boolean>(n);
  let k = 0;
  for (let bi = 0; bi < blocks.length; bi++) {
    const b = blocks[bi]!;
    for (let i = 0; i < b.lines.length; i++, k++) {
      lines[k] = b.lines[i]!;
      gaps[k] = i === 0 && (!bySource || bi === 0 || sourceGap(blocks[bi - 1]!, b));
    }
  }
  return { lines, gaps };
}

export function sourceGap(a: Block, b: Block): boolean {
  const ae = a.lines[a.lines.length - 1]?.source.span?.end.line;
  const bs = b.lines[0]?.source.span?.start.line;
  if (ae === undefined || bs === undefined) return true;
  return bs > ae + 1;
}

/**
 * Is unit b set right under unit a, as the next lines of one box? With boxes (PDF, OCR): b's first
 * line starts within a line height under a's last line (or overlaps it by at most half a line), at
 * the same left edge within a line height. Without boxes (text): no blank line between them.
 */
export function rightUnder(a: UnitInfo, b: UnitInfo): boolean {
  const last = a.block.lines[a.block.lines.length - 1]?.box;
  const first = b.block.lines[0]?.box;
  if (!last || !first) return !b.gapBefore;
  const h = last.y1 - last.y0;
  const gap = first.y0 - last.y1;
  return gap >= -0.5 * h && gap <= h && Math.abs(first.x0 - last.x0) <= h;
}
