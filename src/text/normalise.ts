/**
 * Character normalisation of one line of extracted text: the single place
 * where odd Unicode hyphens, dashes, spaces, ligatures and invisible
 * characters are mapped (see chars.ts for the tables and their sources).
 * Each change is returned so the caller can record it as a message.
 */
import type { Message } from '../model/messages.js';
import type { Source } from '../model/types.js';
import { DASHES, EM_DASH, HYPHENS, LIGATURES, SOFT_HYPHEN, SPACES, ZERO_WIDTH } from './chars.js';

export interface CharChange {
  /** 0-based index in the input line. */
  index: number;
  from: string;
  to: string;
  why: string;
}

export interface NormalisedLine {
  text: string;
  changes: CharChange[];
  /** The line ended in a soft hyphen: a certain line-break hyphen (written as `-`, to be joined). */
  softHyphenEnd: boolean;
}

const MAP: Map<string, { to: string; why: string }> = new Map();
for (const [ch, name] of Object.entries(HYPHENS)) MAP.set(ch, { to: '-', why: name });
for (const [ch, name] of Object.entries(DASHES)) if (ch !== EM_DASH) MAP.set(ch, { to: EM_DASH, why: name });
for (const [ch, name] of Object.entries(SPACES)) MAP.set(ch, { to: ' ', why: name });
for (const [ch, name] of Object.entries(ZERO_WIDTH)) MAP.set(ch, { to: '', why: name });
for (const [ch, letters] of Object.entries(LIGATURES)) MAP.set(ch, { to: letters, why: `ligature ${letters}` });

/** Any character the map or the soft-hyphen rule touches. */
const SPECIAL = new RegExp(`[${[...MAP.keys(), SOFT_HYPHEN].map(escapeClass).join('')}]`, 'u');

function escapeClass(ch: string): string {
  return ch === '\t' ? '\\t' : ch === '-' || ch === ']' || ch === '\\' || ch === '^' ? `\\${ch}` : ch;
}

/** Every offset in `text` of a character `normaliseLine` changes, in order (one scan of a whole text). */
export function specialOffsets(text: string): number[] {
  const out: number[] = [];
  const re = new RegExp(SPECIAL.source, 'gu');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(m.index);
  return out;
}

/** Does `text` hold a character `normaliseLine` changes? (Without one, a line is only trimmed at its end.) */
export function hasSpecial(text: string): boolean {
  return SPECIAL.test(text);
}

/** What `normaliseLine` gives for a line with no special character: the line, trailing white space removed. */
export function plainLine(line: string): NormalisedLine {
  return { text: line.trimEnd(), changes: [], softHyphenEnd: false };
}

/** White space (with NBSP and BOM) and ZERO WIDTH SPACE: what `normaliseLine` trims from a line's end. All are BMP characters. */
const TRAILING_BLANK = /[\s\u200B]/u;

/**
 * `line` without its trailing blanks (TRAILING_BLANK), found by a scan back
 * from the end. A regex `[\s…]+$` retried its match at every position of a
 * long inner run of blanks (a line of a million tabs before a letter took
 * minutes); this is linear.
 */
export function trimTrailingBlank(line: string): string {
  let end = line.length;
  while (end > 0 && TRAILING_BLANK.test(line[end - 1]!)) end--;
  return end === line.length ? line : line.slice(0, end);
}

/** Normalise one line (no newline characters inside). Trailing white space is removed. */
export function normaliseLine(line: string): NormalisedLine {
  if (!SPECIAL.test(line)) return plainLine(line);
  const trimmed = trimTrailingBlank(line);
  const changes: CharChange[] = [];
  let out = '';
  let softHyphenEnd = false;
  for (let i = 0; i < trimmed.length; i++) {
    const ch = trimmed[i]!;
    if (ch === SOFT_HYPHEN) {
      if (i === trimmed.length - 1) {
        softHyphenEnd = true;
        out += '-';
        changes.push({ index: i, from: ch, to: '-', why: 'SOFT HYPHEN at line end (a line-break hyphen)' });
      } else {
        changes.push({ index: i, from: ch, to: '', why: 'SOFT HYPHEN inside a line (invisible)' });
      }
      continue;
    }
    const m = MAP.get(ch);
    if (m) {
      out += m.to;
      changes.push({ index: i, from: ch, to: m.to, why: m.why });
    } else out += ch;
  }
  return { text: out.trimEnd(), changes, softHyphenEnd };
}

/** The audit message for one character change (`reader/characters`), the same for every reader. */
export function characterMessage(c: CharChange, source: Source): Message {
  return { rule: 'reader/characters', severity: 'info', text: `normalised ${c.why}`, before: c.from, after: c.to, source };
}
