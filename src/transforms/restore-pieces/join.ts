/**
 * Join the pieces of one printed line into one line.
 *
 * Once the pieces of a cut line are in order (./index.ts, ./strays.ts), they are still lines of their
 * own, each far shorter than the column: the later steps read a line's length as evidence (a short line
 * ending a sentence ends its paragraph, reflow/boundaries.ts), so `dows.` ⏎ `Instead of being`, the two
 * pieces of the printed line `dows. Instead of being`, read as a paragraph's last line and the next
 * paragraph's one-line start. Joined, they are the full line they were printed as.
 *
 * Two lines of one block are pieces of one printed line when:
 * - the page marks its cuts (./pieces.ts `marksCuts`): the first is a left piece (it ends on the space
 *   glyph at the cut) and the second can be the rest of its line (./junctions.ts `leftPieceOverfull`);
 * - the page does not (TeX's PDFs set no space glyphs): both are pieces (short, few words), together
 *   they fill the measure (FULL_LINE_SHARE to PIECES_LINE_RATIO of it: a printed line of a justified
 *   column is full unless it ends a paragraph), and the sentence runs through them (the first stops
 *   mid-sentence and the second starts in lower case, or the second goes on in lower case on the line
 *   after it). A short line inside running text that is not a paragraph's last line can only be part of
 *   a cut line, in any justified column; a paragraph's short last line followed by a heading is neither
 *   (a heading is followed by a sentence's capital, not by lower case).
 * Never after a line-end hyphen (a broken word ends its printed line) or a semicolon or colon (a list
 * item's line and a lead-in end there).
 *
 * Across a box edge, one case only: a left piece boxed alone right above the box whose first line is the
 * rest of its line (`joinBoxedLeftPieces`).
 *
 * Lines with boxes are never joined (their readers join pieces by geometry). Each join is a
 * `restore-pieces/joined` message.
 */
import type { Line, Page, Point, Source } from '../../model/types.js';
import type { Message } from '../../model/messages.js';
import { endsHyphen, endsSentence, JOINED_MAX_HYPHEN_SHARE, localWidths, startsLower } from '../classify/features.js';
import { collapsedText, endsOnSpace, MAX_PIECE_WORDS, PIECE_RATIO, wordCount } from './pieces.js';
import { FULL_LINE_SHARE, leftPieceOverfull, PIECES_LINE_RATIO, type JunctionContext } from './junctions.js';
import type { Vocabulary } from '../../lexicon/vocabulary.js';
import { SPEAKER } from '../classify/patterns.js';
import { hasLetter } from '../../text/ascii.js';

export const JOIN_RULE = 'restore-pieces/joined';
/** A join of two pieces whose cut the extractor marked (a left piece's space glyph). */
export const MARKED_JOIN_CONFIDENCE = 0.85;
/** A join read off the text alone (lengths and the sentence running through). */
export const TEXT_JOIN_CONFIDENCE = 0.65;

/**
 * A line end after which no piece of the same printed line follows: a list item, a lead-in (and a broken
 * word's hyphen). Nor does a piece opening with a speaker's label (`John Rauschenberg: Bailey’s,`, patterns.ts
 * SPEAKER) carry on the line before it: an interview opens each answer on a line of its own.
 */
export const CLOSED_PIECE_END = /[;:]$/u;

/**
 * Join the pieces of each printed line of the page into one line; returns how many joins were made.
 * `known`: the collapsed texts of the page's lines in reading order and their local widths, when the
 * caller has them for the page as it stands (./index.ts, when nothing moved): not computed again.
 */
export function joinPieces(page: Page, cuts: boolean, vocabulary: () => Vocabulary, messages: Message[], oneLine: ReadonlySet<Line> = new Set(), known?: { texts: readonly string[]; widths: readonly number[] }): number {
  let texts: readonly string[];
  let widths: readonly number[];
  if (known) {
    if (known.texts.length < 3) return 0;
    ({ texts, widths } = known);
  } else {
    const lines: Line[] = [];
    for (const b of page.blocks) for (const l of b.lines) lines.push(l);
    if (lines.length < 3) return 0;
    texts = lines.map((l) => collapsedText(l.text));
    widths = localWidths(texts.map((t) => t.length));
  }
  // Without the marks, lengths are the evidence: only on a layer that keeps its line-end hyphens. One that
  // joins broken words by pulling the next line up (pdftotext's default mode, classify/features.ts
  // JOINED_MAX_HYPHEN_SHARE) has lines of two printed lines, and two whole lines of a column look like
  // two pieces of one of those (`consider extensions.` ⏎ `Officials tell BBC News`).
  const lengthsTell = cuts || keepsLineEndHyphens(texts);
  if (!lengthsTell && oneLine.size === 0) return 0;
  const isPiece = (t: string, k: number): boolean => t.length < PIECE_RATIO * widths[k]! && hasLetter(t) && wordCount(t) <= MAX_PIECE_WORDS;
  let joined = 0;
  let k = 0;
  for (const block of page.blocks) {
    const start = k;
    k += block.lines.length;
    if (block.lines.length < 2 || block.lines.some((l) => l.box)) continue;
    const out: Line[] = [];
    let i = start;
    while (i < k) {
      let line = block.lines[i - start]!;
      /** The last piece joined so far, as read (a reorder may have named it in `oneLine`). */
      let last = line;
      let text = texts[i]!;
      /** The joined line as printed: each piece with its own spacing (`raw`, below). */
      let raw = line.text;
      let j = i + 1;
      const measure = widths[i]!;
      while (j < k) {
        const next = texts[j]!;
        let ok: boolean;
        let why: string;
        // (The speaker's label, a costly pattern, is asked last, of a pair the other evidence would join.)
        if (endsHyphen(text) || CLOSED_PIECE_END.test(text)) ok = false;
        else if (oneLine.has(last)) {
          ok = true;
          why = 'reordered, they are no longer than one printed line';
        } else if (!lengthsTell) ok = false;
        else if (cuts) {
          const ctx: JunctionContext = { measure, cuts, vocabulary };
          ok = endsOnSpace(line) && !leftPieceOverfull({ text, len: text.length, left: true }, { text: next, len: next.length, left: false }, ctx);
          why = 'the extractor kept the space at the cut';
        } else {
          const len = text.length + 1 + next.length;
          const after = j + 1 < k ? texts[j + 1]! : undefined;
          const before = i > start ? texts[i - 1]! : undefined;
          const runsThrough = (!endsSentence(text) && startsLower(next)) || (after !== undefined && !endsSentence(next) && startsLower(after));
          // Between running text: a full line of the block on each side (a run of short lines is a narrow
          // box, a pull quote or a list, set short on purpose).
          const between = before !== undefined && after !== undefined && !isPiece(before, i - 1) && !isPiece(after, j + 1);
          ok = between && isPiece(text, i) && isPiece(next, j) && len >= FULL_LINE_SHARE * measure && len <= PIECES_LINE_RATIO * measure && runsThrough;
          why = 'together they fill the measure and the sentence runs through them';
        }
        if (ok && SPEAKER.test(next)) ok = false;
        if (!ok) break;
        const nextLine = block.lines[j - start]!;
        raw = joinedAsPrinted(raw, nextLine.text);
        const merged = mergeLines(line, nextLine, raw);
        messages.push({
          rule: JOIN_RULE,
          severity: 'info',
          text: `joined two pieces of one printed line (${why!})`,
          source: merged.source,
          before: `${text} ⏎ ${next}`,
          after: `${text} ${next}`,
          confidence: cuts ? MARKED_JOIN_CONFIDENCE : TEXT_JOIN_CONFIDENCE,
        });
        joined++;
        last = nextLine;
        line = merged;
        text = `${text} ${next}`;
        j++;
        // Without the marks, two pieces make a line (a third would need the same evidence again, and the
        // joined line is no longer short).
        if (!cuts && !oneLine.has(last)) break;
      }
      out.push(line);
      i = j;
    }
    if (out.length !== block.lines.length) {
      block.lines = out;
      block.source = spanOf(out, block.source);
    }
  }
  if (cuts) joined += joinBoxedLeftPieces(page, vocabulary, messages);
  return joined;
}

/**
 * A left piece boxed alone right above the rest of its printed line (`The  first ` ⏎⏎ `inhabitants  of` ⏎
 * `Coron  were…`, d2_006): pdfminer cut the line at a wide space and boxed its pieces apart, in order. The
 * evidence that they are one line is the same as inside a block (the left piece ends on the space glyph at
 * the cut, the next box's first line can be the rest of it: `leftPieceOverfull`), and the sentence runs
 * through (the rest starts in lower case). Read as a box of its own, the piece is a heading's line (a
 * short line alone); joined, it is the first line of its paragraph again. The piece moves to the head of
 * the next box.
 */
export function joinBoxedLeftPieces(page: Page, vocabulary: () => Vocabulary, messages: Message[]): number {
  const lines: Line[] = [];
  for (const b of page.blocks) for (const l of b.lines) lines.push(l);
  if (lines.length < 3) return 0;
  const widths = localWidths(lines.map((l) => collapsedText(l.text).length));
  const at = new Map<Line, number>();
  lines.forEach((l, k) => at.set(l, k));
  let joined = 0;
  for (let b = 0; b + 1 < page.blocks.length; b++) {
    const block = page.blocks[b]!;
    const nextBlock = page.blocks[b + 1]!;
    // The next box is running text (two lines at least) whose first line is the rest: a box of one piece
    // is another scattered piece (`(Miller ` ⏎⏎ `in ` ⏎⏎ `Considering…`, d2_001), whose place ./strays.ts decides.
    if (block.lines.length !== 1 || nextBlock.lines.length < 2) continue;
    const piece = block.lines[0]!;
    const rest = nextBlock.lines[0]!;
    if (piece.box || rest.box || !endsOnSpace(piece)) continue;
    const text = collapsedText(piece.text);
    const next = collapsedText(rest.text);
    const measure = widths[at.get(piece)!]!;
    if (endsHyphen(text) || CLOSED_PIECE_END.test(text) || endsSentence(text) || !startsLower(next) || !/\p{L}/u.test(text)) continue;
    if (text.length >= PIECE_RATIO * measure || wordCount(text) > MAX_PIECE_WORDS) continue;
    if (leftPieceOverfull({ text, len: text.length, left: true }, { text: next, len: next.length, left: false }, { measure, cuts: true, vocabulary })) continue;
    const raw = joinedAsPrinted(piece.text, rest.text);
    const merged = mergeLines(piece, rest, raw);
    nextBlock.lines[0] = merged;
    nextBlock.source = spanOf(nextBlock.lines, nextBlock.source);
    block.lines = [];
    messages.push({
      rule: JOIN_RULE,
      severity: 'info',
      text: 'joined a left piece boxed alone to the rest of its printed line, the next box\'s first line',
      source: merged.source,
      before: `${text} ⏎⏎ ${next}`,
      after: `${text} ${next}`,
      confidence: MARKED_JOIN_CONFIDENCE,
    });
    joined++;
  }
  if (joined > 0) page.blocks = page.blocks.filter((b) => b.lines.length > 0);
  return joined;
}

/**
 * Two pieces of a printed line as one line, each with its own spacing: the left piece's space at the cut
 * (or one space), then the rest. A justified line that pdfminer writes with its wide gaps (two spaces for
 * one) stays stretched when joined (`Ted  Kennedy  drinking ` ⏎ `jokes.` is `Ted  Kennedy  drinking jokes.`):
 * reflow reads a stretched line as one the column ran on past (reflow/boundaries.ts `stretched`), where
 * the same line with its spaces collapsed is a short line that ends a sentence, a paragraph's last.
 */
export function joinedAsPrinted(left: string, right: string): string {
  return /\s$/u.test(left) ? left + right : `${left} ${right}`;
}

/**
 * Does the layer keep its line-end hyphens (at least JOINED_MAX_HYPHEN_SHARE of its lines end in one)? A
 * layer that joins broken words by pulling the next line up has lines of two printed lines, whose lengths
 * say nothing of pieces.
 */
export function keepsLineEndHyphens(texts: readonly string[]): boolean {
  let hyphens = 0;
  for (const t of texts) if (endsHyphen(t)) hyphens++;
  return hyphens >= JOINED_MAX_HYPHEN_SHARE * texts.length;
}

/** One line of two: the text given, the originals side by side, the span from the earlier start to the later end. */
export function mergeLines(a: Line, b: Line, text: string): Line {
  const original = a.original.endsWith(' ') || a.original.endsWith('\t') ? a.original + b.original : `${a.original} ${b.original}`;
  // (Built without the fields it must not keep rather than by deleting them: an object a field was
  // deleted from is slower to read everywhere after.)
  const { words: _words, packedWords: _packed, wordFonts: _fonts, join: _join, ...rest } = a;
  const line: Line = { ...rest, text, original, source: spanOf([a, b], a.source) };
  if (b.join) line.join = b.join;
  return line;
}

function spanOf(lines: readonly Line[], base: Source): Source {
  let start: Point | undefined;
  let end: Point | undefined;
  for (const l of lines) {
    const sp = l.source.span;
    if (!sp) return { ...base };
    if (!start || sp.start.offset < start.offset) start = sp.start;
    if (!end || sp.end.offset > end.offset) end = sp.end;
  }
  return start && end ? { ...base, span: { start, end } } : { ...base };
}
