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
  // Fast path: most joined text has single spaces only.
  return MULTI_SPACE.test(s) ? s.replace(/\s+/g, ' ').trim() : s.trim();
}

/** White space other than single spaces: doubled, tabs, line breaks, no-break spaces. */
const MULTI_SPACE = /\s\s|[^\S ]/;
