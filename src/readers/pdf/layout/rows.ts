/**
 * Words → rows: words sharing a baseline across the whole page width, left
 * to right. A row still holds every column's words; ./lines.ts cuts it at
 * gutters. Raised or lowered small text (footnote markers, superscripts) is
 * put into the row it belongs to.
 */
import { BASELINE_TOLERANCE_EM, WORD_GAP_EM } from './words.js';
import type { PWord } from './types.js';

export interface Row {
  words: PWord[];
  base: number;
  /** Largest font size in the row. */
  size: number;
  y0: number;
  y1: number;
}

/** A row's baselines spread over at most this many em (its first and its latest word). */
export const ROW_SPREAD_EM = 0.5;
/** A row whose words are all at most this size relative to a neighbour may be its superscript or subscript. */
export const SUPERSCRIPT_SIZE_RATIO = 0.85;
/** Superscripts and footnote marks are short: at most this many words of at most this many characters. */
export const SCRIPT_MAX_WORDS = 3;
export const SCRIPT_MAX_CHARS = 4;
/** …and then it must touch a word of that row within this gap (em of the row's size), overlapping none. */
export const SUPERSCRIPT_GAP_EM = 0.3;

export function buildRows(words: readonly PWord[]): Row[] {
  const sorted = [...words].sort((a, b) => a.base - b.base || a.x0 - b.x0);
  const rows: Row[] = [];
  let row: Row | null = null;
  let lastBase = 0;
  for (const w of sorted) {
    // Near the row's latest baseline (sizes averaged: a 6 pt credit beside 7 pt caption text is one row),
    // and never spreading the row over more than half an em.
    const near = row && w.base - lastBase <= BASELINE_TOLERANCE_EM * ((w.size + row.size) / 2) && w.base - row.base <= ROW_SPREAD_EM * Math.min(w.size, row.size);
    if (row && near) {
      addToRow(row, w);
    } else {
      row = { words: [w], base: w.base, size: w.size, y0: w.y0, y1: w.y1 };
      rows.push(row);
    }
    lastBase = w.base;
  }
  const merged = mergeScripts(rows);
  for (const r of merged) r.words.sort((a, b) => a.x0 - b.x0);
  return merged;
}

function addToRow(row: Row, w: PWord): void {
  row.words.push(w);
  if (w.size > row.size) row.size = w.size;
  if (w.y0 < row.y0) row.y0 = w.y0;
  if (w.y1 > row.y1) row.y1 = w.y1;
}

/** Fold rows of small raised/lowered words into the neighbouring row they sit on. */
function mergeScripts(rows: Row[]): Row[] {
  const out: Row[] = [];
  const gone = new Set<Row>();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const target = [rows[i + 1], rows[i - 1]].find((n) => n && !gone.has(n) && isScriptOf(r, n));
    if (target) {
      for (const w of r.words) addToRow(target, w);
      gone.add(r);
    }
  }
  for (const r of rows) if (!gone.has(r)) out.push(r);
  return out;
}

function isScriptOf(r: Row, host: Row): boolean {
  if (r.words.length > SCRIPT_MAX_WORDS || r.words.some((w) => [...w.text].length > SCRIPT_MAX_CHARS)) return false;
  if (r.size > SUPERSCRIPT_SIZE_RATIO * host.size) return false;
  const mid = (r.y0 + r.y1) / 2;
  if (mid < host.y0 || mid > host.y1) return false;
  const reach = SUPERSCRIPT_GAP_EM * host.size + WORD_GAP_EM * host.size;
  return r.words.every(
    (w) =>
      !host.words.some((h) => Math.min(w.x1, h.x1) - Math.max(w.x0, h.x0) > 0.1) &&
      host.words.some((h) => (w.x0 >= h.x1 && w.x0 - h.x1 <= reach) || (h.x0 >= w.x1 && h.x0 - w.x1 <= reach)),
  );
}
