/**
 * A loose word: a piece boxed alone, on a page whose extractor marks no cuts (TeX's PDFs set no space
 * glyphs, so ./strays.ts has no left piece to go by). pdfminer may box a word or two of a justified line
 * apart and print the box lines away (`rapidly` ⏎⏎ `Titley: Yes. All` … `Knight: Phailin’s winds will` ⏎
 * `weaken as it pushes inland.`). Read off the text and the lengths alone:
 * - the box holds one short line of at most LOOSE_MAX_WORDS words starting in lower case, and it is out
 *   of place where it is printed: a whole line on each side of it (a piece is printed beside the rest of
 *   its line, and neither whole line lacks it), or a sentence end before it (`strength.` ⏎ `rapidly`);
 * - its place is a line of running text that stops short mid-sentence: a piece (./pieces.ts) not ending a
 *   sentence, a hyphen or a clause, after a whole line or a sentence end (or first in its box), whose sentence goes on in
 *   lower case on the next line of its box. In a justified column such a line lacks words. With the loose
 *   word it fills the measure (FULL_LINE_SHARE to PIECES_LINE_RATIO of it) and neither junction is faulty
 *   (./junctions.ts);
 * - one such place alone lies within STRAY_WINDOW lines of it (a tie is no evidence).
 * The word is appended to that line (the two are one printed line) and its box is gone. Each move is a
 * `restore-pieces/stray` message.
 */
import type { Block, Line, Page } from '../../model/types.js';
import type { Message } from '../../model/messages.js';
import type { Vocabulary } from '../../lexicon/vocabulary.js';
import { endsHyphen, endsSentence, localWidths, startsLower } from '../classify/features.js';
import { collapsedText, MAX_PIECE_WORDS, PIECE_RATIO, wordCount } from './pieces.js';
import { FULL_LINE_SHARE, junctionCost, PIECES_LINE_RATIO, sentenceThenLower, type JunctionContext, type PieceLine } from './junctions.js';
import { STRAY_CONFIDENCE, STRAY_RULE, STRAY_WINDOW } from './strays.js';
import { CLOSED_PIECE_END, mergeLines } from './join.js';

/** A loose word's box holds at most this many words (the dev pages' loose boxes hold one or two: `rapidly`, `joined forces`). */
export const LOOSE_MAX_WORDS = 2;

/** Move each loose word to the one line near it that lacks it; returns how many moved. */
export function placeLooseWords(page: Page, vocabulary: () => Vocabulary, messages: Message[]): number {
  let moved = 0;
  // The page's flow and its measures, built when first asked for and again after a move (loose words are few).
  let flow: Array<{ line: Line; block: Block; text: string }> | undefined;
  let widths: number[] = [];
  const build = (): Array<{ line: Line; block: Block; text: string }> => {
    const f: Array<{ line: Line; block: Block; text: string }> = [];
    for (const b of page.blocks) for (const l of b.lines) f.push({ line: l, block: b, text: collapsedText(l.text) });
    widths = localWidths(f.map((e) => e.text.length));
    return f;
  };
  for (let bi = 0; bi < page.blocks.length; bi++) {
    const block = page.blocks[bi]!;
    if (block.lines.length !== 1 || block.lines[0]!.box) continue;
    const x = block.lines[0]!;
    const tx = collapsedText(x.text);
    if (!startsLower(tx) || endsSentence(tx) || wordCount(tx) > LOOSE_MAX_WORDS) continue;
    const fl = (flow ??= build());
    const isPiece = (k: number): boolean => {
      const t = fl[k]!.text;
      return t.length < PIECE_RATIO * widths[k]! && /\p{L}/u.test(t) && wordCount(t) <= MAX_PIECE_WORDS;
    };
    const at = fl.findIndex((f) => f.line === x);
    if (at <= 0 || at + 1 >= fl.length || !isPiece(at)) continue;
    const pl = (k: number): PieceLine => ({ text: fl[k]!.text, len: fl[k]!.text.length, left: false });
    const px: PieceLine = { text: tx, len: tx.length, left: false };
    const outOfPlace = (!isPiece(at - 1) && !isPiece(at + 1)) || sentenceThenLower(pl(at - 1), px);
    if (!outOfPlace) continue;
    const sites: number[] = [];
    for (let j = Math.max(0, at - STRAY_WINDOW); j < Math.min(fl.length - 1, at + STRAY_WINDOW); j++) {
      if (j === at || j + 1 === at) continue;
      const a = fl[j]!;
      const b = fl[j + 1]!;
      if (a.block !== b.block || a.line.box || b.line.box) continue;
      if (!isPiece(j) || endsSentence(a.text) || endsHyphen(a.text) || CLOSED_PIECE_END.test(a.text) || !startsLower(b.text)) continue;
      // The line lacks words, not its partner piece: the line before it in its box is whole, or ends a
      // sentence (a paragraph's short last line), or there is none.
      if (j > 0 && fl[j - 1]!.block === a.block && isPiece(j - 1) && !endsSentence(fl[j - 1]!.text)) continue;
      const m = widths[j]!;
      const len = a.text.length + 1 + tx.length;
      if (len < FULL_LINE_SHARE * m || len > PIECES_LINE_RATIO * m) continue;
      const ctx: JunctionContext = { measure: m, vocabulary };
      if (junctionCost(pl(j), px, ctx) > 0 || junctionCost(px, pl(j + 1), ctx) > 0) continue;
      sites.push(j);
    }
    if (sites.length !== 1) continue;
    const a = fl[sites[0]!]!;
    const k = a.block.lines.indexOf(a.line);
    a.block.lines[k] = mergeLines(a.line, x, `${a.text} ${tx}`);
    page.blocks.splice(bi, 1);
    bi--;
    flow = undefined;
    messages.push({
      rule: STRAY_RULE,
      severity: 'info',
      text: `moved a word the extractor boxed alone (line ${x.source.span?.start.line ?? '?'}) to the line that lacks it (line ${a.line.source.span?.start.line ?? '?'}): together they fill the measure`,
      source: x.source,
      before: `${a.text} ⏎ … ⏎ ${tx}`,
      after: `${a.text} ${tx}`,
      confidence: STRAY_CONFIDENCE,
    });
    moved++;
  }
  return moved;
}
