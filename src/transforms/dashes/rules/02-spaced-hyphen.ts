/**
 * Rule 2, `dashes/spaced-hyphen`: a hyphen with white space (or the line's edge) on
 * both sides is a dash, never part of a word: `the old rule - a custom`, `[1 - 3]`,
 * a line starting `- a photo` or ending `moment -`. Two or three hyphens in a row are
 * a typewriter dash wherever they stand (`May 19 -- Jens`, `word--word`). Four or more
 * are a drawn rule and are left alone, as is a line-end `x-` (the dehyphenation rule's).
 */
import type { Line } from '../../../model/types.js';
import { beforeAfter } from '../context.js';
import { spacedDash, widenOverSpaces, type Edit } from '../edits.js';

/** One hyphen standing alone between white space or line edges. */
const SPACED_HYPHEN = /(?<=^|\s)-(?=\s|$)/gu;
/** Two or three hyphens in a row, not part of a longer run. */
const DOUBLE_HYPHEN = /(?<!-)-{2,3}(?!-)/gu;

/** Confidence that a spaced hyphen is a dash: a hyphen with spaces round it joins nothing. */
export const SPACED_HYPHEN_CONFIDENCE = 0.98;

export function spacedHyphenEdits(line: Line): Edit[] {
  const text = line.text;
  const i = text.indexOf('-');
  if (i < 0) return [];
  const edits: Edit[] = [];
  // Cheap tests first: most lines with a hyphen hold only compounds.
  if (text.includes(' -') || text.includes('- ') || text === '-') {
    for (const m of text.matchAll(SPACED_HYPHEN)) addEdit(edits, line, m.index, 1, 'spaced hyphen read as a dash');
  }
  if (text.includes('--', i)) {
    for (const m of text.matchAll(DOUBLE_HYPHEN)) addEdit(edits, line, m.index, m[0].length, 'double hyphen read as a dash');
  }
  return edits;
}

function addEdit(edits: Edit[], line: Line, at: number, len: number, why: string): void {
  const text = line.text;
  // The line's own continuation was decided by dehyphenation: leave its last hyphen to it.
  if (at + len === text.length && line.join !== undefined && line.join !== 'space') return;
  const { start, end } = widenOverSpaces(text, at, len);
  const replacement = spacedDash(text, start, end);
  edits.push({
    start,
    end,
    replacement,
    at,
    rule: 'dashes/spaced-hyphen',
    severity: 'info',
    text: why,
    ...beforeAfter(text, start, end, replacement),
    confidence: SPACED_HYPHEN_CONFIDENCE,
  });
}
