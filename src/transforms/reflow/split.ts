/**
 * Split: cut the reader's blocks (runs of lines between blank lines) into
 * units that each hold one thing — a paragraph, a heading, a byline, a caption,
 * a credit — using the line evidence in ./boundaries.ts. Every cut is recorded
 * as a message (`reflow/split-<reason>`). Positions stay true: a unit's span
 * runs from its first line's start to its last line's end.
 */
import type { Block, GalleyDocument, Line, Page } from '../../model/types.js';
import { isBoxed, lineInfos, marksStretch, type LineInfo } from '../classify/features.js';
import { deckStarts } from './deck-cut.js';
import { pageLineList } from '../classify/units.js';
import { BYLINE_TITLE, CREDIT_ABOVE, DATE_LINE, FOLIO, holdsWeb, isJumpLine, PERSON_LINE, creditTail } from '../classify/patterns.js';
import type { Transform } from '../types.js';
import { makeBlock } from './blocks.js';
import { isWord } from '../../lexicon/index.js';
import { findAdverts, type AdvertRun } from './adverts.js';
import { closesItem, cutBetween, endsCaption, endsListItem, joinedTailReader, readsTail, SPEAKER_ALONE, standaloneLine } from './boundaries.js';
import { GLUED_HEAD_CONFIDENCE } from './glued-head.js';
import { deinterleave } from './interleave.js';
import { meanCharWidth } from './printed-width.js';
import { knownWord, LONE_CAPITAL as DROP_CAP, rejoinSmallCapsLead, smallCapsRest } from './drop-caps.js';

export interface SplitOptions {
  /** Record each cut as an info message (default true). */
  record?: boolean;
}

export function createSplit(options: SplitOptions = {}): Transform {
  const record = options.record !== false;
  return (doc: GalleyDocument) => {
    for (const page of doc.pages) splitPage(page, doc, record);
  };
}

/** The page's line stream with the blank-line flags, and its evidence. */
export function pageLines(page: Page): LineInfo[] {
  const { lines, gaps } = pageLineList(page.blocks, false);
  return lineInfos(lines, gaps);
}

function splitPage(page: Page, doc: GalleyDocument, record: boolean): void {
  // Only unclassified text blocks are cut; blocks a reader already typed are kept as they are.
  if (page.blocks.some((b) => b.kind !== 'text')) return;
  deinterleave(page, doc);
  rejoinSmallCapsLead(page, knownWord(doc), doc.messages);
  const infos = pageLines(page);
  const boxed = isBoxed(infos);
  const stretchMarked = marksStretch(infos);
  // Advertisements first: their lines are a unit of their own, whatever else the lines look like.
  const adAt = new Map<number, AdvertRun>();
  const inAd = new Set<number>();
  for (const run of findAdverts(infos)) {
    adAt.set(run.from, run);
    for (let k = run.from; k < run.to; k++) inAd.add(k);
  }
  // A name over a job title (a byline without `By`): cut before the name and after the title.
  const forced = new Set<number>();
  for (let i = 0; i + 1 < infos.length; i++) {
    if (infos[i]!.words <= 6 && infos[i + 1]!.words <= 8 && BYLINE_TITLE.test(infos[i + 1]!.line.text.trim()) && PERSON_LINE.test(infos[i]!.line.text)) {
      forced.add(i);
      forced.add(i + 2);
    }
  }
  // A deck without a full stop under its headline, in a text layer (deck-cut.ts).
  const deckCuts = deckStarts(infos);
  const listLeads = colonListLeads(infos);
  const capRests = displacedCapRests(infos);
  const movedCaps = new Set(capRests.values());
  const narrow = narrowRuns(infos);
  const itemsIn = itemEndsPerRun(infos, narrow);
  const itemsInBox = boxed ? itemEndsPerBox(infos) : null;
  const shortOfEdge = shortOfJustifiedEdge(infos);
  // The last printed line of a line pdftotext joined (boundaries.ts joinedTails), read only where cutBetween
  // reads it (readsTail: a sentence end before a capital; elsewhere only colonEndsEarly looks at it, and
  // that answers no on a joined page before it does): the chains of printed lines behind it are the
  // page's costliest evidence (split 0.82 → 0.72 ms per page on the dev/dev2 text inputs).
  const tailOf = joinedTailReader(infos);
  // What one character of the measure is worth in print on this page (boundaries.ts fullInPrint).
  const charWidth = meanCharWidth(infos.map((x) => x.line.text.trim()));
  // The extractor joined lines on this page (pdftotext default): the column's measure is taken over
  // lines of two printed lines too, and is no guide to a line's room in print.
  const joinedPage = infos.some((x) => x.pulledUp);
  const blocks: Block[] = [];
  let current: Line[] = [];
  /** The unit being built is a caption under a photographer's credit: it ends at its first short or finished line. */
  let captionUnderCredit = false;
  /** Why the line before was cut from its predecessor (null: it was not). */
  let lastReason: string | null = null;
  /** The lines of the unit made last (its text is built only when it may be a photographer's credit). */
  let lastUnit: Line[] = [];
  /** Where the unit being built starts in `infos`. */
  let currentStart = 0;
  const flush = (): void => {
    if (current.length) {
      const k = trailingCaption(infos, currentStart, current.length);
      if (k > 0) {
        blocks.push(makeBlock(current.slice(0, k)));
        if (record) {
          doc.messages.push({
            rule: 'reflow/split-caption-start',
            severity: 'info',
            text: 'new unit: caption-start (a caption closes the unit)',
            source: current[k]!.source,
            confidence: TRAILING_CAPTION_CONFIDENCE,
          });
        }
        current = current.slice(k);
      }
      blocks.push(makeBlock(current));
      lastUnit = current;
    }
    current = [];
  };
  for (let i = 0; i < infos.length; i++) {
    const info = infos[i]!;
    const ad = adAt.get(i);
    if (ad) {
      flush();
      const block = makeBlock(infos.slice(ad.from, ad.to).map((l) => l.line), 'advert');
      block.furnitureType = 'other';
      block.decision = { rule: 'classify/advert', confidence: 0.8, evidence: ad.evidence };
      blocks.push(block);
      lastUnit = [];
      doc.messages.push({ rule: 'classify/advert', severity: 'info', text: `advert: ${ad.evidence}`, source: block.source, confidence: 0.8 });
      i = ad.to - 1;
      continue;
    }
    // A displaced drop cap moves down to the rest of its word (below); what follows it starts a new unit.
    if (movedCaps.has(i)) {
      flush();
      lastReason = null;
      continue;
    }
    // A drop cap printed as a block of its own before a rest in small capitals (pdftotext's default mode
    // sets the letter apart by a blank line: `W` ⏎⏎ `IKINEWS :`, `I` ⏎⏎ `SLANDS in the archipelago`):
    // joined when it and the rest make a word, before the rest is read as a kicker or a heading. (A rest
    // in lower case starts no heading; reflow joins it to its letter with the paragraph it opens.)
    if (info.gapBefore && current.length === 1 && current[0] === infos[i - 1]!.line && !inAd.has(i - 1) && CAPS_REST.test(info.line.text.trim()) && isDropCap(infos[i - 1]!, info) && makesWordWith(infos[i - 1]!, info, doc)) {
      joinDropCap(infos[i - 1]!, info, doc);
      current.push(info.line);
      continue;
    }
    if (current.length && !info.gapBefore && !inAd.has(i - 1)) {
      const prev = infos[i - 1]!;
      if (isDropCap(prev, info)) {
        joinDropCap(prev, info, doc);
        current.push(info.line);
        continue;
      }
      const reason: string | null =
        runningHead(infos, i - 1) || runningHead(infos, i) || folioUnderText(infos, i)
          ? 'running-head'
          : capRests.has(i)
            ? 'drop-cap'
          : capRests.has(i - 1) && info.startsUpper && SPEAKER_ALONE.test(`${infos[capRests.get(i - 1)!]!.line.text.trim()}${prev.line.text.trim()}`)
            ? null
          : forced.has(i)
            ? 'byline'
          : deckCuts.decks.has(i)
            ? 'deck'
          : deckCuts.after.has(i)
            ? 'after-deck'
            : listLeads.has(i - 1)
              ? 'list-item'
            : captionUnderCredit && !prev.endsHyphen && !(stretchMarked && prev.stretched) && (prev.endsSentence || prev.ratio < CAPTION_LINE_RATIO)
              ? 'caption-end'
              : narrow[i] && narrow[i] === narrow[i - 1] && !prev.endsSentence && !listItemInRun(prev, info, Math.max(itemsIn[narrow[i]!]!, itemsInBox?.[i - 1] ?? 0)) && !standaloneLine(prev) && !standaloneLine(info)
                ? null
                : cutBetween(prev, info, boxed, stretchMarked, infos[i + 1], lastReason !== null && current.length === 1 && i >= 2 && closesItem(infos[i - 2]!.line.text), i >= 2 && !prev.gapBefore ? infos[i - 2] : undefined, shortOfEdge[i - 1], readsTail(prev, info) ? tailOf(i - 1) : undefined, charWidth, joinedPage);
      lastReason = reason;
      if (reason) {
        flush();
        if (record) {
          doc.messages.push({
            rule: `reflow/split-${reason as string}`,
            severity: 'info',
            text: `new unit: ${reason}`,
            source: info.line.source,
            ...(reason === 'glued-head' ? { confidence: GLUED_HEAD_CONFIDENCE } : {}),
          });
        }
      }
    } else {
      flush();
      lastReason = null;
    }
    if (!current.length) {
      captionUnderCredit = i > 0 && isCreditAbove(lastUnit);
      currentStart = i;
      const cap = capRests.get(i);
      if (cap !== undefined) {
        // The unit starts with the drop cap joined to its word (`D` + `avid Shankbone:`); `currentStart`
        // stays one before the unit's last lines in `infos`, as trailingCaption counts them from the end.
        joinDropCap(infos[cap]!, info, doc);
        current.push(infos[cap]!.line);
        currentStart = i - 1;
      }
    }
    current.push(info.line);
  }
  flush();
  page.blocks = blocks;
}

/** A sentence end inside a line: a stop, closing marks, a space and a capital. */
const SENTENCE_INSIDE = /[.!?]["'”’)\]]*\s+\p{Lu}/u;
/** A list item that a colon's lead-in opens runs to its semicolon within this many lines. */
export const MAX_LED_ITEM_LINES = 4;

/**
 * Lines ending on a colon that open a list of items set as paragraphs (`… This occurs for two reasons:`
 * ⏎ `As it moves over land, it is cut off from` ⏎ … ⏎ `the warm sea surface;` ⏎ `Increased friction…`):
 * the next line starts with a capital, and within MAX_LED_ITEM_LINES lines of the same run, with no
 * sentence end before it or inside it, a line ends one item (a single semicolon at its end) and the line after it
 * starts with a capital (the next item) or a new run. A colon at a line's end followed by an item closed
 * on a semicolon is how a list is punctuated in running text in any paper; a colon in a sentence is
 * followed by its clause, which runs on to a full stop (dev011, d2_009 raw). Returns the lead-ins' indexes.
 */
function colonListLeads(infos: readonly LineInfo[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 2 < infos.length; i++) {
    const a = infos[i]!;
    if (!endsOnColon(a.line.text) || a.endsHyphen || standaloneLine(a)) continue;
    const b = infos[i + 1]!;
    if (b.gapBefore || !b.startsUpper || standaloneLine(b)) continue;
    for (let k = i + 1; k < infos.length && k <= i + MAX_LED_ITEM_LINES; k++) {
      const x = infos[k]!;
      if (k > i + 1 && x.gapBefore) break;
      // An item is one clause: a sentence ending inside it (`… told of it. The rest…`) is running text.
      if (SENTENCE_INSIDE.test(x.line.text)) break;
      if (endsListItem(x.line.text)) {
        const next = infos[k + 1];
        if (!next || next.gapBefore || next.startsUpper) out.add(i);
        break;
      }
      if (x.endsSentence) break;
    }
  }
  return out;
}

/**
 * `text.trimEnd().endsWith(':')`, read off the character codes from the end (no trimmed copy of every
 * line of the page): ASCII white space is passed over; a character beyond ASCII may be white space
 * `trimEnd` takes, and is left to it.
 */
export function endsOnColon(text: string): boolean {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    return c >= 128 ? text.trimEnd().endsWith(':') : c === 58;
  }
  return false;
}

/** A caption set in the run of a column is at most this many lines. */
export const MAX_CAPTION_LINES = 4;
/**
 * How sure a trailing-caption cut is: its lines carry a photo credit, an image-source note or an archive
 * phrase, which running text seldom does (the 3 such cuts on the dev pages, pdftotext -raw, are all captions).
 */
export const TRAILING_CAPTION_CONFIDENCE = 0.8;

/** A sentence's stop, then a bracketed credit closing the line (`… image. (AFP)`). */
const STOP_THEN_BRACKETED = /[.!?…]["'”’]*\s+\([^()]{2,24}\)$/u;
/** An image-source note in a caption (`Image: Twitter / NASA.`, `Photo: Ingrid Nakamura`). */
const PHOTO_NOTE = /\b(?:Image|Photo|Picture|IMAGE|PHOTO)s?[:;] \S/u;
/**
 * Archive phrases only a caption uses (`An undated handout photograph of …`, `file photo`): a story says
 * what a photo shows in other words. The phrases a caption shares with running text (`is seen`, `are
 * shown`, `(left)`, `poses for a photo`) are no evidence at the end of a paragraph.
 */
const ARCHIVE_PHRASE = /\b(?:undated|handout|file|archive) (?:photo|photograph|picture|image)s?\b/iu;

/**
 * Do the lines read as a caption with more than a caption phrase: a photo credit after some text, an
 * image-source note or an archive phrase? (`The suspect is seen on the shop's camera leaving by …`
 * closes many a paragraph.)
 */
function captionEvidence(text: string): boolean {
  if (PHOTO_NOTE.test(text) || ARCHIVE_PHRASE.test(text)) return true;
  const m = creditTail(text);
  return m !== null && m.index > 0;
}

/**
 * A caption printed in a column's run right after a paragraph (`… and incarceration.”` ⏎ `NASA
 * tweeted support … via` ⏎ `its account … Image:` ⏎ `Twitter / NASA.`): the unit's last lines read
 * as a whole caption (a caption phrase and a stop, or a photo credit after some text), carry a credit,
 * an image-source note or an archive phrase (captionEvidence), and start with a capital after a
 * finished sentence. Returns where the caption starts in the unit (0: no caption there). The fewest
 * lines that make a caption are taken: a caption is short, the text before it ends at a sentence end.
 * Holds on any page whose extractor prints a caption in the text flow.
 */
function trailingCaption(infos: readonly LineInfo[], start: number, n: number): number {
  if (n < 2) return 0;
  const last = infos[start + n - 1]!;
  // A caption ends on a stop, or on a bracketed credit after its stop (`… in this undated image. (AFP)`).
  // (The bracket closes the text: a unit ending otherwise is passed over without the pattern, which
  // would try every position of its last line.)
  if (!last.endsSentence) {
    const end = last.line.text.trim();
    if (!(end.endsWith(')') && STOP_THEN_BRACKETED.test(end) && creditTail(end) !== null)) return 0;
  }
  let text = '';
  for (let k = 1; k <= Math.min(MAX_CAPTION_LINES, n - 1); k++) {
    const first = infos[start + n - k]!;
    text = k === 1 ? first.line.text.trim() : `${first.line.text.trim()} ${text}`;
    const before = infos[start + n - k - 1]!;
    if (!first.startsUpper || !before.endsSentence || before.endsHyphen) continue;
    if (endsCaption(text) && captionEvidence(text)) return n - k;
  }
  return 0;
}

/** Is the unit a photographer's credit (`NAME / PAPER`)? Such a credit holds a slash: other units are not joined up to be tested. */
function isCreditAbove(lines: readonly Line[]): boolean {
  if (!lines.some((l) => l.text.includes('/'))) return false;
  return CREDIT_ABOVE.test(lines.map((l) => l.text.trim()).join(' '));
}

/** A line whose box ends within this many of its mean character widths of the measure reaches the column's edge. */
export const EDGE_REACH_CHARS = 0.5;
/** A line whose box ends at least this many mean character widths before the measure stops short of the edge. */
export const SHORT_OF_EDGE_CHARS = 1;
/** Lines on either side of a line that show whether its column is justified. */
export const JUSTIFY_WINDOW = 8;
/** At least this many of those lines (with boxes, in the same run) are needed to judge. */
export const MIN_JUSTIFY_LINES = 4;
/** Share of them that reach the edge for the column to count as justified. */
export const JUSTIFIED_LINE_SHARE = 0.6;

/**
 * Lines with boxes that stop short of a justified column's right edge (by one mean character width
 * or more). In a justified column every line a paragraph goes on from reaches the edge; a line that
 * stops short is a paragraph's last, whatever the next word's length (character counts cannot
 * tell a box's room). The column counts as justified when most lines around the line, in its run,
 * reach the measure; a ragged column says nothing (there the next word's fit decides). Lines
 * without boxes: false.
 */
function shortOfJustifiedEdge(infos: readonly LineInfo[]): boolean[] {
  const out = new Array<boolean>(infos.length).fill(false);
  const reaches = (x: LineInfo): boolean => x.width - x.len <= EDGE_REACH_CHARS * (x.len / x.chars);
  let runStart = 0;
  for (let i = 0; i < infos.length; i++) {
    const x = infos[i]!;
    if (x.gapBefore) runStart = i;
    if (!x.line.box || x.chars === 0) continue;
    if (x.width - x.len < SHORT_OF_EDGE_CHARS * (x.len / x.chars)) continue;
    let n = 0;
    let full = 0;
    for (let k = Math.max(runStart, i - JUSTIFY_WINDOW); k < infos.length && k <= i + JUSTIFY_WINDOW; k++) {
      const y = infos[k]!;
      if (k > i && y.gapBefore) break;
      if (k === i || !y.line.box || y.chars === 0) continue;
      n++;
      if (reaches(y)) full++;
    }
    out[i] = n >= MIN_JUSTIFY_LINES && full >= JUSTIFIED_LINE_SHARE * n;
  }
  return out;
}

/** A line this short against the column, in a run of such lines, is set in a narrow box (a pull quote, a headline in a narrow column). */
export const NARROW_RATIO = 0.6;
/** Share of a narrow run's lines (after the first) that start in lower case. */
export const NARROW_LOWER_SHARE = 0.4;
/** Lines in a row that make a narrow run. */
export const MIN_NARROW_RUN = 4;

/**
 * Runs of narrow lines (a pull quote set in a narrow box, `As Heald told` ⏎ `The` ⏎ `Huffington` ⏎ …):
 * their short lines are not paragraph or heading ends. Returns a run id per line (0 = none).
 */
function narrowRuns(infos: readonly LineInfo[]): number[] {
  const out = new Array<number>(infos.length).fill(0);
  let id = 0;
  for (let i = 0; i < infos.length; ) {
    let j = i;
    while (j < infos.length && infos[j]!.spanRatio < NARROW_RATIO && !infos[j]!.allCaps && !(j > i && infos[j]!.gapBefore)) j++;
    // Running text: many of its lines carry a sentence on in lower case (a stack of headings and names does not).
    let lower = 0;
    for (let k = i + 1; k < j; k++) if (infos[k]!.startsLower) lower++;
    if (j - i >= MIN_NARROW_RUN && lower >= NARROW_LOWER_SHARE * (j - i - 1)) {
      id++;
      for (let k = i; k < j; k++) out[k] = id;
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

/**
 * Lines of a narrow run that end one list item (a single semicolon at the end) for the run to read as a
 * list: one such line is as often a semicolon in a pull quote's or a poem's sentence (`We tried it all;` ⏎
 * `nothing worked, and`); a list set one item per line repeats its closing mark.
 */
export const MIN_RUN_ITEM_ENDS = 2;

/** How many lines of each narrow run (by run id; 0 = none) end a list item. */
function itemEndsPerRun(infos: readonly LineInfo[], narrow: readonly number[]): number[] {
  const out: number[] = [0];
  infos.forEach((x, i) => {
    const id = narrow[i]!;
    if (!id) return;
    while (out.length <= id) out.push(0);
    if (endsListItem(x.line.text)) out[id]!++;
  });
  return out;
}

/**
 * How many lines of each line's text box (the run between blank lines) end a list item, per line. On a
 * page that comes in text boxes (pdfminer) a box holds the whole list, and an item's wider lines break
 * the narrow run: the box's other item ends are the list's evidence (dev006 pdfminer: `… working
 * group);` ⏎ `Identify` in one narrow run, `search activities;` in the next, one box).
 */
function itemEndsPerBox(infos: readonly LineInfo[]): number[] {
  const out = new Array<number>(infos.length).fill(0);
  let start = 0;
  for (let i = 1; i <= infos.length; i++) {
    if (i < infos.length && !infos[i]!.gapBefore) continue;
    let n = 0;
    for (let k = start; k < i; k++) if (endsListItem(infos[k]!.line.text)) n++;
    for (let k = start; k < i; k++) out[k] = n;
    start = i;
  }
  return out;
}

/**
 * Does `a` end a list item inside a narrow run (a list set in a narrow column, d2_010 page.txt)? It ends
 * in a single semicolon, and the run (or, on a boxed page, the text box) shows a list: MIN_RUN_ITEM_ENDS
 * lines end so, or `b` ends an item too.
 */
function listItemInRun(a: LineInfo, b: LineInfo, itemEnds: number): boolean {
  return endsListItem(a.line.text) && (itemEnds >= MIN_RUN_ITEM_ENDS || endsListItem(b.line.text));
}

/** Under a photographer's credit, a caption line shorter than this share of the measure is the caption's last. */
export const CAPTION_LINE_RATIO = 0.85;

/** Lines at the head or foot of a page where a running head (date, folio, web address) is printed. */
export const RUNNING_HEAD_LINES = 3;
/** A running head has about a dozen words (section, paper name, date, folio). */
export const MAX_RUNNING_HEAD_WORDS = 16;

/** Is line `i` a running head or foot: near the page's top or bottom, short, with a date, page number or web address? */
function runningHead(infos: LineInfo[], i: number): boolean {
  if (i >= RUNNING_HEAD_LINES && i < infos.length - RUNNING_HEAD_LINES) return false;
  const info = infos[i]!;
  if (info.words > MAX_RUNNING_HEAD_WORDS) return false;
  const text = info.line.text.trim();
  return DATE_LINE.test(text) || FOLIO.test(text) || (holdsWeb(text) && info.words <= 8);
}

/** A page number: one to three digits, alone on the line (a folio printed at a column's foot). */
const BARE_NUMBER = /^\d{1,3}$/u;

/**
 * Is line `i` a page number printed at the foot of a column, glued by the extractor to the running text
 * above it (`… diseases. Heald noted` ⏎ `35` ⏎⏎ `the findings show…`, dev015 page.txt)? A number alone
 * on the last line of a block, under a line that leaves its sentence open: running text never wraps a
 * lone number onto a line of its own and stops there without closing its sentence (a number that ends
 * a sentence carries its stop: `… in` ⏎ `1989.`), and a list's number opens its item's line. Holds for
 * any paper that prints folios at the foot; the line is cut off (as a running head), and the
 * sentence is then free to go on in the next block.
 */
export function folioUnderText(infos: readonly LineInfo[], i: number): boolean {
  const x = infos[i]!;
  if (i === 0 || x.gapBefore || !(i + 1 === infos.length || infos[i + 1]!.gapBefore)) return false;
  if (!BARE_NUMBER.test(x.line.text.trim())) return false;
  const above = infos[i - 1]!;
  if (above.endsSentence || above.endsHyphen || above.words < MIN_FOLIO_ABOVE_WORDS) return false;
  // A jump line broken before its page number (`Please turn to page` ⏎ `12`) is the number's own line.
  return !isJumpLine(`${above.line.text.trim()} ${x.line.text.trim()}`);
}
/** The line above a folio glued under text is running text: a few words at least (a short line may be a label and its number). */
export const MIN_FOLIO_ABOVE_WORDS = 4;

/** A drop cap extracted as a line of its own: one capital letter, the rest of its word opening the next line. */
const LOWER_REST = /^\p{Ll}/u;
const CAPS_REST = /^(\p{Lu}{2,})\b/u;

/**
 * A drop cap: the next line starts with the rest of its word, in lower case (`C` ⏎ `ognitive`),
 * or in small capitals that are no word by themselves (`W` ⏎ `IKINEWS:`; not `F` ⏎ `DESTINATIONS`).
 */
function isDropCap(a: LineInfo, b: LineInfo): boolean {
  // One letter: at most two UTF-16 units (a capital outside the BMP), tested before the pattern.
  if (a.chars > 2 || !DROP_CAP.test(a.line.text.trim())) return false;
  const bt = b.line.text.trim();
  if (LOWER_REST.test(bt)) return true;
  const caps = CAPS_REST.exec(bt);
  return caps !== null && !isWord(caps[1]!);
}

/** Lines after a lone capital searched for the rest of its word (a kicker, a headline's lines and a byline may come between). */
export const DROP_CAP_LOOKAHEAD = 4;

/**
 * Lines that open with the rest of a drop cap printed a few lines above (`D` ⏎ `FACE TO FACE` ⏎ `The
 * Onion: An interview with …` ⏎ `avid Shankbone:`): an extractor following the content stream prints
 * the drop cap where it was drawn, before the kicker and headline set beside it, and the story's first
 * line after them. The first line within DROP_CAP_LOOKAHEAD lines that starts in lower case and, with
 * the capital before it, starts with a word (`David`) opens the story's first paragraph: it is cut from
 * the head above it, and the capital moves down to it and is joined to it (as a drop cap right above
 * its rest: isDropCap). Returns the rest's line index with the capital's.
 */
function displacedCapRests(infos: readonly LineInfo[]): Map<number, number> {
  const out = new Map<number, number>();
  for (let j = 0; j + 2 < infos.length; j++) {
    const cap = infos[j]!;
    if (cap.chars > 2 || !DROP_CAP.test(cap.line.text.trim()) || isDropCap(cap, infos[j + 1]!)) continue;
    for (let k = j + 2; k < infos.length && k <= j + DROP_CAP_LOOKAHEAD; k++) {
      const x = infos[k]!;
      if (!x.startsLower) continue;
      const word = /^\p{Ll}+/u.exec(x.line.text.trim())?.[0];
      if (word && isWord(cap.line.text.trim() + word)) out.set(k, j);
      break;
    }
  }
  return out;
}

/**
 * Do a drop cap and the rest of its word at the next line's start make a word of the language or of the
 * document (`W` + `IKINEWS` → `wikinews`, a word the page prints elsewhere)? Asked where a blank line
 * stands between them: the letter could be a one-letter line of anything else.
 */
function makesWordWith(a: LineInfo, b: LineInfo, doc: GalleyDocument): boolean {
  const rest = /^\p{L}+/u.exec(b.line.text.trim())?.[0];
  if (!rest) return false;
  const word = (a.line.text.trim() + rest).toLowerCase();
  return knownWord(doc)(word);
}

/**
 * Join a drop cap to the rest of its word (`C` ⏎ `ognitive` → `Cognitive`), as a line join, with a
 * message. A rest in small capitals is written in the running text's case (`W` ⏎ `IKINEWS:` →
 * `Wikinews:`: smallCapsRest).
 */
function joinDropCap(a: LineInfo, b: LineInfo, doc: GalleyDocument): void {
  a.line.join = 'join';
  smallCapsRest(b.line);
  const word = /^\S+/u.exec(b.line.text.trim())?.[0] ?? '';
  doc.messages.push({
    rule: 'reflow/drop-cap',
    severity: 'info',
    text: 'a drop cap joined to the rest of its word',
    source: a.line.source,
    before: `${a.line.text.trim()} ${word}`,
    after: `${a.line.text.trim()}${word}`,
    confidence: 0.85,
  });
}
