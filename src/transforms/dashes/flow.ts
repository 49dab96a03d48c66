/**
 * A page as one flow of tokens (blocks in reading order, lines in order), with
 * sentence numbers, the dashes already printed, and the closed-up hyphen
 * candidates. The paired-dash rule looks across lines and blocks here: an aside
 * framed by two flattened dashes often spans a line or a column break.
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
  tokens: string[];
  candidates: Candidate[];
  marks: DashMark[];
}

const TOKEN = /\S+/gu;
/** A token that is a dash by itself or holds one: `—`, `-`, `--`, `word—word`. */
const DASH_TOKEN = new RegExp(`${EM_DASH}|^-{1,3}$|[^-]--[^-]`, 'u');
/**
 * Abbreviations whose full stop does not end a sentence: initials (`J.`), dotted
 * capitals (`U.S.`) and the usual titles and Latin short forms.
 */
const ABBREVIATION = /^[(“‘"]*(?:\p{Lu}|(?:\p{L}\.){2,}|Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Gov|Sen|Rep|Lt|Col|Capt|Sgt|Mt|No|vs|c|ca|approx|e\.g|i\.e)\.$/iu;

function endsSentence(token: string): boolean {
  return SENTENCE_END.test(token) && !ABBREVIATION.test(token);
}

/** Build the flow of a page: every token, every printed dash and every candidate hyphen. */
export function pageFlow(page: Page): Flow {
  const tokens: string[] = [];
  const candidates: Candidate[] = [];
  const marks: DashMark[] = [];
  let sentence = 0;
  for (const block of page.blocks) {
    for (const line of block.lines) addLine(line);
  }
  function addLine(line: Line): void {
    const text = line.text;
    const lastNonSpace = text.trimEnd().length - 1;
    for (const m of text.matchAll(TOKEN)) {
      const token = m[0];
      const flowIndex = tokens.length;
      tokens.push(token);
      if (DASH_TOKEN.test(token)) marks.push({ flowIndex, sentence });
      for (const h of tokenHyphens(token)) {
        const at = m.index + h.index;
        if (at >= lastNonSpace) continue; // a line-end `x-` is dehyphenation's
        const { index: _index, ...parts } = h;
        candidates.push({ line, at, token, ...parts, next: undefined, flowIndex, sentence });
      }
      if (endsSentence(token)) sentence++;
    }
    if (line.join === 'dash' && tokens.length > 0) marks.push({ flowIndex: tokens.length - 1, sentence });
  }
  for (const c of candidates) c.next = tokens[c.flowIndex + 1];
  return { tokens, candidates, marks };
}
