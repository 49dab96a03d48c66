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
  // replaced (one scan; text without them comes back as it was). Most paragraphs have none (lines
  // joined by single spaces): a character scan finds that without the regex, which decides otherwise.
  return (hasOtherSpace(s) ? s.replace(NOT_ONE_SPACE, ' ') : s).trim();
}

/** Does the text hold what NOT_ONE_SPACE matches: two white-space characters in a row, or one other than a space? */
function hasOtherSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (i + 1 < s.length && isSpaceCode(s.charCodeAt(i + 1))) return true;
    } else if (isSpaceCode(c)) return true;
  }
  return false;
}

/** White space as the regex `\s` knows it (ASCII tab to carriage return and space, the Unicode space separators, line and paragraph separators, BOM). */
function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A run of white space other than a single space: doubled, tabs, line breaks, no-break spaces. */
const NOT_ONE_SPACE = /\s{2,}|[^\S ]/g;
