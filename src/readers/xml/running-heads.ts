/**
 * Running head and foot from page geometry, for OCR pages (ALTO, hOCR, images).
 *
 * OCR engines write blocks in their reading order, which puts the running
 * head's right-hand part (`The Times | Tuesday, May 2, 2017 18`) wherever
 * the column it sits above begins — after the whole first column, glued by the
 * structure transforms to the headline below it. Any printed page has the same
 * evidence for what its running head is: a row of lines alone at the very top
 * of the text area (nothing else beside or above it), set in small type (a
 * paper's name may be larger, a headline is larger still), holding a page number, a date or a web address. The same row at
 * the bottom is the running foot.
 *
 * Such a row's blocks and lines get `hint: 'running-head'` / `'running-foot'`
 * (evidence for the classifier, not a decision) and are moved to the start /
 * end of the page's blocks, where a running head is read; both are recorded
 * as a `reader/running-head` / `reader/running-foot` message with the evidence.
 */
import type { Block, Box, Line, OcrHint, Page } from '../../model/types.js';
import type { Message } from '../../model/messages.js';
import { DATE_IN_TEXT, WEEKDAY_WORD } from './dates.js';
import { maxOf, minOf } from './geometry.js';

/** The row lies within this share of the text area's height from its top (bottom): dev pages 3–5 %, a broadsheet with a two-line head under 8 %. */
export const RUNNING_BAND = 0.1;
/** A running-head block has at most this many lines (paper name over date, when stacked). */
export const RUNNING_MAX_LINES = 2;
/** Small type: the lines that hold the page number, date or address are at most this many times the page's median line height (running heads 0.8–1.3). */
export const RUNNING_MAX_HEIGHT = 1.5;
/** The paper's name beside them may be larger, up to this many times (dev2 pages: 2.0–2.4); headlines are 2.5–4 times it. */
export const RUNNING_MAX_NAME_HEIGHT = 2.5;
/** A running head (paper, date, section, folio) has about a dozen words; a row with more is text. */
export const RUNNING_MAX_WORDS = 20;
/** A row is only a band when the page has at least this many other blocks (a one-block page has no head to tell apart). */
export const RUNNING_MIN_OTHER_BLOCKS = 2;

/** A page number standing alone as a line's first or last word: `18`, `A7`, `B12`. */
const FOLIO_WORD = /^[A-Z]?\d{1,3}$/u;
/** `Page 4`, `PAGE 12`. */
const PAGE_N = /\bpage\s+[A-Z]?\d{1,3}\b/iu;
/**
 * A web address, as footers print them: `www.x.com`, `x.example`, `x.co.uk`. The address starts at
 * the first letter or digit of its run of `[\w-]` (the lookbehind: only hyphens back to the run's
 * start), as the leftmost match of `\b[\w-]+\.` did; that form also tried every `\b` inside the run,
 * each scanning to its end, so a line `a-a-a-…` of 40,000 characters took seconds (quadratic).
 */
const WEB_ADDRESS = /\bwww\.|\b(?<=(?:^|[^\w-])-*)[\w-]+\.(?:com|org|net|news|example|co\.uk|info)\b/iu;

type Edge = 'head' | 'foot';

/** Find the page's running head and foot rows; hint and move them, recording why. */
export function markRunningHeads(page: Page, messages: Message[]): void {
  for (const edge of ['head', 'foot'] as const) {
    const row = runningRow(page, edge);
    if (!row) continue;
    const hint: OcrHint = edge === 'head' ? 'running-head' : 'running-foot';
    const overridden = new Set<string>();
    for (const b of row.blocks) {
      if (b.hint && b.hint !== hint) overridden.add(b.hint);
      b.hint = hint;
      for (const l of b.lines) l.hint = hint;
    }
    const rest = page.blocks.filter((b) => !row.blocks.includes(b));
    const ordered = [...row.blocks].sort((a, b) => a.box!.x0 - b.box!.x0);
    const next = edge === 'head' ? [...ordered, ...rest] : [...rest, ...ordered];
    const moved = next.some((b, i) => b !== page.blocks[i]);
    page.blocks = next;
    const names = ordered.map((b) => `${b.source.id ? `${b.source.id} ` : ''}"${b.lines.map((l) => l.text).join(' / ')}"`).join(', ');
    messages.push({
      rule: `reader/running-${edge}`,
      severity: 'info',
      text:
        `running ${edge} (${names}): a row of small type alone at the ${edge === 'head' ? 'top' : 'bottom'} of the page with ${row.evidence}` +
        (overridden.size ? `; the OCR's own hint (${[...overridden].join(', ')}) replaced` : '') +
        (moved ? `; moved to the ${edge === 'head' ? 'start' : 'end'} of the page's reading order` : ''),
      source: { page: page.number, ...(row.box ? { box: row.box } : {}) },
      confidence: 0.9,
    });
  }
}

interface Row {
  blocks: Block[];
  box: Box | undefined;
  evidence: string;
}

/** The top (bottom) row of the page when it has the shape and content of a running head (foot). */
export function runningRow(page: Page, edge: Edge): Row | undefined {
  const blocks = page.blocks.filter((b) => b.box && b.lines.every((l) => l.box));
  if (blocks.length < RUNNING_MIN_OTHER_BLOCKS + 1) return undefined;
  const area = {
    top: minOf(blocks.map((b) => b.box!.y0)),
    bottom: maxOf(blocks.map((b) => b.box!.y1)),
  };
  const height = area.bottom - area.top;
  if (height <= 0) return undefined;
  const bodyHeight = median(blocks.flatMap((b) => b.lines.map((l) => l.box!.y1 - l.box!.y0)));
  // The line at the very edge sets the row: blocks whose edge line is level with it.
  const edgeLine = (b: Block): Box => (edge === 'head' ? b.lines[0]!.box! : b.lines[b.lines.length - 1]!.box!);
  const extreme = blocks
    .map(edgeLine)
    .reduce((a, b) => (edge === 'head' ? (b.y0 < a.y0 ? b : a) : b.y1 > a.y1 ? b : a));
  const level = (b: Block): boolean => {
    const mid = (edgeLine(b).y0 + edgeLine(b).y1) / 2;
    return edge === 'head' ? mid <= extreme.y1 : mid >= extreme.y0;
  };
  const row = blocks.filter(level);
  const others = page.blocks.filter((b) => !row.includes(b));
  if (others.length < RUNNING_MIN_OTHER_BLOCKS) return undefined;
  // Shape: few, small lines, within the band, and nothing else reaching into the row.
  const height_ = (l: Line): number => l.box!.y1 - l.box!.y0;
  for (const b of row) {
    if (b.lines.length > RUNNING_MAX_LINES) return undefined;
    if (b.lines.some((l) => height_(l) > RUNNING_MAX_NAME_HEIGHT * bodyHeight)) return undefined;
  }
  const rowTop = minOf(row.map((b) => b.box!.y0));
  const rowBottom = maxOf(row.map((b) => b.box!.y1));
  if (edge === 'head' ? rowBottom - area.top > RUNNING_BAND * height : area.bottom - rowTop > RUNNING_BAND * height) return undefined;
  for (const b of others) {
    if (!b.box) continue;
    if (edge === 'head' ? b.box.y0 < rowBottom : b.box.y1 > rowTop) return undefined;
  }
  const lines = row.flatMap((b) => b.lines);
  if (lines.reduce((n, l) => n + (l.words?.length ?? l.text.split(' ').length), 0) > RUNNING_MAX_WORDS) return undefined;
  const evidence = rowEvidence(lines.filter((l) => height_(l) <= RUNNING_MAX_HEIGHT * bodyHeight));
  if (!evidence) return undefined;
  return {
    blocks: row,
    box: { x0: minOf(row.map((b) => b.box!.x0)), y0: rowTop, x1: maxOf(row.map((b) => b.box!.x1)), y1: rowBottom },
    evidence,
  };
}

/** What marks the row as furniture: a page number, a date, a web address; null when none. */
export function rowEvidence(lines: readonly Line[]): string | null {
  const found: string[] = [];
  for (const l of lines) {
    const words = l.text.split(' ').filter((w) => w !== '');
    const ends = [words[0], words[words.length - 1]].filter((w): w is string => w !== undefined);
    const folio = ends.find((w) => FOLIO_WORD.test(w)) ?? PAGE_N.exec(l.text)?.[0];
    if (folio) found.push(`page number "${folio}"`);
    const date = DATE_IN_TEXT.exec(l.text)?.[0] ?? words.find((w) => WEEKDAY_WORD.test(w));
    if (date) found.push(`date "${date}"`);
    const web = WEB_ADDRESS.exec(l.text)?.[0];
    if (web) found.push(`web address "${web}"`);
  }
  return found.length ? found.join(', ') : null;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
}

/** Is the block a running head or foot (marked by markRunningHeads)? It has its own place and is no story text. */
export function isRunning(b: Block): boolean {
  return b.hint === 'running-head' || b.hint === 'running-foot';
}
