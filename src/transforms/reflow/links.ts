/**
 * Scores for "piece B carries on piece A" (A stops mid-sentence at a column
 * break or an interruption). Evidence, each a small named weight:
 * - B is A's next paragraph piece in the same flow (no heading, byline or
 *   sign-off between): the usual case; further pieces cost a little each,
 *   pieces printed before A (extractors do not always keep column order) more;
 * - how B starts: lower case carries on a sentence, a digit or bracket may, a
 *   capital only carries on a plainly unfinished sentence (`left for` ⏎ `Moscow`);
 * - a word remainder at B's start (`erative`, not a word) needs A to end in a
 *   hyphen, and the hyphen decision across the two must read as a word; when
 *   it does, the two halves of one word outweigh the distance, and a hyphen
 *   that joins nothing with B's first word counts against B.
 */
import type { Block } from '../../model/types.js';
import { CLOSED_CLASS, isWord } from '../../lexicon/index.js';
import type { DehyphenateContext } from '../dehyphenate/index.js';
import { fitsAfterLeft, neverAfterArticle, type Piece } from './pieces.js';
import { isSpaceCode, lowerCase } from '../../text/ascii.js';

/** Links scoring below this are not made. */
export const MIN_LINK_SCORE = 1.5;
/** A lower-case piece left without a partner takes its best one down to this score (distance alone kept it out). */
export const MIN_ORPHAN_SCORE = -4;
/** Paragraph pieces ahead (and behind) of A that are considered as its continuation. */
export const LINK_WINDOW = 14;

/**
 * A sentence's first words: a capitalised article, preposition or conjunction, then a word in lower case
 * (`In the 1990s, Fillmore…`, `The stampede at…`). English capitalises such a word only at a sentence's
 * start (or in a title or a name, whose next word is capitalised too: `The Hague`, `In Cold Blood`), so a
 * piece that opens so begins a sentence, and a line ending on a bare word without a stop
 * (`Hundreds dead in Hajj stampede`, a heading) does not run on into it.
 */
export const SENTENCE_OPENER = /^\s*(?:The|A|An|In|On|At|For|From|With|By|After|Before|During|Since|Under|Over|But|And|Or|When|While|Although|If|As)\s+\p{Ll}/u;

/** The last word of a text, lower-cased, without the marks around it. */
const LAST_WORD = /([\p{L}'’]+)[^\p{L}]*$/u;

/**
 * Is the piece one line set alone that ends on a content word (`Hundreds dead in Hajj stampede`): a
 * heading's shape? A line ending on a function word (`… interested because`) plainly goes on, whatever
 * follows it.
 */
export function standsAlone(p: Piece): boolean {
  if (p.block.lines.length !== 1) return false;
  const w = LAST_WORD.exec(p.block.lines[0]!.text.trimEnd())?.[1];
  return w !== undefined && !CLOSED_CLASS.has(lowerCase(w));
}

const W = {
  /** B is the next paragraph piece of A's flow. */
  nextInFlow: 3,
  /** Each paragraph piece between A and B. */
  perPieceBetween: -0.4,
  /** B is printed before A. */
  printedBefore: -1,
  /** A heading or story edge lies between A and B (another flow). */
  acrossStop: -2,
  lowerStart: 2.5,
  digitStart: 1,
  capitalStart: -2.5,
  /** A capital start is fine when A plainly stops mid-sentence (a function word, a comma). */
  capitalAfterUnfinished: 2.5,
  /** A capital start after a full line that ends on a bare word (`at the Moscow Film` ⏎ `School, now…`). */
  capitalAfterBare: 2,
  /** A capital start after a last line stretched to the measure (a justified line: the paragraph goes on). */
  capitalAfterStretched: 3,
  /** …and after a sentence that ends on a full line at a box edge (pieces.ts FULL_STOP_RATIO): the same evidence read off the length. */
  capitalAfterFullStop: 3,
  /**
   * A or B is a cut piece (see cutPiece) next to the other in the flow: the sentence goes on through it
   * (`The U.S. Environmental` ⏎ `Protection` ⏎ `Agency says…`), whatever the short line's geometry says.
   */
  cutPiece: 2.5,
  /** B starts with a word remainder and A ends in a hyphen that joins it into a word. */
  hyphenJoins: 2.5,
  /**
   * …and that remainder is no word of its own (`col-` ⏎ `lecting`): the two halves of one broken word,
   * the strongest evidence a break has. It outweighs the distance (extractors print column pieces far
   * out of order): anywhere after A in the window (LINK_WINDOW pieces, across a heading) it beats a next
   * piece of the flow that completes no word, a shred included (dev007 page.txt: `col-` ⏎ 10 pieces ⏎
   * `lecting`; dev014: `gen-` ⏎ 13 pieces ⏎ `erative`). Only after A: a remainder printed before it
   * keeps the ordinary weights (measured: on d2_007 pdfminer the join is right, but pulling a piece back
   * past the story's start puts the story's paragraphs out of order). Only when A's next piece in the flow
   * does not itself complete A's word: two remainders that both make a word (`rea-` ⏎ `son` next, `sonable`
   * far) leave the one printed in place as A's (the extractor keeps a column's lines together more often
   * than not), and the far one keeps the ordinary weights.
   */
  wordCompleted: 12,
  /**
   * A ends in a hyphen, B starts in lower case, and the halves make no word (`col-` ⏎ `the exact…`):
   * a word broken at a line end goes on with its remainder, so B is probably not A's next line.
   * Mild: a compound's hyphen (`self-` ⏎ `reported`) is no word break, and next in the flow a lower-case
   * start still reaches MIN_LINK_SCORE.
   */
  hyphenWithoutJoin: -1.5,
  /** B starts with a word remainder but A does not end in a hyphen. */
  remainderWithoutHyphen: -4,
  /** A ends in a hyphen and B starts with a capital (`Moscow-` ⏎ `He`): possible (a dash), unlikely. */
  hyphenThenCapital: -1,
} as const;

/** Kinds that separate two flows. */
const STOPS = new Set(['headline', 'byline', 'deck', 'dateline', 'signoff', 'subhead']);

export interface Link {
  from: Piece;
  to: Piece;
  score: number;
  /** What the score rests on, in words (for the message of a link that is made). */
  readonly evidence: string[];
}

/**
 * A link as candidateLinks makes it: its evidence is put into words only when asked for. A page cut
 * at its wide gaps has thousands of candidate links and makes a few dozen; building every link's
 * list of phrases cost more than scoring it. The list is the one the scoring found, in its order.
 */
class CandidateLink implements Link {
  constructor(
    readonly from: Piece,
    readonly to: Piece,
    readonly score: number,
    /** The phrase for how B starts. */
    private readonly start: string,
    /** B is A's next piece in the flow. */
    private readonly next: boolean,
    /** The word A's hyphen joins into, or null. */
    private readonly joined: string | null,
  ) {}

  get evidence(): string[] {
    const evidence = [this.start];
    if (this.next) evidence.unshift('next piece of the flow');
    if (this.joined !== null) evidence.push(`the hyphen joins "${this.joined}"`);
    return evidence;
  }
}

const FIRST_WORD = /^[^\p{L}\p{N}]*([\p{L}\p{N}][\p{L}\p{N}'’]*)/u;
/** The conjunction that opens a list's last item (`and other.`, `or none;`). */
const LIST_CLOSER = /^\s*(?:and|or)\s/u;
const DIGIT_START = /^[^\p{L}\p{N}]*\p{N}|^[[(]/u;

/**
 * A piece of at most this many words on one line is a shred (see isShred). A column line holds five to
 * eight words in any newspaper; a line cut at its wide gaps leaves pieces of one or two words (`alternately`,
 * `joining`). A paragraph's real last line can be as short, but a one-line paragraph of two words is rare
 * outside headings and labels, which are not paragraph pieces. (MIN_RUN_LINE_WORDS in ./interleave.ts is
 * the same bound seen from the other side: three words or more make a column line.)
 */
export const SHRED_WORDS = 2;
/**
 * A piece of one short line (`alternately`): on a page whose extractor cut justified lines at their
 * wide gaps (pdftotext default mode on some PDFs), such shreds come from several lines and columns at
 * once, so their place says nothing; the hyphen evidence against them is not applied.
 */
function isShred(block: Block): boolean {
  if (block.lines.length !== 1) return false;
  const t = block.lines[0]!.text.trim();
  return t !== '' && wordsAtMost(t, SHRED_WORDS);
}

/**
 * `t.split(/\s+/u).length <= n` for a trimmed, non-empty text, without the split: its pieces are one more
 * than its runs of white space (isSpaceCode is `\s`), counted until there are too many.
 */
function wordsAtMost(t: string, n: number): boolean {
  let pieces = 1;
  for (let i = 1; i < t.length; i++) {
    if (isSpaceCode(t.charCodeAt(i)) && !isSpaceCode(t.charCodeAt(i - 1)) && ++pieces > n) return false;
  }
  return true;
}

/**
 * A piece of running text an extractor cut out of a justified line (classify's `classify/not-subhead`
 * leaves it a paragraph piece): one line of a word or two (isShred), starting with a capital, stopping
 * on a bare letter or digit with no punctuation (`Protection`, `Cafasso’s`). A paragraph does not end
 * on a bare word (the `bare` evidence), and a line of one or two words that is not a heading is no
 * paragraph of its own in any newspaper: it is the middle of a sentence, so it carries on the open
 * piece right before it in the flow and goes on into the next one, even where its short last line
 * would say the paragraph ended there. A line in capitals is a heading's type and is left alone. A
 * piece stopping on a function word (`Institute of`) is left to the ordinary `unfinished` evidence
 * (measured: counting it as cut too joins `Massachusetts` ⏎ `Institute of` on d2_006 pdfminer, the right
 * text, but segment's topic sharing then gives the story's body to its neighbour: article .928 → .870).
 */
export function cutPiece(p: Piece): boolean {
  if (!isShred(p.block) || !p.bare || p.unfinished || p.startsLower) return false;
  const t = p.block.lines[0]!.text.trim();
  return CAPITAL_START.test(t) && t !== t.toUpperCase();
}
const CAPITAL_START = /^[(\["“‘']?\p{Lu}/u;

/**
 * A page where at least this share of the paragraph pieces are shreds was cut at its wide gaps: its pieces
 * come from several lines and columns at once (five dev2 pages in pdftotext default mode: 65–78% of their
 * paragraph pieces; every other page and input: at most 32%). There a broken word's halves meet by chance as often as not, so the word
 * evidence (W.wordCompleted, W.hyphenWithoutJoin) is not used.
 */
export const SHREDDED_PAGE_SHARE = 0.5;

/** Is the page shredded (see SHREDDED_PAGE_SHARE)? */
export function shreddedPage(pieces: readonly Piece[]): boolean {
  let n = 0;
  for (const p of pieces) if (isShred(p.block)) n++;
  return pieces.length > 0 && n >= SHREDDED_PAGE_SHARE * pieces.length;
}

/**
 * Can a link of this score into `to` be made: does it reach MIN_LINK_SCORE, or is it an orphan link (into a
 * piece starting in lower case) down to MIN_ORPHAN_SCORE? Reflow makes no other (./index.ts).
 */
export function makeable(to: Piece, score: number): boolean {
  return score >= MIN_LINK_SCORE || (to.startsLower && score >= MIN_ORPHAN_SCORE);
}

/** Does the link reach MIN_LINK_SCORE (reflow makes these first)? */
export function strongLink(_to: Piece, score: number): boolean {
  return score >= MIN_LINK_SCORE;
}

/** Is the link an orphan link: below MIN_LINK_SCORE, into a piece starting in lower case, down to MIN_ORPHAN_SCORE? */
export function orphanLink(to: Piece, score: number): boolean {
  return score < MIN_LINK_SCORE && makeable(to, score);
}

/** Which links a call of a link scorer (linkScorer) gives. */
export interface LinkQuery {
  /** Keep a link of this score into `to` (links below MIN_ORPHAN_SCORE are never given). */
  keep: (to: Piece, score: number) => boolean;
  /**
   * Only pairs for which this holds are scored (asked before any evidence is read: the cheap way to leave
   * out pieces already linked). Leaving pairs out does not change the other pairs' scores.
   */
  pair?: (from: Piece, to: Piece) => boolean;
}

/** Every candidate link of the page (reflow asks linkScorer for the ones it can make). */
export function candidateLinks(pieces: Piece[], blocks: Block[], ctx: DehyphenateContext): Link[] {
  return linkScorer(pieces, blocks, ctx)({ keep: () => true });
}

/**
 * The page's pieces read once (how each starts, the flow stops, the words known), then asked for links as
 * often as needed: the links of a query, in printed order (A's position, then B's).
 */
export function linkScorer(pieces: Piece[], blocks: Block[], ctx: DehyphenateContext): (query: LinkQuery) => Link[] {
  const wordEvidence = !shreddedPage(pieces);
  const seen = new Map<string, boolean>();
  /** A word of the language or of this document (cached: the same first words are asked for again and again). */
  const known = (w: string): boolean => {
    const k = lowerCase(w);
    let v = seen.get(k);
    if (v === undefined) {
      // (isWord answers for the spelling list too: inWordList adds nothing after it.)
      v = isWord(k) || ctx.vocabulary.count(k) > 0;
      seen.set(k, v);
    }
    return v;
  };
  /**
   * `gen-` ⏎ `erative`: the halves make a word (the full decision is taken again once the link is made).
   * Remembered per pair of halves as given (the answer is `known` of their concatenation): on a page of
   * many pieces each hyphenated piece is asked about every lower-case piece near it, some twice.
   */
  const joins = new Map<string, Map<string, boolean>>();
  const joinsToWord = (left: string, right: string): boolean => {
    let byRight = joins.get(left);
    if (byRight === undefined) joins.set(left, (byRight = new Map()));
    let v = byRight.get(right);
    if (v === undefined) byRight.set(right, (v = known(left + right)));
    return v;
  };
  // Positions of flow stops, to tell "same flow" from "across a heading".
  // stopsBefore[i]: flow stops among blocks[0..i-1].
  const stopsBefore: number[] = [0];
  blocks.forEach((b, i) => stopsBefore.push(stopsBefore[i]! + (STOPS.has(b.kind) ? 1 : 0)));
  const stopsBetween = (a: number, b: number): boolean => {
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    return stopsBefore[hi]! - stopsBefore[lo + 1]! > 0;
  };
  /**
   * The piece closes a list set one item per line: it starts with `and` or `or` in lower case right after a
   * list item's piece (`physical disability;` ⏎ `and other.`). A list's last item is joined to the others
   * by the conjunction, so it carries on the list, not a sentence broken elsewhere.
   */
  const closesList = (bi: number): boolean => {
    const b = pieces[bi]!;
    const p = pieces[bi - 1];
    if (!p || p.index + 1 !== b.index || !b.startsLower || !LIST_CLOSER.test(b.block.lines[0]!.text)) return false;
    const lines = p.block.lines;
    return lines.length === 1 && lines[0]!.text.trim().endsWith(';');
  };
  // What each piece's start says, once.
  const starts = pieces.map((b, bi) => {
    const first = b.block.lines[0]!.text;
    // (The first word is only asked of a piece starting in lower case: remainder, fragment, joins.)
    const word = b.startsLower ? (FIRST_WORD.exec(first)?.[1] ?? '') : '';
    return {
      /** The first word, of a piece starting in lower case ('' otherwise). */
      word,
      digit: DIGIT_START.test(first),
      // (On a shredded page a piece's first words may come from another column: no evidence there.)
      opensSentence: wordEvidence && SENTENCE_OPENER.test(first),
      item: (b.block.lines.length === 1 && first.trim().endsWith(';')) || closesList(bi),
      /** Starts with the rest of a broken word (`erative`), not a word of its own. */
      remainder: b.startsLower && word !== '' && !known(word),
      /**
       * Starts with no word of the language (`lecting`): the document's own vocabulary is not asked, as
       * it holds the remainder itself wherever a page prints it alone.
       */
      fragment: b.startsLower && word !== '' && !isWord(lowerCase(word)),
      shred: isShred(b.block),
      // (Asked only of a lower-case start on a page not shredded: see the article test below.)
      afterArticleNever: b.startsLower && wordEvidence && neverAfterArticle(first),
      // On a shredded page shreds come from several lines and columns at once: their place says nothing.
      cut: wordEvidence && cutPiece(b),
    };
  });
  /**
   * A piece ending on a left piece whose rest `b` cannot be (pieces.ts fitsAfterLeft) stops on a bare word
   * only because its line was cut: the bare end says the paragraph goes on when the piece is itself the
   * middle of one — the piece before it in the flow is open (`outside of` ⏎⏎ `it ` ⏎⏎ `Palawan. It remains`).
   * After a closed piece it is a stray of another line (`… solving problems.` ⏎ a pull quote ⏎ `improvement `
   * ⏎⏎ `The study combines…`), and the whole line after it begins a paragraph of its own.
   */
  const carriedOn = (ai: number): boolean => {
    const p = pieces[ai - 1];
    return p !== undefined && p.open && !stopsBetween(p.index, pieces[ai]!.index);
  };
  return ({ keep, pair }: LinkQuery): Link[] => {
    const links: Link[] = [];
    for (let ai = 0; ai < pieces.length; ai++) {
      const a = pieces[ai]!;
      // A cut piece is open whatever its short line says; so is a piece stopping on a bare word when a cut
      // piece comes next (checked per B below).
      const aCut = starts[ai]!.cut;
      if (!a.open && !aCut && !a.bare) continue;
      // A lead-in whose line stopped early on a comma or colon, with a quotation next in the flow: the
      // quotation was set as a paragraph of its own, and the lead-in ends its paragraph (`… against
      // Montalvo. Rathbun stated,` ⏎ `“Daniel was picked up…`). A full line ending on a comma is a
      // column's or box's end and goes on as before.
      const nextPiece = pieces[ai + 1];
      if (a.leadsIn && nextPiece?.opensQuote && !stopsBetween(a.index, nextPiece.index)) continue;
      let firstInFlow = true;
      // Does A's next piece in the flow complete A's broken word? Then that is A's remainder, where the
      // extractor printed it, and a remainder further away gets no completed-word weight (`rea-` ⏎ `son the…`
      // next in the flow, `sonable to…` in another story: both complete a word; the one in place wins).
      // Unless another broken word printed before that piece completes with it too (`water se-` ⏎ `ton D.C.`,
      // `Washing-` printed above both): then whose remainder it is stays open, and the far remainder that
      // is no word of its own (`curity.`) keeps its weight.
      let nextCompletes = false;
      if (a.hyphen && a.leftPart && wordEvidence) {
        for (let bi = ai + 1; bi < Math.min(pieces.length, ai + LINK_WINDOW + 1); bi++) {
          if (stopsBetween(a.index, pieces[bi]!.index)) break;
          const st = starts[bi]!;
          nextCompletes = !st.item && pieces[bi]!.startsLower && st.word !== '' && joinsToWord(a.leftPart, st.word);
          for (let k = Math.max(0, bi - LINK_WINDOW); nextCompletes && k < bi; k++) {
            const o = pieces[k]!;
            if (k !== ai && o.open && o.hyphen && o.leftPart && joinsToWord(o.leftPart, st.word)) nextCompletes = false;
          }
          break;
        }
      }
      for (let bi = Math.max(0, ai - LINK_WINDOW); bi < Math.min(pieces.length, ai + LINK_WINDOW + 1); bi++) {
        if (bi === ai) continue;
        const b = pieces[bi]!;
        const st = starts[bi]!;
        const after = bi > ai;
        const across = stopsBetween(a.index, b.index);
        const next = after && firstInFlow && !across;
        if (after && !across) firstInFlow = false;
        if (pair && !pair(a, b)) continue;
        // A list item (`religion;`) carries on a list, not a sentence.
        if (st.item) continue;
        // A word broken at a line end goes on with its remainder, never with a quoted sentence
        // (`international dig-` ⏎ `“Cool clock, Ahmed…` is two paragraphs with a caption between).
        if (a.hyphen && b.opensQuote) continue;
        // A turn of an interview opens its paragraph with the speaker's label (`Mario J Lucero: Digital
        // Domain` ⏎⏎ a caption ⏎⏎ `Wikinews: What is your purpose…`, dev017 pdfminer): an interview prints
        // each turn from its label, so no sentence broken elsewhere goes on into one (pieces.ts opensTurn).
        // Not on a shredded page: there a piece's first line holds words of several columns.
        if (b.opensTurn && wordEvidence) continue;
        // A cut piece on either side of a pair printed right next to each other (no block between, the
        // same flow) carries the sentence on (W.cutPiece).
        const cut = next && b.index === a.index + 1 && !a.hyphen && (st.cut || aCut);
        if (!a.open && !aCut && !(cut && st.cut)) continue;
        // The geometry says A's paragraph ended (a short last line in a justified column): only
        // strong text evidence goes against it.
        if (a.shortEnd && !a.unfinished && !b.startsLower && !cut) continue;
        // Away from the flow, only a piece starting in lower case can reach a link's score.
        if (!next && !b.startsLower) continue;
        // A subject pronoun's verb starts in lower case (pieces.ts SUBJECT_PRONOUN_END).
        if (a.pronounEnd && !b.startsLower) continue;
        // An article's noun phrase follows it, never a pronoun, an auxiliary or a conjunction (pieces.ts
        // ARTICLE_END): `… We start with the` ⏎ `don’t have writers…` is no sentence. Only into a piece starting
        // in lower case (a capital start is weighed against already, and after an article it is most often a
        // name). Not after a left piece: its printed line was cut and its pieces may be printed out of order,
        // so the article is not always the last word before the break (`phenomenon.` ⏎ `an ` ⏎ `The Straits
        // Times…`, d2_007 pdfminer, for `become an international phenomenon. The Straits…`). Not on a shredded
        // page (a piece's first words may come from another column there).
        if (a.articleEnd && !a.leftEnd && b.startsLower && wordEvidence && st.afterArticleNever) continue;
        let score = next ? W.nextInFlow : W.perPieceBetween * Math.abs(bi - ai) + (after ? 0 : W.printedBefore);
        if (across) score += W.acrossStop;
        let start: string;
        if (b.startsLower) {
          score += W.lowerStart;
          start = 'starts in lower case';
        } else if (st.digit) {
          score += W.digitStart;
          start = 'starts with a digit or bracket';
        } else if (cut) {
          score += W.cutPiece + W.capitalStart;
          start = st.cut ? 'a piece cut out of a running line' : 'after a piece cut out of a running line';
        } else if (a.unfinished && !a.hyphen) {
          score += W.capitalAfterUnfinished + W.capitalStart;
          start = 'unfinished sentence';
        } else if (a.stretchedEnd) {
          score += W.capitalAfterStretched + W.capitalStart;
          start = 'after a stretched (justified) last line';
        } else if (a.fullStop) {
          score += W.capitalAfterFullStop + W.capitalStart;
          start = 'a sentence ended on a full line at a column’s foot';
        } else if (a.bare && !(st.opensSentence && standsAlone(a)) && (fitsAfterLeft(a, b) || carriedOn(ai))) {
          score += W.capitalAfterBare + W.capitalStart;
          start = 'no punctuation at the end of a full line';
        } else {
          score += W.capitalStart;
          start = 'starts with a capital';
        }
        let joined = false;
        if (a.hyphen) {
          if (!b.startsLower) score += W.hyphenThenCapital;
          else if (a.leftPart && st.word && joinsToWord(a.leftPart, st.word)) {
            score += W.hyphenJoins + (st.fragment && after && wordEvidence && (next || !nextCompletes) ? W.wordCompleted : 0);
            joined = true;
          } else if (!st.shred && wordEvidence) score += W.hyphenWithoutJoin;
        } else if (st.remainder) {
          score += W.remainderWithoutHyphen;
        }
        if (score < MIN_ORPHAN_SCORE || !keep(b, score)) continue;
        links.push(new CandidateLink(a, b, score, start, next, joined ? `${a.leftPart}${st.word}` : null));
      }
    }
    return links;
  };
}
