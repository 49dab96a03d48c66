/**
 * The rest of a glued broken word found elsewhere on the page, not at the start of the next rows.
 *
 * Where pdftotext's default mode prints two or three columns' lines on one output line, the rest of a
 * word broken at a column's line end does not start a row: it stands after the other columns' text, on
 * the same line or the next one, and once restore-columns cut such lines into rows, it may stand
 * anywhere in the run (dev005 page.txt, three columns side by side; after the cut, rows apart):
 *
 *   merits of such a theory of by foeither          (`fo-` glued to the other column's `either`)
 *   the speaker and addressee. cusing               (its rest, `cusing`, at another row's end)
 *
 * ./unglue.ts looks for a rest only at the start of the next rows; this looks for it on the whole page,
 * for the glued starts unglue.ts left (gluedStarts). The evidence, all of it required:
 *  - `r` is a run of lower-case-initial letters standing as a token of its own, at least MIN_REST
 *    letters, no closed-class word (`at`, `is`, `the` start clauses: `Pala`+`is`, unglue.ts), never
 *    seen in SUBTLEX (REST_MAX_FREQUENCY), and nowhere else in the document: a word's broken half
 *    (`cusing`, `tion`, `lowed`);
 *  - `p`+`r` is a word of the lexicon seen in use (MIN_WHOLE_FREQUENCY) or of the document (a
 *    capitalised `p`: of the document only);
 *  - the reading is the only one: one rest for the cut, one cut of the glued token with a rest, and
 *    one claimant for the rest on the page, the broken halves at line ends counted.
 * `p` leaves the glued token (or the dangling `p- `) and goes before `r`. The rows stay in the
 * extractor's order (nothing says where to cut them); the words are whole again. Each repair is a
 * message `restore-columns/inline-rest` with the lines before and after. On the dev pages: `utter`+`ance`,
 * `fo`+`cusing`, `construc`+`tion` (dev005), `pro`+`ponent` (dev014), `ex`+`planation` (dev019),
 * `al-`+`lowed` (d2_008).
 */
import type { GalleyDocument, Line } from '../../model/types.js';
import { CLOSED_CLASS, frequency, isWord } from '../../lexicon/index.js';
import { wordEntry } from '../../lexicon/words.js';
import type { Vocabulary } from '../../lexicon/vocabulary.js';
import { GENERAL_PUNCTUATION_FIRST, GENERAL_PUNCTUATION_LAST } from '../../lexicon/tokens.js';
import { lineCuts, MIN_REST, type Cut, type CutsOf } from './unglue.js';
import { goesOn, opensToken, startsLower } from './chars.js';
import { lowerCase } from '../../text/ascii.js';

export const INLINE_REST_RULE = 'restore-columns/inline-rest';
/** How sure a repair is: the word is whole, on evidence from spelling alone (no row placement). */
export const INLINE_CONFIDENCE = 0.7;
/**
 * A rest is seen at most this often in SUBTLEX (counts in 51 million words): never. Word lists hold
 * broken halves as words (`ance`, `ponent`, `planation` are in the spelling list, SUBTLEX 0), and rare
 * real words are seen a few times (`undated` 1, `integrates` 3: dev008 page.txt, where `dis`+`tractors`
 * looks glued and would take `integrates`), as are some halves (`ory` 3, left).
 */
export const REST_MAX_FREQUENCY = 0;
/** Pairs of a glued start and a rest weighed on a page at most (a hostile page of made-up tokens costs no more). */
export const MAX_PAIRS = 100_000;
/** Repairs per page at most: each makes the page's cuts and rests again. */
export const MAX_REPAIRS_PER_PAGE = 32;
/** The whole word is seen at least this often in SUBTLEX (the spelling list also holds `redes`, never seen). */
export const MIN_WHOLE_FREQUENCY = 1;

const LETTER = /\p{L}/u;
const CAPITAL_START = /^\p{Lu}/u;

/** Each line text's candidate rests and glued starts, kept while a page is repaired. */
type LineMemo = Map<string, { rests: Array<{ at: number; r: string }>; starts?: Cut[] }>;

/** A rest found: in the page's line `line`, the run at `at`. */
interface Rest {
  line: number;
  at: number;
  r: string;
}

/** The length in UTF-16 units of the letter (`\p{L}`) at `i`, or 0: ASCII by its code, others by the pattern (a letter outside the BMP is two units). */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  // Curly quotes, dashes and the ellipsis, around a news text's words: no letter in their block.
  if (c >= GENERAL_PUNCTUATION_FIRST && c <= GENERAL_PUNCTUATION_LAST) return 0;
  const cp = text.codePointAt(i)!;
  const ch = String.fromCodePoint(cp);
  return LETTER.test(ch) ? ch.length : 0;
}

/**
 * The runs of letters of a text (the matches of `/\p{L}+/gu`), with their offsets, read off the character codes: a
 * page's every line is read for rests, and a global Unicode pattern's match objects cost more than the rest.
 */
export function letterRuns(text: string): Array<{ at: number; r: string }> {
  const out: Array<{ at: number; r: string }> = [];
  let i = 0;
  while (i < text.length) {
    let n = letterAt(text, i);
    if (n === 0) {
      i++;
      continue;
    }
    const at = i;
    while (n > 0) {
      i += n;
      n = i < text.length ? letterAt(text, i) : 0;
    }
    out.push({ at, r: text.slice(at, i) });
  }
  return out;
}

/** Runs of `text` that may be the rest of a broken word (see the file comment), but the span [skipFrom, skipTo). */
function restsIn(text: string, v: Vocabulary, skipFrom = -1, skipTo = -1): Array<{ at: number; r: string }> {
  const out: Array<{ at: number; r: string }> = [];
  for (const { at, r } of letterRuns(text)) {
    if ((at >= skipFrom && at < skipTo) || r.length < MIN_REST || !startsLower(r)) continue;
    // What may stand before a token's first letter: white space, an opening quote or bracket, or nothing.
    if (at > 0 && !opensToken(text[at - 1]!)) continue;
    // A letter, a digit or a joining mark after a run means the run goes on: it is no token of its own.
    const after = text[at + r.length];
    if (after !== undefined && goesOn(after)) continue;
    const lower = lowerCase(r);
    // (The document's counts before the lexicon's: a small map, and most runs are words the page repeats.)
    if (CLOSED_CLASS.has(lower) || v.countLower(lower) > 1 || frequency(lower) > REST_MAX_FREQUENCY) continue;
    out.push({ at, r });
  }
  return out;
}

/**
 * Is `p` + a rest the whole word: of the lexicon or the document, or (capitalised `p`) of the document
 * only? What depends on `p` alone is read once (a page's every glued start is tried with every rest),
 * and the lexicon once per word (both lists' answers come in one entry).
 */
function wholeWith(p: string, v: Vocabulary): (r: string) => boolean {
  if (CAPITAL_START.test(p)) return (r) => v.count(lowerCase(p + r)) >= 1;
  return (r) => {
    const w = lowerCase(p + r);
    const e = wordEntry(w);
    return ((e.listed || e.counted) && e.count >= MIN_WHOLE_FREQUENCY) || v.count(w) >= 1;
  };
}

/**
 * The commonest simple prepositions (Quirk et al. 9.7): with CLOSED_CLASS, the words a clause or a
 * phrase starts with, so the other column's row a glued start was joined to (`utter-of semantics`,
 * dev005 page.txt: `utter-` + the next column's `of semantics`). A compound does not end in one.
 */
export const PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'into', 'as']);

/**
 * A glued start before text in small capitals: `proE ARLY YEARS` (dev014 page.txt: `pro-` joined to
 * the subhead `EARLY YEARS`, printed as a full-size capital, a space, small capitals; its rest `ponent`
 * stands in the next line). unglue.ts's cuts need a lower-case letter after a capital.
 */
const BEFORE_SMALL_CAPS = /(?<=^|[\s“‘"(])(\p{Ll}{2,})(\p{Lu}) \p{Lu}{2,}(?=$|[\s.,;:])/gu;
/** What every BEFORE_SMALL_CAPS match holds: a capital, a space, two capitals. */
const SMALL_CAPS_SIGN = /\p{Lu} \p{Lu}{2}/u;

/**
 * Cuts of a glued start whose `p` may go on elsewhere: unglue.ts's `split` cuts whose cut-off part
 * starts a row or is a preposition or a closed-class word (`ex|to` of `exto-Charity`, dev019 page.txt:
 * `ex-` + the other column's `to-Charity)`; unglue.ts wants four letters to start a row at the next
 * rows' start, here the rest's uniqueness on the page speaks), its `quote` and `dangling` ones, its
 * `hyphen` ones only before a preposition or a closed-class word (`in-group`, `re-embarking` are compounds, and a page-wide search finds a rest for
 * them: `undated`, `des`, d2_010 and dev003 page.txt), and a start before small capitals.
 */
function gluedStarts(text: string, v: Vocabulary, cutsOf: CutsOf): Cut[] {
  const cuts = cutsOf(text).filter((c) => {
    const q = lowerCase(/^\p{L}+/u.exec(text.slice(c.cutEnd))?.[0] ?? '');
    const clause = PREPOSITIONS.has(q) || CLOSED_CLASS.has(q);
    if (c.shape === 'split') return c.rowStart || clause;
    return c.shape !== 'hyphen' || clause;
  });
  // (The pattern's look-behind is tried at every offset: first the cheap sign it needs, a capital, a space, two capitals.)
  if (SMALL_CAPS_SIGN.test(text)) for (const m of text.matchAll(BEFORE_SMALL_CAPS)) {
    const p = m[1]!;
    if (!isWord(lowerCase(p + m[2]!))) cuts.push({ shape: 'split', start: m.index!, cutEnd: m.index! + p.length, p, q: m[2]!, rowStart: true });
  }
  return cuts;
}

/** The broken half a line ends in (`vis-` of `He vis-`), a claimant of rests too; null when it ends otherwise. */
function lineEndHalf(text: string): string | null {
  // A scan from the end (an end-anchored pattern would try every offset of a long line).
  let e = text.length;
  while (e > 0 && /\s/u.test(text[e - 1]!)) e--;
  if (e === 0 || text[e - 1] !== '-') return null;
  let s = e - 1;
  while (s > 0 && LETTER.test(text[s - 1]!)) s--;
  if (s === e - 1 || (s > 0 && !/\s/u.test(text[s - 1]!))) return null;
  return text.slice(s, e - 1);
}

/**
 * The one repair the page's lines read with no doubt (a cut of a glued start, its rest), or null: the
 * cut's token has one cut with a rest, the cut one rest, and the rest one claimant on the page, the
 * broken halves at line ends counted (`sudied` would take `ited` of `vis-` ⏎ … `ited`, dev002 page.txt).
 */
export function findInlineRest(texts: readonly string[], v: Vocabulary, memo: LineMemo = new Map(), cutsOf: CutsOf = (t) => lineCuts(t, v)): { line: number; cut: Cut; rest: Rest } | null {
  // What each line holds depends on its text and the document alone: asked once per text (a repair changes two lines).
  const read = (t: string): { rests: Array<{ at: number; r: string }>; starts?: Cut[] } => {
    let m = memo.get(t);
    if (!m) memo.set(t, (m = { rests: restsIn(t, v) }));
    return m;
  };
  const rests: Rest[] = [];
  texts.forEach((t, k) => {
    for (const x of read(t).rests) rests.push({ line: k, ...x });
  });
  if (rests.length === 0) return null;
  const starts = texts.map((t) => {
    const m = read(t);
    return (m.starts ??= gluedStarts(t, v, cutsOf));
  });
  // A bound on the pairs weighed (dev pages: at most 150 cuts × 12 rests): a page of garbage tokens is left.
  if (rests.length * starts.reduce((n, c) => n + c.length, 0) > MAX_PAIRS) return null;
  const claims = new Map<Rest, number>();
  for (const t of texts) {
    const half = lineEndHalf(t);
    const completes = half ? wholeWith(half, v) : undefined;
    if (completes) for (const r of rests) if (completes(r.r)) claims.set(r, (claims.get(r) ?? 0) + 1);
  }
  const readings: Array<{ line: number; cut: Cut; rest: Rest }> = [];
  const byToken = new Map<string, number>();
  starts.forEach((cuts, line) => {
    for (const cut of cuts) {
      const completes = wholeWith(cut.p, v);
      const mine = rests.filter((x) => !(x.line === line && x.at < cut.cutEnd) && completes(x.r));
      for (const r of mine) claims.set(r, (claims.get(r) ?? 0) + 1);
      if (mine.length !== 1) continue;
      readings.push({ line, cut, rest: mine[0]! });
      const token = `${line}:${cut.start}`;
      byToken.set(token, (byToken.get(token) ?? 0) + 1);
    }
  });
  return readings.find((x) => claims.get(x.rest) === 1 && byToken.get(`${x.line}:${x.cut.start}`) === 1) ?? null;
}

/** Move every glued start of the document's text lines to its rest elsewhere on its page; returns how many. */
export function inlineRests(doc: GalleyDocument, v: Vocabulary, cutsOf: CutsOf = (t) => lineCuts(t, v)): number {
  let done = 0;
  for (const page of doc.pages) {
    const lines = page.blocks.flatMap((b) => b.lines);
    if (lines.some((l) => l.box)) continue;
    const memo: LineMemo = new Map();
    for (let k = 0; k < MAX_REPAIRS_PER_PAGE; k++) {
      const found = findInlineRest(lines.map((l) => l.text), v, memo, cutsOf);
      if (!found) break;
      repair(lines[found.line]!, lines[found.rest.line]!, found.cut, found.rest, page.number, doc);
      done++;
    }
  }
  return done;
}

function repair(line: Line, restLine: Line, cut: Cut, rest: Rest, page: number, doc: GalleyDocument): void {
  const same = line === restLine;
  const before = same ? line.text : `${line.text} ⏎ ${restLine.text}`;
  const removed = cut.cutEnd - cut.start;
  // The glued token loses `p` (a dangling `p- ` goes whole; `utterthat` keeps `that`).
  const cutText = line.text.slice(0, cut.start) + line.text.slice(cut.cutEnd);
  if (same) {
    const at = rest.at - removed;
    line.text = cutText.slice(0, at) + cut.p + cutText.slice(at);
  } else {
    line.text = cutText;
    restLine.text = restLine.text.slice(0, rest.at) + cut.p + restLine.text.slice(rest.at);
  }
  line.text = line.text.replace(/ {2,}/gu, ' ');
  doc.messages.push({
    rule: INLINE_REST_RULE,
    severity: 'info',
    text: `a broken word the extractor glued to another column's text made whole with its rest inside a row (${cut.p}${rest.r})`,
    source: { ...line.source, page },
    before,
    after: same ? line.text : `${line.text} ⏎ ${restLine.text}`,
    confidence: INLINE_CONFIDENCE,
  });
}
