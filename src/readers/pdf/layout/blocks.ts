/**
 * Column chunk → blocks: split a chunk where a new paragraph or a new kind of
 * text begins:
 * - the type changes: size (ratio over BLOCK_SIZE_RATIO, both overall and
 *   where the text breaks: last word to first word), or a line wholly
 *   bold / italic after one that is not (or the reverse): subheads, bylines;
 * - a blank gap: the baseline distance exceeds the chunk's usual leading by
 *   PARAGRAPH_GAP_RATIO;
 * - a first-line indent in a left-aligned chunk;
 * - the previous line ended early: in justified text, short by more than
 *   SHORT_LINE_EM; in ragged text, so short that the next line's first word
 *   would have fitted, and ending a sentence or clause (TeX's ragged-right
 *   breaks early inside sentences too: dev001 `What also should not be lost`
 *   leaves room for the next `in`). A line ending in a hyphen never ends a
 *   paragraph;
 * - a list item set on its own line (isListItem);
 * - a speaker's turn in an interview set in question-and-answer form (`Wikinews: …`,
 *   `Jack Herrick: …`) after a line that ends a sentence: each turn is a paragraph
 *   (SPEAKER, the same pattern the text-layer split uses).
 */
import type { RawFont } from '../protocol.js';
import { SENTENCE_END, SPEAKER } from '../../../transforms/classify/patterns.js';
import { boxOf, leadSize, sizesDiffer, tailSize, type PBlock, type PLine } from './types.js';

export const BLOCK_SIZE_RATIO = 1.1;
/** A line counts as bold/italic when this share of its characters is; as not, below NOT_STYLED_SHARE. */
export const STYLED_SHARE = 0.8;
export const NOT_STYLED_SHARE = 0.5;
/** Baseline distance over this × the chunk's median leading is a blank gap (a paragraph space is ≥ 1.4×). */
export const PARAGRAPH_GAP_RATIO = 1.3;
/** First-line indents are between these (em): 1 em is usual; 4 em is a centred line, not an indent. */
export const INDENT_MIN_EM = 0.6;
export const INDENT_MAX_EM = 4;
/** In a left-aligned chunk this share of lines starts at the left edge (± LEFT_EDGE_EM). */
export const LEFT_ALIGNED_SHARE = 0.6;
export const LEFT_EDGE_EM = 0.3;
/** A chunk is justified when this share of its lines (but the last) ends at the right edge (± RIGHT_EDGE_EM). */
export const JUSTIFIED_SHARE = 0.6;
export const RIGHT_EDGE_EM = 0.5;
/** In justified text, a line short of the right edge by more than this (em) ends a paragraph. */
export const SHORT_LINE_EM = 1.0;
/**
 * Exactly justified text: this share of the lines (but the last) ends within EXACT_EDGE_PT of the
 * right edge (TeX and browsers stretch every line but a paragraph's last to the measure to the
 * hundredth of a point). There a line short by more than EXACT_SHORT_EM that ends a sentence or
 * clause is a paragraph's last line (dev010 `… storefronts.` short by 0.36 em, dev011 `… learn
 * more.` 0.75 em); a line ending mid-clause still needs SHORT_LINE_EM.
 */
export const EXACT_EDGE_PT = 0.3;
export const EXACT_SHORT_EM = 0.25;
/** A ragged line leaving this share of the measure empty ends a paragraph even without a full stop (`… milestone was met]`). */
export const RAGGED_EMPTY_SHARE = 0.4;
/** A list item line fills at most this share of the column (ragged prose lines fill 0.8–1). */
export const LIST_ITEM_SHARE = 0.9;
/** Width of a word space in the fit test (em), and the slack left at the right edge. */
export const SPACE_EM = 0.3;
export const FIT_SLACK_EM = 0.3;

/** The end of a sentence or clause, with closing quotes or brackets, and a citation such as `[11]` after it. */
const CLAUSE_END = /[.!?:;…]["'”’»)\]]*(?:\s*\[[\d\s,–—-]+\])?$/u;
/** A line-end hyphen: ASCII, soft, Unicode hyphen (a dash at the line end can end a paragraph). */
const LINE_END_HYPHEN = /[-\u00AD\u2010\u2011]$/u;

export interface BlockSplitOptions {
  fonts: readonly RawFont[];
  /** The right edge of the column the chunk is in, when other chunks of that column show it wider than this chunk's lines. */
  columnRight?: number;
  /** Lines indented only because a drop cap stands beside them. */
  exemptIndent?: ReadonlySet<PLine>;
  /**
   * The glyphs are a text dump's character cells (RawPage.cellGrid): a line's length is a count of
   * characters, not a width in print, so where a line ends says nothing about a paragraph's end here
   * (a justified line of wide letters ends cells before one of narrow letters). Those decisions are
   * left to the text rules, which measure lines in characters (reflow/boundaries.ts).
   */
  cellGrid?: boolean;
}

export function splitChunk(chunk: PBlock, options: BlockSplitOptions): PBlock[] {
  const lines = [...chunk.lines].sort((a, b) => a.base - b.base);
  if (lines.length <= 1) return [{ lines, box: boxOf(lines) }];
  const stats = chunkStats(lines, options.columnRight);
  const blocks: PBlock[] = [];
  let current: PLine[] = [lines[0]!];
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!;
    const line = lines[i]!;
    if (startsBlock(prev, line, stats, options)) {
      blocks.push({ lines: current, box: boxOf(current) });
      current = [];
    }
    current.push(line);
  }
  blocks.push({ lines: current, box: boxOf(current) });
  return blocks;
}

interface ChunkStats {
  left: number;
  right: number;
  leading: number | null;
  leftAligned: boolean;
  justified: boolean;
  /** Justified to the point: see EXACT_EDGE_PT. */
  exact: boolean;
}

function chunkStats(lines: readonly PLine[], columnRight?: number): ChunkStats {
  const em = median(lines.map((l) => l.size)) || 1;
  const left = mode(lines.map((l) => l.x0), 0.5);
  const right = Math.max(...lines.map((l) => l.x1), columnRight ?? -Infinity);
  const deltas: number[] = [];
  for (let i = 1; i < lines.length; i++) deltas.push(lines[i]!.base - lines[i - 1]!.base);
  const leftAligned = lines.filter((l) => Math.abs(l.x0 - left) <= LEFT_EDGE_EM * em).length >= LEFT_ALIGNED_SHARE * lines.length;
  const body = lines.slice(0, -1);
  const justified = body.length >= 2 && body.filter((l) => right - l.x1 <= RIGHT_EDGE_EM * em).length >= JUSTIFIED_SHARE * body.length;
  const exact = justified && body.filter((l) => right - l.x1 <= EXACT_EDGE_PT).length >= JUSTIFIED_SHARE * body.length;
  return { left, right, leading: deltas.length >= 2 ? median(deltas) : null, leftAligned, justified, exact };
}

function startsBlock(prev: PLine, line: PLine, s: ChunkStats, o: BlockSplitOptions): boolean {
  const em = Math.max(Math.min(prev.size, line.size), 1);
  if (sizesDiffer(prev.size, line.size, BLOCK_SIZE_RATIO) && sizesDiffer(tailSize(prev), leadSize(line), BLOCK_SIZE_RATIO)) return true;
  const sp = styleOf(prev, o.fonts);
  const sl = styleOf(line, o.fonts);
  if ((styleChange(sp.bold, sl.bold) || styleChange(sp.italic, sl.italic)) && !flowsOn(prev, line, o.fonts)) return true;
  if (s.leading !== null && line.base - prev.base > PARAGRAPH_GAP_RATIO * s.leading) return true;
  const indent = line.x0 - s.left;
  if (s.leftAligned && indent >= INDENT_MIN_EM * em && indent <= INDENT_MAX_EM * em && !o.exemptIndent?.has(line)) return true;
  const lastWord = prev.words[prev.words.length - 1]?.text ?? '';
  if (LINE_END_HYPHEN.test(lastWord)) return false;
  if (o.cellGrid) return SENTENCE_END.test(lastWord) && SPEAKER.test(line.words.map((w) => w.text).join(' '));
  const shortBy = s.right - prev.x1;
  if (isListItem(prev, line, s)) return true;
  if (SENTENCE_END.test(lastWord) && SPEAKER.test(line.words.map((w) => w.text).join(' '))) return true;
  if (s.exact && shortBy > EXACT_SHORT_EM * em && CLAUSE_END.test(prev.words.map((w) => w.text).join(' '))) return true;
  if (s.justified) return shortBy > SHORT_LINE_EM * em;
  const first = line.words[0];
  if (!first) return false;
  const measure = s.right - s.left;
  if (!CLAUSE_END.test(prev.words.map((w) => w.text).join(' ')) && shortBy < RAGGED_EMPTY_SHARE * measure) return false;
  return shortBy - FIT_SLACK_EM * em >= SPACE_EM * em + (first.x1 - first.x0);
}

/**
 * Items of a list set one a line (`…the following options:` `race /
 * ancestry / skin color;` `gender;` … `and other.`): an item ends in a
 * semicolon (the last one in a full stop, after an item), has no semicolon
 * inside, does not fill the column, and follows a line ending in a colon
 * (the first item) or a semicolon. Not counted: a colon before a sentence
 * (`Image:` `David Titley.`), a semicolon list run on in a line
 * (`… DKK;` `Depth: 2m; Speed: 3 knots.`).
 */
function isListItem(prev: PLine, line: PLine, s: ChunkStats): boolean {
  const measure = s.right - s.left;
  if (measure <= 0 || line.x1 - s.left > LIST_ITEM_SHARE * measure) return false;
  const text = (l: PLine): string => l.words.map((w) => w.text).join(' ');
  const item = text(line);
  const lead = text(prev);
  if (item.slice(0, -1).includes(';')) return false;
  if (ITEM_END.test(item)) return LIST_LEAD.test(lead);
  return LAST_ITEM_END.test(item) && ITEM_END.test(lead);
}

/** A list item ends in a semicolon; the last one in a full stop. The line before the first ends in a colon. */
const ITEM_END = /;["'”’)\]]*$/u;
const LAST_ITEM_END = /\.["'”’)\]]*$/u;
const LIST_LEAD = /[:;]["'”’)\]]*$/u;

/** The last word of a line and the first of the next are in the same font: the text flows on across the break. */
function flowsOn(prev: PLine, line: PLine, fonts: readonly RawFont[]): boolean {
  const a = prev.words[prev.words.length - 1];
  const b = line.words[0];
  if (!a || !b) return false;
  const fa = fonts[a.font];
  const fb = fonts[b.font];
  return !!fa && !!fb && fa.bold === fb.bold && fa.italic === fb.italic && !sizesDiffer(a.size, b.size, BLOCK_SIZE_RATIO);
}

function styleChange(a: number, b: number): boolean {
  return (a >= STYLED_SHARE && b < NOT_STYLED_SHARE) || (a < NOT_STYLED_SHARE && b >= STYLED_SHARE);
}

/** Share of a line's characters in bold and in italic type. */
export function styleOf(line: PLine, fonts: readonly RawFont[]): { bold: number; italic: number } {
  let n = 0;
  let bold = 0;
  let italic = 0;
  for (const w of line.words) {
    for (const g of w.glyphs) {
      const f = fonts[g.font];
      const k = g.text.length;
      n += k;
      if (f?.bold) bold += k;
      if (f?.italic) italic += k;
    }
  }
  return n ? { bold: bold / n, italic: italic / n } : { bold: 0, italic: 0 };
}

export function median(values: readonly number[]): number {
  if (!values.length) return 0;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The most common value, values within `tolerance` counted together (smallest such value returned). */
export function mode(values: readonly number[], tolerance: number): number {
  const s = [...values].sort((a, b) => a - b);
  let best = s[0] ?? 0;
  let bestCount = 0;
  let j = 0;
  for (let i = 0; i < s.length; i++) {
    while (s[i]! - s[j]! > tolerance) j++;
    const count = i - j + 1;
    if (count > bestCount) {
      bestCount = count;
      best = s[j]!;
    }
  }
  return best;
}
