/**
 * A page as one flow of text (blocks in reading order, lines in order, a line
 * break counting as a space): the dashes already printed, the closed-up hyphen
 * candidates, and, on demand, what stands between two positions (how many
 * tokens, a sentence end, a clause break). The paired-dash rule looks across
 * lines and blocks here: an aside framed by two flattened dashes often spans a
 * line or a column break.
 *
 * Only lines holding a hyphen or a dash are tokenised; the text between two
 * positions is scanned only when the pair rule asks (a few dozen characters), so a
 * page costs little more than a look at each line.
 */
import type { Line, Page } from '../../model/types.js';
import { EM_DASH, SENTENCE_END } from '../../text/chars.js';
import { tokenHyphens, type Candidate } from './candidate.js';

/** A dash the page already has: printed (`—`, a spaced or double hyphen) or a line-end hyphen read as a dash by dehyphenation. */
export interface DashMark {
  /** Flow position of the token holding it. */
  pos: number;
}

/** What stands between two tokens of the flow. */
export interface Between {
  /** Tokens after the first up to and including the second (1 = neighbours); counting stops past the limit. */
  tokens: number;
  /** A token from the first (included) to the second (excluded) ends a sentence. */
  sentenceEnd: boolean;
  /** …or ends in a comma, semicolon or colon. */
  clauseBreak: boolean;
}

export interface Flow {
  candidates: Candidate[];
  marks: DashMark[];
  /** What stands between the tokens starting at flow positions `a` < `b`; stops counting tokens past `limit`. */
  between(a: number, b: number, limit: number): Between;
}

/** A token that is a dash by itself or holds one: `—`, `-`, `--`, `word—word`, `word--word`. */
const DASH_TOKEN = new RegExp(`${EM_DASH}|^-{1,3}$|[^-]--[^-]`, 'u');
/**
 * Abbreviations whose full stop does not end a sentence: initials (`J.`), dotted
 * capitals (`U.S.`) and the usual titles and Latin short forms.
 */
const ABBREVIATION = /^[(“‘"]*(?:(?:\p{L}\.){2,}|Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Gov|Sen|Rep|Lt|Col|Capt|Sgt|Mt|No|vs|c|ca|approx|e\.g|i\.e)\.$/iu;
/** An initial is a capital (`J.`); a lower-case letter and a stop ends a sentence (`… plan a.`). */
const INITIAL = /^[(“‘"]*\p{Lu}\.$/u;
/** Character codes that may end a sentence-final token (then checked with SENTENCE_END): . ! ? … " ' ” ’ ) ] */
const FINAL_CODES = new Set([0x2e, 0x21, 0x3f, 0x2026, 0x22, 0x27, 0x201d, 0x2019, 0x29, 0x5d]);
/** Character codes of clause-break punctuation at a token's end: , ; : */
const BREAK_CODES = new Set([0x2c, 0x3b, 0x3a]);

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11;
}

function endsSentence(token: string): boolean {
  return SENTENCE_END.test(token) && !ABBREVIATION.test(token) && !INITIAL.test(token);
}

/** The tokens of a text as [start, end) pairs. */
function tokensOf(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || isSpace(text.charCodeAt(i))) {
      if (start >= 0) out.push([start, i]);
      start = -1;
    } else if (start < 0) start = i;
  }
  return out;
}

/** The first token of a text, if any. */
function firstToken(text: string): string | undefined {
  const m = /\S+/u.exec(text);
  return m ? m[0] : undefined;
}

/** The last token of a text, if any (scanned from the end). */
function lastToken(text: string): string | undefined {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
  return end > start ? text.slice(start, end) : undefined;
}

/**
 * The line's one hyphen is its last character, after a letter or digit (`docu-`): no
 * candidate (a line-end `x-` is dehyphenation's) and no printed dash, so the line need
 * not be tokenised. A fifth of the lines of a page extracted with its hyphens end so.
 */
function onlyLineEndHyphen(text: string, first: number, lastNonSpace: number): boolean {
  return first === lastNonSpace && first > 0 && !isSpace(text.charCodeAt(first - 1)) && text.charCodeAt(first - 1) !== 45;
}

/** Build the flow of a page. */
export function pageFlow(page: Page): Flow {
  const lines: Line[] = [];
  const bases: number[] = [];
  let base = 0;
  for (const block of page.blocks) {
    for (const line of block.lines) {
      lines.push(line);
      bases.push(base);
      base += line.text.length + 1;
    }
  }
  const candidates: Candidate[] = [];
  const marks: DashMark[] = [];
  lines.forEach((line, li) => {
    const text = line.text;
    const hyphen = text.indexOf('-');
    // (Most lines hold no hyphen or dash: their end is not looked for.)
    const anyDash = hyphen !== -1 || text.includes(EM_DASH);
    const lastNonSpace = anyDash ? text.trimEnd().length - 1 : -1;
    if (anyDash && ((hyphen !== -1 && !onlyLineEndHyphen(text, hyphen, lastNonSpace)) || text.includes(EM_DASH))) {
      const tokens = tokensOf(text);
      tokens.forEach(([start, end], ti) => {
        const t = text.slice(start, end);
        if (!t.includes('-') && !t.includes(EM_DASH)) return;
        const pos = bases[li]! + start;
        if (DASH_TOKEN.test(t)) marks.push({ pos });
        for (const h of tokenHyphens(t)) {
          const at = start + h.index;
          if (at >= lastNonSpace) continue; // a line-end `x-` is dehyphenation's
          const { index: _index, ...parts } = h;
          const following = tokens[ti + 1];
          const preceding = tokens[ti - 1];
          const next = following ? text.slice(following[0], following[1]) : nextLineToken(li);
          const prev = preceding ? text.slice(preceding[0], preceding[1]) : previousLineToken(li);
          candidates.push({ line, at, token: t, ...parts, next, prev, pos });
        }
      });
    }
    if (line.join === 'dash') {
      const last = lastToken(text);
      if (last) marks.push({ pos: bases[li]! + text.trimEnd().length - last.length });
    }
  });
  marks.sort((a, b) => a.pos - b.pos);

  function previousLineToken(li: number): string | undefined {
    for (let k = li - 1; k >= 0; k--) {
      const t = lastToken(lines[k]!.text);
      if (t) return t;
    }
    return undefined;
  }

  function nextLineToken(li: number): string | undefined {
    for (let k = li + 1; k < lines.length; k++) {
      const t = firstToken(lines[k]!.text);
      if (t) return t;
    }
    return undefined;
  }

  function between(a: number, b: number, limit: number): Between {
    const result: Between = { tokens: 0, sentenceEnd: false, clauseBreak: false };
    // The line holding `a`, by binary search over the line bases.
    let lo = 0;
    let hi = bases.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (bases[mid]! <= a) lo = mid;
      else hi = mid - 1;
    }
    for (let li = lo; li < lines.length && bases[li]! <= b; li++) {
      const text = lines[li]!.text;
      // Scan this line's tokens from `a` on (the whole line only when `a` is on an earlier one).
      let i = Math.max(0, a - bases[li]!);
      while (i < text.length) {
        while (i < text.length && isSpace(text.charCodeAt(i))) i++;
        if (i >= text.length) break;
        const start = i;
        while (i < text.length && !isSpace(text.charCodeAt(i))) i++;
        const pos = bases[li]! + start;
        if (pos > a) result.tokens++;
        if (pos >= b || result.tokens > limit) return result;
        const code = text.charCodeAt(i - 1);
        if (BREAK_CODES.has(code)) result.clauseBreak = true;
        if (FINAL_CODES.has(code) && endsSentence(text.slice(start, i))) result.sentenceEnd = true;
      }
    }
    return result;
  }

  return { candidates, marks, between };
}
