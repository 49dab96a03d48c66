/**
 * Headings: headline, kicker, subhead, deck. A heading is a short unit that
 * does not read as running text (no sentence end, or a sentence in capitals).
 * Which heading it is comes from its neighbours: a headline is followed by a
 * byline, a deck or a dateline, or opens the page or follows a story's end, or
 * is set wider than the column; a kicker is a few capitals right above a
 * headline; a subhead sits between paragraphs. A deck is a sentence right
 * under a headline, set wider than the column or in a box of its own.
 */
import { BYLINE, closesOnItemMark, endsOnSignoff, opensWithDateline, SPEAKER } from '../patterns.js';
import { printsInterview, SPEAKER_ALONE, WRAPPING_HEADING_RATIO } from '../../reflow/boundaries.js';
import type { UnitInfo } from '../units.js';
import { verdict, type PageContext, type Verdict } from './types.js';
import { mostCommon } from '../stats.js';
import { STACKED_MAX_GAP, STACKED_MAX_INDENT, typeSize } from '../../segment/stacked.js';
import { DECK_LINE_RATIO, DECK_MAX_LINES, DECK_MIN_WORDS } from '../../reflow/deck-cut.js';
import type { Block } from '../../../model/types.js';

/** Headings are short: a headline rarely runs past this many words. */
export const MAX_HEADING_WORDS = 24;
/** Lines of a heading (a long headline wraps over up to five narrow lines). */
export const MAX_HEADING_LINES = 5;
/** Set wider than this share of the column measure: a headline spanning columns. */
export const SPANNING_RATIO = 1.2;
/** With geometry: a heading set at least this many times the body's type size is a headline (a subhead is nearer body size). */
export const HEADLINE_SIZE_FACTOR = 1.5;
/** Kickers are one to four words in capitals. */
export const MAX_KICKER_WORDS = 4;
/** A subhead is shorter than a full column line (a full line without a sentence end is a piece of running text cut at a box end). */
export const SUBHEAD_MAX_RATIO = 0.8;
/** Decks are one sentence or two. */
export const MAX_DECK_WORDS = 70;

const HAS_WORD = /\p{L}{2,}/u;
/** A sign-off is looked for in a text's last characters only. */
const TAIL = 40;
const ENDS_QUESTION = /[?!]["'”’)]*$/u;
/** A heading does not stop on a function word; a piece of running text cut at a box end does (`with ancestry in`). */
const OPEN_WORD_END = /\b(?:a|an|the|of|in|on|at|to|for|and|or|but|with|by|from|as|into|that|which|who|is|are|was|were|its|his|her|their)$/iu;

/**
 * A headline set in display type in one narrow column wraps to a few words a line and may then run
 * past MAX_HEADING_LINES: up to this many lines when a byline follows right under it (dev009 pdfminer:
 * `After visa snags, all-girl` ⏎ `Afghan team honored` ⏎ `for ‘courageous` ⏎ `achievement’ at` ⏎
 * `international robotics` ⏎ `competition` ⏎ `BY AIKO ADEYEMI`, 13 words on 6 lines)…
 */
export const MAX_NARROW_HEADLINE_LINES = 8;
/**
 * …and at most this many words a line on average: body type holds five words or more on a column's
 * line, a headline's display type two or three.
 */
export const NARROW_HEADLINE_WORDS_PER_LINE = 3;

/** Could this unit be a heading at all? (`maxLines`: see MAX_NARROW_HEADLINE_LINES.) */
export function headingCandidate(u: UnitInfo, maxLines = MAX_HEADING_LINES): boolean {
  if (u.words === 0 || u.words > MAX_HEADING_WORDS || u.lines.length > maxLines) return false;
  if (u.startsLower || /[-,;]$/u.test(u.text)) return false;
  if (u.lines.some((l) => l.endsHyphen)) return false;
  const tail = u.text.slice(-TAIL);
  if (opensWithDateline(u.text) || endsOnSignoff(tail)) return false;
  // A heading has words: not a reference mark (`[9]`) or a number alone. Capitals set letter-spaced
  // (`S C I E N C E`) print a word, one letter at a time.
  if (!(HAS_WORD.test(u.text) || (u.lines.length === 1 && letterSpaced(u.text))) || u.text.startsWith('[')) return false;
  if (u.endsSentence && !u.allCaps && !ENDS_QUESTION.test(u.text)) return false;
  // Function words alone (`In`, `Of the`) head nothing: a heading names something, and a lone
  // preposition or article is a piece of a line an extractor set apart at a wide gap (d2_007 pdfminer:
  // `resided` ⏎ `In` ⏎ `1945, he served as president…`). The list is English; elsewhere the rule is silent.
  if (u.words <= 2 && FUNCTION_WORDS_ONLY.test(u.text)) return false;
  return true;
}

/** A headline wrapped narrow over more than MAX_HEADING_LINES, a byline right under it (MAX_NARROW_HEADLINE_LINES). */
function narrowHeadlineOverByline(units: UnitInfo[], verdicts: PageContext['verdicts'], i: number): boolean {
  const u = units[i]!;
  if (u.lines.length <= MAX_HEADING_LINES || verdicts[i + 1]?.kind !== 'byline') return false;
  return u.words <= NARROW_HEADLINE_WORDS_PER_LINE * u.lines.length && headingCandidate(u, MAX_NARROW_HEADLINE_LINES);
}

/** A text of nothing but function words (articles, prepositions, conjunctions, forms of `be`). */
const FUNCTION_WORDS_ONLY = /^(?:(?:a|an|the|of|in|on|at|to|for|and|or|but|with|by|from|as|into|that|which|who|is|are|was|were)\s*)+$/iu;

/** Decide headings on a page whose other units already have verdicts (or none = body candidates). */
export function headingVerdicts(ctx: PageContext): void {
  const { units, verdicts } = ctx;
  const kindAt = (i: number): string | undefined => verdicts[i]?.kind;
  /** Does the page print an interview (reflow/boundaries.ts printsInterview)? Asked once, when needed. */
  let interview: boolean | undefined;
  const isAside = (i: number): boolean => ['furniture', 'caption', 'caption-credit', 'jump', 'advert', 'pullquote'].includes(kindAt(i) ?? '');
  const nextMain = (i: number): number => {
    let j = i + 1;
    while (j < units.length && isAside(j)) j++;
    return j;
  };
  const prevMain = (i: number): number => {
    let j = i - 1;
    while (j >= 0 && isAside(j)) j--;
    return j;
  };
  /** Is unit j the deck of the heading at h in a text layer: right under it, no blank line, lines far longer, a byline or dateline next (deckByLength)? */
  const textDeck = (j: number, h: number): boolean => {
    const d = units[j];
    if (!d || j !== h + 1 || d.gapBefore || !deckByLength(d, units[h]!)) return false;
    const after = nextMain(j);
    return kindAt(after) === 'byline' || (units[after] !== undefined && opensWithDateline(units[after]!.text));
  };
  // With geometry: the body's type size (the size most lines are set in), for "set in larger type".
  const bodySize = bodyFontSize(units);
  // With boxes: the body's type height (in the page's own unit, pixels or points), for a headline's tail.
  const bodyType = bodyTypeHeight(units);
  for (let i = 0; i < units.length; i++) {
    if (verdicts[i]) continue;
    const u = units[i]!;
    if (yearSubhead(units, verdicts, i)) {
      verdicts[i] = verdict('subhead', 'classify/subhead', YEAR_SUBHEAD_CONFIDENCE, 'a year alone between paragraphs: a chronology\'s section heading');
      continue;
    }
    if (!headingCandidate(u) && !narrowHeadlineOverByline(units, verdicts, i)) continue;
    // The heading's last line(s) may stand in boxes of their own (an OCR engine's blocks): they go with it.
    const tail = stackedTail(units, verdicts, i, bodyType);
    const n = nextMain(tail);
    // A heading is never followed by text that starts mid-sentence: this is a piece of running text,
    // unless that text is body whose drop cap the OCR lost, or a stray fragment before a story's start
    // (the repair is named in the verdict's evidence, and a lost drop cap gets a warning on the body).
    let repair: 'drop-cap' | 'stray' | null = null;
    if (units[n]?.startsLower && !verdicts[n]) {
      if (bodyType && lostDropCap(u, units[n]!, bodyType)) repair = 'drop-cap';
      else if (strayFragment(u, units, n)) repair = 'stray';
      else continue;
    }
    const note = (v: Verdict): Verdict => {
      if (!repair) return v;
      v.evidence += `; ${repair === 'drop-cap' ? LOST_DROP_CAP_EVIDENCE : STRAY_FRAGMENT_EVIDENCE}`;
      if (repair === 'drop-cap') {
        const body = units[n]!.block;
        ctx.repairs?.push({
          rule: 'classify/lost-drop-cap',
          severity: 'warning',
          text: `"${units[n]!.text.split(/\s+/u)[0]}" starts body text under the heading "${u.text}" in lower case: its first letter, a drop cap, was not read`,
          source: body.lines[0]?.source ?? body.source,
          confidence: LOST_DROP_CAP_CONFIDENCE,
        });
      }
      return v;
    };
    // Nor is it the last thing on the page (a heading heads something).
    if (n >= units.length) continue;
    const next = units[n];
    const p = prevMain(i);
    const nextKind = kindAt(n);
    const nextIsHeading = next !== undefined && !verdicts[n] && headingCandidate(next);
    if (u.allCaps && printedWords(u) <= MAX_KICKER_WORDS && nextIsHeading && next && !next.allCaps) {
      verdicts[i] = note(verdict('kicker', 'classify/kicker', 0.7, 'a few capitals right above a heading', 'other'));
      continue;
    }
    // A word or two under the running head, over a longer heading: a section name or kicker (`World` ⏎ `Scientists analyse…`).
    const underHead = i === 0 || verdicts[i - 1]?.kind === 'furniture';
    if (underHead && n === i + 1 && nextIsHeading && next && u.words <= 2 && next.words > u.words && u.lines.length === 1 && !OPEN_WORD_END.test(u.text) && !/[,:;]$/u.test(u.text)) {
      verdicts[i] = note(verdict('kicker', 'classify/kicker', 0.65, 'a word or two under the running head, over a longer heading', 'other'));
      continue;
    }
    // A deck printed without a full stop (most US papers set them so): right under a headline, in
    // clearly smaller type. A headline heads something; the smaller heading under it is its deck, not a
    // second story's headline (the `Decks` pass below finds the decks that end a sentence, with or
    // without type sizes).
    const deckSize = p >= 0 && verdicts[p]?.kind === 'headline' ? deckUnderHeadline(u, units[p]!, bodySize) : null;
    if (deckSize !== null) {
      verdicts[i] = note(verdict('deck', 'classify/deck', DECK_BY_SIZE_CONFIDENCE, `right under the headline in smaller type, larger than the body's (${deckSize} against ${units[p]!.fontSize} and ${bodySize})`));
      continue;
    }
    // The same in a text layer: its lines far longer than the headline's (smaller type across the
    // same width), right under it with no blank line, a byline or dateline next (reflow/deck-cut.ts).
    if (p === i - 1 && verdicts[p]?.kind === 'headline' && textDeck(i, p)) {
      verdicts[i] = note(verdict('deck', 'classify/deck', DECK_BY_SIZE_CONFIDENCE, DECK_BY_LENGTH_EVIDENCE));
      continue;
    }
    const reasons: string[] = [];
    if (nextKind === 'byline') reasons.push('a byline follows');
    if (next && !verdicts[n] && opensWithDateline(next.text)) reasons.push('a dateline follows');
    if (next && !verdicts[n] && (deckLike(next, units[nextMain(n)], verdicts[nextMain(n)]?.kind) || textDeck(n, i))) reasons.push('a deck follows');
    if (p < 0) reasons.push('first on the page');
    else if (endsStory(units, verdicts, i)) reasons.push('after a sign-off');
    else if (kindAt(i - 1) === 'kicker' || kindAt(i - 1) === 'jump') reasons.push(kindAt(i - 1) === 'jump' ? 'after a jump line' : 'under a kicker');
    if (u.maxRatio > SPANNING_RATIO && !u.allCaps) reasons.push('set wider than the column');
    if (bodySize && u.fontSize && u.fontSize >= HEADLINE_SIZE_FACTOR * bodySize) reasons.push('set in type much larger than the body');
    if (reasons.length) {
      verdicts[i] = note(verdict('headline', 'classify/headline', Math.min(0.95, 0.6 + 0.15 * reasons.length), reasons.join('; ')));
      for (let t = i + 1; t <= tail; t++) verdicts[t] = verdict('headline', 'classify/headline-tail', 0.75, `"${units[t]!.text}" set right under the headline in its type, starting in lower case: its last line`);
      continue;
    }
    // A heading whose tail stands in a box of its own is a headline or nothing: the tail is not a unit of its own.
    if (tail > i) continue;
    const cutOff = OPEN_WORD_END.test(u.text) && u.lastRatio >= WRAPPING_HEADING_RATIO;
    // A question or an interview line (`Wikinews: How is … made?`) is running text, not a subhead; so is
    // a speaker's name alone (`Chet Clem:`), whose words follow in the next unit.
    // (On a page that prints an interview only: elsewhere `Getting There:` heads a section, printsInterview.)
    const spoken = ENDS_QUESTION.test(u.text) || (SPEAKER.test(u.text) && u.endsSentence) || (printedLines(u) === 1 && SPEAKER_ALONE.test(u.text) && (interview ??= printsInterview(units.flatMap((x) => x.lines.map((l) => l.line.text)))));
    // A line closing on a bracket or a year is a list item (`All-Star (2015)`), not a subhead, unless
    // it stands alone between paragraphs (loneBetweenParagraphs).
    const item = closesOnItemMark(u.text) && !loneBetweenParagraphs(units, verdicts, i);
    if (u.words <= 12 && u.lines.length <= 2 && !cutOff && !spoken && !item && (u.allCaps || u.lastRatio < SUBHEAD_MAX_RATIO)) {
      // Running text an extractor cut out of its line, not a subhead: it stops on a function word, or a
      // second short piece stands right above or under it (`The U.S.` ⏎ `Environmental` ⏎ `Protection` ⏎ `Agency says…`).
      const piece = u.allCaps ? null : runningPiece(u, units, verdicts);
      if (piece) {
        ctx.repairs?.push({
          rule: 'classify/not-subhead',
          severity: 'info',
          text: `"${u.text}" read as running text, not a subhead: ${piece}`,
          source: u.block.source,
          confidence: NOT_SUBHEAD_CONFIDENCE,
        });
        continue;
      }
      verdicts[i] = note(verdict('subhead', 'classify/subhead', u.allCaps ? 0.8 : 0.65, 'short line without a sentence end between paragraphs'));
    }
  }
  // A headline set over several narrow lines may have been cut where a line ends on a capitalised
  // word (`After visa snags, all-girl` ⏎ `Afghan team honored`): heading units right above a headline,
  // with no blank line between, are more of it.
  for (let i = units.length - 1; i > 0; i--) {
    if (verdicts[i]?.kind !== 'headline') continue;
    let lines = units[i]!.lines.length;
    for (let j = i - 1; j >= 0; j--) {
      const u = units[j]!;
      const v = verdicts[j];
      if (units[j + 1]!.gapBefore || (v && v.kind !== 'subhead') || !headingCandidate(u) || u.allCaps !== units[i]!.allCaps) break;
      // A word or two with nothing open at its end, first under the running head, is a section
      // name or kicker over the headline (`World` ⏎ `Scientists analyse effects…`).
      if (j === i - 1 && u.words <= 2 && u.lines.length === 1 && !OPEN_WORD_END.test(u.text) && !/[,:;]$/u.test(u.text) && (j === 0 || verdicts[j - 1]?.kind === 'furniture')) {
        verdicts[j] = verdict('kicker', 'classify/kicker', 0.65, 'a word or two over the headline, under the running head', 'other');
        break;
      }
      lines += u.lines.length;
      if (lines > MAX_HEADING_LINES + 1) break;
      verdicts[j] = verdict('headline', 'classify/headline', 0.7, 'the first lines of the headline below');
    }
  }
  // Decks: a sentence right under a headline (before the byline or the body).
  for (let i = 0; i < units.length; i++) {
    if (verdicts[i]?.kind !== 'headline') continue;
    const j = nextMain(i);
    const u = units[j];
    if (!u) continue;
    // A unit read as a second headline (a byline follows it) that a headline's first lines were found
    // over afterwards: its lines far longer than theirs, it is their deck (a text layer's).
    if (verdicts[j]?.kind === 'headline' && verdicts[j]!.rule === 'classify/headline' && textDeck(j, i)) {
      verdicts[j] = verdict('deck', 'classify/deck', DECK_BY_SIZE_CONFIDENCE, DECK_BY_LENGTH_EVIDENCE);
      continue;
    }
    if (verdicts[j]) continue;
    const after = nextMain(j);
    if (deckLike(u, units[after], verdicts[after]?.kind)) {
      verdicts[j] = verdict('deck', 'classify/deck', 0.75, 'a sentence under the headline, set apart from the body');
    }
  }
}

/**
 * Capitals set letter-spaced (tracked), as kickers often are: every token a letter or two (a kerned
 * pair such as `PR` or `AT` is read without its space), at least three of them (`PR O F I L E`,
 * `I N V E S T I G AT I O N`). Initials (`J R R`) are rarely more than three and never over a
 * headline alone.
 */
const LETTER_SPACED = /^\p{Lu}{1,2}(?:\s+\p{Lu}{1,2}){3,}$/u;
/**
 * Most tokens of a tracked line are single letters; the two-letter ones are the few pairs an
 * extractor read without their space. A line of short words set normally (`IT IS UP TO US`, `WE
 * GO ON`) is all two-letter tokens: it prints words, not letters, so it stays as many words as it has.
 */
export const LETTER_SPACED_SINGLE_SHARE = 0.75;

/** Is a one-line unit capitals set letter-spaced (LETTER_SPACED, mostly single letters)? */
function letterSpaced(text: string): boolean {
  if (!LETTER_SPACED.test(text)) return false;
  const tokens = text.split(/\s+/u);
  return tokens.filter((t) => t.length === 1).length >= LETTER_SPACED_SINGLE_SHARE * tokens.length;
}

/**
 * The words a unit prints: a letter-spaced line is one word per run between wider gaps (an extractor
 * writes the gap between tracked words as two spaces or more, or none), not one per letter.
 */
function printedWords(u: UnitInfo): number {
  if (u.lines.length !== 1 || !letterSpaced(u.text)) return u.words;
  return u.text.split(/\s{2,}/u).length;
}

/**
 * Words no heading ends on: articles and demonstratives, conjunctions, `of`, possessives, relatives,
 * forms of `be`. They open what follows (`“Seventeen years ago, this` ⏎ `would not have been possible`:
 * a paragraph's first line pdftotext printed away from its column, d2_002 page.txt). Prepositions are not among them: a phrasal verb ends a heading (`Get in`, `Get
 * around`: Wikivoyage's section names, printed as subheads).
 */
const CLOSED_WORD_END = /\b(?:a|an|the|of|and|or|but|nor|its|his|her|their|our|your|that|which|whose|is|are|was|were)$/iu;
/**
 * Demonstratives end a phrase as well as open one (`Try this`, `Why we love these`: feature subheads), so
 * a line stopping on one is running text only when the text under it carries the sentence on (starts
 * in lower case, as d2_002's `would not have been possible` does).
 */
const DEMONSTRATIVE_END = /\b(?:this|these|those)$/iu;

/** How sure the running-text reading of a short line is (the line stays a paragraph piece for reflow). */
export const NOT_SUBHEAD_CONFIDENCE = 0.7;

/**
 * Why a short line that would be a subhead is a piece of running text an extractor cut out of its
 * line (null when nothing says so). Not for lines in capitals (a caps line is a heading's type).
 */
function runningPiece(u: UnitInfo, units: UnitInfo[], verdicts: PageContext['verdicts']): string | null {
  const p = u.index - 1;
  const n = u.index + 1;
  // A heading does not stop on an article, a conjunction or `of`, however short (`Institute of`).
  if (CLOSED_WORD_END.test(u.text) && goesOnInBody(verdicts, n)) return 'it stops on a word that opens a phrase';
  if (DEMONSTRATIVE_END.test(u.text) && goesOnInBody(verdicts, n) && units[n]?.startsLower) return 'it stops on a demonstrative and the text under it goes on in lower case';
  // Only a line of its own is a piece cut out of a line. A unit of two lines is running text only when
  // a line inside it stops on an article (`A research team from the` ⏎ `Massachusetts`); `A year
  // later,` ⏎ `the Netherlands` stays as it was.
  if (u.lines.length !== 1) return brokenInsidePhrase(u) ? 'a line inside it stops on an article' : null;
  // Both pieces a word or two: a longer line beside a short one is a heading over a name or label
  // (`The Onion: The headlines` ⏎ `Otto Jespersen`, dev007 page.txt).
  if (u.words > STRAY_MAX_WORDS) return null;
  if (shortPiece(units, verdicts, n)) return `another short piece follows it ("${units[n]!.text}")`;
  if (shortPiece(units, verdicts, p)) return `it follows another short piece ("${units[p]!.text}")`;
  return null;
}

/**
 * A line ending on an article: the noun it announces is on the next line. Only articles, not `of` or
 * `and`: a headline set over two lines breaks after those (`Hackers attack Church of` ⏎ `Scientology
 * website`, dev004 ALTO), as the phrase before them is complete; an article alone announces nothing.
 */
const ARTICLE_END = /\b(?:a|an|the)$/iu;

/** Does a line of a unit, before its last, stop on an article (ARTICLE_END)? */
function brokenInsidePhrase(u: UnitInfo): boolean {
  const lines = u.block.lines;
  for (let i = 0; i < lines.length - 1; i++) if (ARTICLE_END.test(lines[i]!.text.trim())) return true;
  return false;
}

/**
 * A line stopping on a function word goes on in the unit under it. When a rule has claimed that unit as
 * something other than body text (a pull quote, a caption: `As Heald told The` ⏎ pull quote `Huffington
 * Post, US surface ozone…`), the line is the start of that, not a piece of the body: it is left as it was.
 */
function goesOnInBody(verdicts: PageContext['verdicts'], n: number): boolean {
  const k = verdicts[n]?.kind;
  return k === undefined || k === 'paragraph';
}

/**
 * A subhead stands alone between paragraphs: the unit right above or under it is not a
 * second short line without a sentence end that no rule claimed. Two short unpunctuated lines in a
 * row, neither in capitals, are one line of running text an extractor cut into pieces (`Cafasso’s` ⏎
 * `Fairway` ⏎ `Market 1214 Anderson Ave`; `He left for the US in 1938, and resided` ⏎ `In` ⏎ `1945, he
 * served…`). Right above or under: pieces of one line are printed next to each other, while a caption
 * between the two is a sign that they are apart (`Orientation` ⏎ caption ⏎ `Isfahan`, a headline). The piece is a word or two (STRAY_MAX_WORDS, what an extractor sets apart at a wide gap):
 * a longer line under a subhead is the first line of its paragraph cut off by the extractor (`Modern
 * Olympic Games` ⏎ `Athens hosted the 2004 Summer`, dev018 page.txt), and a list item closing on a
 * bracket or year (`World Series champion (2013)`) is a line of its own. A heading set over two lines
 * is one unit (or, set apart by the extractor, a headline, which the headline rules join).
 */
function shortPiece(units: UnitInfo[], verdicts: PageContext['verdicts'], n: number): boolean {
  const next = units[n];
  if (!next || verdicts[n]) return false;
  return next.lines.length === 1 && next.words <= STRAY_MAX_WORDS && !next.allCaps && !next.endsSentence && !closesOnItemMark(next.text) && next.lastRatio < SUBHEAD_MAX_RATIO && headingCandidate(next);
}

/** A year alone (`2014`), the whole unit: 1500–2099. */
const YEAR_ALONE = /^(?:1[5-9]|20)\d\d$/u;
/** How sure a year alone between paragraphs is a subhead (a chronology's section heading). */
export const YEAR_SUBHEAD_CONFIDENCE = 0.65;

/**
 * Is unit i a year alone, one line, between two paragraphs of running text (the unit above ends a
 * sentence, the one under starts with a capital and is a paragraph's worth, no rule claimed either)? A
 * history or a profile is set in sections by year (`2013` ⏎ `On December 26, 2012 he was traded…`,
 * `2014` ⏎ `Holt again started 2014…`), in any paper; running text never stops on a bare year after a
 * full stop (a year closes a sentence with its stop). Page numbers and dates of the running head are
 * furniture before this rule is asked; a number that is no year (`18`) is not taken.
 */
function yearSubhead(units: UnitInfo[], verdicts: PageContext['verdicts'], i: number): boolean {
  const u = units[i]!;
  if (u.lines.length !== 1 || !YEAR_ALONE.test(u.text)) return false;
  return betweenParagraphs(units, verdicts, i);
}

/** Words the unit under a heading holds at least, to be a paragraph rather than another short line. */
export const PARAGRAPH_MIN_WORDS = 12;

/**
 * Is unit i between two paragraphs of running text: the unit above ends a sentence, the unit under it
 * starts with a capital and holds a paragraph's worth of words, and no rule claimed either?
 */
function betweenParagraphs(units: UnitInfo[], verdicts: PageContext['verdicts'], i: number): boolean {
  const p = units[i - 1];
  const n = units[i + 1];
  if (!p || !n || verdicts[i - 1] || verdicts[i + 1]) return false;
  return p.endsSentence && n.startsUpper && n.words >= PARAGRAPH_MIN_WORDS;
}

/**
 * A unit closing on a bracket or a year (`Pittsburgh Pirates (2012)`) alone between two paragraphs:
 * neither neighbour closes so. A list set one item per line has two items or more, each a short line
 * closing alike (`Pittsburgh Pirates (2012)` ⏎ `Boston Red Sox (2013 — present)` ⏎ `All-Star (2015)`);
 * one such line between a finished paragraph and the next is a section heading that carries its years,
 * as profiles and histories title their sections in any paper.
 */
function loneBetweenParagraphs(units: UnitInfo[], verdicts: PageContext['verdicts'], i: number): boolean {
  if (units[i]!.lines.length !== 1 || !betweenParagraphs(units, verdicts, i)) return false;
  return !closesOnItemMark(units[i - 1]!.text) && !closesOnItemMark(units[i + 1]!.text);
}

/**
 * A deck set under its headline in type at most this share of the headline's: decks run a size or
 * two below (a 24-30 pt headline over a 12-16 pt deck: 0.4-0.67); a headline's own lines share one
 * size (jitter of a few per cent), and a second story's headline never sits right under another.
 */
export const DECK_SIZE_RATIO = 0.8;
/**
 * …and at least this many times the body's type: a deck stands above the text in size. The first
 * paragraph under a headline is body type (d2_002: an interview's first question at 9.5 pt, the body's
 * size), however short; a drop cap enlarges only its first lines (dev011 hOCR), so the unit's median
 * line is taken.
 */
export const DECK_BODY_RATIO = 1.1;
/** How sure a deck found by its size under the headline is (no sentence end to confirm it). */
export const DECK_BY_SIZE_CONFIDENCE = 0.75;

/**
 * A deck told by its type (page geometry): a heading of DECK_MIN_WORDS to MAX_DECK_WORDS words that
 * starts with a capital, its lines' median type at most DECK_SIZE_RATIO of the headline's right above
 * it and at least DECK_BODY_RATIO of the body's, neither a dateline nor a sign-off. Returns that type
 * size, or null. Without type sizes (plain text) this says nothing.
 */
function deckUnderHeadline(u: UnitInfo, headline: UnitInfo, bodySize: number | null): number | null {
  if (!bodySize || !headline.fontSize) return null;
  const sizes = u.lines.map((l) => l.fontSize).filter((x): x is number => x !== undefined).sort((a, b) => a - b);
  const size = sizes[sizes.length >> 1];
  if (size === undefined || size > DECK_SIZE_RATIO * headline.fontSize || size < DECK_BODY_RATIO * bodySize) return null;
  if (u.words < DECK_MIN_WORDS || u.words > MAX_DECK_WORDS || u.startsLower || u.lines.length > 5) return null;
  if (!HAS_WORD.test(u.text) || opensWithDateline(u.text) || endsOnSignoff(u.text.slice(-TAIL))) return null;
  return size;
}

/** Why a unit is the deck by its lines' length (deckByLength). */
const DECK_BY_LENGTH_EVIDENCE = "right under the headline, its lines far longer than the headline's (smaller type), before the byline or dateline";

/**
 * A deck told by its lines' length in a text layer (no type sizes): DECK_MIN_WORDS to MAX_DECK_WORDS
 * words starting with a capital, its first line at least DECK_LINE_RATIO times the headline's longest
 * (reflow/deck-cut.ts, which cut it off the headline).
 */
function deckByLength(u: UnitInfo, headline: UnitInfo): boolean {
  if (u.fontSize || headline.fontSize || u.block.box) return false;
  if (u.words < DECK_MIN_WORDS || u.words > MAX_DECK_WORDS || u.startsLower || u.lines.length > DECK_MAX_LINES) return false;
  if (opensWithDateline(u.text) || endsOnSignoff(u.text.slice(-TAIL))) return false;
  const longest = Math.max(...headline.lines.map((l) => l.len));
  return u.lines[0]!.len >= DECK_LINE_RATIO * longest;
}

/** A deck: one or two sentences, set wider than the column, or in a box of its own before a byline or body box. */
function deckLike(u: UnitInfo, after: UnitInfo | undefined, afterKind: string | undefined): boolean {
  if (u.words < DECK_MIN_WORDS || u.words > MAX_DECK_WORDS || !u.endsSentence || u.startsLower || u.lines.length > 5) return false;
  const tail = u.text.slice(-TAIL);
  if (opensWithDateline(u.text) || endsOnSignoff(tail)) return false;
  // A heading has words: not a reference mark (`[9]`) or a number alone.
  if (!HAS_WORD.test(u.text) || u.text.startsWith('[')) return false;
  if (u.maxRatio > SPANNING_RATIO && u.meanRatio > 1.1) return true;
  return afterKind === 'byline' || (after !== undefined && opensWithDateline(after.text));
}

/** Does a story end right before unit i (a sign-off, or an agency credit after body text)? */
function endsStory(units: UnitInfo[], verdicts: PageContext['verdicts'], i: number): boolean {
  const prev = units[i - 1];
  if (!prev) return false;
  const kind = verdicts[i - 1]?.kind;
  if (kind === 'signoff') return true;
  const text = prev.text.slice(-TAIL);
  if (!endsOnSignoff(text)) return false;
  // An agency credit alone after a caption is the caption's.
  if (kind === 'caption-credit') return verdicts[i - 2]?.kind !== 'caption';
  return kind === undefined || kind === 'paragraph';
}

/**
 * A headline's tail: its type is at least this × the body's type height (median word-box heights, so
 * in any unit). Why 1.2: newspaper type scales set the smallest headline a size or two above the body
 * (12–14 pt over 8–10 pt, 1.3–1.6 ×), while subheads and bold lead-ins sit at body size to one size
 * up (≤ 1.2 ×); word-box medians put a line within about a tenth of its size. So 1.2 keeps subhead-
 * and body-size lines out and lets the smallest headlines in (d2_007's smallest OCR headline measures
 * 1.27–1.33 × its body; headlines are usually 1.5–4 ×). Lower it and a subhead over a short body line
 * would read as a headline and its tail; on the corpus ALTO/hOCR/PDF pages every value from 1.0 to
 * 1.2 gives the same output (so the margin below d2_007 costs nothing there). A body line of
 * capital-heavy words can measure as much; such a line must also start in lower case, sit right under
 * a heading candidate at its edge, and that heading must be a headline by its own evidence.
 */
export const TAIL_TYPE_RATIO = 1.2;
/** A tail is a line's leftover: at most this many words. */
export const TAIL_MAX_WORDS = 4;

/**
 * The last unit of heading unit i's tail: units right after it that start in lower case, a line or
 * two of at most TAIL_MAX_WORDS words, set right under it at its left edge in its type size
 * (segment/stacked.ts), in type TAIL_TYPE_RATIO × the body's or larger. An OCR engine may give a
 * large headline's last line a block of its own (`After visa snags, … robotics` ⏎ `competition`);
 * a lower-case start alone would make the heading running text. Body-size lines are never a tail
 * (a paragraph's lines cut into boxes are reflow's), and without boxes nothing is found. Returns i
 * when there is no tail.
 */
function stackedTail(units: UnitInfo[], verdicts: PageContext['verdicts'], i: number, bodyType: number | null): number {
  if (!bodyType) return i;
  let t = i;
  while (t + 1 < units.length) {
    const next = units[t + 1]!;
    if (verdicts[t + 1] || !next.startsLower || next.words > TAIL_MAX_WORDS || next.lines.length > 2) break;
    if (!tailUnder(units[t]!.block, next.block, bodyType)) break;
    t++;
  }
  return t;
}

/** Type sizes of a heading line and its tail differ by at most this factor: one word's box is as tall as its letters (`competition` has an ascender and a descender, `movement` no descender), so a short tail measures up to a third off its line. */
export const TAIL_SIZE_RATIO = 1.4;

/** `b` starts right under `a`'s last line (segment/stacked.ts gap and edge), in type of about its size and TAIL_TYPE_RATIO × the body's or larger. */
function tailUnder(a: Block, b: Block, bodyType: number): boolean {
  const last = a.lines[a.lines.length - 1];
  const first = b.lines[0];
  if (!last?.box || !first?.box) return false;
  const sa = typeSize(last);
  const sb = typeSize(first);
  if (!sa || !sb || Math.min(sa, sb) < TAIL_TYPE_RATIO * bodyType || Math.max(sa, sb) / Math.min(sa, sb) > TAIL_SIZE_RATIO) return false;
  const size = Math.max(sa, sb);
  const gap = first.box.y0 - last.box.y1;
  if (gap < -size * STACKED_MAX_GAP || gap > size * STACKED_MAX_GAP) return false;
  return Math.abs(first.box.x0 - last.box.x0) <= size * STACKED_MAX_INDENT;
}

/**
 * A heading's type is at least this × the type of the body text under it (word-box heights). Why 2: a
 * drop cap is set beside a story's first lines under its headline, and a headline is set at least
 * twice the body in newspaper type scales (18 pt and up over 8–10 pt body), while a subhead, a bold
 * lead-in or a body line cut at a box end is at body size to a size or two up (measured 0.8–1.8 × by
 * word boxes, whose heights swing with ascenders and descenders). A 2 × step is a headline's, never a
 * subhead's: the lower-case line under it cannot be the same text's next line.
 */
export const DROP_CAP_HEAD_RATIO = 2;
/** The text under it is body type: at most this × the body's type height. */
export const BODY_TYPE_SLACK = 1.2;

/**
 * The lower-case start under a heading is a body whose drop cap the OCR engine lost, not running
 * text the heading is a piece of (`The Onion: An interview with …` ⏎ `avid Shankbone: How do you…`,
 * d2_002 ALTO, the `D` a drop cap the engine did not read): the heading is set in type at least
 * DROP_CAP_HEAD_RATIO × that text's, which is body type. A piece of running text cut at a box end is
 * in the body's type itself. The body starts right under the heading. Only with boxes.
 */
function lostDropCap(u: UnitInfo, next: UnitInfo, bodyType: number): boolean {
  const last = u.block.lines[u.block.lines.length - 1];
  const first = next.block.lines[0];
  if (!last?.box || !first?.box || !u.block.box) return false;
  const sa = typeSize(last);
  const sb = typeSize(first);
  if (!sa || !sb || sb > BODY_TYPE_SLACK * bodyType || sa < DROP_CAP_HEAD_RATIO * sb) return false;
  // Right under the heading: within a heading line's height below it, inside its width (text further
  // off is another column's, put next by the reading order: dev009 ALTO `and then has a headline…`).
  const gap = first.box.y0 - last.box.y1;
  return gap >= 0 && gap <= sa && first.box.x0 >= u.block.box!.x0 && first.box.x0 < u.block.box!.x1;
}

/** The type height (segment/stacked.ts typeSize, rounded) most of the page's characters are set in; null without boxes. */
function bodyTypeHeight(units: UnitInfo[]): number | null {
  const counts = new Map<number, number>();
  for (const u of units) {
    for (const l of u.block.lines) {
      if (!l.box) continue;
      const h = typeSize(l);
      if (!h) continue;
      const k = Math.round(h);
      counts.set(k, (counts.get(k) ?? 0) + l.text.length);
    }
  }
  return mostCommon(counts);
}

/** The type size most of the page's lines are set in (null without geometry). */
function bodyFontSize(units: UnitInfo[]): number | null {
  const counts = new Map<number, number>();
  for (const u of units) for (const l of u.lines) if (l.fontSize !== undefined) counts.set(Math.round(l.fontSize * 2) / 2, (counts.get(Math.round(l.fontSize * 2) / 2) ?? 0) + 1);
  return mostCommon(counts);
}

/** Evidence added to a heading's verdict when the lower-case text under it is a body that lost its drop cap. */
export const LOST_DROP_CAP_EVIDENCE = 'the lower-case text under it is body whose drop cap the OCR lost';
/** Evidence added when a stray fragment stands between the heading and its story's start. */
export const STRAY_FRAGMENT_EVIDENCE = 'a stray fragment the extractor put between it and its dateline/byline';
/** How sure the lost-drop-cap reading is: a guess from type sizes and position (no letter is restored). */
export const LOST_DROP_CAP_CONFIDENCE = 0.6;

/**
 * A stray fragment is a word or two (one line). Why 2: a text extractor pulls words out of a line
 * where it groups glyph runs by position (a justified line's wide word space, a word nudged by
 * kerning or a baseline shift): what it sets apart is a run between two such spaces, a word or a word
 * and its neighbour. Three words or more read as a phrase, a line of text of its own (a heading's
 * next line, a caption), which must not be passed over as a stray.
 */
export const STRAY_MAX_WORDS = 2;

/**
 * The lower-case start under a heading is a stray fragment, not running text the heading is a piece
 * of: the heading is set wider than the column (a piece of running text is not), the fragment is a
 * word or two on one line set apart by blank lines, and right after it a story starts (a dateline or
 * a byline). d2_001 pdfminer: `New faces emerge … Hong Kong legislative` ⏎ `election`, then
 * `turnout` (a word pdfminer took out of its box), then `HONG KONG—The …`. Without the story start
 * after it the fragment may be the heading's own next words in a text whose lines are out of order
 * (page.txt: `The stampede at Islam’s most holy` ⏎ `site`).
 */
function strayFragment(u: UnitInfo, units: UnitInfo[], n: number): boolean {
  const next = units[n]!;
  const after = units[n + 1];
  if (u.maxRatio <= SPANNING_RATIO || u.allCaps || next.words > STRAY_MAX_WORDS || next.lines.length !== 1 || !next.gapBefore) return false;
  return !!after && after.gapBefore && (opensWithDateline(after.text) || BYLINE.test(after.text));
}

/** A unit's printed lines: a drop cap joined to the rest of its word (`D` + `avid Shankbone:`, join `join`) is one line with it. */
function printedLines(u: { lines: ReadonlyArray<{ line: { join?: string } }> }): number {
  let n = 0;
  for (const l of u.lines) if (l.line.join !== 'join') n++;
  return n;
}
