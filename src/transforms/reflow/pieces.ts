/**
 * Evidence about a paragraph piece at a break: does it stop mid-sentence on a
 * full line (so it goes on elsewhere), does it start in lower case (so it
 * carries on something before it)?
 */
import type { Block, Page } from '../../model/types.js';
import { BROKEN_STEM, endsHyphen, endsSentence, marksStretch, startsLower } from '../classify/features.js';
import { pageLineInfos } from '../classify/units.js';
import { closesItem, SPEAKER_ALONE, speakerLabel } from './boundaries.js';
import { SPEAKER } from '../classify/patterns.js';
import { endsOnSpace, marksCuts } from '../restore-pieces/pieces.js';
import { FULL_LINE_SHARE, PIECES_LINE_RATIO } from '../restore-pieces/junctions.js';

/**
 * Can `b`'s first line be the rest of the printed line `a` ends on? Asked of a piece ending on a left piece
 * (`a.leftEnd`): the rest of a cut line is no whole line (FULL_LINE_SHARE) and, with the left piece, no
 * longer than PIECES_LINE_RATIO of the measure — the test restore-pieces makes inside a block
 * (junctions.ts `leftPieceOverfull`), here across blocks. True for a piece that ends on no left piece.
 */
export function fitsAfterLeft(a: Piece, b: Piece): boolean {
  if (!a.leftEnd) return true;
  return b.firstRatio < FULL_LINE_SHARE && a.lastRatio + b.firstRatio <= PIECES_LINE_RATIO;
}

export interface Piece {
  block: Block;
  /** Position in page.blocks. */
  index: number;
  /** Stops without a sentence end on a line that is not short: the paragraph goes on elsewhere. */
  open: boolean;
  /**
   * Its last line stops well short of a justified column's edge (./geometry.ts): the page's geometry
   * says the paragraph ended there. Only strong text evidence carries it on: a plainly unfinished end
   * or a next piece starting in lower case.
   */
  shortEnd: boolean;
  /** Stops on a hyphen, a comma or an open word: surely unfinished. */
  unfinished: boolean;
  /** Stops on a letter or digit, no punctuation at all: a paragraph does not end so. */
  bare: boolean;
  /** Stops on a line-end hyphen. */
  hyphen: boolean;
  /**
   * Ends a sentence on a full line at a box edge (see FULL_STOP_RATIO): a column's foot more often than a
   * paragraph's end, so the paragraph may go on in the next piece of the flow, even with a capital.
   */
  fullStop: boolean;
  /**
   * Stops on a subject pronoun (`… and Spanish. He`): its verb follows, in lower case, so a piece
   * starting with a capital is not its next line.
   */
  pronounEnd: boolean;
  /** Stops on an article (`… We start with the`): a noun phrase follows (see ARTICLE_END). */
  articleEnd: boolean;
  /** The letters before that hyphen (`gen` of `theory of gen-`). */
  leftPart: string;
  /** Stops on a list item's semicolon (`age;`): a list may go on in the next piece. */
  endsItem: boolean;
  /**
   * Its last line is stretched to the measure (justified, on a page whose extractor shows wide
   * gaps): a paragraph's own last line is not, so the paragraph goes on, even after a sentence end.
   */
  stretchedEnd: boolean;
  /**
   * Its last line is a left piece (restore-pieces/pieces.ts `endsOnSpace`, on a page whose trailing spaces
   * mark cuts): the extractor cut its printed line at a wide word space, so the rest of that line comes
   * next (see `fitsAfterLeft`).
   */
  leftEnd: boolean;
  /** Its first and last lines' lengths against the local measure. */
  firstRatio: number;
  lastRatio: number;
  startsLower: boolean;
  /** Starts a quoted sentence: a double opening mark and a capital (`“Cool clock, Ahmed…`). */
  opensQuote: boolean;
  /**
   * On a page that prints an interview (boundaries.ts printsInterview), starts with a speaker's label and
   * the words after it (`Wikinews: What is your purpose…`, patterns.ts SPEAKER), a label that opens other
   * lines of the page too (boundaries.ts repeatedLabels): a turn of the interview.
   */
  opensTurn: boolean;
  /**
   * Its last line stops well short of the measure on a comma or colon (`Rathbun stated,`): the line
   * was ended on purpose, so what it introduces was set as a paragraph of its own (a quotation).
   */
  leadsIn: boolean;
}

/**
 * A last line at least this share of the measure is a full line (a paragraph's own last line
 * is usually shorter; a line cut by a column or box end is full).
 */
export const FULL_LINE_RATIO = 0.7;
/**
 * A piece of a text layer (no boxes) of at least FULL_STOP_MIN_LINES lines whose last line ends a sentence,
 * is at least this share of the measure and is followed by a box edge (a blank line) ends where its column
 * or box does, and a full line says the paragraph had not ended: a justified paragraph's last line is set
 * short more often than not, while a sentence that ends at a column's foot on a full line is mid-paragraph
 * far more often (most sentences are not a paragraph's last). Measured on the 30 dev pdfminer pages: of the
 * seven links it adds, four join one paragraph's two pieces and three join two paragraphs (two of those
 * already merged or lost elsewhere); para dev .866 → .873, dev2 .774 → .778, and pdftotext's default text
 * .739 → .746. Lines with boxes (PDF, ALTO, hOCR) are measured by their width, where
 * it joined paragraphs ending at a column's foot (dev page.pdf .957 → .935): left to their geometry.
 * A last line closing on reference marks (`… in grammar. [6]`) is left out: marks are set after the
 * sentence they cite as a unit of their own, so they fill a line that ends a paragraph as readily as any
 * (measured: d2_006's `crucial role in grammar. [6]` ends its paragraph).
 */
export const FULL_STOP_RATIO = 0.95;
/**
 * A stretched (wide-gapped) last line counts as justified, so as not ending its paragraph, from this share of
 * the measure (lastRatio) on: a justified line is full in print, and its character count strays from the
 * measure's by the few characters its words' widths leave (about a tenth in a narrow column).
 */
export const STRETCHED_FULL_RATIO = 0.9;
/** A box of fewer lines (a caption, a heading, a cut piece) is no column's foot. */
export const FULL_STOP_MIN_LINES = 3;
const REFERENCE_MARK_END = /\]$/u;

const BARE_END = /[\p{L}\p{N}]$/u;
/**
 * A quoted sentence's start: a double quotation mark of any language (`“` `"` `„` `«` `»`, Swedish `”`)
 * and a capital. No word broken at a line end goes on so. Single marks are left out: `‘` is also the
 * apostrophe autocorrect sets in `‘90s` and `‘tis` (`mid-` ⏎ `‘90s`), and a lower-case quoted word can
 * finish a compound (`anti-` ⏎ `“woke” campaign`).
 */
const QUOTED_SENTENCE_START = /^["“„«»”]\s?\p{Lu}/u;
const CLOSED_END = /[;:]["'”’)\]]*$/u;
/** A lead-in's end: a comma or a colon (`Rathbun stated,`, `He said:`). */
const LEAD_IN_END = /[,:]$/u;
/**
 * A last line shorter than this share of the measure stopped early: the line breaker would have filled
 * it had the paragraph gone on (as boundaries.ts SHORT_LINE_RATIO: shorter lines are not running text's
 * full lines).
 */
export const LEAD_IN_LINE_RATIO = 0.62;
/**
 * …and the line above it in the same block reaches this share of the measure (as boundaries.ts
 * PARA_END_RATIO): the paragraph was set to a measure, so a short line in it was ended on purpose. A
 * lead-in alone, or under a short line, is display type or ragged setting, where every line stops short
 * and a quotation after a comma carries the sentence on (an advertisement of 1865, OCR: `Mercutio said of
 * his wound,` ⏎ `" It was not as deep as a well, or as wide` ⏎ …).
 */
export const LEAD_IN_ABOVE_RATIO = 0.86;
/**
 * A soft end: a comma, a broken word, a function word, or an ampersand (`Scalzo, &` ⏎ `Bavelier, 2010);`:
 * `&` joins two names, in a citation or a firm's name, and ends no heading or paragraph).
 */
const SOFT_END = /(?:,|&|\p{L}-|\b(?:a|an|the|of|in|on|at|to|for|and|or|but|with|by|from|as|into|that|which|who|whose|is|are|was|were|be|has|have|had|its|his|her|their|our|this|these))$/iu;
/**
 * Characters of a last line that SOFT_END and BARE_END read: a match ends the text and is at most six
 * code units long (`whose`, or a letter outside the BMP and a hyphen), and `\b` looks one character
 * further back; testing the tail alone gives the same answer without trying every offset of the line.
 */
const END_TAIL = 12;

/** What each block's last line says about the block's end. */
export interface LastLine {
  /** Its length against its local measure. */
  ratio: number;
  /** Stretched to the measure, on a page that shows stretching. */
  stretched: boolean;
  /** The line above it in the block, against its local measure (undefined: the block has one line). */
  aboveRatio?: number;
  /** The block's first line against its local measure. */
  firstRatio?: number;
  /** The last line is a left piece on a page that marks its cuts (restore-pieces/pieces.ts). */
  leftEnd?: boolean;
}

/** The last line of each block: its length against the local measure, and whether it is stretched. */
export function blockWidths(page: Page): Map<Block, LastLine> {
  const blocks = page.blocks;
  const infos = pageLineInfos(blocks);
  const out = new Map<Block, LastLine>();
  const marked = marksStretch(infos);
  // (Lines with boxes are placed by their readers: no cut to mark.)
  const lines = infos.map((x) => x.line);
  const cuts = !lines.some((l) => l.box) && marksCuts(lines);
  let k = 0;
  for (const b of page.blocks) {
    const first = infos[k];
    k += b.lines.length;
    const last = infos[k - 1];
    if (last) {
      out.set(b, {
        ratio: last.ratio,
        stretched: marked && last.stretched,
        aboveRatio: b.lines.length > 1 ? infos[k - 2]?.ratio : undefined,
        firstRatio: first?.ratio,
        leftEnd: cuts && endsOnSpace(last.line),
      });
    }
  }
  return out;
}

/** A piece of at most this many lines closing on a bracket or a year is a list item (`Pittsburgh Pi-` ⏎ `rates (2012)`). */
export const ITEM_PIECE_LINES = 2;

/** A box of at most this many lines that stops without a sentence end is a fragment of a paragraph (pdfminer cuts lines off around drop caps and wide spaces). */
export const FRAGMENT_LINES = 2;

/** A piece of at most ITEM_PIECE_LINES lines whose last line closes on a bracket or a year (`Boston Red Sox (2013-present)`). */
export function closesAsItem(block: Block): boolean {
  const last = block.lines[block.lines.length - 1];
  return block.lines.length <= ITEM_PIECE_LINES && last !== undefined && closesItem(last.text.trim());
}

/**
 * What the piece's end says. `inItemRun`: the piece closes as an item and so does a paragraph piece
 * next to it — a list set one item per box. A lone short piece ending in `)` or `, 2015` is no
 * evidence of a list: pdfminer cuts a sentence into such fragments (`… signed on June 16, 2015` ⏎ a
 * new box), and FRAGMENT_LINES carries them on.
 */
/**
 * A subject pronoun ending a line: English puts the verb after it, and a verb is written in lower case
 * (`He` ⏎ `entered the University…`). A capitalised word after it is another text's (d2_003 pdfminer:
 * `… and Spanish. He` was joined to another story's `Elements of the Zeitgeist…`). `I` is left out (`I`
 * ends a line before a name in a list of speakers), so is `it` (`made it` ⏎ `Home`, a title).
 */
const SUBJECT_PRONOUN_END = /(?:^|[\s.!?;:"“”])(?:He|She|We|They|he|she|we|they)$/u;

/**
 * An article ending a line: English follows `the`, `a`, `an` with its noun phrase (an adjective, a noun,
 * a number, an adverb), never with a pronoun, an auxiliary or a conjunction (`with the` ⏎ `don’t have
 * writers…`, d2_002 pdfminer, where the column's top `headline and then…` was printed elsewhere).
 */
const ARTICLE_END = /(?:^|[\s"“(])(?:the|a|an|The|A|An)$/u;

/**
 * Words that never follow an article: subject pronouns and possessives, articles, conjunctions and the
 * forms of `be`, `have`, `do` (and their contractions: `don’t`, `it’s`). Left out are the closed-class
 * words that are nouns as well (`the will`, `a can`, `the might`, `a must`, `a being`) and `not`, `yet`
 * (`the not-so-distant`, `the yet unknown`). The object pronouns (`me`, `him`, `us`, `them`) never follow
 * one either, but they are left out as measured: the one link they stopped on the dev pages (dev019
 * page.txt, two columns' lines glued by pdftotext's layout mode: `… backed by the` ⏎ `us the 135th…`)
 * was wrong either way, and the piece left alone moved segment's story split (dev page.txt headline
 * .625 → .604).
 */
export const NEVER_AFTER_ARTICLE = new Set([
  'i', 'my', 'you', 'your', 'he', 'his', 'she', 'her', 'it', 'its', 'we', 'our', 'they', 'their',
  'the', 'a', 'an', 'and', 'but', 'or', 'nor', 'because', 'although', 'though', 'whereas', 'unless', 'than',
  'is', 'are', 'was', 'were', 'am', 'does', 'did', 'do', 'had',
]);
const NEGATED_OR_CLITIC = /^\p{L}+n['’]t$|^(?:i|you|we|they|he|she|it|that|there)['’](?:s|re|ll|ve|d|m)$/iu;

/** Does `first` (a piece's first line) open with a word that never follows an article? */
export function neverAfterArticle(first: string): boolean {
  const w = /^[^\p{L}]*([\p{L}'’]+)/u.exec(first)?.[1];
  if (!w) return false;
  const lw = w.toLowerCase();
  return NEVER_AFTER_ARTICLE.has(lw) || NEGATED_OR_CLITIC.test(lw);
}

export function pieceInfo(block: Block, index: number, lastLine: LastLine, gapAfter: boolean, inItemRun = false, shortInJustified = false, interview = true, labels: ReadonlySet<string> = new Set()): Piece {
  const lastRatio = lastLine.ratio;
  const first = block.lines[0]!.text.trim();
  const last = block.lines[block.lines.length - 1]!.text.trim();
  // A list item set on a line of its own (`World Series champion (2013)`) is closed too, when it is
  // one of a run of such pieces.
  const tail = last.slice(-END_TAIL);
  const hyphen = endsHyphen(last);
  // A speaker's name alone (`Chet Clem:`) ends on a colon but ends nothing: the words are in the next piece
  // (an interview prints the name, then what was said; a name and a colon never close a paragraph).
  // (Only on a page that prints an interview: elsewhere a name on its colon is a section's heading, printsInterview.)
  const speakerAlone = interview && block.lines.length === 1 && SPEAKER_ALONE.test(last);
  const closed = !speakerAlone && (endsSentence(last) || CLOSED_END.test(last) || (inItemRun && closesAsItem(block)));
  const unfinished = speakerAlone || (!closed && (hyphen || SOFT_END.test(tail)));
  // A stretched last line says the paragraph goes on only when it is full: justification stretches a
  // line to the measure, while a box whose every line shows wide gaps (a narrow box in a loose face:
  // d2_007 pdfminer's agency item, `cause  of  which  is  unknown.`, 29 characters in a box of 34) has
  // short stretched lines that end paragraphs.
  const stretchedEnd = lastLine.stretched && lastRatio >= STRETCHED_FULL_RATIO;
  const fullStop =
    gapAfter && !speakerAlone && block.lines.length >= FULL_STOP_MIN_LINES && lastRatio >= FULL_STOP_RATIO && endsSentence(last) && !REFERENCE_MARK_END.test(last) && !block.lines.some((l) => l.box);
  return {
    block,
    index,
    open: stretchedEnd || fullStop || (!closed && (unfinished || lastRatio >= FULL_LINE_RATIO || (gapAfter && block.lines.length <= FRAGMENT_LINES))),
    fullStop,
    shortEnd: shortInJustified,
    unfinished,
    bare: !closed && BARE_END.test(tail),
    hyphen,
    pronounEnd: !closed && SUBJECT_PRONOUN_END.test(tail),
    articleEnd: !closed && ARTICLE_END.test(tail),
    leftPart: hyphen ? (BROKEN_STEM.exec(last)?.[1] ?? '') : '',
    endsItem: last.endsWith(';'),
    stretchedEnd,
    leftEnd: lastLine.leftEnd ?? false,
    firstRatio: lastLine.firstRatio ?? 1,
    lastRatio,
    startsLower: startsLower(first),
    opensQuote: QUOTED_SENTENCE_START.test(first),
    opensTurn: interview && first.indexOf(':') !== -1 && SPEAKER.test(first) && labels.has(speakerLabel(first)),
    leadsIn: !lastLine.stretched && lastRatio < LEAD_IN_LINE_RATIO && (lastLine.aboveRatio ?? 0) >= LEAD_IN_ABOVE_RATIO && LEAD_IN_END.test(last),
  };
}
