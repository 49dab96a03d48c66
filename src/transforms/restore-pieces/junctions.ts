/**
 * Does one line read on into the next? The evidence a text layer keeps at a line end, used to tell
 * the order in which an extractor's scattered pieces of a printed line were set (./index.ts).
 *
 * Each rule names a junction that running text never has: a sentence end before a lower-case start,
 * a broken word that the next line does not complete, a left piece (a line the extractor cut at a
 * wide word space, ./pieces.ts) followed by text that cannot be its right part. None of them depends
 * on the page, the paper or the extractor: they are facts of English running text and of a printed
 * line's measure.
 */
import { BROKEN_STEM, endsHyphen, endsSentence, startsLower } from '../classify/features.js';
import { PIECES_LINE_RATIO } from '../dehyphenate/rules/swapped-piece.js';
import { isWord } from '../../lexicon/index.js';
import type { Vocabulary } from '../../lexicon/vocabulary.js';

/** A line in the order search: its text (spaces collapsed), its length and what its end says. */
export interface PieceLine {
  text: string;
  /** Characters, runs of spaces counted once. */
  len: number;
  /** The extractor kept a space glyph at its end: it was cut from a longer printed line (./pieces.ts). */
  left: boolean;
}

/** What the junction rules consult beyond the two lines. */
export interface JunctionContext {
  /** The column's measure at this place, in characters. */
  measure: number;
  /** The page marks its cuts with trailing spaces (./pieces.ts marksCuts): a line without one ends its printed line. */
  cuts?: boolean;
  /** The document's own words (built on first use). */
  vocabulary: () => Vocabulary;
}

/** Two pieces are one printed line when their characters (and a space) are at most this share of the measure (one definition with a swapped piece's). */
export { PIECES_LINE_RATIO };

/**
 * A last token that ends in a full stop without ending a sentence: initials and short abbreviations
 * (`U.S.`, `J.`, `Mr.`, `St.`, `Inc.`). A lower-case word after them is no evidence of disorder.
 */
const ABBREVIATION_END = /(?:^|\s)(?:(?:\p{L}\.)+|\p{Lu}\p{Ll}{0,2}\.)$/u;


/** The first word of a line, letters only (`secuted` of `secuted in`). */
const FIRST_LETTERS = /^\p{Ll}+/u;

/**
 * A sentence ends on `a` and `b` starts in lower case: running text starts a sentence with a
 * capital, so `b` does not follow `a` (`faith.` ⏎ `officials had`).
 */
export function sentenceThenLower(a: PieceLine, b: PieceLine): boolean {
  return endsSentence(a.text) && !ABBREVIATION_END.test(a.text) && startsLower(b.text);
}

/**
 * `a` ends in a broken word (`per-`) and `b` starts in lower case with letters that do not complete
 * it: neither the joined form (`perin`) nor the hyphenated one (`per-in`) is a word of the lexicon or
 * of the document. A capital or a digit after the hyphen says nothing (`Fang-` ⏎ `Kuei`, `mid-` ⏎ `1990s`).
 */
export function brokenWordNotCompleted(a: PieceLine, b: PieceLine, ctx: JunctionContext): boolean {
  if (!endsHyphen(a.text)) return false;
  const rest = FIRST_LETTERS.exec(b.text)?.[0];
  if (!rest) return false;
  const stem = BROKEN_STEM.exec(a.text)?.[1];
  if (!stem) return false;
  const joined = stem + rest;
  if (isWord(joined)) return false;
  const v = ctx.vocabulary();
  return v.count(joined) === 0 && v.count(`${stem}-${rest}`) === 0;
}

/**
 * `a` ends in a broken word and `b` does not start in lower case. A compound broken at its hyphen
 * goes on so (`Fang-` ⏎ `Kuei`, `mid-` ⏎ `1990s`), and so does a heading after a short last line
 * whose broken word the lexicon does not know (`Lol-` ⏎ `land.` ⏎ `Get around`): counted as a fault,
 * it weighs as much as the broken-word fault it would replace, so such a line is never moved after a
 * broken word to cure a name the lexicon lacks.
 */
export function brokenWordThenOther(a: PieceLine, b: PieceLine): boolean {
  return endsHyphen(a.text) && !startsLower(b.text);
}

/**
 * `a` is a left piece and `b` cannot be the rest of its printed line: the two together are longer
 * than the measure allows (PIECES_LINE_RATIO), or `b` is a whole line (FULL_LINE_SHARE). A left piece is followed by its right part.
 */
export function leftPieceOverfull(a: PieceLine, b: PieceLine, ctx: JunctionContext): boolean {
  return a.left && (a.len + 1 + b.len > PIECES_LINE_RATIO * ctx.measure || b.len >= FULL_LINE_SHARE * ctx.measure);
}

/** A line at least this share of the measure is a whole printed line, never the rest of a cut one (as ./pieces.ts PIECE_RATIO). */
export const FULL_LINE_SHARE = 0.8;

/**
 * A clause's subject at a line end (`together we`) is followed by its verb, never by another subject
 * (`it’s sort of like`): English puts one subject before a finite verb. `I` is left out (a lone capital
 * ends lists and names), so are the object forms (`them`, `us`), which another clause may follow.
 */
const SUBJECT_END = /(?:^|\s)(?:we|they|he|she)$/iu;
const SUBJECT_START = /^(?:i|you|we|they|he|she|it)(?:['’](?:s|re|ve|ll|d|m))?\s/iu;

/** `a` ends on a subject pronoun and `b` starts with another subject (pronoun or pronoun contraction). */
export function subjectThenSubject(a: PieceLine, b: PieceLine): boolean {
  return SUBJECT_END.test(a.text) && SUBJECT_START.test(b.text);
}

/** The rules that flag a junction, with their ids (for the message). */
export const JUNCTION_RULES: ReadonlyArray<{ id: string; bad: (a: PieceLine, b: PieceLine, ctx: JunctionContext) => boolean }> = [
  { id: 'sentence-then-lower', bad: sentenceThenLower },
  { id: 'broken-word', bad: brokenWordNotCompleted },
  { id: 'broken-word-then-other', bad: brokenWordThenOther },
  { id: 'left-piece', bad: leftPieceOverfull },
  { id: 'subject-then-subject', bad: subjectThenSubject },
];

/** How many rules say `b` does not follow `a` (0: nothing against it). */
export function junctionCost(a: PieceLine, b: PieceLine, ctx: JunctionContext): number {
  let n = 0;
  for (const r of JUNCTION_RULES) if (r.bad(a, b, ctx)) n++;
  return n;
}

/** The ids of the rules that flag the junction `a` → `b`. */
export function junctionFaults(a: PieceLine, b: PieceLine, ctx: JunctionContext): string[] {
  return JUNCTION_RULES.filter((r) => r.bad(a, b, ctx)).map((r) => r.id);
}

/**
 * A printed line of a justified column is filled to the measure unless it ends a paragraph. On a page
 * that marks its cuts, the pieces up to one without a trailing space make one printed line: when those
 * pieces start in lower case (mid-sentence), stop without a sentence end and fill less than this share
 * of the measure, a piece of that line is elsewhere (`involve a number` ⏎ `different` ⏎ `of ` ⏎ `games`:
 * `different` alone would be a printed line a third of the measure long).
 */
export const SHORT_PRINTED_LINE_RATIO = 0.5;

/** The printed line ending with `end` (pieces `startText` … `end`, `len` characters) is short mid-sentence. */
export function shortPrintedLine(startText: string, len: number, end: PieceLine, ctx: JunctionContext): boolean {
  return !!ctx.cuts && !end.left && len < SHORT_PRINTED_LINE_RATIO * ctx.measure && startsLower(startText) && !endsSentence(end.text);
}
