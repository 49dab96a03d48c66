/**
 * Line evidence for structure rules. Text-only evidence is always there (length
 * relative to the local column measure, sentence ends, capitals); geometry (box
 * width, font size) is used first where a reader filled it, so the same rules
 * serve the PDF and OCR readers later.
 */
import type { Line, Page } from '../../model/types.js';

export interface LineInfo extends LineTextEvidence {
  line: Line;
  /** The line's text when it was measured (a line whose text changed since is measured again). */
  text: string;
  /** A blank line (or the reader's block boundary) comes before this line. */
  gapBefore: boolean;
  /** Length of the trimmed text, in characters (or box width when geometry exists). */
  len: number;
  /** The local column measure this line is set in: the typical length of the lines around it. */
  width: number;
  /** len / width: ~1 for a full body line, well below for a paragraph's last line. */
  ratio: number;
  /**
   * len / the measure of the lines around it regardless of text boxes: above 1 for a line set
   * across columns (headline, deck, wide caption), even when its box is all wide lines.
   */
  spanRatio: number;
  /**
   * The line holds lines the extractor pulled up to join a broken word (pdftotext default mode):
   * `len` is an estimate of its last printed line.
   */
  pulledUp: boolean;
  /** Font size when a reader gave one. */
  fontSize?: number;
}

/** What a line's text alone says (shared by the line evidence and its per-line cache). */
export interface LineTextEvidence {
  /** Characters of the trimmed text. */
  chars: number;
  endsSentence: boolean;
  endsHyphen: boolean;
  startsLower: boolean;
  startsUpper: boolean;
  /** Letters are all capitals (at least 3 letters). */
  allCaps: boolean;
  words: number;
  /**
   * Most of its word gaps are two spaces or more (at least MIN_WIDE_GAPS): an extractor that
   * writes a wide gap as an extra space (pdfminer) shows a justified line stretched to the
   * measure, which is never a paragraph's last line (last lines are set at natural spacing).
   */
  stretched: boolean;
}

/** Lines on each side used for the local measure; about a column's worth. */
export const MEASURE_WINDOW = 12;
/** Percentile of the window's lengths taken as the measure: most body lines are full; last lines, headings and captions are fewer. */
export const MEASURE_PERCENTILE = 0.75;
/** A text box of at least this many lines gives its own lines their measure (a caption box is narrower than the page's columns). */
export const BOX_MEASURE_MIN_LINES = 3;
/** A measure is never taken below this many characters (a run of one-word lines is not a column). */
export const MIN_MEASURE = 18;

/** Starts with a word in lower case (a brand such as `wikiHow` or `iPhone`, with a capital inside, starts a sentence). */
export const LOWER_START = /^[^\p{L}\p{N}]*\p{Ll}(?![\p{L}'’-]*\p{Lu})/u;
const UPPER_START = /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u;
/** Closing quotes and brackets that may follow a sentence end. */
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']']);
const SENTENCE_MARKS = new Set(['.', '!', '?', '…']);
/** The same sets by character code (endsSentence reads codes: no one-character string and hash per step). */
const CLOSER_CODES = new Set([...CLOSERS].map((c) => c.charCodeAt(0)));
const SENTENCE_MARK_CODES = new Set([...SENTENCE_MARKS].map((c) => c.charCodeAt(0)));

/**
 * The evidence last computed for each line (measures depend on the page around it, so they are
 * reused, not recomputed, by later steps). Kept on the line itself under a symbol (JSON and
 * `Object.keys` do not see it): a WeakMap of every line cost more than computing most of the
 * evidence. A copy of a line (`{ ...line }`) carries the slot along but not the evidence: the
 * evidence names the line it was computed for.
 */
const INFO: unique symbol = Symbol('galley.lineInfo');
type WithInfo = Line & { [INFO]?: LineInfo };

/** The evidence remembered for this very line, or undefined. */
function cachedInfo(line: Line): LineInfo | undefined {
  const info = (line as WithInfo)[INFO];
  return info !== undefined && info.line === line ? info : undefined;
}

/**
 * Let go of the evidence remembered for the page's lines, once no later step reads it (reflow, the
 * last reader, calls this after its pass). Left on every line of a document until the document went,
 * it was 12.8 MB of a 200-page PDF's heap after the transforms (44,000 lines: 0.064 MB a page, half
 * what the transforms kept; docs/readers-pdf.md, "Memory"). The slot is emptied, not deleted: an
 * object a field was deleted from is slower to read everywhere after.
 */
export function forgetLineInfos(page: Page): void {
  for (const b of page.blocks) {
    for (const l of b.lines) if ((l as WithInfo)[INFO] !== undefined) (l as WithInfo)[INFO] = undefined;
  }
}

function remember(line: Line, info: LineInfo): void {
  (line as WithInfo)[INFO] = info;
}

/**
 * Evidence for every line of a page's line stream, reusing what an earlier step computed for the
 * same lines: only lines made since (halves of a cut line) are measured anew, against their
 * nearest measured neighbour.
 */
export function lineInfosCached(lines: readonly Line[], gaps: readonly boolean[]): LineInfo[] {
  // One lookup per line: what was cached for it (possibly for an older text), or undefined.
  const cached = new Array<LineInfo | undefined>(lines.length);
  let missing = 0;
  for (let i = 0; i < lines.length; i++) {
    const c = cachedInfo(lines[i]!);
    cached[i] = c;
    if (c === undefined) missing++;
  }
  if (missing === lines.length || missing > lines.length / 4) return lineInfos(lines, gaps);
  const out: LineInfo[] = new Array<LineInfo>(lines.length);
  let last: LineInfo | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const c = cached[i];
    if (c && c.text === line.text) {
      out[i] = c.gapBefore === (gaps[i] ?? false) ? c : { ...c, gapBefore: gaps[i] ?? false };
      last = c;
      continue;
    }
    let ref = last;
    for (let k = i + 1; !ref && k < lines.length; k++) ref = cached[k];
    out[i] = measureAgainst(line, gaps[i] ?? false, ref?.width ?? MIN_MEASURE, ref && ref.spanRatio > 0 ? ref.len / ref.spanRatio : MIN_MEASURE);
  }
  return out;
}

function measureAgainst(line: Line, gapBefore: boolean, width: number, span: number): LineInfo {
  const t = textFeatures(line);
  const len = measureOf(line, t);
  return makeInfo(line, t, gapBefore, len, width, span > 0 ? len / span : 1, false);
}

/** One line's evidence from its text's evidence, its length, its measure and its span ratio. */
function makeInfo(line: Line, t: LineTextEvidence, gapBefore: boolean, len: number, width: number, spanRatio: number, pulledUp: boolean): LineInfo {
  const info: LineInfo = {
    line,
    text: line.text,
    gapBefore,
    len,
    width,
    ratio: width > 0 ? len / width : 1,
    spanRatio,
    pulledUp,
    chars: t.chars,
    endsSentence: t.endsSentence,
    endsHyphen: t.endsHyphen,
    startsLower: t.startsLower,
    startsUpper: t.startsUpper,
    allCaps: t.allCaps,
    words: t.words,
    stretched: t.stretched,
  };
  if (line.font?.size !== undefined) info.fontSize = line.font.size;
  return info;
}

/** A line this much longer than its column holds two printed lines (pdftotext's joins). */
export const DOUBLE_LINE_RATIO = 1.45;
/** Pages where fewer lines than this end in a hyphen have had their broken words joined by the extractor. */
export const JOINED_MAX_HYPHEN_SHARE = 0.03;
/** …and where at least this share of lines are double lines. */
export const JOINED_MIN_DOUBLE_SHARE = 0.05;

/** On such a page, a line this much longer than the column holds a pulled-up line (the second part may be short). */
export const JOINED_LINE_RATIO = 1.2;
/** The percentile taken as the column when the page has double lines. */
export const JOINED_MEASURE_PERCENTILE = 0.4;
/** Three wide lines in a row are a deck or a wide caption, not double lines. */
const WIDE_RUN = 3;

function fewHyphens(feats: readonly LineTextEvidence[]): boolean {
  let hyphens = 0;
  for (const t of feats) if (t.endsHyphen) hyphens++;
  return feats.length >= 20 && hyphens / feats.length < JOINED_MAX_HYPHEN_SHARE;
}

/** Did the extractor join the page's broken words by pulling lines up (few line-end hyphens, many double lines)? */
function joinsBrokenWords(feats: readonly LineTextEvidence[], lens: readonly number[], low: readonly number[]): boolean {
  if (feats.length < 20) return false;
  let hyphens = 0;
  let doubles = 0;
  for (let i = 0; i < feats.length; i++) {
    if (feats[i]!.endsHyphen) hyphens++;
    if (lens[i]! > DOUBLE_LINE_RATIO * low[i]!) doubles++;
  }
  return hyphens / feats.length < JOINED_MAX_HYPHEN_SHARE && doubles / feats.length >= JOINED_MIN_DOUBLE_SHARE;
}

/** Is line i inside a run of WIDE_RUN or more wide lines (a deck, a wide caption)? */
function wideRun(lens: readonly number[], low: readonly number[], i: number): boolean {
  const wide = (k: number): boolean => k >= 0 && k < lens.length && lens[k]! > DOUBLE_LINE_RATIO * low[k]!;
  let n = 1;
  for (let k = i - 1; wide(k); k--) n++;
  for (let k = i + 1; wide(k); k++) n++;
  return n >= WIDE_RUN;
}

/** Evidence for every line of a page's line stream (lines in reading order as read, with the blank-line flags). */
export function lineInfos(lines: readonly Line[], gaps: readonly boolean[]): LineInfo[] {
  const feats = lines.map(textFeatures);
  const lens = lines.map((l, i) => measureOf(l, feats[i]!));
  let spans = localWidths(lens);
  // pdftotext (default mode) joins a word broken at a line end by pulling the next line up into
  // this one: such a line holds two printed lines. Its last printed line is what tells a
  // paragraph's end, so it is measured alone (the line's length less one column). The column is
  // then a low percentile of the lengths (double lines are many in narrow, much-hyphenated columns).
  const low = fewHyphens(feats) ? localWidths(lens, JOINED_MEASURE_PERCENTILE) : null;
  const pulledUp = new Array<boolean>(lines.length).fill(false);
  if (low && joinsBrokenWords(feats, lens, low)) {
    for (let i = 0; i < lens.length; i++) {
      if (lens[i]! <= JOINED_LINE_RATIO * low[i]! || wideRun(lens, low, i)) continue;
      // Several joins in a row pull up several lines: keep the last.
      let last = lens[i]!;
      while (last > JOINED_LINE_RATIO * low[i]!) last -= low[i]!;
      lens[i] = Math.max(1, last);
      pulledUp[i] = true;
    }
    spans = localWidths(lens);
  }
  const widths = [...spans];
  // On a page the extractor joined, lines left whole as a run of wide lines (wideRun) are no guide to a
  // column box's measure: when a box holds single lines too, they alone give it (boxLengths).
  const wideLeft = low ? lens.map((l, i) => !pulledUp[i] && l > DOUBLE_LINE_RATIO * low[i]!) : null;
  // Text boxes (runs between blank lines) of a few lines or more are set to one measure: take it from the box.
  // (A box's lengths are sorted in one scratch array: most boxes are a few lines, where an insertion sort
  // beats allocating and sorting a typed array per box.)
  const scratch: number[] = [];
  let start = 0;
  for (let i = 1; i <= lines.length; i++) {
    if (i < lines.length && !gaps[i]) continue;
    if (i - start >= BOX_MEASURE_MIN_LINES) {
      let w = boxMeasure(sortedLengths(lens, start, i, scratch));
      // On a page the extractor joined, a box measure that is itself a double line's length (over
      // DOUBLE_LINE_RATIO × the column about the box's middle) came from lines left whole: boxLengths.
      if (low && wideLeft && w > DOUBLE_LINE_RATIO * low[(start + i) >> 1]!) w = boxMeasure(boxLengths(lens, start, i, scratch, wideLeft));
      for (let k = start; k < i; k++) widths[k] = w;
    }
    start = i;
  }
  return lines.map((line, i) => {
    const len = lens[i]!;
    const info = makeInfo(line, feats[i]!, gaps[i] ?? false, len, widths[i]!, spans[i]! > 0 ? len / spans[i]! : 1, pulledUp[i]!);
    remember(line, info);
    return info;
  });
}

/** A box's measure: the MEASURE_PERCENTILE of its lines' lengths (in ascending order), at least MIN_MEASURE. */
function boxMeasure(box: ArrayLike<number> & { length: number }): number {
  return Math.max(MIN_MEASURE, box[Math.min(box.length - 1, Math.floor(box.length * MEASURE_PERCENTILE))]!);
}

/**
 * The lengths a box's measure is taken from, in ascending order: `lens[from..to)`, less the lines
 * `wide` marks (wide lines left whole on a page the extractor joined) when at least
 * BOX_MEASURE_MIN_LINES others remain. A column's lines joined two by two and read as one run of wide
 * lines with the captions after it (dev014 page.txt: `the University of Michigan in 1961. Fillmore spent
 * ten years at The Ohio State University…`, 164 characters in a 42-character column) made the box's
 * measure twice the column's, and a full line under it (`He received his Ph.D. in Linguistics from`)
 * a short one; a box all of wide lines (a deck) keeps them.
 */
function boxLengths(lens: readonly number[], from: number, to: number, scratch: number[], wide: readonly boolean[] | null): ArrayLike<number> & { length: number } {
  if (wide) {
    const kept: number[] = [];
    for (let k = from; k < to; k++) if (!wide[k]) kept.push(lens[k]!);
    if (kept.length >= BOX_MEASURE_MIN_LINES && kept.length < to - from) return sortedLengths(kept, 0, kept.length, scratch);
  }
  return sortedLengths(lens, from, to, scratch);
}

/** Boxes up to this many lines are sorted by insertion (few lines: no allocation); longer ones as a typed array. */
const INSERTION_SORT_MAX = 32;

/** `lens[from..to)` in ascending order, in `scratch` (reused) for a short range. */
function sortedLengths(lens: readonly number[], from: number, to: number, scratch: number[]): ArrayLike<number> & { length: number } {
  const n = to - from;
  if (n > INSERTION_SORT_MAX) {
    const box = new Float64Array(n);
    for (let k = from; k < to; k++) box[k - from] = lens[k]!;
    return box.sort();
  }
  scratch.length = n;
  for (let k = 0; k < n; k++) {
    const v = lens[from + k]!;
    let j = k;
    while (j > 0 && scratch[j - 1]! > v) {
      scratch[j] = scratch[j - 1]!;
      j--;
    }
    scratch[j] = v;
  }
  return scratch;
}

/**
 * What a line's text alone says. Lines measured before (by an earlier step, for the same text)
 * give theirs; only new or changed lines are read again.
 */
function textFeatures(line: Line): LineTextEvidence {
  // The line's text read once (lines come in many shapes: each property read is a slow look-up).
  const raw = line.text;
  const cached = cachedInfo(line);
  if (cached && cached.text === raw) return cached;
  const text = raw.trim();
  const spacing = wordsAndStretch(text, cutPiece(line));
  return {
    chars: text.length,
    endsSentence: endsSentence(text),
    endsHyphen: endsHyphen(text),
    startsLower: startsLower(text),
    startsUpper: startsUpper(text),
    allCaps: isAllCaps(text),
    words: spacing.words,
    stretched: spacing.stretched,
  };
}

/** `LOWER_START.test(text)`, read off the character codes while they are ASCII (the regex decides otherwise). */
export function startsLower(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return LOWER_START.test(text);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90)) return false;
    if (c < 97 || c > 122) continue;
    // A lower-case letter: the word it starts (letters, apostrophes, hyphens) must hold no capital.
    for (let k = i + 1; k < text.length; k++) {
      const d = text.charCodeAt(k);
      if (d >= 128) return LOWER_START.test(text);
      if (d >= 65 && d <= 90) return false;
      if (!((d >= 97 && d <= 122) || d === 39 || d === 45)) return true;
    }
    return true;
  }
  return false;
}

/** `UPPER_START.test(text)`, read off the character codes while they are ASCII (the regex decides otherwise). */
function startsUpper(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return UPPER_START.test(text);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90)) return true;
    if (c >= 97 && c <= 122) return false;
  }
  return false;
}

/** A line's length: its box width when known, else its character count. */
function measureOf(line: Line, t: LineTextEvidence): number {
  if (line.box) return line.box.x1 - line.box.x0;
  return t.chars;
}

/** The local measure for each line: a high percentile of the lengths in a window around it (a sliding sorted window). */
export function localWidths(lens: readonly number[], percentile = MEASURE_PERCENTILE): number[] {
  const n = lens.length;
  const out: number[] = new Array<number>(n);
  const sorted: number[] = [];
  let lo = 0;
  let hi = -1;
  for (let i = 0; i < n; i++) {
    const wantHi = Math.min(n - 1, i + MEASURE_WINDOW);
    const wantLo = Math.max(0, i - MEASURE_WINDOW);
    while (hi < wantHi) insertSorted(sorted, lens[++hi]!);
    while (lo < wantLo) removeSorted(sorted, lens[lo++]!);
    const w = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * percentile))]!;
    out[i] = Math.max(MIN_MEASURE, w);
  }
  return out;
}

/** Insert `v` into the ascending array `a`, keeping it ascending (a few elements: no search). */
export function insertSorted(a: number[], v: number): void {
  let i = a.length;
  a.push(v);
  while (i > 0 && a[i - 1]! > v) {
    a[i] = a[i - 1]!;
    i--;
  }
  a[i] = v;
}

function removeSorted(a: number[], v: number): void {
  const i = a.indexOf(v);
  // `a.splice(i, 1)` without the array of removed items it returns (one per line of the page); a plain
  // loop, as `copyWithin` reads and writes element by element through the generic property path.
  if (i >= 0) {
    for (let j = i + 1; j < a.length; j++) a[j - 1] = a[j]!;
    a.pop();
  }
}

/** First word of a text (for the "would it have fitted on the line before?" test). */
export function firstWord(text: string): string {
  const m = /^\s*(\S+)/u.exec(text);
  return m ? m[1]! : '';
}

/** Does the text end a sentence (`.`, `!`, `?`, `…`, then closing quotes or brackets)? Same as SENTENCE_END, without a regex scan. */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  // Reference marks after the sentence (`… the Sixth. [7]`, `[4] [5]`) do not end it.
  while (i > 2 && text[i] === ']') {
    const open = text.lastIndexOf('[', i);
    if (open < 0 || i - open > 5) break;
    i = open - 1;
    while (i >= 0 && text[i] === ' ') i--;
  }
  while (i >= 0 && (text.charCodeAt(i) === 32 || CLOSER_CODES.has(text.charCodeAt(i)))) i--;
  return i >= 0 && SENTENCE_MARK_CODES.has(text.charCodeAt(i));
}

/** The broken word's letters before a line-end hyphen (group 1: `per` of `being per-`); linear (the lookbehind anchors the run). */
export const BROKEN_STEM = /(?<!\p{L})(\p{L}+)-$/u;

/** Does the text end in a letter and a hyphen (`docu-`)? */
export function endsHyphen(text: string): boolean {
  const n = text.length;
  if (n < 2 || text[n - 1] !== '-') return false;
  const c = text[n - 2]!;
  return c.toLowerCase() !== c.toUpperCase();
}

/** All letters are capitals, and there are at least three characters. */
export function isAllCaps(text: string): boolean {
  if (text.length < 3) return false;
  // Read off the character codes while they are ASCII (a–z are the only lower-case letters there, A–Z
  // the only capitals): most lines show a lower-case letter within a few characters. The patterns
  // decide once a character outside ASCII comes first.
  let upper = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return !HAS_LOWER.test(text) && HAS_UPPER.test(text);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper;
}
const HAS_LOWER = /\p{Ll}/u;
const HAS_UPPER = /\p{Lu}/u;

/** Number of space-separated words. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/**
 * Is the line a piece of a printed line the extractor cut (pdfminer keeps the space at the cut: the
 * piece ends in one, `mission␠`), or pieces put back together (restore-pieces: its span covers several
 * lines of the file)? Only such a short line counts one wide gap as stretching (FEW_GAPS).
 */
function cutPiece(line: Line): boolean {
  const o = line.original;
  const last = o.charCodeAt(o.length - 1);
  if (last === 32 || last === 9) return true;
  const span = line.source.span;
  return span !== undefined && span.start.line !== span.end.line;
}

/** `countWords` and `isStretched` of one text, in one scan (every line of a page is read so). */
function wordsAndStretch(text: string, piece = false): { words: number; stretched: boolean } {
  let words = 0;
  let gaps = 0;
  let wide = 0;
  let wideInSentence = 0;
  let prev = 32;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && prev <= 32) words++;
    else if (c === 32 && i > 0 && prev !== 32) {
      gaps++;
      if (text.charCodeAt(i + 1) === 32) {
        wide++;
        // (Only a cut piece reads where its wide gap stands: every other line of a page skips the look.)
        if (piece && !afterSentenceEnd(text, i)) wideInSentence++;
      }
    }
    prev = c;
  }
  return { words, stretched: stretchedGaps(gaps, wide, wideInSentence) };
}

/** A stretched line has at least this many wide gaps (one double space may be a typing slip). */
export const MIN_WIDE_GAPS = 2;
/**
 * …but a piece of a printed line the extractor cut (cutPiece) of this many gaps or fewer (two or three
 * words: `to  England.`, the last of three pieces pdfminer cut from one justified line, d2_001) is
 * stretched by one wide gap inside a sentence: a piece holds too few gaps to show more, and a wide gap
 * after a sentence's end is the typesetter's sentence space, not stretching. A whole short line with one
 * wide gap (`in  2012.`, a typed double space, or a narrow box whose every gap pdfminer writes wide)
 * may be a paragraph's last line: it does not count (a review's cases, 2026-12-08).
 */
export const FEW_GAPS = 2;

/** Are most of the word gaps two spaces or more (and at least MIN_WIDE_GAPS of them, or, on a cut piece of FEW_GAPS, one inside a sentence)? */
export function isStretched(text: string, piece = false): boolean {
  return wordsAndStretch(text, piece).stretched;
}

function stretchedGaps(gaps: number, wide: number, wideInSentence: number): boolean {
  if (wide * 2 < gaps) return false;
  return wide >= MIN_WIDE_GAPS || (gaps <= FEW_GAPS && wideInSentence >= 1);
}

/** Does the gap at `i` follow a sentence's end (`.`, `!`, `?`, `:`, `;`, `…`, maybe closed by a quote or bracket)? */
function afterSentenceEnd(text: string, i: number): boolean {
  let k = i - 1;
  while (k > 0 && CLOSER_CODES.has(text.charCodeAt(k))) k--;
  return SENTENCE_STOP_CODES.has(text.charCodeAt(k));
}

/** Sentence marks, and the colon and semicolon after which a typesetter may set a wider space too. */
const SENTENCE_STOP_CODES = new Set([...SENTENCE_MARKS, ':', ';'].map((c) => c.charCodeAt(0)));

/**
 * Share of lines that must be stretched before stretching is read as evidence: the extractor
 * marks wide gaps on this page, and its columns are justified (a page of plain text with the odd
 * double space is not).
 */
export const STRETCH_MARKED_SHARE = 0.1;

/** Does the page show justified lines by their wide gaps? */
export function marksStretch(infos: readonly LineInfo[]): boolean {
  let n = 0;
  for (const l of infos) if (l.stretched) n++;
  return infos.length > 0 && n / infos.length >= STRETCH_MARKED_SHARE;
}

/** Share of lines that open a text box above which a page is read as boxed (pdfminer-like: blank lines between boxes). */
export const BOXED_PAGE_SHARE = 0.04;

/** Is the page's text laid out in boxes separated by blank lines (rather than one run of lines)? */
export function isBoxed(infos: readonly LineInfo[]): boolean {
  if (infos.length === 0) return false;
  return infos.filter((l) => l.gapBefore).length / infos.length >= BOXED_PAGE_SHARE;
}
