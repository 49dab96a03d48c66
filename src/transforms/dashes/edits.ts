/**
 * In-line edits of a line's text: each rule proposes replacements of a range of
 * `line.text` (indices into the text as it was when the transform started); they
 * are applied right to left so the indices stay true, and each becomes a Message
 * whose column is that of the dash in the source line.
 */
import type { Line, Point, Source } from '../../model/types.js';
import { lineWords } from '../../model/words.js';
import type { Message, Severity } from '../../model/messages.js';
import { EM_DASH } from '../../text/chars.js';
import { normaliseLine } from '../../text/normalise.js';

export interface Edit {
  /** Replaced range of `line.text`, end exclusive. */
  start: number;
  end: number;
  replacement: string;
  /** Index in `line.text` of the dash or hyphen itself (for the message's column). */
  at: number;
  rule: string;
  severity: Severity;
  text: string;
  before: string;
  after: string;
  confidence: number;
}

/** The spaced dash Galley writes. */
export const SPACED_DASH = ` ${EM_DASH} `;

/** Opening brackets and quotes: no space between one and a dash that follows it (`(—`). */
const OPENING = /[(\[{“‘«„]/u;
/** Closing brackets, quotes and punctuation: no space between a dash and one (`—”`, `—,`). */
const CLOSING = /[)\]}”’»,.;:!?]/u;
/** Straight quotes open or close depending on what stands on their other side. */
const STRAIGHT = /["']/u;

/**
 * The replacement for a dash occupying `text[start, end)` (the dash and any white space
 * around it): a space on each side, except at the line's edges, after an opening
 * bracket or quote, and before a closing one or other punctuation.
 */
export function spacedDash(text: string, start: number, end: number): string {
  const before = start > 0 ? text[start - 1]! : '';
  const after = end < text.length ? text[end]! : '';
  const opensBefore = OPENING.test(before) || (STRAIGHT.test(before) && (start < 2 || /\s/u.test(text[start - 2]!)));
  const closesAfter = CLOSING.test(after) || (STRAIGHT.test(after) && (end + 1 >= text.length || /\s/u.test(text[end + 1]!)));
  const left = before === '' || opensBefore ? '' : ' ';
  const right = after === '' || closesAfter ? '' : ' ';
  return `${left}${EM_DASH}${right}`;
}

/** Widen `[at, at+len)` over the white space on both sides. */
export function widenOverSpaces(text: string, at: number, len: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  let end = at + len;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  return { start, end };
}

/** The edits to apply, in order: any edit overlapping an earlier-starting one is dropped. */
export function selectEdits(edits: readonly Edit[]): Edit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const kept: Edit[] = [];
  let lastEnd = -1;
  for (const e of sorted) {
    if (e.start < lastEnd) continue;
    kept.push(e);
    lastEnd = e.end;
  }
  return kept;
}

/** Apply non-overlapping edits (from `selectEdits`, in order) to a line's text, in one pass. */
export function applyEdits(line: Line, edits: readonly Edit[]): void {
  const text = line.text;
  const parts: string[] = [];
  let at = 0;
  for (const e of edits) {
    parts.push(text.slice(at, e.start), e.replacement);
    at = e.end;
  }
  parts.push(text.slice(at));
  line.text = parts.join('');
}

/** Per line, the original index of each text index (only for lines whose normalisation changed lengths). */
const INDEX_MAPS = new WeakMap<Line, { text: string; map: Int32Array | null }>();

/**
 * Map an index in `line.text` back to a 0-based index in `line.original`: the reader's
 * normalisation (ligatures, invisible characters) can change lengths, so it is replayed
 * (once per line). When the text was already changed by an earlier transform, the index
 * is used as is.
 */
export function originalIndex(line: Line, index: number): number {
  if (line.text.length === line.original.length) return index;
  let entry = INDEX_MAPS.get(line);
  if (!entry || entry.text !== line.text) {
    entry = { text: line.text, map: indexMap(line) };
    INDEX_MAPS.set(line, entry);
  }
  if (!entry.map) return Math.min(index, Math.max(0, line.original.length - 1));
  return entry.map[Math.min(index, entry.map.length - 1)] ?? index;
}

function indexMap(line: Line): Int32Array | null {
  const n = normaliseLine(line.original);
  if (n.text !== line.text) return null;
  const map = new Int32Array(line.text.length + 1);
  const changes = new Map(n.changes.map((c) => [c.index, c]));
  let textPos = 0;
  for (let origPos = 0; origPos < line.original.length && textPos < map.length; origPos++) {
    const c = changes.get(origPos);
    const width = c ? c.to.length : 1;
    for (let k = 0; k < width && textPos < map.length; k++) map[textPos++] = origPos;
  }
  while (textPos < map.length) map[textPos++] = line.original.length;
  return map;
}

/** The source of the character at `index` of `line.text`. */
export function sourceAt(line: Line, index: number): Source {
  const span = line.source.span;
  if (!span) return wordSource(line, index) ?? { ...line.source };
  const i = originalIndex(line, index);
  const start: Point = { line: span.start.line, column: span.start.column + i, offset: span.start.offset + i };
  const end: Point = { line: start.line, column: start.column + 1, offset: start.offset + 1 };
  return { page: line.source.page, span: { start, end }, ...(line.source.id ? { id: line.source.id } : {}) };
}

/**
 * OCR and PDF lines have no text span but words with boxes (the line's text is its
 * words joined by single spaces): the source of the word holding `index`, when the
 * text still is that join.
 */
function wordSource(line: Line, index: number): Source | undefined {
  const words = lineWords(line);
  if (!words || words.length === 0 || words.map((w) => w.text).join(' ') !== line.text) return undefined;
  let pos = 0;
  for (const w of words) {
    if (index < pos + w.text.length) {
      if (!w.box) return undefined;
      const id = w.id ?? line.source.id;
      return { page: line.source.page, box: w.box, ...(id ? { id } : {}) };
    }
    pos += w.text.length + 1;
  }
  return undefined;
}

/** The message recording one edit (call before applying it: the column is read from the unedited text). */
export function editMessage(line: Line, e: Edit): Message {
  return {
    rule: e.rule,
    severity: e.severity,
    text: e.text,
    source: sourceAt(line, e.at),
    before: e.before,
    after: e.after,
    confidence: e.confidence,
  };
}
