/**
 * Closed-up hyphens between words inside a line (`heroes-all`, `US-led`): the
 * candidates of rule 3. Finding them is mechanical; deciding is the job of evidence/.
 */
import type { Line } from '../../model/types.js';

export interface Candidate {
  line: Line;
  /** Index of the hyphen in `line.text`. */
  at: number;
  /** The white-space-delimited token holding the hyphen. */
  token: string;
  /** The word before the hyphen (letters, digits, marks, apostrophes, inner dots: `U.S.`). */
  left: string;
  /** The word after the hyphen, after any opening quote or bracket. */
  right: string;
  /** Closing punctuation stands between the left word and the hyphen (`1999),-the`). */
  closesBefore: boolean;
  /** An opening quote or bracket stands right after the hyphen (`today-“Scarne`, `section-[the]`). */
  opensAfter: boolean;
  /** The character right after the right word inside the token (`''` at the token's end, `—` for a double hyphen). */
  trailing: string;
  /** Inner hyphens in the token: 2 or more is a chain (`20-year-old`, `editor-in-chief`). */
  hyphens: number;
  /** The next token in the page's flow (the next line's first token at a line end). */
  next: string | undefined;
  /** The previous token in the page's flow (the previous line's last token at a line start). */
  prev: string | undefined;
  /** Position of the token's start in the page's flow (see flow.ts). */
  pos: number;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const LEFT_CHAR = /[\p{L}\p{M}\p{N}'’.]/u;
const RIGHT_CHAR = /[\p{L}\p{M}\p{N}'’]/u;
/** Punctuation that may close a phrase right before a flattened dash. (A full stop is left out: `U.S.-led`.) */
const CLOSER = /[,;:)\]”!?]/u;
/** Quotes and brackets that may open the phrase right after a flattened dash. */
const OPENER = /[“‘"(\[]/u;
/** Tokens that are addresses or code, where hyphens are not prose: URLs, e-mail, paths. */
const CODE_TOKEN = /[\/@\\_=]|www\./u;
const DIGITS = /^\p{N}/u;

/** The closed-up hyphens of one token (index relative to the token), with their words. */
export function tokenHyphens(
  token: string,
): Array<Pick<Candidate, 'left' | 'right' | 'closesBefore' | 'opensAfter' | 'trailing' | 'hyphens'> & { index: number }> {
  if (!token.includes('-') || CODE_TOKEN.test(token)) return [];
  const hyphens = countInnerHyphens(token);
  const out = [];
  for (let k = 1; k < token.length - 1; k++) {
    if (token[k] !== '-' || token[k - 1] === '-' || token[k + 1] === '-') continue;
    let i = k - 1;
    const closesBefore = CLOSER.test(token[i]!);
    if (closesBefore) i--;
    // A full stop may end the left word (`it.-Rick`, `U.S.-led`): evidence/dash.ts tells which.
    const dotted = i > 0 && token[i] === '.' && WORD_CHAR.test(token[i - 1]!);
    if (i < 0 || (!dotted && !WORD_CHAR.test(token[i]!))) continue;
    let ls = i;
    while (ls > 0 && LEFT_CHAR.test(token[ls - 1]!)) ls--;
    const left = token.slice(ls, i + 1).replace(/^['’.]+/u, '');
    let j = k + 1;
    const opensAfter = OPENER.test(token[j]!);
    if (opensAfter) j++;
    if (j >= token.length || !WORD_CHAR.test(token[j]!)) continue;
    let re = j;
    while (re < token.length && RIGHT_CHAR.test(token[re]!)) re++;
    const right = token.slice(j, re).replace(/['’]+$/u, '');
    if (left === '' || right === '') continue;
    // Number ranges and numbers with parts (`1990-2000`, `555-0199`) are another matter.
    if (DIGITS.test(right) && /\p{N}$/u.test(left)) continue;
    // A double hyphen after the right word is a dash, not the next link of a chain.
    const trailing = token.startsWith('--', re) ? '—' : (token[re] ?? '');
    out.push({ index: k, left, right, closesBefore, opensAfter, trailing, hyphens });
  }
  return out;
}

/** Single hyphens after a word character (a double hyphen is a dash, not a link). */
function countInnerHyphens(token: string): number {
  let n = 0;
  for (let k = 1; k < token.length - 1; k++) {
    if (token[k] === '-' && token[k + 1] !== '-' && WORD_CHAR.test(token[k - 1]!)) n++;
  }
  return n;
}
