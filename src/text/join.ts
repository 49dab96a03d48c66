/**
 * Turn lines into running text, applying each line's `join` decision
 * (set by the dehyphenate transform). The one place where a line-end hyphen is
 * dropped, kept or turned into a dash.
 */
import type { Line } from '../model/types.js';
import { EM_DASH } from './chars.js';

/** Text of a run of lines as one paragraph: decisions applied, white space collapsed. */
export function joinLines(lines: readonly Line[]): string {
  let out = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.text.trim();
    const isLast = i === lines.length - 1;
    if (isLast) {
      out += text;
      break;
    }
    out += joinSeparator(line, text);
  }
  return collapseSpaces(out);
}

/** The line's text with its continuation into the next line applied. */
export function joinSeparator(line: Line, text = line.text.trim()): string {
  switch (line.join ?? 'space') {
    case 'join':
      return text.endsWith('-') ? text.slice(0, -1) : text;
    case 'hyphen':
      return text;
    case 'dash':
      return `${text.endsWith('-') ? text.slice(0, -1).trimEnd() : text} ${EM_DASH} `;
    case 'space':
      return `${text} `;
  }
}

export function collapseSpaces(s: string): string {
  // Every run of white space becomes one space: only the runs that are not one space already are
  // replaced. Nearly every paragraph has none (on the dev pages 4% of joins change anything), and
  // asking first whether there is one is faster than the replacing scan that finds none (about
  // 15% of collapseSpaces' time on the dev paragraphs: the question's two alternatives start
  // with a single character each).
  return NEEDS_COLLAPSE.test(s) ? s.replace(NOT_ONE_SPACE, ' ').trim() : s.trim();
}

/** A run of white space other than a single space: doubled, tabs, line breaks, no-break spaces. */
const NOT_ONE_SPACE = /\s{2,}|[^\S ]/g;
/**
 * Some run for NOT_ONE_SPACE to replace: white space other than a space, or two spaces. (A run of two
 * or more white-space characters holds one of them: two spaces, or a character that is not a space.)
 */
const NEEDS_COLLAPSE = /[^\S ]| {2}/;
