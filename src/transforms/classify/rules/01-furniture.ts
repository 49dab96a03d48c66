/**
 * Page furniture: running head and foot (paper name, date line, section name,
 * page number, web address), printed at the top and bottom of the page and
 * often repeated (a paper name at the head and again at the foot). Evidence:
 * position among the first/last units, the date/folio/web patterns, masthead
 * words, repetition of a furniture text elsewhere on the page.
 */
import type { FurnitureType } from '../../../model/types.js';
import { BYLINE, BYLINE_TITLE, CREDIT_ABOVE, DATE_LINE, FOLIO, FOLIO_SECTION, FREELANCE_CREDIT, holdsWeb, isJumpLine } from '../patterns.js';
import type { UnitInfo } from '../units.js';
import { verdict, type PageContext, type Verdict } from './types.js';
import { isSpaceCode } from '../../../text/ascii.js';
import { codePointLength, letterOrDigitAt, lettersAndDigits } from '../../../lexicon/tokens.js';

/** Units at the top of a page that may be running head (section, paper name, date, folio: up to 5 boxes, one spare). */
export const HEAD_UNITS = 6;
/** Units at the foot of a page that may be running foot. */
export const FOOT_UNITS = 4;
/** Furniture lines are short: a running head with name, date, section and folio has about a dozen words. */
export const MAX_FURNITURE_WORDS = 16;
/** A unit repeating a running-head part is furniture from this many words: a paper's name, not its one-word section name. */
export const MIN_REPEATED_HEAD_WORDS = 2;

/** Words that name newspapers (mastheads): trade vocabulary, not taken from any page. */
const MASTHEAD = /\b(?:Times|Herald|Post|News|Gazette|Tribune|Courier|Ledger|Observer|Examiner|Star|Register|Dispatch|Journal|Chronicle|Sentinel|Clarion|Daily|Standard|Mirror|Express|Telegraph|Guardian|Independent|Record|Review|Bulletin|Press|Globe|Mail|Sun|Inquirer|Monitor|Echo|Advertiser|Courant|Leader|Beacon|Gazette|Argus|Pioneer|Enquirer|Messenger|Reporter|Weekly|Evening)\b/iu;
/** A running head found away from the page's top is at most this long. */
export const MAX_MIDPAGE_HEAD_WORDS = 12;
const YEAR = /\d{4}/u;
const FOLIO_AT_END = /\s[A-Z]?\d{1,3}$/u;
const SECTION_WORDS = /^[\p{L}&' -]{3,30}$/u;

/** A web address's name before its ending (`northernledger.example`): group 1, the name. */
const DOMAIN = /(?<![\p{L}\p{N}-])([\p{L}\p{N}-]+)\.(?:example|com|org|net|co\.uk|news)\b/giu;
/** DOMAIN's ending alone: a text without it holds no DOMAIN. */
const DOMAIN_END = /\.(?:example|com|org|net|co\.uk|news)\b/iu;

/** Classify the page's running head and foot; returns the verdicts by unit index. */
export function furnitureVerdicts(ctx: PageContext): Map<number, Verdict> {
  const { units } = ctx;
  const out = new Map<number, Verdict>();
  const n = units.length;
  const region = (i: number): 'head' | 'foot' | null => (i < HEAD_UNITS ? 'head' : i >= n - FOOT_UNITS ? 'foot' : null);
  for (let i = 0; i < n; i++) {
    const u = units[i]!;
    const where = region(i);
    if (!where || u.words > MAX_FURNITURE_WORDS || u.lines.length > 2) continue;
    const type = furnitureType(u, where, i === 0 || i === n - 1);
    if (type) out.set(i, verdict('furniture', `classify/furniture-${type}`, 0.9, `${where} of page: ${evidenceOf(u, type)}`, type));
  }
  // A running head printed mid-stream (extractors do not always keep it first): a short date line with a paper's name or a rule.
  for (let i = 0; i < n; i++) {
    if (out.has(i)) continue;
    const u = units[i]!;
    if (u.lines.length > 1 || u.words > MAX_MIDPAGE_HEAD_WORDS || u.endsSentence || !YEAR.test(u.text)) continue;
    const dateOnly = DATE_LINE.exec(u.text)?.[0].length === u.text.replace(/[.,;]$/u, '').length;
    if (DATE_LINE.test(u.text) && (dateOnly || MASTHEAD.test(u.text) || u.text.includes('|') || FOLIO_AT_END.test(u.text))) {
      out.set(i, verdict('furniture', 'classify/furniture-header', 0.85, `date line with a paper's name: "${u.text}"`, 'header'));
    }
  }
  // Section names: a short capitalised word or two next to other running-head furniture, not a
  // word of the story below (a one-word headline such as a place name recurs in its story).
  const sections: number[] = [];
  // Where a running head is: the page's top, and any date line printed mid-stream.
  const heads = [...out.keys()].filter((k) => k >= HEAD_UNITS && DATE_LINE.test(units[k]!.text));
  const places = new Set<number>();
  for (let i = 0; i < Math.min(n, HEAD_UNITS); i++) places.add(i);
  for (const k of heads) [k - 1, k + 1].forEach((i) => i >= 0 && i < n && places.add(i));
  for (const i of [...places].sort((a, b) => a - b)) {
    if (out.has(i)) continue;
    const u = units[i]!;
    const nearFurniture = out.has(i - 1) || out.has(i + 1);
    if (!nearFurniture || u.lines.length !== 1 || u.words > 3 || !SECTION_WORDS.test(u.text) || u.endsSentence) continue;
    if (!u.allCaps && u.capitalised !== 1) continue;
    if (BYLINE.test(u.text) || BYLINE.test(units[i + 1]?.text ?? '') || recursBelow(u, units, i)) continue;
    sections.push(i);
  }
  // One section name per running head: capitals first (the running head's own style).
  const top = sections.filter((i) => i < HEAD_UNITS);
  const caps = top.filter((i) => units[i]!.allCaps);
  const chosen = [...(caps.length ? caps.slice(0, 1) : top.slice(0, 1))];
  for (const k of heads) {
    const beside = sections.find((i) => i >= HEAD_UNITS - 1 && Math.abs(i - k) === 1 && !chosen.includes(i));
    if (beside !== undefined) chosen.push(beside);
  }
  for (const i of chosen) {
    out.set(i, verdict('furniture', 'classify/furniture-section', 0.75, 'short name beside the running head', 'section'));
  }
  // Repeated furniture: the same words as a running-head part, anywhere on the page (a foot printed mid-stream).
  const parts = new Set<string>();
  /** The first part of each running head that is not a section name: where a paper prints its name. */
  const papers = new Set<string>();
  const domains = new Set<string>();
  for (const [i, v] of out) {
    const split = units[i]!.text.split(/(?<!\s)\s*[|•·]\s*/u);
    for (const part of split) {
      const key = letters(part);
      if (key.length >= 6) parts.add(key);
    }
    if (v.furnitureType !== 'section' && split.length > 1) papers.add(letters(split[0]!));
    // (A domain needs a dot and a known ending: most running-head parts have neither. The ending alone is
    // looked for first, without the name before it, which the pattern tries from every position.)
    const text = units[i]!.text;
    if (text.includes('.') && DOMAIN_END.test(text)) for (const m of text.matchAll(DOMAIN)) domains.add(letters(m[1]!));
  }
  // No running head found: nothing to repeat.
  if (!parts.size && !papers.size && !domains.size) return out;
  const partList = [...parts];
  for (let i = 0; i < n; i++) {
    if (out.has(i)) continue;
    const u = units[i]!;
    if (u.words > MAX_FURNITURE_WORDS / 2 || u.lines.length > 2 || u.endsSentence) continue;
    const key = letters(unspaceSmallCaps(u.text));
    if (key.length < 6) continue;
    const bare = key.startsWith('the') ? key.slice(3) : key;
    // A single word repeating the running head is its section name, which a story may print as a
    // subhead of its own (`Interview` over an interview's questions, dev015): only a paper's name
    // (two words or more: `The Harbourview Examiner`, `THE MERIDIAN TIMES`; or one word that is the
    // whole first part of a running head cut into parts, where papers print their name: `NEWSDAY ·
    // Monday … · A5`) or a web address's name repeated is furniture (MIN_REPEATED_HEAD_WORDS). A running
    // head that opens with its section name (`Interview · Monday …`) reads the same, and the section
    // word's repeat then goes to furniture too: no text is lost, it only leaves the story.
    const paperName = u.words >= MIN_REPEATED_HEAD_WORDS ? partList.some((p) => p.includes(key)) : papers.has(key) || papers.has(bare);
    const repeated = paperName || domains.has(key) || domains.has(bare);
    // A photographer's credit (`NAME / THE PAPER`) names the paper without being its running head
    // (asked last: the pattern is the costliest test, and few units repeat a running head).
    if (repeated && !CREDIT_ABOVE.test(u.text)) out.set(i, verdict('furniture', 'classify/furniture-repeated', 0.85, 'repeats the running head', 'header'));
  }
  return out;
}

/** `edge`: the unit is the page's first or last, where a running head or foot is printed. */
function furnitureType(u: UnitInfo, where: 'head' | 'foot', edge: boolean): FurnitureType | null {
  const t = unspaceSmallCaps(u.text);
  // Bylines, their titles and jump lines have rules of their own.
  if (BYLINE.test(t) || BYLINE_TITLE.test(t) || isJumpLine(t)) return null;
  // A photographer's credit names the paper the photographer works for (`GRACE LARSEN / THE LAKESIDE
  // SENTINEL`, `Hilary Swift for The Harbor Gazette`): its masthead words credit a photo, they are no
  // running head (credit rules decide it).
  // A credit is printed by its photo, inside the page; the page's first or last line in that form
  // (`LOCAL NEWS / THE EVENING STAR`: a section and the paper's name) is the running head or foot.
  if ((CREDIT_ABOVE.test(t) || FREELANCE_CREDIT.test(t)) && !edge) return null;
  if (FOLIO.test(t) || (FOLIO_SECTION.test(t) && u.words <= 4 && where === 'head')) return 'folio';
  if (DATE_LINE.test(t)) return 'header';
  if (holdsWeb(t) && u.words <= 8) return 'footer';
  if (MASTHEAD.test(t) && u.words <= 6 && !u.endsSentence && u.capitalised >= 0.5 && (where === 'head' || u.allCaps)) return 'header';
  return null;
}

function evidenceOf(u: UnitInfo, type: FurnitureType): string {
  switch (type) {
    case 'folio':
      return `page number "${u.text}"`;
    case 'footer':
      return `web address in "${u.text}"`;
    default:
      return DATE_LINE.test(u.text) ? `date line "${u.text}"` : `masthead words in "${u.text}"`;
  }
}

/** Units below a section-name candidate searched for its words. */
export const SECTION_LOOKAHEAD = 8;

/** Do the words of a short unit recur in the text below it (then it is a headline, not a section name)? */
function recursBelow(u: UnitInfo, units: UnitInfo[], i: number): boolean {
  const words = u.text.toLowerCase().split(/\s+/u).filter((w) => w.length >= 3);
  if (!words.length) return false;
  const below = units
    .slice(i + 1, i + 1 + SECTION_LOOKAHEAD)
    .filter((v) => v.words > 12)
    .map((v) => v.text.toLowerCase())
    .join(' ');
  const set = belowWords(below);
  return words.every((w) => set.has(lettersAndDigits(w)));
}

/**
 * The words a text is searched for by `recursBelow`: its runs between marks (`split(/[^\p{L}\p{N}]+/u)`),
 * and each of its tokens between white space with its marks dropped (`Vava’u` → `vavau`, so `Vava’u` or an
 * OCR's `Vava'u` is found in `Vava’u has a tropical climate`, whatever its apostrophe). Read by character
 * code (the Unicode patterns cost a few hundred microseconds on the kilobytes below a candidate); the test
 * suite checks it against the patterns (test/properties/fast-paths.test.ts).
 */
export function belowWords(text: string): Set<string> {
  const set = new Set<string>();
  // Runs between marks: a piece before each run of marks, and the piece after the last.
  let start = 0;
  let i = 0;
  while (i < text.length) {
    if (letterOrDigitAt(text, i)) {
      i += codePointLength(text, i);
      continue;
    }
    set.add(text.slice(start, i));
    do i += codePointLength(text, i);
    while (i < text.length && !letterOrDigitAt(text, i));
    start = i;
  }
  set.add(text.slice(start));
  // Tokens between white space (a token of ASCII letters and digits is one of the runs already).
  start = 0;
  for (i = 0; i <= text.length; i++) {
    if (i < text.length && !isSpaceCode(text.charCodeAt(i))) continue;
    if (!asciiAlnum(text, start, i)) set.add(lettersAndDigits(text.slice(start, i)));
    while (i + 1 < text.length && isSpaceCode(text.charCodeAt(i + 1))) i++;
    start = i + 1;
  }
  return set;
}

/** `t.slice(from, to)` is non-empty, and ASCII letters and digits only. */
function asciiAlnum(t: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = t.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  }
  return true;
}

/**
 * pdftotext prints small capitals with a space after each first letter (`T HE R IVERSIDE C OURIER`,
 * `R EASON FOR DISCRIMINATION .`): close those gaps before testing a text (the text itself is kept).
 */
export function unspaceSmallCaps(text: string): string {
  if (!SPACED_CAPS.test(text)) return text;
  return text.replace(SPACED_CAPS_ALL, '$1').replace(/ ([.,;:!?])/gu, '$1');
}
const SPACED_CAPS = /(?:^|\s)\p{Lu} \p{Lu}{2,}\b/u;
const SPACED_CAPS_ALL = /(?<=^|\s)(\p{Lu}) (?=\p{Lu}{2,}\b)/gu;

/** Lower-case letters and digits only: the key for "same words". */
export function letters(s: string): string {
  return lettersAndDigits(s.toLowerCase());
}
