/**
 * A line an extractor cut in two and printed right piece first.
 *
 * pdfminer (and other extractors that group glyphs into text boxes by the gaps between them) cuts a
 * justified line at a wide word space and may print the right-hand piece before the left-hand one:
 *
 *     jects, based on the knowl-        printed:  `knowl-` ⏎ `they feel` ⏎ `edge and skills`
 *     edge and skills they feel         (dev006 page.pdfminer.txt)
 *
 * The broken word at the end of the line above says which piece comes first: `knowl-` + `they` is no
 * word (the decision does not fit), `knowl-` + `edge` is. When the two pieces together are no longer
 * than one printed line, the line after the fragment is moved before it and the broken word is joined
 * with it. The evidence is the broken word (a word on any page) and the line lengths (a printed line
 * has one measure on any page), not the extractor: text without such cuts is never changed, because
 * the first decision fits there.
 */
import type { Line } from '../../../model/types.js';
import type { Message } from '../../../model/messages.js';
import type { DehyphenateContext } from '../context.js';
import { decideLineEnd, type LineEndDecision } from '../decide.js';

/**
 * Two pieces are one printed line when their characters (and the space between them) are at most
 * this share of the measure: character counts stray from printed widths by about a tenth in
 * proportional type, and a justified line's word spaces stretch.
 */
export const PIECES_LINE_RATIO = 1.15;
/** Each piece is at most this share of the measure: a whole line is no piece. */
export const PIECE_RATIO = 0.8;
/**
 * The rest of a broken word starts in lower case (`edge`, `cation`, `guished`); a line starting with a
 * capital opens something else (`Lol-` ⏎ `land.` ⏎ `Get around`: a heading after a short last line).
 */
const LOWER_START = /^\p{Ll}/u;
/** Lines either side of the broken word's line that give the column's measure (the longest of them). */
const MEASURE_WINDOW = 3;

/**
 * Evidence that the line two down completes the broken word as a word: the joined form is a word of the
 * lexicon or of the document. A decision that fits on the next line (a dash or a compound: `al-` ⏎ `the`
 * read `al — the`) gives way only to this; one that does not fit gives way to any fitting decision.
 */
const WORD_EVIDENCE: ReadonlySet<string> = new Set(['known-word', 'joined-in-document']);

/**
 * Whether to try the line two down: the decision on the next line does not fit, or it is no join
 * (a dash or a kept hyphen, which a fragment's closed-class first word can make fit: `al-` ⏎ `the`).
 */
export function mayBeSwapped(first: LineEndDecision): boolean {
  return !first.fits || first.join !== 'join';
}

/**
 * At `lines[i]` (ending in a broken word whose decision `first` on `lines[i + 1]` is doubtful,
 * mayBeSwapped): when the line after that continues the word and the two lines are the pieces of one
 * printed line, swap them in place, record the move, and return the decision on the new neighbour;
 * otherwise null. Only for lines without a box: where the reader measured the page, it placed the
 * pieces itself.
 */
export function swapSplitLine(lines: Line[], i: number, first: LineEndDecision, ctx: DehyphenateContext, messages: Message[]): LineEndDecision | null {
  const line = lines[i]!;
  const piece = lines[i + 1];
  const rest = lines[i + 2];
  if (!piece || !rest || line.box || piece.box || rest.box) return null;
  const measure = measureAround(lines, i);
  const a = piece.text.trim().length;
  const b = rest.text.trim().length;
  if (!LOWER_START.test(rest.text.trimStart())) return null;
  if (a > PIECE_RATIO * measure || b > PIECE_RATIO * measure || a + 1 + b > PIECES_LINE_RATIO * measure) return null;
  const decision = decideLineEnd(line, rest, ctx);
  if (!decision || !decision.fits || decision.join === 'dash') return null;
  if (first.fits && (decision.join !== 'join' || !decision.votes.some((v) => WORD_EVIDENCE.has(v.why)))) return null;
  lines[i + 1] = rest;
  lines[i + 2] = piece;
  messages.push({
    rule: 'dehyphenate/swapped-piece',
    severity: 'info',
    text: `moved a line before the one printed above it: "${rest.text.trim()}" continues "${decision.site.leftToken}", and "${piece.text.trim()}" is the rest of its printed line`,
    source: rest.source,
    before: `${piece.text.trim()} ⏎ ${rest.text.trim()}`,
    after: `${rest.text.trim()} ${piece.text.trim()}`,
    confidence: decision.confidence,
  });
  return decision;
}

/** The longest line near `i` (the broken word's line and MEASURE_WINDOW lines either side). */
function measureAround(lines: readonly Line[], i: number): number {
  let max = 0;
  for (let k = Math.max(0, i - MEASURE_WINDOW); k <= Math.min(lines.length - 1, i + MEASURE_WINDOW + 2); k++) {
    const n = lines[k]!.text.trim().length;
    if (n > max) max = n;
  }
  return max;
}
