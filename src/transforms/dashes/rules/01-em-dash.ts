/**
 * Rule 1, `dashes/space-em-dash`: a printed dash (the reader has already mapped en
 * dash, em dash, horizontal bar and figure dash to U+2014) is written as a spaced em
 * dash, whatever spacing was printed: `word—word`, `word —word`, `1635 – 29 November`.
 * Pure normalisation, so severity `info` and confidence 1. A run of two or more dashes
 * (a 2-em dash standing for omitted letters) is left alone.
 */
import type { Line } from '../../../model/types.js';
import { EM_DASH } from '../../../text/chars.js';
import { beforeAfter } from '../context.js';
import { spacedDash, widenOverSpaces, type Edit } from '../edits.js';

/** A single em dash, not part of a run of them. */
const LONE_EM_DASH = new RegExp(`(?<!${EM_DASH})${EM_DASH}(?!${EM_DASH})`, 'gu');

export function emDashEdits(line: Line): Edit[] {
  const text = line.text;
  if (!text.includes(EM_DASH)) return [];
  const edits: Edit[] = [];
  for (const m of text.matchAll(LONE_EM_DASH)) {
    const at = m.index;
    const { start, end } = widenOverSpaces(text, at, 1);
    const replacement = spacedDash(text, start, end);
    if (text.slice(start, end) === replacement) continue;
    edits.push({
      start,
      end,
      replacement,
      at,
      rule: 'dashes/space-em-dash',
      severity: 'info',
      text: 'dash spaced as an em dash with a space on each side',
      ...beforeAfter(text, start, end, replacement),
      confidence: 1,
    });
  }
  return edits;
}
