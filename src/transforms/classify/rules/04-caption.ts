/**
 * Photo captions: a short unit with a caption phrase (`in a file photo`,
 * `is seen in this undated image`, `(left)`, `in a scene from`, `A photograph
 * of`), or ending in a photo credit (`(AFP)`, `— Reuters photo`, `Photo: NAME`),
 * or a short present-tense description set apart by blank lines right beside
 * another caption or a photo credit.
 */
import { leadNamingHead, opensWith } from '../../segment/lead.js';
import { AGENCY_LINE, CAPTION_CUE, captionCueIn, CREDIT_ABOVE, creditTail, FREELANCE_CREDIT, DASH_START, DATELINE_ALONE, datelineBeforeDash, opensWithDateline, PERSON_LINE, SPEAKER } from '../patterns.js';
import { opensPresentTense } from '../present.js';
import { SPANNING_RATIO } from './05-heading.js';
import { rightUnder, type UnitInfo } from '../units.js';
import { verdict, type PageContext, type Verdict } from './types.js';

/** Captions run to a few sentences; a unit longer than this is body text even with a caption phrase in it. */
export const MAX_CAPTION_WORDS = 80;
/** A unit ending in a bare agency credit (`(AFP)`) is a caption up to this length; longer, it is a story's sign-off. */
export const MAX_BARE_CREDITED_CAPTION_WORDS = 14;
/** A credit that names a photo (`— AFP photos`, `Photo: NAME`) marks a caption of any length up to MAX_CAPTION_WORDS; a bare `(AFP)` may be a story's sign-off. */
const PHOTO_CREDIT = /\b(?:photos?|pictures?|images?)\b|\//iu;
/** AP's bracketed photo credit: `(AP Photo/Matt Rourke)`, an agency's photo word, a slash and a name. */
const AP_PHOTO = /^\(\S+(?:\s+\S+)?\s+Photos?\s*\/\s*\p{Lu}/u;
/**
 * A present-tense description beside a caption is a caption up to this length: one or two
 * sentences (a caption that describes the photo runs 10–30 words; a longer unit in the present
 * is a story's paragraph, which pdfminer sets apart in a box as well).
 */
export const MAX_PRESENT_CAPTION_WORDS = 30;
/** … and up to this many lines. */
export const MAX_PRESENT_CAPTION_LINES = 4;

export function captionRule(u: UnitInfo, ctx: PageContext): Verdict | null {
  if (u.words === 0 || u.words > MAX_CAPTION_WORDS || u.startsLower) return null;
  const cue = captionCueIn(u.text);
  if (cue) return verdict('caption', 'classify/caption', 0.85, `caption phrase "${cue[0].trim()}"`);
  const m = creditTail(u.text);
  if (m && m.index > 0) {
    // `— AFP photos`, `Photo: NAME`: a photo's credit. A bare agency (`(Bloomberg)`, `— AFP`) ends
    // a short caption, or a story's last paragraph (its sign-off).
    // In brackets only AP's `(AP Photo/NAME)` names a photo: a photo word and a photographer after the
    // slash (`(Reuters photo)` closes a story as its sign-off does).
    const photo = PHOTO_CREDIT.test(m.printed) && (!m.printed.startsWith('(') || AP_PHOTO.test(m.printed));
    if (photo || (u.words <= MAX_BARE_CREDITED_CAPTION_WORDS && !SPEAKER.test(u.text))) {
      return verdict('caption', 'classify/caption-credited', 0.8, `ends in a photo credit "${m.credit}"`);
    }
  }
  return null;
}

/**
 * A unit read as a caption only because it ends in a bare agency (`… Utu Vava’u.— Xinhua`) is the
 * section's last paragraph, its sign-off cut off by ../edges.ts, when a subhead stands right above
 * it: a subhead heads running text, and captions are set beside their photos, not under a section's
 * heading (dev008 raw: `Orientation` ⏎ `The main islands are: Utu Vava’u.— Xinhua`), set right under
 * it. A caption credited as a photo's (`— AFP photo`) keeps its verdict. Runs after the headings.
 */
export function signoffUnderSubheadVerdicts(ctx: PageContext): void {
  const { units, verdicts } = ctx;
  for (let i = 1; i < units.length; i++) {
    // Right under it (no blank line between; on a page with boxes, within a line height in its
    // column): a unit standing apart is a box of its own (a caption under whatever short line came
    // before: d2_010 page.txt, an advert's last line read as a subhead).
    if (verdicts[i]?.rule !== 'classify/caption-credited' || verdicts[i - 1]?.kind !== 'subhead') continue;
    if (!rightUnder(units[i - 1]!, units[i]!)) continue;
    const m = creditTail(units[i]!.text);
    if (!m || PHOTO_CREDIT.test(m.printed)) continue;
    verdicts[i] = verdict('paragraph', 'classify/signoff-under-subhead', 0.7, `running text under the subhead "${units[i - 1]!.text}", ending in its story's sign-off "${m.credit}", not a caption`);
  }
}

/** Kinds that show a photo is at hand: its caption or its credit. */
const PHOTO_KINDS: ReadonlySet<string> = new Set(['caption', 'caption-credit']);

/**
 * A short present-tense description set apart by blank lines is a caption when a unit beside it
 * already is one, or is a photo credit (a photo story's first caption over a credited one). The
 * present tense alone is no evidence: news sentences are in the present as often (`The council
 * meets on Tuesday…`, `Tickets cost $10 at the door.`). Only verdicts of the other rules count
 * as neighbours, so a run of present-tense paragraphs after a caption does not chain into captions.
 * Runs after the local rules, before the geometry rules (which withdraw captions in large type).
 */
export function presentBesideCaptionVerdicts(ctx: PageContext): void {
  const { units, verdicts } = ctx;
  const photo = verdicts.map((v) => v !== undefined && PHOTO_KINDS.has(v.kind));
  for (const u of units) {
    if (verdicts[u.index] || u.words === 0 || u.startsLower) continue;
    const next = units[u.index + 1];
    const apart = u.gapBefore && (!next || (next.gapBefore && !next.startsLower));
    if (!apart || u.words > MAX_PRESENT_CAPTION_WORDS || !u.endsSentence || u.lines.length > MAX_PRESENT_CAPTION_LINES) continue;
    const beside = photo[u.index - 1] === true ? u.index - 1 : photo[u.index + 1] === true ? u.index + 1 : -1;
    if (beside < 0 || !opensPresentTense(u.text)) continue;
    const side = beside < u.index ? 'after' : 'before';
    verdicts[u.index] = verdict('caption', 'classify/caption-present', 0.6, `short present-tense description ${side} a ${verdicts[beside]!.kind}`);
  }
}

/**
 * A unit right above a photo credit line (`The Plains of Arafat on the day of Hajj` ⏎ `— AFP photo`)
 * is that photo's caption, when it is short. Runs after the local rules, before the headings.
 */
export function creditedAboveVerdicts(ctx: PageContext): void {
  const { units, verdicts } = ctx;
  // A photographer's credit printed above its caption (`FATIMA SILVA/EPA` ⏎ `Port of Refuge Harbor at Neiafu`).
  for (let i = 0; i + 1 < units.length; i++) {
    if (verdicts[i]?.kind !== 'caption-credit' || !CREDIT_ABOVE.test(units[i]!.text) || verdicts[i + 1]) continue;
    const u = units[i + 1]!;
    if (u.words <= MAX_CAPTION_WORDS && !u.startsLower && u.lines.length <= 6) {
      verdicts[i + 1] = verdict('caption', 'classify/caption-below-credit', 0.75, `under the photographer's credit "${units[i]!.text}"`);
    } else if (captionReadBefore(units, verdicts, i)) {
      verdicts[i - 1] = verdict('caption', 'classify/caption-before-credit', CAPTION_BEFORE_CREDIT_CONFIDENCE, `a short line right before the photographer's credit "${units[i]!.text}", with running text after it: its caption, read before it`);
    }
  }
  for (let i = 1; i < units.length; i++) {
    if (verdicts[i]?.kind !== 'caption-credit' || verdicts[i - 1]) continue;
    const u = units[i - 1]!;
    const credit = units[i]!.text;
    // A photographer's credit (`NAME/AGENCY`) is printed above its caption, not under it.
    if (CREDIT_ABOVE.test(credit)) continue;
    const photo = PHOTO_CREDIT.test(credit) || FREELANCE_CREDIT.test(credit) || (captionCueIn(u.text) !== null && u.words <= MAX_CAPTION_WORDS);
    if (photo && u.words <= MAX_CAPTION_WORDS && !u.startsLower && u.lines.length <= 6) {
      verdicts[i - 1] = verdict('caption', 'classify/caption-above-credit', 0.75, `right above the photo credit "${credit}"`);
    }
  }
}

/** A caption found from its place between a story's byline and its dateline: a guess from position. */
export const CAPTION_UNDER_BYLINE_CONFIDENCE = 0.65;
/** Such a caption is a sentence or two (as MAX_PRESENT_CAPTION_WORDS), at most this many lines. */
const CAPTION_UNDER_BYLINE_MAX_LINES = 4;
/** An editor's note is printed between byline and text too, and is no caption. */
const EDITORS_NOTE = /^(?:editor[’']?s?|publisher[’']?s?)\s+note\b/iu;

/**
 * A sentence printed between a story's byline and its dateline is a photo's caption. A story's text
 * opens with its dateline (`MOSCOW (Reuters) — Patrick Leopold Gordon…`) and its byline (with the
 * writer's job title) is set right above that text, its headline and deck above the byline; so a
 * sentence standing between the byline and the dateline is not the body's first paragraph (that one
 * holds the dateline) nor a deck (set above the byline): it belongs to the photo run at the head of
 * the story (d2_001: `Ingrid Abbasi` ⏎ `Special Correspondent` ⏎ `Gordon’s alleged tomb at
 * Vvedenskoye Cemetery in Moscow.` ⏎ `MOSCOW (Reuters)` ⏎ `— Patrick…`). One short finished sentence
 * or two (MAX_PRESENT_CAPTION_WORDS, CAPTION_UNDER_BYLINE_MAX_LINES), starting with a capital; an
 * editor's note is left alone. The same sentence with a caption after it instead of the dateline is
 * the first of the photos' captions when both are set wider than the column (dev007 raw: `BY HIROSHI
 * CASTILLO` ⏎ `The Galois memorial in the cemetery of Bourg-la-Reine. Évariste Galois was buried…` ⏎
 * `Siméon Poisson reviewed Galois’ paper… -- AFP photos`, both across two columns): a story's first
 * paragraph is set to its column. Runs before the headings, after the other caption rules.
 */
export function captionUnderBylineVerdicts(ctx: PageContext): void {
  const { units, verdicts } = ctx;
  for (let i = 1; i + 1 < units.length; i++) {
    const u = units[i]!;
    if (verdicts[i] || u.words === 0 || u.words > MAX_PRESENT_CAPTION_WORDS || u.lines.length > CAPTION_UNDER_BYLINE_MAX_LINES) continue;
    const above = verdicts[i - 1];
    const underByline = above?.kind === 'byline' || above?.rule === 'classify/byline-title';
    if (!underByline) continue;
    if (!u.startsUpper || !u.endsSentence || EDITORS_NOTE.test(u.text) || opensDateline(units, i)) continue;
    if (opensDateline(units, i + 1)) {
      verdicts[i] = verdict('caption', 'classify/caption-under-byline', CAPTION_UNDER_BYLINE_CONFIDENCE, `a sentence between the byline and the dateline "${units[i + 1]!.lines[0]!.line.text.trim()}", where the story's text starts`);
    } else if (verdicts[i + 1]?.kind === 'caption' && spans(u) && spans(units[i + 1]!)) {
      verdicts[i] = verdict('caption', 'classify/caption-under-byline', CAPTION_UNDER_BYLINE_CONFIDENCE, 'a sentence under the byline set wider than the column, as the caption after it: the photos\' captions');
    }
  }
}

/**
 * Set wider than the column around it (its longest line over SPANNING_RATIO of the measure): a
 * caption under a photo that spans columns, not running text (05-heading.ts reads a headline so).
 */
function spans(u: UnitInfo): boolean {
  return u.maxRatio > SPANNING_RATIO;
}

/**
 * Does unit i open with a dateline: a place (and date, agency) before a dash (DATELINE), or a place
 * alone on its line with the dash, or an agency then the dash, opening the next line (as
 * ../edges.ts splits it: `MOSCOW` ⏎ `(Reuters)` ⏎ `— Patrick…`)?
 */
function opensDateline(units: UnitInfo[], i: number): boolean {
  const lines = units.slice(i, i + 3).flatMap((u) => u.lines.map((l) => l.line.text.trim()));
  if (!lines.length) return false;
  if (opensWithDateline(lines[0]!)) return true;
  const next = lines[1] ?? '';
  if (datelineBeforeDash(lines[0]!, next)) return true;
  return DATELINE_ALONE.test(lines[0]!) && /^\(.*\)$/u.test(next) && AGENCY_LINE.test(next.slice(1, -1)) && DASH_START.test(lines[2] ?? '');
}

/** A caption found from its place before a photographer's credit alone: a guess from position. */
export const CAPTION_BEFORE_CREDIT_CONFIDENCE = 0.65;
/** Such a caption is a line or two: a photo's title (`Port of Refuge Harbor at Neiafu`), not a paragraph. */
const CAPTION_BEFORE_MAX_LINES = 2;

/**
 * The caption of a photographer's credit at i, read before it (d2_003 pdfminer: `Port of Refuge Harbor
 * at Neiafu` ⏎ `FATIMA SILVA/EPA` ⏎ `Vava’u is a group of more than 50 islands…`). A `NAME / AGENCY`
 * credit is printed between its photo and its caption, so its caption is beside it; when what follows
 * it is running text (a lower-case start, or longer than any caption) and the unit before it is a
 * line or two standing apart (blank lines around, as a box of its own) that starts with a capital,
 * does not break off on a hyphen or comma and is not a sentence of running text, that unit is the
 * caption an extractor read before its credit. A piece of a paragraph is not a box of its own
 * between a paragraph and a credit.
 */
function captionReadBefore(units: UnitInfo[], verdicts: PageContext['verdicts'], i: number): boolean {
  const above = units[i - 1];
  const credit = units[i]!;
  if (!above || verdicts[i - 1] || !above.gapBefore || !credit.gapBefore) return false;
  if (above.lines.length > CAPTION_BEFORE_MAX_LINES || !above.startsUpper || above.words > MAX_CAPTION_WORDS) return false;
  if (/[-,;:]$/u.test(above.text) || above.lines.some((l) => l.endsHyphen)) return false;
  // A headline over its photo's credit and its text reads the same way (`Flood waters rise in the valley`
  // ⏎ `JOHN SMITH/AP` ⏎ `Residents of…`). Only when the text after the credit is the lead of another head,
  // read elsewhere on the page (`Vava’u` … `Vava’u is a group of more than 50 islands…`: it opens with
  // that head's words, ../../segment/lead.ts), is the line before the credit not its headline.
  const after = units[i + 1];
  if (!after) return false;
  return units.some((h, k) => k !== i - 1 && k !== i + 1 && h.lines.length <= CAPTION_BEFORE_MAX_LINES && h.text.length < after.text.length && opensWith(after.text, h.text) && leadNamingHead(h.text));
}

/**
 * A caption cut in two by an OCR engine's blocks: its first piece runs to at most this many lines.
 * Why 3: a caption is a sentence or two set across its photo's width (one to three lines at a one- or
 * two-column photo's width; MAX_CAPTION_WORDS caps the whole), and the engine cuts it where its
 * layout analysis sees a change (a line's end, the credit's line), so the first piece is a line or
 * three. An open piece of four lines or more is a column of running text cut at a box end.
 */
export const CAPTION_HEAD_MAX_LINES = 3;

/**
 * A caption an OCR engine cut into two blocks (`This exclusive interview features first-hand` ⏎
 * `journalism by a Wikinews reporter. … Photo by` ⏎ `Hiroshi Haddad`, d2_002 ALTO): the second
 * piece starts in lower case, so the caption rules pass it by, yet it ends in a credit that names a
 * photo (`Photo by NAME`, `— AFP photo`, `NAME/AGENCY`: never a story's bare `— AFP`). The piece
 * right before it, undecided, a line or three that stops without a sentence end, is the caption's
 * start: both are the caption (captions/ joins them). Runs after the local rules.
 */
export function captionTailVerdicts(ctx: PageContext): void {
  const { units, verdicts } = ctx;
  for (let i = 1; i < units.length; i++) {
    const u = units[i]!;
    const head = units[i - 1]!;
    if (verdicts[i] || verdicts[i - 1] || !u.startsLower || u.words + head.words > MAX_CAPTION_WORDS) continue;
    if (head.startsLower || head.endsSentence || !head.endsOpen || head.lines.length > CAPTION_HEAD_MAX_LINES) continue;
    // Boxes only: an OCR engine's blocks (text has no such cut).
    if (!u.block.lines[0]?.box || !rightUnder(head, u)) continue;
    const m = creditTail(u.text);
    if (!m || m.index === 0 || !PHOTO_CREDIT.test(m.printed) || m.printed.startsWith('(')) continue;
    verdicts[i - 1] = verdict('caption', 'classify/caption-split', 0.7, `its text goes on in the next unit, which ends in the photo credit "${m.credit}"`);
    verdicts[i] = verdict('caption', 'classify/caption-split', 0.7, `ends in the photo credit "${m.credit}", its start in the unit before`);
  }
}

/**
 * A caption ending in a credit's lead-in with the name cut off (`… Image: David Shankbone Photo by` ⏎
 * `Grace Lindqvist`, d2_002 raw, where the name's shorter line was cut as a change of measure): the
 * lead-in (`Photo by`, `Photo:`, `Picture by`, `Image:`) always has a name after it, printed on the
 * caption's next line when the line breaks there, so a bare name alone on the line right after it is
 * the credit's name, not a subhead or a byline.
 */
const CREDIT_LEAD_END = /\b(?:photo(?:graph)?s?|pictures?|images?)(?:\s+by|\s*:)\s*$/iu;

/** How sure the wrapped credit name is: the lead-in and a name's form. */
export const CREDIT_NAME_CONFIDENCE = 0.75;

/** Join a credit's name set on the line after its caption's lead-in to that caption (captions/ joins both pieces). */
export function creditNameVerdicts(ctx: PageContext): void {
  const { units, verdicts } = ctx;
  for (let i = 1; i < units.length; i++) {
    const prev = verdicts[i - 1];
    if (verdicts[i] || prev?.kind !== 'caption' || prev.rule === 'classify/caption-split') continue;
    const u = units[i]!;
    // The name is on the caption's next line: a blank line before it says it is a unit of its own (a subhead).
    if (u.gapBefore || u.lines.length !== 1 || !PERSON_LINE.test(u.text) || !CREDIT_LEAD_END.test(units[i - 1]!.text)) continue;
    verdicts[i - 1] = verdict('caption', 'classify/caption-split', CREDIT_NAME_CONFIDENCE, `${prev.evidence}; ends in a credit's lead-in whose name "${u.text}" is on the next line`);
    verdicts[i] = verdict('caption', 'classify/caption-split', CREDIT_NAME_CONFIDENCE, `the name of the credit "${units[i - 1]!.text.slice(-12).trim()} …" that ends the caption before it`);
  }
}

/**
 * A credit's photo word wrapped to a line of its own (`… Image: Twitter / NASA. — EPA` ⏎ `PHOTO`,
 * d2_007 raw; the wide line of the caption leaves no room for the last word): a unit that is only
 * `photo`, `photos` or `picture(s)`, right after a caption that ends in a credit, finishes that credit
 * (`EPA photo`). No heading or story text is the one word `PHOTO`.
 */
const PHOTO_WORD_ALONE = /^(?:photos?|pictures?)$/iu;

/** Give a photo word alone after a caption's credit to that caption (captions/ joins both pieces). */
export function creditWordVerdicts(ctx: PageContext): void {
  const { units, verdicts } = ctx;
  for (let i = 1; i < units.length; i++) {
    const prev = verdicts[i - 1];
    if (verdicts[i] || prev?.kind !== 'caption' || prev.rule === 'classify/caption-split') continue;
    // No blank-line test here (unlike a credit's name): OCR engines set the wrapped word in a block of
    // its own, and no unit of a story is the one word `PHOTO`.
    if (!PHOTO_WORD_ALONE.test(units[i]!.text)) continue;
    const m = creditTail(units[i - 1]!.text);
    if (!m) continue;
    verdicts[i - 1] = verdict('caption', 'classify/caption-split', CREDIT_NAME_CONFIDENCE, `${prev.evidence}; its credit "${m.credit}" goes on with "${units[i]!.text}" on the next line`);
    verdicts[i] = verdict('caption', 'classify/caption-split', CREDIT_NAME_CONFIDENCE, `the last word of the credit "${m.credit}" that ends the caption before it`);
  }
}

/**
 * With boxes only: `b` starts right under `a`'s last line (less than a line's height between) at its
 * left edge (within a line's height). In a text without boxes two pieces next to each other in the
 * text may come from different columns (d2_009 page.txt interleaves a caption with a story's lines).
 */
