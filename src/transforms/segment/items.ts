/**
 * Item heads: the short line, set centred over its column, that heads each
 * short item of a page of many items (news paragraphs, notices, classified
 * advertisements): "EUROPEAN HOTEL.", "SPECIAL NOTICES.", "The Wire Trial.".
 * A classifier that looks at the text alone sees a subhead or a one-line
 * paragraph in body type; the page geometry says more: the line is indented
 * on both sides by about the same amount, inside a column whose body lines
 * run from edge to edge, and it is in capitals or in title case (or in larger
 * type than the page's body). Such a line opens an item of its own (segment).
 *
 * Evidence that holds on any printed page with boxes (OCR, PDF); on text
 * without boxes nothing is found. A subhead inside a story is set flush left
 * (or bold) in modern papers and in running text, not centred alone.
 */
import type { Block, Box, Line, Page } from '../../model/types.js';
import { joinLines } from '../../text/join.js';

/** A head is at most this many lines ... */
export const ITEM_HEAD_MAX_LINES = 2;
/** ... and words (historic item heads: one to eight words; a two-line head a dozen). */
export const ITEM_HEAD_MAX_WORDS = 12;
/** Indent on each side of a centred line, at least this share of the column width (a full line has none). */
export const CENTRE_MIN_INDENT = 0.06;
/** Left and right indents of a centred line differ by at most this share of the column width (OCR boxes are ragged). */
export const CENTRE_TOLERANCE = 0.12;
/** Body blocks looked at on each side of a candidate to find its column's edges. */
export const COLUMN_NEIGHBOURS = 4;
/** A neighbour is in the candidate's column when it overlaps this share of the candidate's width. */
export const COLUMN_OVERLAP = 0.8;
/** Title case: at least this share of the words of 4+ letters start with a capital. */
export const TITLE_CASE_SHARE = 0.7;
/** A deck under an item head is at most this many lines. */
export const DECK_MAX_LINES = 4;
/** A hanging indent is at least this share of the column width (an em or so). */
export const HANGING_INDENT = 0.025;
/** Larger type: the line's size against the page's median line size. */
export const LARGER_TYPE = 1.25;

/** A page is a page of items when at least this many heads are found (a lone centred line is no evidence of a layout). */
export const ITEM_PAGE_MIN_HEADS = 3;
/** Heads printed one under another join into one headline up to this many words; more is a subhead under it. */
export const ITEM_HEADLINE_MAX_WORDS = 16;

const BODY_KINDS = new Set(['paragraph', 'text']);
/** Kinds a text-only classifier gives an item head set in body type. */
const HEAD_KINDS = new Set(['subhead', 'paragraph', 'text', 'kicker', 'dateline']);

/** The item heads of a page, each with why (for the message); none unless the page has ITEM_PAGE_MIN_HEADS centred ones. */
export function itemHeads(page: Page): Map<Block, string> {
  const out = new Map<Block, string>();
  const blocks = page.blocks;
  // The page's body size, counted once and only when a candidate gets that far (text input never does).
  let bodySize: number | null | undefined;
  const size = (): number | null => (bodySize === undefined ? (bodySize = medianLineSize(page)) : bodySize);
  blocks.forEach((b, i) => {
    if (!HEAD_KINDS.has(b.kind) || !b.box || b.lines.length === 0 || b.lines.length > ITEM_HEAD_MAX_LINES) return;
    const text = joinLines(b.lines).trim();
    const words = text.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
    if (words.length === 0 || words.length > ITEM_HEAD_MAX_WORDS || !/^[^\p{L}]*\p{Lu}/u.test(text)) return;
    const col = columnOf(blocks, i);
    if (!col) return;
    // One line centred; or a head of two lines, the first filling the measure, the last centred under it.
    const last = b.lines[b.lines.length - 1]!;
    // (Two lines right under a head are its deck: itemDecks.)
    if (b.lines.length > 1 && i > 0 && out.has(blocks[i - 1]!)) return;
    const centred = b.lines.length === 1 ? isCentred(last.box ?? b.box!, col) : last.box !== undefined && isCentred(last.box, col);
    if (!centred) return;
    const shape = headShape(words, b.lines, size);
    if (shape) out.set(b, `"${text}" set centred in its column, ${shape}`);
  });
  if (out.size < ITEM_PAGE_MIN_HEADS) return new Map();
  // On a page of items, a heading in capitals set flush left (after a large initial) heads an item too.
  for (const b of blocks) {
    if (out.has(b) || b.kind !== 'subhead' || b.lines.length > ITEM_HEAD_MAX_LINES) continue;
    const text = joinLines(b.lines).trim();
    const words = text.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
    const letters = words.join('').replace(/[^\p{L}]/gu, '');
    if (words.length >= 2 && words.length <= ITEM_HEAD_MAX_WORDS && letters.length >= 6 && letters === letters.toUpperCase()) {
      out.set(b, `"${text}", a heading in capitals on a page of items`);
    }
  }
  return out;
}

/**
 * Decks under item heads: the block right after a head, of two to DECK_MAX_LINES lines, whose
 * last line is set centred (a body paragraph's last line starts flush left), e.g. "March of the
 * Paraguayan Army—Terrible / Tempest off Montevideo.", or set with a hanging indent (a paragraph
 * indents its first line, a deck the lines after it).
 */
export function itemDecks(page: Page, heads: ReadonlyMap<Block, string>): Map<Block, string> {
  const out = new Map<Block, string>();
  const blocks = page.blocks;
  blocks.forEach((b, i) => {
    if (i === 0 || !heads.has(blocks[i - 1]!) || heads.has(b) || !BODY_KINDS.has(b.kind)) return;
    if (b.lines.length < 2 || b.lines.length > DECK_MAX_LINES) return;
    const last = b.lines[b.lines.length - 1]!;
    const col = columnOf(blocks, i);
    if (!col || !last.box) return;
    const text = joinLines(b.lines).trim();
    if (isCentred(last.box, col)) out.set(b, `"${text}" under an item head, its last line set centred`);
    else if (hangs(b.lines, col)) out.set(b, `"${text}" under an item head, set with a hanging indent`);
  });
  return out;
}

/** Capitals, title case or larger type; null for a centred line of running text (an address, a cast list). */
function headShape(words: string[], lines: Line[], bodySize: () => number | null): string | null {
  const letters = words.join('').replace(/[^\p{L}]/gu, '');
  if (letters.length >= 3 && letters === letters.toUpperCase()) return 'in capitals';
  // Title case alone is also a modern centred subhead ("Interview"); the item head closes with a full stop.
  const long = words.filter((w) => w.replace(/[^\p{L}]/gu, '').length >= 4);
  const title = long.length > 0 && long.filter((w) => /^[^\p{L}]*\p{Lu}/u.test(w)).length / long.length >= TITLE_CASE_SHARE;
  if (title && /\p{L}\.["'’”]?$/u.test(words[words.length - 1]!)) return 'in title case, ending with a full stop';
  const size = lines.reduce((m, l) => Math.max(m, lineSize(l) ?? 0), 0);
  const body = bodySize();
  if (body && size >= body * LARGER_TYPE) return 'in larger type';
  return null;
}

/** Hanging indent: every line after the first starts HANGING_INDENT or more right of the first (a paragraph indents its first line instead). */
function hangs(lines: Line[], col: { x0: number; x1: number }): boolean {
  const first = lines[0]!.box;
  if (!first) return false;
  const min = HANGING_INDENT * (col.x1 - col.x0);
  return lines.slice(1).every((l) => l.box !== undefined && l.box.x0 - first.x0 >= min);
}

function isCentred(line: Box, col: { x0: number; x1: number }): boolean {
  const width = col.x1 - col.x0;
  if (width <= 0) return false;
  const left = (line.x0 - col.x0) / width;
  const right = (col.x1 - line.x1) / width;
  return left >= CENTRE_MIN_INDENT && right >= CENTRE_MIN_INDENT && Math.abs(left - right) <= CENTRE_TOLERANCE;
}

/** The column around block i: the median edges of the body blocks near it that overlap it. */
function columnOf(blocks: Block[], i: number): { x0: number; x1: number } | null {
  const b = blocks[i]!.box!;
  const x0s: number[] = [];
  const x1s: number[] = [];
  for (let k = Math.max(0, i - COLUMN_NEIGHBOURS); k <= Math.min(blocks.length - 1, i + COLUMN_NEIGHBOURS); k++) {
    const n = blocks[k]!;
    if (k === i || !BODY_KINDS.has(n.kind) || !n.box || n.lines.length < 3) continue;
    const overlap = Math.min(b.x1, n.box.x1) - Math.max(b.x0, n.box.x0);
    if (overlap < COLUMN_OVERLAP * (b.x1 - b.x0)) continue;
    // A body block narrower than the head is no column for it.
    if (n.box.x1 - n.box.x0 < b.x1 - b.x0) continue;
    x0s.push(n.box.x0);
    x1s.push(n.box.x1);
  }
  if (x0s.length === 0) return null;
  return { x0: median(x0s), x1: median(x1s) };
}

function lineSize(l: Line): number | null {
  return l.font?.size ?? l.font?.points ?? null;
}

function medianLineSize(page: Page): number | null {
  const sizes = page.blocks.flatMap((b) => b.lines.map(lineSize)).filter((s): s is number => s !== null);
  return sizes.length ? median(sizes) : null;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/**
 * Insertion codes: 19th-century papers print at the end of a paid notice when it was first set
 * and how long it runs (`se 18-tf` "till forbid", `my 16-eodly` "every other day for a year",
 * `mh 31-6m`, `au 12 tf`): a month abbreviation, a day, a term. An item that carries one is an
 * advertisement; a news item never does.
 *
 * All three parts are required, and the code must close its printed line (`Agents. my 16-eodly`)
 * or open it (`mar S3 ly` with the advertiser's address set to its right on the same line): a
 * code in the middle of running text is no code. OCR joins several adverts into one block, so the
 * line, not the item, is what ends with the code. Modern text that looks like a code is not one:
 * `my 5m pace`, `no 2m`, `ap 12m`, `de 1t`, `se 1y` have no day, a lone `tf` no month.
 */
/** Month abbreviations as printers set them in codes (two letters, or the usual three). */
const CODE_MONTH = '(?:ja|jan|fe|feb|mh|mar|ap|apr|my|je|jun|jy|jul|au|aug|se|sep|oc|oct|no|nov|de|dec)';
/** The day: 1–31 in figures, or one or two figures OCR read partly as letters (`jeS`, `selS`, `S3`). */
const CODE_DAY = '(?:3[01]|[12]\\d|0?[1-9]|[SlIoO][\\dSlIoO]?|\\d[SlIoO])';
/** The term: till forbid, every other day (for a year, `eodly`), a year, months (`6m`), times (`3t`). */
const CODE_TERM = '(?:tf|eo\\w*|ly|1y|\\d{1,2}m\\*?|\\dt)';
/**
 * A whole code: month, day, a space or a dash, term; with "till forbid" (`tf`, whose two letters OCR
 * reads best) the small figure of the day may be read as any one character but a figure (`oc v. tf`).
 */
const CODE = `\\b${CODE_MONTH}(?:\\s?${CODE_DAY}(?:\\s?[-–]\\s?|\\s)${CODE_TERM}|\\s[^\\s\\d]\\.?\\s(?:tf))\\b`;
/** A code that closes its line (after a space or as the whole line), or opens it. */
export const INSERTION_CODE = new RegExp(`(?:^|\\s)(${CODE})[.,]?\\s*$|^\\s*(${CODE})(?=\\s|$)`, 'u');

/** The insertion code at the end or start of one printed line, or null. */
export function insertionCode(line: string): string | null {
  const m = INSERTION_CODE.exec(line);
  return m ? (m[1] ?? m[2])!.trim() : null;
}

