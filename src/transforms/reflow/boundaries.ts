/**
 * Where a run of lines must be cut into separate units (paragraphs, headings,
 * captions, credits…) although no blank line separates them. Text layers lose
 * most paragraph ends (pdftotext -raw keeps no blank line at all; pdfminer keeps
 * one per text box, not per paragraph), so the cut is decided from the lines:
 * a short last line ending a sentence, a line that is a unit of its own
 * (byline, credit, heading), a change of measure (a deck or caption set wider
 * than the column).
 */
import { localWidths, type LineInfo } from '../classify/features.js';
import { breakPoints } from '../../lexicon/index.js';
import { QUOTES } from '../../text/chars.js';
import { headOverJustified, opensDropCap } from './glued-head.js';
import { firstPiece, printedWidth, SPACE_WIDTH } from './printed-width.js';
import { wordCount } from '../restore-pieces/pieces.js';
import { BYLINE, BYLINE_TITLE, nameTitleByline, CAPTION_CUE, CAPTION_HINT, CAPTION_PHRASE, closesOnItemMark, CREDIT_ABOVE, datelineBeforeDash, creditTail, MAX_CREDIT_CHARS, isJumpLine, opensWithDateline, PERSON_LINE, endsOnSentenceMark, SIGNOFF_PAREN, SPEAKER } from '../classify/patterns.js';

/**
 * A line ending a sentence and shorter than this share of the measure ends its paragraph
 * (dev pages, pdftotext -raw: below 0.85 nearly every such line is a paragraph end; above,
 * full lines that happen to end a sentence are as common as full last lines).
 */
export const PARA_END_RATIO = 0.86;
/** Characters of room the next word must leave to count as "it would have fitted" (character counts are not widths). */
export const FIT_SLACK = 2;
/** A line shorter than this share of the measure, without final punctuation, is not running text (heading, kicker, list item). */
export const SHORT_LINE_RATIO = 0.62;
/** A line in capitals of at most this many words, above a line in lower case, is a heading of its own. */
export const MAX_CAPS_HEADING_WORDS = 8;
/** A line longer than this share of the measure is set across columns (headline, deck, wide caption). */
export const WIDE_LINE_RATIO = 1.3;
/** After a wide line, a line at least this share of the column measure starts a new run. */
export const FULL_NARROW_RATIO = 0.45;

/**
 * A line of nothing but reference marks (`[6]`, `[7] [8]`): the marks close the sentence before them and
 * were wrapped to a line of their own because they did not fit. A citation never opens a paragraph, in any
 * text that carries them (encyclopaedia extracts, reports), so no cut is made before such a line.
 */
export const REFERENCE_MARKS_LINE = /^(?:\[\d{1,3}\]\s*)+$/u;

/** A line opening with a reference mark and going on (`[2] They discussed…`). */
export const REFERENCE_MARK_START = /^\[\d{1,3}\]\s+\S/u;

/** A list item ends in a semicolon (`race / ancestry / skin color;` ⏎ `gender;`). */
const ITEM_END = /;$/u;
/**
 * A list set one item per line holds one item on each line: a line with a semicolon before its last
 * is a run of fields set in the text (`… 10o 30,0' E; VHF; 10 berths at? DKK;` ⏎ `Depth:2m; …`).
 */
function oneItem(text: string): boolean {
  return text.indexOf(';') === text.length - 1;
}
/** Does the line end one item of a list set one per line (`gender;`, a single semicolon, at its end)? */
export function endsListItem(text: string): boolean {
  const t = text.trimEnd();
  return ITEM_END.test(t) && oneItem(t);
}
/**
 * Does `b` open a list set one item per line, after its lead-in (`capturing the following options:` ⏎
 * `race / ancestry / skin color;` ⏎ `gender;`)? `b` and the line after it each end one item (a single
 * semicolon at the end), and `a` closed its clause (a colon or a sentence end) without ending an item.
 * A list's items carry on the lead-in's sentence, so they start in lower case and no length rule cuts
 * before the first; two item ends in a row mark the list in any language that closes items so (a
 * semicolon ends one clause of a sentence, seldom two lines running).
 */
export function opensItemRun(a: LineInfo, b: LineInfo, c: LineInfo): boolean {
  if (c.gapBefore || a.endsHyphen) return false;
  const at = a.line.text.trimEnd();
  if (!(at.endsWith(':') || a.endsSentence) || endsListItem(at)) return false;
  return endsListItem(b.line.text) && endsListItem(c.line.text);
}

/** Does the line close as a list item set one per line (on a bracket or a year)? */
export function closesItem(text: string): boolean {
  return closesOnItemMark(text.trimEnd());
}
/** …and is short of the measure (a full line ending on a number is running text). */
export const ITEM_LINE_RATIO = 0.95;
/** A speaker's name alone on a line, the words on the next (`David Shankbone:` ⏎ `How do you…`). */
export const SPEAKER_ALONE = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}:$/u;
/**
 * Does the page print an interview, so that a name alone on a line with its colon (SPEAKER_ALONE) is a
 * speaker's label rather than a section heading on a colon (`Getting There:`, `Where To Eat:` over a
 * travel page's sections)? An interview shows its form elsewhere on the page: a label opening a line
 * with the words after it (`David Shankbone: In an interview…`, SPEAKER), or one label alone twice or
 * more (each speaker speaks more than once). Section headings are each printed once and head their
 * sections from lines of their own. `lines`: the page's line texts.
 */
export function printsInterview(lines: Iterable<string>): boolean {
  const alone = new Set<string>();
  for (const l of lines) {
    // Both patterns need a colon (SPEAKER's before white space, SPEAKER_ALONE's at the end), and
    // trimming adds none: most lines have none and are passed over without a trim or a pattern.
    if (l.indexOf(':') === -1) continue;
    const t = l.trim();
    if (SPEAKER.test(t)) return true;
    if (SPEAKER_ALONE.test(t)) {
      if (alone.has(t)) return true;
      alone.add(t);
    }
  }
  return false;
}
/**
 * The speakers' labels an interview page repeats: the name before the colon (`Wikinews`, `Isabel Ruiz`)
 * of lines that open with a label, with or without the words after it (SPEAKER, SPEAKER_ALONE), counted
 * where two or more lines open with it. Each speaker of an interview speaks more than once; a heading
 * or title on a colon (`Sydfynske Øhav: Get in`, a travel page's title) is printed once. `lines`: the
 * page's line texts.
 */
export function repeatedLabels(lines: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  /** Labels opening a line with the words said after them (SPEAKER). */
  const speaking = new Set<string>();
  for (const l of lines) {
    if (l.indexOf(':') === -1) continue;
    const t = l.trim();
    const words = SPEAKER.test(t);
    if (!words && !SPEAKER_ALONE.test(t)) continue;
    const label = speakerLabel(t);
    if (seen.has(label)) repeated.add(label);
    seen.add(label);
    if (words && wordCount(t.slice(t.indexOf(':') + 1)) >= TURN_WORDS) speaking.add(label);
  }
  // A panel: several speakers answer once each (`Snow: Yes, it will loose…`, `Zhang: Yes, the Cyclone
  // is…`, `Titley: Yes. All tropical…`), each label opening a line of running text. A heading on a colon
  // is a label over a few words (`Fort Lee: See`, `Sydfynske Øhav: Get in`): not counted.
  if (speaking.size >= PANEL_LABELS) for (const l of speaking) repeated.add(l);
  return repeated;
}

/** Distinct labels opening lines of running text that make a panel interview (see repeatedLabels). */
export const PANEL_LABELS = 3;
/** Words after a label on its line that make the line running text, not a heading on a colon. */
export const TURN_WORDS = 3;

/** The label of a line opening with a speaker's label (SPEAKER or SPEAKER_ALONE): the words before its colon. */
export function speakerLabel(t: string): string {
  return t.slice(0, t.indexOf(':')).trim();
}

/**
 * A comma at a line's end leaves a clause open: no heading, kicker or list line ends so (headings end on
 * a word, a stop or a colon, items on a semicolon), in any language's typesetting.
 */
const COMMA_END = /,$/u;
/** A line opening a quoted sentence: a double opening mark and a capital (`“Daniel was…`, `" It was…`). */
const OPENS_QUOTATION = /^["“„«»]\s?\p{Lu}/u;
/**
 * Does the line open a round bracket it does not close (`(Koninklijke`, `(Williams,`)? A bracket closes
 * inside its sentence: a line that leaves one open is cut short by a long word that did not fit
 * (narrow columns), not a heading's or an item's end, which close their brackets (`Pittsburgh Pirates
 * (2012)`). Holds in any language that brackets so.
 */
export function leavesBracketOpen(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41 && depth > 0) depth--;
  }
  return depth > 0;
}
/**
 * Does the text open a quotation it does not close: a `“` without its `”`, or a `‘` at a word's start
 * without a `’` that ends a word (a `’` with a letter after it is an apostrophe: `America’s`)? A heading
 * or a line wraps inside its quotation, and the next line closes it (dev009 page.txt: `The Onion: An
 * interview with ‘America’s Finest` ⏎ `News Source’`, whose second line was cut off as a heading).
 */
export function leavesQuoteOpen(text: string): boolean {
  let double = 0;
  let single = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) double++;
    else if (c === 0x201d) double = Math.max(0, double - 1);
    else if (c === 0x2018 && (i === 0 || !isLetterOrDigit(text.charCodeAt(i - 1)))) single++;
    else if (c === 0x2019 && single > 0 && (i + 1 === text.length || !isLetterOrDigit(text.charCodeAt(i + 1)))) single--;
  }
  return double > 0 || single > 0;
}

/** A letter or digit of any script, by code (the ASCII ones first). */
function isLetterOrDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xaa && /[\p{L}\p{N}]/u.test(String.fromCharCode(c)));
}

/** Function words that do not end a heading line when the heading wraps (`sample of` ⏎ `adults`). */
const OPEN_END = /\b(?:a|an|the|of|in|on|at|to|for|and|or|but|with|by|from|as|into|over|after|before|its|his|her|their|our|my|your|&|—|-)$/iu;
/**
 * Characters of a line's end that OPEN_END reads: its longest word (`before`) and the character before
 * it (for `\b`), with room to spare. Testing the tail only gives the same answer on long lines, faster.
 */
const OPEN_END_TAIL = 12;
/** A heading line this short is a heading of its own, even when it ends in a particle (`Get in`); longer ones may wrap. */
export const WRAPPING_HEADING_RATIO = 0.45;
/**
 * Does the heading line wrap onto the next (ends in a particle, and is not short enough to be a heading of
 * its own)? A line the extractor pulled up (pdftotext default mode joins a broken word by pulling the next
 * printed line up: `pulledUp` below) has no length of its own to judge by: its last printed line's
 * length is an estimate. Then the end alone decides: a particle, or a comma or dash (`bordered by
 * Edgewater,` ⏎ `Englewood Cliffs…`), goes on. A line marked pulled up but no longer than the measure is
 * one printed line, measured whole (lastLineRatio), as in every other rule here.
 */
function wrapsHeading(a: LineInfo, at: string): boolean {
  if (pulledUp(a)) return OPEN_END.test(at.slice(-OPEN_END_TAIL)) || PULLED_OPEN_END.test(at);
  return lastLineRatio(a) >= WRAPPING_HEADING_RATIO && OPEN_END.test(at.slice(-OPEN_END_TAIL));
}
/**
 * A pulled-up line ending on a comma or a dash goes on. A heading or a list line ends on a word, a stop or
 * a colon, in any language's typesetting; a comma or a dash at a line's end leaves a clause open. Asked only
 * of pulled-up lines, whose length cannot tell a heading's short line from running text's: on lines with a
 * length of their own, the length decides (WRAPPING_HEADING_RATIO), and the comma adds nothing.
 */
const PULLED_OPEN_END = /[,—–]$/u;

/**
 * Could DATELINE match this trimmed text? Its place (capitals or title case) opens with a capital
 * (`\p{Lu}`), and trimming took the white space its `^\s*` allows: an ASCII first character other
 * than A–Z cannot, and most lines are passed over without the pattern. Other characters: the pattern decides.
 */
function opensCapital(t: string): boolean {
  const c = t.charCodeAt(0);
  return c >= 128 || (c >= 65 && c <= 90);
}

/** Why the cut was made, for the audit trail. */
export type CutReason =
  | 'paragraph-end'
  | 'indent'
  | 'speaker'
  | 'standalone'
  | 'short-line'
  | 'measure-change'
  | 'dateline'
  | 'list-item'
  | 'caption-end'
  | 'caption-start'
  | 'caps-heading'
  | 'drop-cap'
  | 'glued-head'
  | 'after-jump'
  | 'running-head';

/**
 * Should the run be cut between `a` and `b` (consecutive lines, no blank line between)?
 * `boxed`: the page comes in text boxes (blank lines between them), so a change of measure
 * inside a box is not a cut by itself (a caption box holds lines of several lengths).
 * `stretchMarked`: the page shows justified lines by wide gaps (features.ts `marksStretch`).
 * `c`: the line after `b`; `aIsItem`: `a` was cut off the line before it, which closes as a list item;
 * `z`: the line before `a` in the same run (none when `a` opens the run); `aShortOfEdge`: `a` has a box
 * that stops short of a justified column's right edge (./split.ts `shortOfJustifiedEdge`).
 */
export function cutBetween(a: LineInfo, b: LineInfo, boxed = false, stretchMarked = false, c?: LineInfo, aIsItem = false, z?: LineInfo, aShortOfEdge = false, aTail?: number, charWidth?: number, joinedPage = false): CutReason | null {
  const at = a.line.text.trim();
  const bt = b.line.text.trim();
  // A dateline broken before its dash stays with its paragraph (`MOSCOW (Reuters)` ⏎ `— Patrick…`).
  if (datelineBeforeDash(at, bt)) return null;
  // Reference marks wrapped onto a line of their own close the sentence before them (`team.` ⏎ `[6]`).
  if (REFERENCE_MARKS_LINE.test(bt) && !REFERENCE_MARKS_LINE.test(at)) return null;
  // …and so do marks wrapped to the start of the next line (`… considering corpus data.` ⏎ `[2] They
  // discussed…`): they cite the sentence before. Not in a list of references, whose every line opens so.
  if (REFERENCE_MARK_START.test(bt) && !REFERENCE_MARK_START.test(at) && a.endsSentence) return null;
  // A photographer's credit wrapped over two lines (`HIROSHI CASTILLO / THE WESTBROOK` ⏎ `CLARION`).
  if (b.allCaps && b.words <= 3 && CREDIT_ABOVE.test(at)) return null;
  if (standaloneLine(a) || standaloneLine(b)) return 'standalone';
  // A drop cap opens its story's first paragraph: whatever is printed before it is another unit
  // (`The Onion: An interview with …` ⏎ `D` ⏎ `avid Shankbone:`).
  if (c && opensDropCap(b, c)) return 'drop-cap';
  // A head glued to the justified column under it (./glued-head.ts).
  if (headOverJustified(a, b, stretchMarked)) return 'glued-head';
  if (z && headAfterJump(z, a, b)) return 'after-jump';
  if (!a.endsHyphen && endsCaption(at)) return 'caption-end';
  if (!a.endsHyphen && (a.endsSentence || a.ratio < SHORT_LINE_RATIO) && opensCapital(bt) && opensWithDateline(bt)) return 'dateline';
  if (a.endsHyphen) return null;
  // A heading in capitals glued to the text under it (`REASON FOR DISCRIMINATION.` ⏎ `All respondents…`).
  if (a.allCaps && !b.allCaps && a.words <= MAX_CAPS_HEADING_WORDS && !b.startsLower) return 'caps-heading';
  // Two lines of one length share one measure, whichever side of WIDE_LINE_RATIO each falls (sameLength).
  const same = sameLength(a, b);
  const wideA = a.spanRatio > WIDE_LINE_RATIO && !same;
  const wideB = b.spanRatio > WIDE_LINE_RATIO && !same;
  // From a wide run to a narrow one: a cut only when the narrow line is a full line of its own
  // measure (a wide caption's short last line, `Tanaka`, is not a new run).
  // (A wide line stopping on a comma carries its sentence on into a last line that ends it: `… such as
  // “Language: Its Nature,` ⏎ `Development and Origin” (1922).`, dev007's deck — not a narrow run.)
  if (wideA && !wideB && (a.endsSentence || (!boxed && !b.startsLower && b.ratio >= FULL_NARROW_RATIO && !(COMMA_END.test(at) && b.endsSentence)) || SPEAKER.test(bt))) return 'measure-change';
  if (!wideA && wideB && (a.endsSentence || (!boxed && !b.startsLower))) return 'measure-change';
  // (`aTail` is read in this branch alone: readsTail, which split.ts asks before reading a tail.)
  if (readsTail(a, b)) {
    // (Both speaker patterns need a colon: a line without one is passed over without them.)
    if (bt.indexOf(':') !== -1 && (SPEAKER.test(bt) || SPEAKER_ALONE.test(bt))) return 'speaker';
    // A line stretched to the measure (wide gaps, on a page whose extractor shows them) is justified: not a last line.
    // (`aTail`: the last printed line of a line pdftotext joined, read off its word breaks: joinedTails.)
    const last = aTail ?? lastLineRatio(a);
    const short = last < PARA_END_RATIO && !(aTail === undefined && charWidth !== undefined && fullInPrint(a, at, bt, charWidth));
    if ((short || aShortOfEdge || fits(a, b, last)) && !(stretchMarked && a.stretched)) return 'paragraph-end';
    // (The same in print: the line could have taken a piece of the next line's first word.)
    // (Not on a page the extractor joined: `joinedPage`, the measure is taken over joined lines too.)
    if (charWidth !== undefined && !joinedPage && aTail === undefined && !(stretchMarked && a.stretched) && endsEarlyInPrint(a, at, bt, charWidth)) return 'paragraph-end';
    // An indented first line: `b` stopped early (the next line's first word would have fitted) without
    // ending anything, after a finished sentence — the room is the indent.
    if (c && startsIndented(a, b, c, charWidth) && !(stretchMarked && a.stretched)) return 'indent';
    if (c && boxIndented(a, b, c)) return 'indent';
    // A short line without a sentence end after a finished sentence: a heading or a one-line item (`EARLY LIFE`).
    // (A line the extractor pulled up has no length of its own to judge by: see wrapsHeading.)
    // (A line ending on a comma before a quotation is no heading or item: it is the paragraph's last line,
    // a clause left open for the quotation — `… against Montalvo.` ⏎ `Rathbun stated,` ⏎ `“Daniel was…`.
    // Before anything else it is a line of its own: a letter's close, `Yours sincerely,` ⏎ `JOHN SMITH`.)
    if (lastLineRatio(b) < SHORT_LINE_RATIO && !b.endsSentence && !b.endsHyphen && !pulledUp(b) && !(bt.endsWith(':') && SPEAKER_ALONE.test(bt)) && !(COMMA_END.test(bt) && c && OPENS_QUOTATION.test(c.line.text.trim()))) return 'short-line';
  }
  // (SPEAKER_ALONE ends on its colon and ITEM_END is a semicolon at the end: a look at the last
  // character, the same answer, comes before the patterns.)
  if (at.endsWith(':') && SPEAKER_ALONE.test(at)) return null;
  if (z && charWidth !== undefined && colonEndsEarly(a, b, at, bt, charWidth, joinedPage, aTail, stretchMarked)) return 'paragraph-end';
  if (at.endsWith(';') && ITEM_END.test(at) && oneItem(at) && (a.ratio < PARA_END_RATIO || ITEM_END.test(bt))) return 'list-item';
  if (at.endsWith(':') && b.startsLower && a.ratio < PARA_END_RATIO) return 'list-item';
  if (c && opensItemRun(a, b, c)) return 'list-item';
  // A short line without final punctuation: a heading or list line, unless the next line continues it
  // (a heading wraps after a particle: `Results from` ⏎ `a nationally…`).
  // (A line that opens a bracket or a quotation it does not close goes on: `(Koninklijke` ⏎ `Bibliotheek),`,
  // `with ‘America’s Finest` ⏎ `News Source’` (leavesQuoteOpen); and a bracket
  // opened at the next line's start and left open there is a citation going on, not text under a heading:
  // `Loud-principle` ⏎ `(Williams,` ⏎ `2010):`.)
  // (Nor a caption's first line, opening on its phrase, whose sentence the next line closes: `A photograph
  // related to Westchester` ⏎ `County Airport, provided to the newspaper.`, dev020 page.txt: a caption
  // wraps where its box does, and a name may stand at the break.)
  if (!a.endsSentence && lastLineRatio(a) < SHORT_LINE_RATIO && !b.startsLower && !wrapsHeading(a, at) && !leavesBracketOpen(at) && !leavesQuoteOpen(at) && !(bt.startsWith('(') && leavesBracketOpen(bt)) && !(opensCapital(at) && opensWithDateline(at)) && !(z && proseFragment(z, a, b, stretchMarked)) && !captionGoesOn(at, b, bt)) return 'short-line';
  // An item of a list set one per line (`Pittsburgh Pirates (2012)` ⏎ `Boston Red Sox (2013-present)`):
  // a line short of the measure that closes on a bracket or a number, the next one opening with a capital.
  // In a text box (pdfminer) lines of several lengths are common: there the item must be one of a run
  // (the next line closes as an item too, or this line was cut off as one).
  // (A box of items is measured by its longest item: there an item after an item may fill the measure.)
  // (A box's first line closing so, over running text, is a heading of its own: `Pittsburgh Pirates (2012)`
  // ⏎ `Holt made his Major League debut on`, d2_004 pdfminer — a box opens on a new unit.)
  if (closesOnItemMark(at) && (a.ratio < ITEM_LINE_RATIO || (boxed && aIsItem)) && b.startsUpper && !b.endsHyphen && (!boxed || aIsItem || closesOnItemMark(bt) || a.gapBefore)) return 'list-item';
  // A line that is a whole caption (a caption phrase, a sentence end) after a line of another unit.
  // (Not the second line of a caption its first line opened and left open: captionGoesOn.)
  if (!b.startsLower && !a.endsHyphen && CAPTION_HINT.test(bt) && CAPTION_PHRASE.test(bt) && (b.endsSentence || endsCaption(bt)) && !(!a.endsSentence && captionGoesOn(at, b, bt))) return 'caption-start';
  return null;
}

/**
 * Lines whose lengths differ by less than this share of the longer are set to one measure: a change of
 * measure (a wide caption over a column) shows as a clear step, while the local measure a line is
 * judged against drifts from line to line as its window slides (d2_002 raw: a wide caption's two lines,
 * 42 and 43 characters, fell on either side of WIDE_LINE_RATIO and were cut apart).
 */
export const SAME_LENGTH_SHARE = 0.1;

/** Are the two lines about one length (SAME_LENGTH_SHARE), both longer than the measure? Character counts or box widths alike. */
function sameLength(a: LineInfo, b: LineInfo): boolean {
  if (a.ratio < 1 || b.ratio < 1) return false;
  return Math.abs(a.len - b.len) < SAME_LENGTH_SHARE * Math.max(a.len, b.len);
}

/**
 * A line at most this much longer than the measure, in characters, is one printed line: character counts
 * stray from printed widths by about a tenth in proportional type (a line of narrow letters holds more).
 * A pulled-up line holds a full line and at least a word more. (1.1 and 1.15 measure the same on the
 * dev pages; 1.25 takes real pulled-up lines for single ones.)
 */
export const ONE_LINE_RATIO = 1.1;
/**
 * The length of a line's last printed line against the measure. A line marked pulled up (features.ts
 * `pulledUp`: pdftotext default mode joined a broken word by pulling the next printed line up) is measured
 * less one column; but a line no longer than the measure itself (ONE_LINE_RATIO) cannot hold two printed
 * lines (in a narrow column a full line is often a few characters longer than the low percentile taken as
 * the column), so it is measured whole (d2_008 page.txt: `people falling off their chairs.`, 32 characters
 * in a 33-character column, was read as a 6-character last line).
 */
export function lastLineRatio(a: LineInfo): number {
  if (a.pulledUp && !pulledUp(a)) return a.width > 0 ? a.chars / a.width : 1;
  return a.ratio;
}

/**
 * Does the line hold two printed lines (features.ts `pulledUp`, less the lines no longer than the measure:
 * ONE_LINE_RATIO)? The one answer every rule here asks (lastLineRatio, wrapsHeading, the short-line
 * exemption, startsIndented): a line measured whole is judged by its length like any other.
 */
export function pulledUp(a: LineInfo): boolean {
  return a.pulledUp && (a.line.box !== undefined || a.chars > ONE_LINE_RATIO * a.width);
}

/** Quotation marks that are also apostrophes (`’90s`, `'tis`): at a line's start they open no quotation. */
const APOSTROPHES = `'’`;
/**
 * An opening quotation mark: a quotation that starts a line after a line that stopped short opens a turn.
 * Any quotation mark of ../../text/chars.ts QUOTES but the apostrophes: a line starts with a quotation's
 * opening mark, whichever the language's (`“` English, `„` `‚` German, `«` French, `»` Danish and German,
 * `”` Swedish and Finnish); a closing mark is set against its word and does not start a line.
 */
const OPENING_QUOTE = new RegExp(`^[${[...QUOTES].filter((c) => !APOSTROPHES.includes(c)).join('')}]`, 'u');

/**
 * Is `a` (short, without final punctuation) a piece of running text rather than a heading or list line?
 * It starts in lower case and carries on a sentence that the line before it (`z`, same run) left open,
 * where `z` is itself running text: it starts in lower case, or breaks a word at its end, or is
 * stretched to the measure (wide gaps, on a page whose extractor shows them). Extractors split a
 * justified line at its wide gaps into pieces of their own (`Stanford  University  before` ⏎ `joining`
 * ⏎ `Berkeley’s …`), and a piece is as short as a heading; a heading's wrapped line (`Career
 * development and later` ⏎ `life`) follows a line in capitals, not stretched, not broken. A quotation
 * opening the next line (`Rathbun` ⏎ `stated,` ⏎ `“Daniel…`) is a turn: the cut stays.
 */
export function proseFragment(z: LineInfo, a: LineInfo, b: LineInfo, stretchMarked: boolean): boolean {
  if (!a.startsLower || a.endsSentence || z.endsSentence) return false;
  if (!(z.startsLower || z.endsHyphen || (stretchMarked && z.stretched))) return false;
  const at = a.line.text.trim();
  const bt = b.line.text.trim();
  if (OPENING_QUOTE.test(bt) || ATTRIBUTION.test(at) || CLOSING_NOTE.test(at)) return false;
  // A name alone on the next line is a byline under a headline or deck (`… for five` ⏎ `nationalities` ⏎ `Hiroshi Reyes`).
  if (b.words <= MAX_NAME_WORDS && !b.endsHyphen && PERSON_LINE.test(bt)) return false;
  if (standaloneLine(z) || standaloneLine(a)) return false;
  // A credit wrapped over the two lines (`… Photo: In-` ⏎ `grid Nakamura`) ends its caption.
  const zt = z.line.text.trim();
  const joined = z.endsHyphen ? `${zt.slice(0, -1)}${at}` : `${zt} ${at}`;
  return creditTail(joined) === null;
}

/** A quotation's attribution at a line's end (`about it. — Rick Santorum`): the quotation ends there. */
const ATTRIBUTION = /\s[—–]\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u;
/**
 * A bracketed note closing at a line's end (`[Note: … milestone was met]`) ends what it is part of, without a stop.
 * It comes from the wiki pages' `[Note: …]` convention (dev019, pdftotext -raw and pdfminer: the fragments test);
 * newspapers print editor's notes the same way (`[Editor's note: …]`), and a bracket closing a short line in
 * running text is otherwise rare.
 */
const CLOSING_NOTE = /\]$/u;
/** A byline's name has at most this many words. */
export const MAX_NAME_WORDS = 4;

/**
 * A headline's line under a jump line holds at most this many words (as MAX_CAPS_HEADING_WORDS): a
 * headline set within a column is in larger type than the body, so a line of it holds few words. A
 * longer line that stops short of the measure is running text (an extractor reading the columns in
 * turn prints the next column's text under the jump line: `See BUDGET, Page A7` ⏎ `Council member Tom
 * Reyes said the hall had been closed since` ⏎ `Mayor Ruth Allen told…`), not a head.
 */
export const MAX_JUMP_HEAD_WORDS = 8;
/** A jump line that sends the story on to another page (`continued on Page 15`, `See THE, Page A7`), not one that brings it in (`Continued from Page 1`). */
const JUMP_FROM = /\b(?:from|From|FROM)\b/u;

/**
 * Is `a` a headline on its own line, right under a jump line that sends a story on (`z`), over body text
 * (`THE continued on Page 15` ⏎ `Sydfynske Øhav: Get in` ⏎ `Tåsinge, Langeland and a`)? A jump line
 * ends its story's column: what the page prints next is another story, and a line of two words or more
 * without final punctuation that the next line does not carry on in lower case is its headline (or
 * kicker), however it ends (a section name ends on a particle: `Get in`). Holds for any paper's jump
 * lines; a story brought in from another page (`Continued from Page 1`) goes on under its jump line
 * and is not taken.
 */
export function headAfterJump(z: LineInfo, a: LineInfo, b: LineInfo): boolean {
  if (a.endsSentence || a.endsHyphen || a.words < 2 || a.words > MAX_JUMP_HEAD_WORDS || !b.startsUpper || b.endsSentence) return false;
  if (lastLineRatio(a) >= 1 || /[,;:]$/u.test(a.line.text.trimEnd())) return false;
  const zt = z.line.text.trim();
  return standaloneLine(z) && isJumpLine(zt) && !JUMP_FROM.test(zt);
}

/** A line that ends a caption: a caption phrase and a sentence end, or a photo credit after some text. */
export function endsCaption(text: string): boolean {
  if (endsOnSentenceMark(text) && CAPTION_HINT.test(text) && CAPTION_CUE.test(text)) return true;
  const m = creditTail(text);
  return m !== null && m.index > 0;
}

/**
 * Does a line open a caption on its phrase (`A photograph related to…`, `File photo of…`: the phrase at
 * the line's start) whose sentence the next line closes (a sentence end, or a caption's end: a credit)?
 * Then the caption wraps at the line's end, whatever its length.
 */
function captionGoesOn(at: string, b: LineInfo, bt: string): boolean {
  if (!CAPTION_HINT.test(at) || CAPTION_PHRASE.exec(at)?.index !== 0) return false;
  return b.endsSentence || endsCaption(bt);
}


/**
 * What `standalone` said about a measured line, kept on the line's evidence itself (a line is asked about
 * as the end of one pair and the start of the next): a slot under a symbol of this module's own, not a
 * WeakMap keyed by every line (its look-ups cost more than the answer on most lines).
 */
const STANDALONE = Symbol('standalone');
type WithStandalone = LineInfo & { [STANDALONE]?: boolean };

/** Is the measured line a unit of its own (`standalone` on its trimmed text, remembered per line)? */
export function standaloneLine(info: LineInfo): boolean {
  // Most lines are running text: rejected on their first character or length, without a look-up
  // (the same answer `isStandalone` gives them).
  if (info.chars > MAX_STANDALONE_CHARS || plainStart(info.line.text.charCodeAt(0))) return false;
  const slot = info as WithStandalone;
  let v = slot[STANDALONE];
  if (v === undefined) {
    v = standalone(info.line.text.trim());
    slot[STANDALONE] = v;
  }
  return v;
}

/** Bylines, titles, jump lines and credits are short; longer lines are not tested. */
const MAX_STANDALONE_CHARS = 90;

const standaloneCache = new Map<string, boolean>();

/** Lines that are always a unit of their own (cached by text: each line is asked about twice). */
export function standalone(text: string): boolean {
  if (text.length > MAX_STANDALONE_CHARS || plainStart(text.charCodeAt(0))) return false;
  let v = standaloneCache.get(text);
  if (v === undefined) {
    if (standaloneCache.size > STANDALONE_CACHE_SIZE) standaloneCache.clear();
    v = isStandalone(text);
    standaloneCache.set(text, v);
  }
  return v;
}

/** Lines remembered by `standalone` (a page has a few hundred). */
const STANDALONE_CACHE_SIZE = 4096;

/** Bylines, titles, jump lines and credits start with a capital, a dash or a bracket: not a lower-case letter or a digit. */
function plainStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

function isStandalone(text: string): boolean {
  if (plainStart(text.charCodeAt(0))) return false;
  if (text.length > MAX_STANDALONE_CHARS) return false;
  return BYLINE.test(text) || BYLINE_TITLE.test(text) || nameTitleByline(text) !== null || isJumpLine(text) || creditOnly(text) || CREDIT_ABOVE.test(text) || (text.startsWith('(') && SIGNOFF_PAREN.test(text));
}

/** A line that is nothing but a credit (`— AFP photos`, `(Reuters)`, `Photo: Maria Okafor`, `NAME / PAPER`). */
export function creditOnly(text: string): boolean {
  if (text.length > MAX_CREDIT_CHARS) return false;
  const m = creditTail(text);
  return m !== null && m.index <= 1;
}

/** A line at least this share of the measure may show an indent (shorter ones are headings, list lines, last lines). */
export const INDENTED_LINE_RATIO = 0.5;
/** A sentence that ends on an initial (`writer L.` ⏎ `Ron Hubbard`) is a name going on, not a sentence end. */
const INITIAL_END = /(?:^|\s)\p{Lu}\.$/u;

/**
 * Is `b` an indented first line? `a` ends a sentence (not on an initial); `b` runs on (no sentence
 * end, no blank line before the next line) yet stopped early: the first word of the line after it
 * would have fitted, with room to spare. A line breaker fills every line of a paragraph but the
 * first, which loses the indent's width, and the last (evidence: dev2 pages set with first-line
 * indents by a greedy breaker; lines that stop early inside a paragraph are about 1 in 60).
 * `charWidth`: the page's mean printed character width (printed-width.ts meanCharWidth); given, a line
 * that stopped early in print counts too (stopsEarlyInPrint).
 */
export function startsIndented(a: LineInfo, b: LineInfo, c: LineInfo, charWidth?: number): boolean {
  if (!a.endsSentence || !b.startsUpper || b.endsSentence || c.gapBefore || lastLineRatio(b) < INDENTED_LINE_RATIO) return false;
  // A line the extractor joined (pdftotext default) has an estimated length and may come from another
  // column: `b`, whose room is measured, may not be one. `c` may: only its first word is read, and a
  // pulled-up line keeps its own first printed line at its start (pdftotext appends the next printed
  // line where a word broke, at the end, and never moves a line's first word). dev010 page.txt: `retail
  // and dining storefronts.` ⏎ `Fort Lee is a small town` ⏎ `but is piled high with apartment
  // buildings. Because Fort` (pulled up), room for `but` in a 30-character column: a new paragraph.
  if (pulledUp(b)) return false;
  // Character counts only: with geometry a line's box shows its indent itself (its left edge), and
  // box widths are no character counts.
  if (b.line.box) return false;
  if (INITIAL_END.test(a.line.text.trimEnd())) return false;
  if (fits(b, c)) return true;
  return charWidth !== undefined && stopsEarlyInPrint(a, b, c, charWidth);
}

/**
 * Room to spare, in thousandths of an em, beyond the next piece for a line to count as stopped early
 * in print (a paragraph's last line: endsEarlyInPrint; an indented first line: stopsEarlyInPrint): the
 * error of a printed width estimated from one face's letter widths (printed-width.ts). Chosen on the
 * dev and dev2 pages, pdftotext -raw: every value from 100 to 200 finds the same first lines but one,
 * and none that is not; at 0 a few full lines of justified columns are taken.
 */
export const PRINT_SLACK = 125;

/**
 * Does the line, after a finished sentence, stop early in print: would a piece of the next line's first
 * word that every English typesetter could have set (printed-width.ts firstPiece, `everywhere`) have
 * fitted in the room its estimated printed width leaves, after a word space and PRINT_SLACK? Then it is
 * its paragraph's last line, however many characters it holds: a line breaker ends a line inside a
 * paragraph only where the next piece does not fit (`… to win 4 to 0. [14]` ⏎ `By the end…` would have
 * taken `By`). The counterpart of `fits` (whole words, character counts) in print, as stopsEarlyInPrint
 * is for a first line; not inside an open bracket, nor after an initial (`writer L.` ⏎ `Ron…`), nor on a
 * line with a box (geometry decides there: shortOfJustifiedEdge).
 */
export function endsEarlyInPrint(a: LineInfo, at: string, bt: string, charWidth: number): boolean {
  if (a.line.box || a.pulledUp || leavesBracketOpen(at) || INITIAL_END.test(at)) return false;
  const word = /^\S+/u.exec(bt)?.[0] ?? '';
  return a.width * charWidth - printedWidth(at) >= SPACE_WIDTH + printedWidth(firstPiece(word, true)) + PRINT_SLACK;
}

/**
 * Does a line that closes on a colon stop early in print before a capitalised line (`… we are quite
 * different` ⏎ `from Wikipedia in several respects:` ⏎ `We are much smaller.`, room for `We`)? A colon
 * at a line's end announces what follows; when the line also left room for a piece of the next word
 * (endsEarlyInPrint), the line breaker did not end it, the writer did: what the colon announces opens a
 * paragraph of its own (a list of points, a quotation), as after a finished sentence. A colon is a
 * sentence's close in every language's punctuation, so the evidence of the print rule holds as for a
 * full stop. Not on pages the extractor joined nor on joined lines or stretched lines (as for a
 * sentence end), and not when the next line opens lower case (a list run on: `list-item`). The caller
 * asks it only of a line with a line of its run before it (a paragraph's last line): a run's first line
 * closing on a colon is as often a heading set on its own (`The Use of Cognitive Digital Games in
 * School:` ⏎ `Contributions to Attention`, a title over its subtitle, dev008).
 */
export function colonEndsEarly(a: LineInfo, b: LineInfo, at: string, bt: string, charWidth: number, joinedPage: boolean, aTail: number | undefined, stretchMarked: boolean): boolean {
  if (!at.endsWith(':') || !b.startsUpper || joinedPage || aTail !== undefined || (stretchMarked && a.stretched)) return false;
  return endsEarlyInPrint(a, at, bt, charWidth);
}

/**
 * Did `b` stop early in print: would a piece of the next line's first word that every English
 * typesetter could have set (cut at the later of the US and British patterns' first points, with its
 * hyphen: printed-width.ts firstPiece) have fitted in the room `b`'s estimated printed width leaves
 * in the column, after a word space and PRINT_SLACK? A line breaker, greedy or optimising, ends a
 * line inside a paragraph only where the next piece does not fit; a line that leaves that room lost
 * it to an indent (the line is its paragraph's first: `and teachers in schools.` ⏎ `With respect to
 * the` ⏎ `contributions…`, room for `con-`, d2_001). Counting characters misses such lines in narrow
 * columns: a piece of three letters is a tenth of the measure there. Not on lines the extractor
 * joined (`pulledUp`: lengths are estimates) nor before a line longer than the measure (set wider or
 * joined: the column's measure is no guide), nor inside an open bracket (`(e.g.` ⏎ `The Programming
 * Histo-`: no sentence ends inside a bracket, dev006).
 */
export function stopsEarlyInPrint(a: LineInfo, b: LineInfo, c: LineInfo, charWidth: number): boolean {
  if (a.pulledUp || b.pulledUp || c.pulledUp || c.chars > ONE_LINE_RATIO * c.width) return false;
  if (leavesBracketOpen(a.line.text)) return false;
  const word = /^\S+/u.exec(c.line.text.trim())?.[0] ?? '';
  return b.width * charWidth - printedWidth(b.line.text.trim()) >= SPACE_WIDTH + printedWidth(firstPiece(word, true)) + PRINT_SLACK;
}

/** A first-line indent is at least this many of the line's mean character widths… */
export const MIN_INDENT_CHARS = 1;
/** …and at most this many (a line set further in is centred or set in a box, not indented). */
export const MAX_INDENT_CHARS = 6;
/** Left edges within this share of a mean character width are the same edge. */
export const EDGE_CHARS = 0.5;

/**
 * Is `b` an indented first line, by its box? `a` ends a sentence (checked by the caller, not on an
 * initial) and `b`'s left edge stands in from the left edges of `a` and `c` (which share one edge)
 * by one to six mean character widths: a paragraph's first-line indent, as any typesetter sets it
 * (evidence: dev and dev2 ALTO/hOCR pages, LaTeX and Chromium). Lines with boxes only.
 */
export function boxIndented(a: LineInfo, b: LineInfo, c: LineInfo): boolean {
  const ab = a.line.box;
  const bb = b.line.box;
  const cb = c.line.box;
  if (!ab || !bb || !cb || c.gapBefore || a.chars === 0) return false;
  if (INITIAL_END.test(a.line.text.trimEnd())) return false;
  const unit = a.len / a.chars;
  if (Math.abs(cb.x0 - ab.x0) > EDGE_CHARS * unit) return false;
  const indent = bb.x0 - ab.x0;
  return indent >= MIN_INDENT_CHARS * unit && indent <= MAX_INDENT_CHARS * unit;
}

/**
 * Is the line, though short of the measure by its character count, full in print: is the room its
 * printed width leaves in the column narrower than the smallest piece of the next line's first word
 * a line breaker could have set there (the word to its first legal hyphenation point and a hyphen, or
 * the whole word: printed-width.ts firstPiece), after a word space? Every line breaker, greedy or
 * optimising, ends a line inside a paragraph only where the next piece does not fit, so such a line
 * may as well go on: its shortness says nothing (`mission to England.` ⏎ `After his return…`, a
 * justified line of a 23-character column with no room for `Af-`). The printed width is estimated
 * from the characters (printed-width.ts), the measure is the column's, in characters, at the page's
 * mean character width `charWidth`. Lines with boxes are measured in print already, and a line the
 * extractor pulled up has no width of its own: both are left to the character rule.
 * A quotation opening the next line (`… said Ambassador Mohib.` ⏎ `“They represent…`) opens a new
 * paragraph in news style (a new quotation or speaker, a new paragraph): the short line's end stands.
 */
export function fullInPrint(a: LineInfo, at: string, bt: string, charWidth: number): boolean {
  if (a.line.box || pulledUp(a) || OPENS_QUOTATION.test(bt)) return false;
  const measure = a.width * charWidth;
  const printed = printedWidth(at);
  if (printed < PARA_END_RATIO * measure) return false;
  const word = /^\S+/u.exec(bt)?.[0] ?? '';
  return measure - printed < SPACE_WIDTH + printedWidth(firstPiece(word));
}

/**
 * Would the next line's first word have fitted at the end of this one, with room to spare?
 * Then the line was ended on purpose: a paragraph end (justified lines are filled).
 */
function fits(a: LineInfo, b: LineInfo, last = lastLineRatio(a)): boolean {
  const word = /^\s*(\S+)/u.exec(b.line.text)?.[1] ?? '';
  // A line with a box is measured in the page's units, not characters: the word, the space and the
  // slack are counted at the line's own mean character width.
  const unit = a.line.box && a.chars > 0 ? a.len / a.chars : 1;
  return last * a.width + (1 + word.length + FIT_SLACK) * unit <= a.width;
}

/**
 * The printed lines a joined line holds (pdftotext default mode). pdftotext joins a word broken at a line
 * end by pulling the next printed line up, and drops the hyphen: the line is a chain of printed lines,
 * each but the last broken inside a word, at a point the language's hyphenation allows (every
 * typesetter breaks words so), and each a full line of the column. Which chains fit the line's text is
 * read off its words (joinedTail); the column is the median length of the lines around it (most lines
 * of a page are single full lines, whatever the extractor joined).
 */
/** A full printed line's length varies around the column's median by about this share (character counts of justified lines, dev pages: 0.85–1.15). */
export const PRINTED_LINE_SPREAD = 0.05;
/** A printed line the extractor joined to the next is at least this share of the column… */
export const MIN_PRINTED_LINE = 0.75;
/** …and at most this share (no printed line of a column is longer). */
export const MAX_PRINTED_LINE = 1.15;
/**
 * Before a sentence end and a capital, a joined line's last printed line is a full line (the paragraph
 * goes on) about as often as a paragraph's short last line (dev pages, pdftotext -raw: about a third of
 * the lines ending a sentence before a capital stop short, and a joined line ends a paragraph more often
 * than a single one, as a paragraph's last line is often the remainder of a broken word).
 */
export const FULL_TAIL_PRIOR = 0.5;
/** A line this much longer than the lines around it (their median) holds two printed lines, though the extractor's own estimate did not mark it. */
export const HIDDEN_JOIN_RATIO = 1.1;
/** Chains of more printed lines than this are not followed (a paragraph pdftotext printed as one line is read as its last lines). */
export const MAX_PRINTED_LINES = 12;
const LETTER_AT = /\p{L}/u;
/** `LETTER_AT.test(text[i])`, read off the character code for ASCII (A–Z, a–z are its only letters there). */
function letterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_AT.test(text[i]!);
}

/**
 * The length of the last printed line of a joined line, in characters: the weighted median over every
 * chain of printed lines that fits the text (each break inside a word at a legal hyphenation point, each
 * printed line but the last, its hyphen counted, between MIN_PRINTED_LINE and MAX_PRINTED_LINE of the
 * column `median`), each chain weighted by how close its lines come to the column (a normal spread of
 * PRINTED_LINE_SPREAD) and its last line by FULL_TAIL_PRIOR (a full line, or any shorter length alike).
 * Null when no chain fits (a line the extractor did not join, or a name the patterns cannot break).
 */
export function joinedTail(text: string, median: number): JoinedTail | null {
  const n = text.length;
  if (median <= 0 || n <= MIN_PRINTED_LINE * median) return null;
  const lo = Math.ceil(MIN_PRINTED_LINE * median);
  const hi = Math.floor(MAX_PRINTED_LINE * median);
  const sd = PRINTED_LINE_SPREAD * median;
  const full = (x: number): number => Math.exp(-((x - median) ** 2) / (2 * sd * sd)) / (sd * Math.sqrt(2 * Math.PI));
  // Where a printed line may end: inside a word, at a legal break (`influen|tial`), two letters each side
  // (1: the line ends there and takes a hyphen), or after a compound's own hyphen (`heat-|attributed`,
  // which an earlier step put back: 2, the hyphen is in the text already).
  const breaks = new Uint8Array(n + 1);
  for (let s = 0; s < n; ) {
    if (!letterAt(text, s)) {
      if (text.charCodeAt(s) === 45 && s > 0 && s + 1 < n && letterAt(text, s - 1) && letterAt(text, s + 1)) breaks[s + 1] = 2;
      s++;
      continue;
    }
    let e = s;
    while (e < n && letterAt(text, e)) e++;
    if (e - s >= 4) for (const p of breakPoints(text.slice(s, e))) breaks[s + p] = 1;
    s = e;
  }
  /** The printed line from s to the break b: its characters and its hyphen. */
  const lineLen = (s: number, b: number): number => b - s + (breaks[b] === 1 ? 1 : 0);
  // weight[s][tail]: the weight of the chains from a printed line starting at s, by their last line's length.
  const memo = new Map<number, Map<number, number>>();
  const from = (s: number, depth: number): Map<number, number> => {
    const hit = memo.get(s);
    if (hit) return hit;
    const out = new Map<number, number>();
    const rest = n - s;
    if (rest <= hi) out.set(rest, FULL_TAIL_PRIOR * full(rest) + (1 - FULL_TAIL_PRIOR) / hi);
    if (depth < MAX_PRINTED_LINES) {
      // A printed line from s to the break b holds b - s characters and its hyphen.
      for (let b = s + lo - 1; b <= s + hi && b < n; b++) {
        if (!breaks[b]) continue;
        const len = lineLen(s, b);
        if (len < lo || len > hi) continue;
        const w = full(len);
        for (const [t, v] of from(b, depth + 1)) out.set(t, (out.get(t) ?? 0) + w * v);
      }
    }
    memo.set(s, out);
    return out;
  };
  // The first printed line ends at a break too (the line holds at least two).
  const tails = new Map<number, number>();
  for (let b = lo - 1; b <= hi && b < n; b++) {
    if (!breaks[b]) continue;
    const len = lineLen(0, b);
    if (len < lo || len > hi) continue;
    const w = full(len);
    for (const [t, v] of from(b, 2)) tails.set(t, (tails.get(t) ?? 0) + w * v);
  }
  let total = 0;
  for (const v of tails.values()) total += v;
  if (total <= 0) return null;
  // The quantiles of the last line's length over the chains, by weight.
  const at = (q: number): number => {
    let acc = 0;
    for (const t of sorted) {
      acc += tails.get(t)!;
      if (acc >= q * total) return t;
    }
    return sorted[sorted.length - 1]!;
  };
  const sorted = [...tails.keys()].sort((x, y) => x - y);
  return { low: at(TAIL_DOUBT), mid: at(0.5), high: at(1 - TAIL_DOUBT) };
}

/** The share of the chains' weight left out at either end when the last line's length is read as a range. */
export const TAIL_DOUBT = 0.25;

/** The last printed line's length read off a joined line's words: the median and the middle range (TAIL_DOUBT) over the chains that fit. */
export interface JoinedTail {
  low: number;
  mid: number;
  high: number;
}

/**
 * Does cutBetween read `aTail` (the last printed line of a joined line) for the pair a, b? Only when `a`
 * ends a sentence before a capital (the paragraph-end tests); split.ts reads the costly tail then alone.
 */
export function readsTail(a: LineInfo, b: LineInfo): boolean {
  return a.endsSentence && b.startsUpper;
}

/**
 * For each line of a page pdftotext joined (some line is marked pulled up), the length of its last printed
 * line against its measure, where the line holds two printed lines or more: a line marked pulled up and
 * longer than one printed line (pulledUp), or a line HIDDEN_JOIN_RATIO longer than the median of the lines
 * around it. Undefined elsewhere (and on every page the extractor did not join, or that has boxes).
 */
export function joinedTails(infos: readonly LineInfo[]): Array<number | undefined> {
  const tailOf = joinedTailReader(infos);
  const out = new Array<number | undefined>(infos.length);
  for (let i = 0; i < infos.length; i++) out[i] = tailOf(i);
  return out;
}

/**
 * `joinedTails(infos)[i]`, read for one line when asked: reading a joined line's chains of printed lines
 * is the costly part of the page's cuts, and cutBetween asks for a line's tail only after a sentence end
 * before a capital (split.ts asks only then). The page's medians are taken once, on the first question.
 */
export function joinedTailReader(infos: readonly LineInfo[]): (i: number) => number | undefined {
  if (!infos.some((x) => x.pulledUp) || infos.some((x) => x.line.box !== undefined)) return () => undefined;
  let medians: number[] | undefined;
  return (i) => {
    const a = infos[i]!;
    medians ??= localWidths(infos.map((x) => x.chars), 0.5);
    // The column is the median of the lines around, but never more than the line's measure: where most
    // lines of a narrow column were joined the median is a joined line's length (dev014 page.txt: 60
    // characters in a 42-character column, where `American linguist … California, Berkeley.` read as
    // ending on a 29-character last line), while the measure is taken from single lines and the joined
    // lines' last printed lines (features.ts lineInfos).
    const med = Math.min(medians[i]!, a.width);
    // (A line no longer than ONE_LINE_RATIO × its measure is one printed line, whatever the median: pulledUp.)
    if (!(pulledUp(a) || (a.chars > HIDDEN_JOIN_RATIO * med && a.chars > ONE_LINE_RATIO * a.width))) return undefined;
    const t = joinedTail(a.line.text.trim(), med);
    if (t === null || a.width <= 0) return undefined;
    // Only a clear reading replaces the extractor's estimate: the chains' middle range on one side of a paragraph's last line.
    return t.high < PARA_END_RATIO * a.width || t.low >= PARA_END_RATIO * a.width ? t.mid / a.width : undefined;
  };
}
