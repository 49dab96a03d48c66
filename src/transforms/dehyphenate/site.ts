/**
 * A line-end hyphen site: the line ending in `x-` and the start of the line
 * that continues it, cut into the parts the evidence looks at.
 *
 *   left line  `… director Lee So-`      right line `young, “Long Road Home …`
 *   leftToken  `So-`   leftCore `So`   leftPart `So`   before `… director Lee`
 *   rightToken `young,`   rightWord `young`   rightPart `young`
 *
 * For `“Nesf-e-` / `Jahan”,` the parts are `e` and `Jahan` and the cores
 * `Nesf-e` and `Jahan`; for `14-year-` / `old` they are `year` and `old`.
 */

import { siteConfidence } from './evidence/08-ocr-confidence.js';
import type { Line } from '../../model/types.js';
import { endsInBrokenWord, isAlnumAt, lastRunStart } from '../../lexicon/tokens.js';
import { isSpaceCode, leadingAlnum } from '../../text/ascii.js';

/** Punctuation that may open a token (quotes, brackets) and is not part of the word. */
const LEADING_PUNCT = /^[\p{Ps}\p{Pi}"'‘“«]+/u;
/** A punctuation character that may close a token. */
const CLOSING_PUNCT = /[\p{Pe}\p{Pf}\p{Po}"'’”»]/u;
/** ASCII characters LEADING_PUNCT matches: a text starting with any other ASCII character has no leading punctuation. */
const ASCII_LEADING_PUNCT = new Set(['(', '[', '{', '"', "'"]);

/** `s` without its leading punctuation (LEADING_PUNCT); the pattern is asked only when `s` may start with some. */
function trimLeading(s: string): string {
  const c = s.charCodeAt(0);
  if (c < 128 && !ASCII_LEADING_PUNCT.has(s[0]!)) return s;
  return s.replace(LEADING_PUNCT, '');
}

/** The leading punctuation of `s` (LEADING_PUNCT), usually none. */
function leadingPunct(s: string): string {
  const c = s.charCodeAt(0);
  if (c < 128 && !ASCII_LEADING_PUNCT.has(s[0]!)) return '';
  return LEADING_PUNCT.exec(s)?.[0] ?? '';
}

// End-anchored regexes (`[…]+$`) backtrack quadratically on long hostile tokens: scan from the end instead.

/** Offset where the run of letters/digits ending `s` starts. */
function alnumRunStart(s: string): number {
  let i = s.length;
  while (i > 0 && isAlnumAt(s, i - 1)) i--;
  return i;
}

/** `s` without closing punctuation at its end. */
function trimClosing(s: string): string {
  let i = s.length;
  while (i > 0 && CLOSING_PUNCT.test(s[i - 1]!)) i--;
  return i === s.length ? s : s.slice(0, i);
}

export interface LineEndSite {
  /** Last token of the left line with its hyphen, leading punctuation removed: `So-`, `Nesf-e-`. */
  leftToken: string;
  /** `leftToken` without the final hyphen: `So`, `Nesf-e`. */
  leftCore: string;
  /** Letters/digits right before the hyphen: `So`, `e`. */
  leftPart: string;
  /** Text of the left line before its last token, trimmed (context: sentence start, name before). */
  before: string;
  /** First token of the right line as printed: `young,`. */
  rightToken: string;
  /** Opening punctuation before the right word (`“`), usually empty. */
  rightLead: string;
  /** The right token without opening and closing punctuation: `young`, `year-old`. */
  rightWord: string;
  /** Letters/digits at the start of the right word: `young`, `year`; empty when it starts otherwise. */
  rightPart: string;
  /** The token after the right token on its line (context: a name going on), or ''. */
  after: string;
  /** The OCR's own joined form of the broken word (ALTO SUBS_CONTENT on the line's last word), when there is one. */
  ocrJoined?: string;
  /** The lower OCR word confidence of the two halves (0..1), when the reader gave one (evidence/08-ocr-confidence.ts). */
  ocrConfidence?: number;
}

/** Does this line text end in a line-end hyphen after a letter or digit? */
export function endsInHyphen(text: string): boolean {
  return endsInBrokenWord(text);
}

/** Cut a site out of the two lines' texts; null when the left line does not end in `x-` or the right is empty. */
export function lineEndSite(leftText: string, rightText: string): LineEndSite | null {
  if (!endsInBrokenWord(leftText)) return null;
  const left = leftText.trimEnd();
  const cut = lastRunStart(left);
  const rawLeft = left.slice(cut);
  const leftToken = trimLeading(rawLeft);
  const leftCore = leftToken.slice(0, -1);
  const leftPart = leftCore.slice(alnumRunStart(leftCore));
  if (leftPart === '') return null;
  const right = rightText.trimStart();
  // The first run of non-space characters and the run after it (`/^(\S+)\s*(\S*)/u`), by a scan.
  let e = 0;
  while (e < right.length && !isSpaceCode(right.charCodeAt(e))) e++;
  const rightToken = right.slice(0, e);
  if (rightToken === '') return null;
  let s = e;
  while (s < right.length && isSpaceCode(right.charCodeAt(s))) s++;
  let f = s;
  while (f < right.length && !isSpaceCode(right.charCodeAt(f))) f++;
  const after = right.slice(s, f);
  const rightLead = leadingPunct(rightToken);
  const rightWord = trimClosing(rightToken.slice(rightLead.length));
  const rightPart = leadingAlnum(rightWord);
  return { leftToken, leftCore, leftPart, before: left.slice(0, cut).trimEnd(), rightToken, rightLead, rightWord, rightPart, after };
}

/** The site between two lines of the page model, with the OCR's joined form when the reader kept one. */
export function siteOfLines(left: Line, right: Line): LineEndSite | null {
  const site = lineEndSite(left.text, right.text);
  const ocr = left.words?.[left.words.length - 1]?.substitution;
  if (site && ocr) site.ocrJoined = ocr;
  const confidence = site ? siteConfidence(left, right) : undefined;
  if (site && confidence !== undefined) site.ocrConfidence = confidence;
  return site;
}

/** The two words as an editor would write them joined (`documentary`). */
export function joinedForm(site: LineEndSite): string {
  return site.leftPart + site.rightPart;
}

/** The two words with the hyphen kept (`So-young`). */
export function hyphenatedForm(site: LineEndSite): string {
  return `${site.leftPart}-${site.rightPart}`;
}
