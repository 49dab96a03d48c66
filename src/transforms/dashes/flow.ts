/**
 * A page as one flow of tokens (blocks in reading order, lines in order), with
 * sentence numbers, the dashes already printed, and the closed-up hyphen
 * candidates. The paired-dash rule looks across lines and blocks here: an aside
 * framed by two flattened dashes often spans a line or a column break.
 *
 * Only the tokens that matter are kept as strings (those holding a hyphen or a dash,
 * and the one after each candidate); the rest are counted, one pass over the
 * characters per line, so a page costs little more than reading it.
 */
import type { Line, Page } from '../../model/types.js';
import { EM_DASH, SENTENCE_END } from '../../text/chars.js';
import { tokenHyphens, type Candidate } from './candidate.js';

/** A dash the page already has: printed (`—`, a spaced or double hyphen) or a line-end hyphen read as a dash by dehyphenation. */
export interface DashMark {
  flowIndex: number;
  sentence: number;
}

export interface Flow {
  /** Number of tokens on the page. */
  tokenCount: number;
  candidates: Candidate[];
  marks: DashMark[];
  /** Flow indices of tokens ending in a comma, semicolon or colon (clause breaks), ascending. */
  breaks: number[];
}

/** A token that is a dash by itself or holds one: `—`, `-`, `--`, `word—word`, `word--word`. */
const DASH_TOKEN = new RegExp(`${EM_DASH}|^-{1,3}$|[^-]--[^-]`, 'u');
/**
 * Abbreviations whose full stop does not end a sentence: initials (`J.`), dotted
 * capitals (`U.S.`) and the usual titles and Latin short forms.
 */
const ABBREVIATION = /^[(“‘"]*(?:\p{Lu}|(?:\p{L}\.){2,}|Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Gov|Sen|Rep|Lt|Col|Capt|Sgt|Mt|No|vs|c|ca|approx|e\.g|i\.e)\.$/iu;
/** Character codes of clause-break punctuation at a token's end: , ; : */
const BREAK_CODES = new Set([0x2c, 0x3b, 0x3a]);
/** Character codes that may end a sentence-final token (then checked with SENTENCE_END): . ! ? … " ' ” ’ ) ] */
const FINAL_CODES = new Set([0x2e, 0x21, 0x3f, 0x2026, 0x22, 0x27, 0x201d, 0x2019, 0x29, 0x5d]);

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11;
}

function endsSentence(token: string): boolean {
  return SENTENCE_END.test(token) && !ABBREVIATION.test(token);
}

/** Build the flow of a page: every printed dash and every candidate hyphen, with token positions and sentences. */
export function pageFlow(page: Page): Flow {
  const candidates: Candidate[] = [];
  const marks: DashMark[] = [];
  const breaks: number[] = [];
  /** Candidates still waiting for the token after them. */
  let waiting: Candidate[] = [];
  let count = 0;
  let sentence = 0;

  const token = (line: Line, text: string, start: number, end: number, special: boolean): void => {
    const flowIndex = count++;
    if (waiting.length > 0) {
      const next = text.slice(start, end);
      for (const c of waiting) c.next = next;
      waiting = [];
    }
    const lastCode = text.charCodeAt(end - 1);
    if (BREAK_CODES.has(lastCode)) breaks.push(flowIndex);
    const final = FINAL_CODES.has(lastCode);
    if (!special && !final) return;
    const t = text.slice(start, end);
    if (special) {
      if (DASH_TOKEN.test(t)) marks.push({ flowIndex, sentence });
      const lastNonSpace = text.trimEnd().length - 1;
      for (const h of tokenHyphens(t)) {
        const at = start + h.index;
        if (at >= lastNonSpace) continue; // a line-end `x-` is dehyphenation's
        const { index: _index, ...parts } = h;
        const c: Candidate = { line, at, token: t, ...parts, next: undefined, flowIndex, sentence };
        candidates.push(c);
        waiting.push(c);
      }
    }
    if (final && endsSentence(t)) sentence++;
  };

  for (const block of page.blocks) {
    for (const line of block.lines) {
      const text = line.text;
      let start = -1;
      let special = false;
      for (let i = 0; i <= text.length; i++) {
        const code = i < text.length ? text.charCodeAt(i) : 32;
        if (isSpace(code)) {
          if (start >= 0) token(line, text, start, i, special);
          start = -1;
          special = false;
        } else {
          if (start < 0) start = i;
          if (code === 45 /* - */ || code === 0x2014 /* — */) special = true;
        }
      }
      if (line.join === 'dash' && count > 0) marks.push({ flowIndex: count - 1, sentence });
    }
  }
  return { tokenCount: count, candidates, marks, breaks };
}
