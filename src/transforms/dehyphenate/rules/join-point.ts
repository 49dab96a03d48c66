/**
 * Where in a line of already-dehyphenated text did the extractor join two printed lines?
 *
 * pdftotext's default mode drops a line-end hyphen and prints no line break after it, so the next
 * printed line goes on in the same output line: a line holding one join is about two printed lines
 * long, and the join sits about one printed line's length from its start (dev002 page.txt, three
 * printed lines and their breaks `Xi-`, `Previ-`, `En-` in one line of 168 characters between lines
 * of 44–48: `… Deng Xiaoping to return to China in 1981. Previously at the invitation of Premier
 * Zhou EnLai, Chao and his wife …`, `En|Lai` at 125 ≈ 3 × 42). Measured on the 670 line-end hyphens
 * of the dev pages that could be found in page.txt: 640 sit within JOIN_TOLERANCE of a multiple of the
 * median length of the lines around (the rest: a column of another width nearby, headings).
 *
 * At such a point the closed word is a line-end site again, and the line-end decision (../decide.ts,
 * all its evidence: case, one-letter parts, same-vowel prefixes) can be asked as on a page whose
 * extractor kept its hyphens: `EnLai` → `En-Lai`, `“Nesf-eJahan”` → `Nesf-e-Jahan`,
 * `reenactments` → `re-enactments` (dev002, dev008, dev009 page.txt). Only a `hyphen` decision that
 * fits, at confidence MIN_CONFIDENCE or more, changes the text; the word's own occurrence is not
 * counted as the document writing it closed. Geometry alone never splits a word: an unbroken word
 * that happens to sit at the right place is split only if it reads as a compound at a line end.
 */
import type { GalleyDocument, Line } from '../../../model/types.js';
import { isSpaceCode, lowerCase } from '../../../text/ascii.js';
import { HYPHENATED_PREFIXES, NUMBER_WORDS, VOWEL_FINAL_PREFIXES } from '../../../lexicon/english.js';
import type { Vocabulary } from '../../../lexicon/vocabulary.js';
import type { DehyphenateContext } from '../context.js';
import { decideSite, type LineEndDecision } from '../decide.js';
import { lineEndSite } from '../site.js';
import { MAX_WORD, MIN_PREFIX_RIGHT } from './closed-up.js';
import { insertSorted } from '../../classify/features.js';

/** Lines each side whose median length is the printed line's length (a column's lines, a few headings or short last lines among them). */
export const NEIGHBOUR_LINES = 8;
/**
 * A line holding a join is at least this many printed lines long. A line of ordinary length has its
 * last word near one printed width, where a join would be: such lines are left alone (dev pages: 23 of
 * 670 joins sit on shorter lines, a paragraph's last printed line joined after its broken word).
 */
export const LONG_LINE_RATIO = 1.25;
/**
 * A join sits within this share of a printed line of a whole number of printed lines from the line's
 * start (dev page.txt: 640 of 670 joins; justified lines vary by about a tenth, more after several joins).
 */
export const JOIN_TOLERANCE = 0.25;
/** A hyphen is restored only where the line-end decision keeps it this surely (`En-`/`Lai` 0.96, `re-`/`enactments` 0.92). */
export const MIN_CONFIDENCE = 0.8;
/** Characters each side of a join point that its decision reads (the word, its neighbours, a sentence start): a long line costs no more per point. */
const CONTEXT = 120;
/** Fewer non-empty neighbours than this give no printed width. */
const MIN_NEIGHBOURS = 3;

/**
 * The printed line length around each line of a page: median length of the non-empty lines around it
 * (NEIGHBOUR_LINES each side, the line itself left out; 0 when fewer than MIN_NEIGHBOURS). The lengths
 * of the lines around are kept sorted as the window slides down the page (one length leaves and one
 * comes in per line), and the line's own length is stepped over when the median is read, rather than
 * the window sorted anew for every line (a page.txt page has a few hundred lines).
 */
export function printedWidths(lines: readonly Line[]): number[] {
  const lengths = lines.map((l) => trimmedLength(l.original));
  const n = lengths.length;
  // The non-empty lengths of lines [i - NEIGHBOUR_LINES, i + NEIGHBOUR_LINES], the line i among them, sorted.
  const window: number[] = [];
  for (let j = 0; j <= Math.min(n - 1, NEIGHBOUR_LINES); j++) if (lengths[j]! > 0) insertSorted(window, lengths[j]!);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    if (i > 0) {
      const leaving = i - 1 - NEIGHBOUR_LINES;
      const entering = i + NEIGHBOUR_LINES;
      if (leaving >= 0 && lengths[leaving]! > 0) window.splice(lowerBound(window, lengths[leaving]!), 1);
      if (entering < n && lengths[entering]! > 0) insertSorted(window, lengths[entering]!);
    }
    const own = lengths[i]!;
    // The window without the line's own length (one occurrence of it: any, they are equal).
    const size = own > 0 ? window.length - 1 : window.length;
    if (size < MIN_NEIGHBOURS) {
      out.push(0);
      continue;
    }
    const h = Math.floor(size / 2);
    out.push(own > 0 && h >= lowerBound(window, own) ? window[h + 1]! : window[h]!);
  }
  return out;
}

/** The first index of a sorted list whose value is at least `v`. */
function lowerBound(a: readonly number[], v: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `text.trimEnd().length`, without the trimmed copy. */
function trimmedLength(text: string): number {
  let end = text.length;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Is a line of this text long enough to hold a join (LONG_LINE_RATIO printed lines)? */
export function mayHoldJoin(text: string, width: number): boolean {
  return width > 0 && text.length >= LONG_LINE_RATIO * width && text.trimEnd().length >= LONG_LINE_RATIO * width;
}

/** Is `offset` (of a line `length` long, printed lines `width` long) where the extractor may have joined two printed lines? */
export function atJoinPoint(offset: number, length: number, width: number): boolean {
  if (width <= 0 || length < LONG_LINE_RATIO * width) return false;
  const k = Math.round(offset / width);
  return k >= 1 && Math.abs(offset / width - k) <= JOIN_TOLERANCE;
}

/** Might any offset of [start, end) of the line be a join point? (A cheap test before the decisions.) */
export function spansJoinPoint(start: number, end: number, length: number, width: number): boolean {
  if (width <= 0 || length < LONG_LINE_RATIO * width) return false;
  for (let k = Math.max(1, Math.floor(start / width - JOIN_TOLERANCE)); k * width <= end + JOIN_TOLERANCE * width; k++) {
    if ((k + JOIN_TOLERANCE) * width > start && (k - JOIN_TOLERANCE) * width < end) return true;
  }
  return false;
}

/**
 * The points of the token `text[start, end)` where compoundShape could accept a decision, in order: a
 * lower-case letter before and a capital after, or the end of a first element the decision's prefix
 * evidence reads (HYPHENATED_PREFIXES, NUMBER_WORDS, VOWEL_FINAL_PREFIXES: evidence/05-compounds.ts) at the
 * token's start or after one of its hyphens. Only points `at(point)` accepts are read (the join points:
 * an offset's test is arithmetic, a point's test reads the letters).
 */
function compoundPoints(text: string, start: number, end: number, at: (point: number) => boolean): number[] {
  const out: number[] = [];
  // Each point between two characters of the token, in order, read only where `at` accepts it.
  for (let p = start + 1; p < end; p++) {
    if (!at(p)) continue;
    const a = text[p - 1]!;
    const b = text[p]!;
    if (a !== a.toUpperCase() && b !== b.toLowerCase()) {
      out.push(p);
      continue;
    }
    for (let i = p - 1; i >= Math.max(start, p - MAX_PREFIX); i--) {
      if ((i === start || text[i - 1] === '-') && PREFIXES.has(lowerCase(text.slice(i, p)))) {
        out.push(p);
        break;
      }
    }
  }
  return out;
}

/** The first elements the decision's prefix evidence reads, and the longest of them. */
const PREFIXES: ReadonlySet<string> = new Set([...HYPHENATED_PREFIXES, ...NUMBER_WORDS, ...VOWEL_FINAL_PREFIXES]);
const MAX_PREFIX = Math.max(...[...PREFIXES].map((x) => x.length));

/** The document's vocabulary with one occurrence of `word` left out (the token under test is no evidence for itself). */
function withoutOne(v: Vocabulary, word: string): DehyphenateContext {
  const self = lowerCase(word);
  const view = Object.create(v) as Vocabulary;
  view.count = (w: string): number => {
    const n = v.count(w);
    return lowerCase(w) === self ? Math.max(0, n - 1) : n;
  };
  // (The same for a form already lower-cased, so that no reader of the view counts the token.)
  view.countLower = (lower: string): number => {
    const n = v.countLower(lower);
    return lower === self ? Math.max(0, n - 1) : n;
  };
  return { vocabulary: view };
}

const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

/**
 * The part after the join is at least this long: it starts the next printed line, and a single letter
 * there is a small capital's initial set apart or another column's word (`proE ARLY YEARS`, dev014
 * page.txt, where `pro-` was joined to the subhead `E ARLY YEARS` printed in the other column).
 */
export const MIN_RIGHT = 2;
/** The word after a prefix is at least this long (as restore-compound's prefix rule: closed-up.ts MIN_PREFIX_RIGHT). */
export { MIN_PREFIX_RIGHT } from './closed-up.js';

/** How many times the case changes from lower to upper inside the token (`EnLai` 1, `RecentChangesCamp` 2). */
function humps(token: string): number {
  let n = 0;
  for (let i = 1; i < token.length; i++) if (LOWER.test(token[i - 1]!) && UPPER.test(token[i]!)) n++;
  return n;
}

/** Prefix evidence of the line-end decision that reads a compound on its own (`re-`/`enactments`, `self-`/`reported`). */
const PREFIX_VOTES: ReadonlySet<string> = new Set(['same-vowel-prefix', 'compound-prefix']);

/**
 * Is the split a compound on evidence of its own, beyond where it sits? The geometry places a join
 * only to within a few letters, and an unbroken word there may be cut anywhere: a name cut at an
 * illegal point (`Ing|rid`, `Kin|dig`, `La|pita`: two words, so word-parts votes hyphen; dev008,
 * dev009, dev017 page.txt) or an acronym (`U|NESCO`, `W|WII`: a capital after the break) would be
 * split. So the decision must rest on one of:
 *  - `camel`: a lower-case letter before the point and a capital after it (`En|Lai`, `e|Jahan`), the
 *    token's only such change: a token with several is written in camel case (`RecentChangesCamp`,
 *    dev019 page.txt: a wiki's event), and a name written so (`McDonald`) has the decision's document
 *    and name evidence against the hyphen;
 *  - `prefix`: a prefix vote of the decision, before a word of MIN_PREFIX_RIGHT letters or more
 *    (`re|enactments`; not `ex|to` of `exto-Charity`, two columns' words glued, dev019 page.txt).
 * Two common words alone (word-parts) are not enough: `classicalera` (dev018 page.txt) reads as
 * `classical-era`, where the page printed a dash (`classical — era`).
 */
export function compoundShape(token: string, at: number, decision: LineEndDecision): boolean {
  const right = decision.site.rightPart;
  if (right.length < MIN_RIGHT) return false;
  if (LOWER.test(token[at - 1]!) && UPPER.test(token[at]!)) return humps(token) === 1;
  return right.length >= MIN_PREFIX_RIGHT && decision.votes.some((v) => v.option === 'hyphen' && PREFIX_VOTES.has(v.why));
}

/**
 * The one point of the token `text[start, end)` where a compound's hyphen was closed up at a join
 * (see the file comment), with the line-end decision there; null when there is none, or more than one.
 */
export function joinPointHyphen(
  text: string,
  start: number,
  end: number,
  width: number,
  ctx: DehyphenateContext,
  length = text.trimEnd().length,
): { at: number; decision: LineEndDecision } | null {
  if (end - start > MAX_WORD || !spansJoinPoint(start, end, length, width)) return null;
  let found: { at: number; decision: LineEndDecision } | null = null;
  // Only where compoundShape could accept the decision (asked first: a decision costs far more).
  for (const at of compoundPoints(text, start, end, (point) => atJoinPoint(point, length, width))) {
    // Between two letters (digits: `1990s` is no compound; a hyphen already there is no closed-up one).
    if (!LETTER.test(text[at - 1]!) || !LETTER.test(text[at]!)) continue;
    // The two lines as the decision reads them: the words around the point (context), not the whole line.
    const site = lineEndSite(`${text.slice(Math.max(0, at - CONTEXT), at)}-`, text.slice(at, at + CONTEXT));
    if (!site) continue;
    const decision = decideSite(site, withoutOne(ctx.vocabulary, site.leftPart + site.rightPart));
    if (decision.join !== 'hyphen' || !decision.fits || decision.confidence < MIN_CONFIDENCE) continue;
    if (!compoundShape(text.slice(start, end), at - start, decision)) continue;
    if (found) return null;
    found = { at, decision };
  }
  return found;
}

/** Printed widths of every line of the document, by line (see printedWidths; per page, lines in order). */
export function widthsOf(doc: GalleyDocument): Map<Line, number> {
  const out = new Map<Line, number>();
  for (const page of doc.pages) {
    const lines = page.blocks.flatMap((b) => b.lines);
    // Blank lines separate blocks in the text: they are lines of the printed column, empty.
    const widths = printedWidths(lines);
    lines.forEach((l, i) => out.set(l, widths[i]!));
  }
  return out;
}
