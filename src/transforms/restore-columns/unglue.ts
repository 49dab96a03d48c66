/**
 * Unglue broken words from the other column, in runs that stay as printed.
 *
 * Where two columns stand on different baselines, pdftotext's default mode prints their lines one
 * row each, mostly alternating (restore-columns leaves such runs as read: MAX_TOSS_UP_SHARE). Its
 * dehyphenation then joins a line-end `x-` of one column to the first word of the row printed next,
 * which belongs to the other column, and the rest of the broken word starts a row or two further on:
 *
 *   us the 135th most popular site accordXinhua photo      (`accord-` + the caption's `Xinhua`)
 *   ing to Quantcast. [Note: The interview                  (the rest: `ing`)
 *
 * A row may also hold both columns' lines, the first ending in a hyphen that nothing was joined to
 * (`runs on Mediawiki software. Our commu- place of official interviews`, `nity is full` two rows on).
 *
 * A row ending in a broken word may be glued to the next row in turn, so one line can hold a chain
 * of rows alternating between the columns (`achiev“streamline” … nationing … adalities … alvantages
 * … comready`): each `p` goes on as the second part of the glued token after next (findChain).
 *
 * The evidence that a token is such a glued start `p` of a broken word (GlueShape):
 *  - `split`: the token is no word and nowhere else in the document, and cuts into `p` + a word
 *    (`com`+`ready`, `En`+`than`) or `p` + a capitalised word (`accord`+`Xinhua`, `wik`+`The`);
 *  - `quote`: the token is no word and an opening quote follows it with no space (`achiev“streamline”`);
 *  - `hyphen`: `p-q`, a hyphenated form the document has nowhere else (`question-places`);
 *  - `dangling`: `p-` then a space, inside a line (`commu- place`);
 * and in every case, one of the next LOOKAHEAD rows starts with a lowercase `r` such that `p`+`r` is a
 * word of the lexicon or of the document (`accord`+`ing`, `wik`+`iHow`); for the last two shapes,
 * whose `p` may be a word (`question`), `r` must be no word on its own (`naire`, `nity`). A token with
 * more than one such reading is left alone. `p` moves to the start of `r`'s row; the glued line is
 * cut into its two columns' rows (unglueRows).
 *
 * Only text whose extractor joined its line-end hyphens (few lines end in `x-`,
 * dehyphenate/rules/restore-compound.ts looksDehyphenated) can glue a word this way, and only lines
 * without geometry. Each repair is recorded as `restore-columns/unglue`, with both rows before and after.
 */
import type { GalleyDocument, Line } from '../../model/types.js';
import type { Message } from '../../model/messages.js';
import { CLOSED_CLASS, isWord } from '../../lexicon/index.js';
import { Vocabulary } from '../../lexicon/vocabulary.js';
import { looksDehyphenated } from '../dehyphenate/rules/restore-compound.js';
import { MAX_WORD } from '../dehyphenate/rules/closed-up.js';
import { inlineRests, letterRuns } from './inline-rest.js';
import { firstSpace as firstSpaceIn, opensToken } from './chars.js';
import { isSpaceCode, lowerCase } from '../../text/ascii.js';

export const UNGLUE_RULE = 'restore-columns/unglue';

/** Rows after the glued one where the rest of the word may start (dev019: one or two; the other column may print two rows between). */
export const LOOKAHEAD = 3;
/** The glued start `p` and the cut-off rest `q` are at least this long (`ex`+`to`, `En`+`than`). */
export const MIN_PART = 2;
/**
 * The rest `r` of a broken word is at least this long and no closed-class word: a row that starts with
 * `at`, `in`, `is`, `the` starts a clause, and a name cut before it makes a word by accident (`Mo`+`at`
 * from `Moritz`, `Pala`+`is` from `Palawan`, `Bohl`+`in`: dev003, dev005, dev008 page.txt). The rests
 * of dev019 and d2_008 are `ing`, `day`, `dia`, `bon`, `nity`, `naire`, `puter`.
 */
export const MIN_REST = 3;
/**
 * A lowercase cut-off part that may start the other column's row is a word at least this long
 * (`ready`, `than`, `property`): short endings are suffixes of names (`Rand`+`ers`, dev007 page.txt).
 */
export const MIN_ROW_WORD = 4;
/** The confidence of an unglue: the word is whole again, but the row it went to is a guess among LOOKAHEAD. */
export const CONFIDENCE = 0.75;

/** A glued token is at most two words: twice the longest word dehyphenate/rules/closed-up.ts reads. */
export const GLUED_MAX_LETTERS = 2 * MAX_WORD;

export type GlueShape = 'split' | 'quote' | 'hyphen' | 'dangling';

/** Opening quotes and brackets that pdftotext's join leaves glued to a broken word's start (`achiev“streamline”`). */
const OPENERS = new Set(['\u201c', '\u2018', '"', '(', '[']);
const LETTER = /\p{L}/u;
const UPPER_THEN_LOWER = /^\p{Lu}\p{Ll}/u;
const LOWER_END = /\p{Ll}$/u;
const LOWER_START = /^\p{Ll}/u;

/** A row's leading rest (leadingRest), or null. */
type LeadingRest = { r: string; at: number } | null;

/**
 * leadingRest's answers by row text, for one document: findChain reads the start of each of the
 * LOOKAHEAD rows after every line, so each row's start was matched up to three times.
 */
export type RestMemo = Map<string, LeadingRest>;

/** The row's first run of letters when the row starts with it (after white space only), lowercase-initial. */
function leadingRest(text: string, memo?: RestMemo): LeadingRest {
  // A row starting with an ASCII character that is neither white space nor a lower-case letter (a
  // capital, a digit, a quote) has no such run: the pattern is not tried (most rows start so).
  const c = text.charCodeAt(0);
  if (c < 128 && !(c >= 97 && c <= 122) && !isSpaceCode(c)) return null;
  const seen = memo?.get(text);
  if (seen !== undefined) return seen;
  const rest = matchLeadingRest(text);
  memo?.set(text, rest);
  return rest;
}

function matchLeadingRest(text: string): LeadingRest {
  const m = /^\s*(\p{L}+)/u.exec(text);
  if (!m || !LOWER_START.test(m[1]!) || m[1]!.length < MIN_REST || CLOSED_CLASS.has(m[1]!)) return null;
  return { r: m[1]!, at: m[0].length - m[1]!.length };
}

/** Is `w` a word: the lexicon's, or the document's (at least `min` times: the token itself counts once). */
function known(w: string, v: Vocabulary, min: number): boolean {
  const lower = lowerCase(w);
  // The document's counts first: a small map, and most runs asked about are its common words, while
  // the lexicon's answers sit in a map of every form met so far (either answer does).
  return v.countLower(lower) >= min || isWord(lower);
}

/** A cut of a glued line: `p` = text[start, start + p.length) ends one row; the other column's row starts at `cutEnd`. */
export interface Cut {
  shape: GlueShape;
  start: number;
  /** End of what the cut removes (`p`, `p-`, `p- `): the next segment starts here. */
  cutEnd: number;
  p: string;
  /** The letters the next segment starts with when the cut is inside a token (`ing` of `nationing`), else ''. */
  q: string;
  /** The next segment may start a row of the other column (a word, a capital, a quote). */
  rowStart: boolean;
}

/** A glued line read as a chain of cuts; `row`/`r`: the later row where the last `p` goes on. */
export interface Chain {
  cuts: Cut[];
  row: number;
  r: string;
}

/** The possible cuts of a line (see the file comment). */
export function lineCuts(text: string, v: Vocabulary): Cut[] {
  const out: Cut[] = [];
  const runs = letterRuns(text);
  const firstSpace = firstSpaceIn(text);
  for (let k = 0; k < runs.length; k++) {
    const { r: run, at: start } = runs[k]!;
    const end = start + run.length;
    // The row's first token starts a line of its column: nothing was glued before it.
    if (firstSpace < 0 || firstSpace >= start) continue;
    // The run must stand at a token start (`wikiHow:Carbon` and `x/y` are not glued words).
    if (start > 0 && !opensToken(text[start - 1]!)) continue;
    if (run.length < MIN_PART) continue;
    const after = text[end];
    if (after === '-' && text[end + 1] === ' ') {
      out.push({ shape: 'dangling', start, cutEnd: end + 2, p: run, q: '', rowStart: true });
      continue;
    }
    const next = runs[k + 1];
    if (after === '-' && next && next.at === end + 1 && !LETTER.test(text[next.at + next.r.length] ?? '')) {
      if (v.count(lowerCase(`${run}-${next.r}`)) <= 1) out.push({ shape: 'hyphen', start, cutEnd: end + 1, p: run, q: '', rowStart: true });
    }
    const quote = after !== undefined && OPENERS.has(after);
    // Two words glued are at most twice the longest word closed-up.ts reads (a longer run of letters
    // is no glued pair, and trying each of its cuts would cost its length squared). A run too short
    // for two parts of MIN_PART letters has no split cut, and then no cut at all unless a quote
    // follows: the lexicon is not asked about it (a third of a page's runs).
    if (run.length > GLUED_MAX_LETTERS || (!quote && run.length < 2 * MIN_PART) || known(run, v, 2)) continue;
    if (quote) out.push({ shape: 'quote', start, cutEnd: end, p: run, q: '', rowStart: true });
    for (let at = MIN_PART; at <= run.length - MIN_PART; at++) {
      const p = run.slice(0, at);
      const q = run.slice(at);
      if (!LOWER_END.test(p)) continue;
      const rowStart = UPPER_THEN_LOWER.test(q) || (LOWER_START.test(q) && q.length >= MIN_ROW_WORD && isWord(lowerCase(q)));
      if (!rowStart && !LOWER_START.test(q)) continue;
      out.push({ shape: 'split', start, cutEnd: start + at, p, q, rowStart });
    }
  }
  return out;
}

/**
 * The reading of line `i` as glued rows: a chain of cuts c1 < c2 < … where each `p` goes on as the
 * next cut's `q` (the rows alternate between the columns, so a row's rest is the segment after next:
 * `achiev“streamline” … nationing … adalities`: achiev+ing, nation+alities), the first cut's next
 * segment starts a row, and the last `p` goes on at the start of one of the next LOOKAHEAD rows. The
 * longest chain wins; two different chains of that length leave the line alone.
 */
/**
 * A line's cuts by its text, read once per document: unglue and inline-rest ask for the same lines'
 * cuts, and a line's cuts depend on its text and the document's vocabulary alone.
 */
export type CutsOf = (text: string) => Cut[];

/** lineCuts kept per text for one document (its vocabulary `v`). */
export function cutsMemo(v: Vocabulary): CutsOf {
  const memo = new Map<string, Cut[]>();
  return (text) => {
    let cuts = memo.get(text);
    if (!cuts) memo.set(text, (cuts = lineCuts(text, v)));
    return cuts;
  };
}

export function findChain(lines: readonly Line[], i: number, v: Vocabulary, cutsOf: CutsOf = (t) => lineCuts(t, v), restMemo?: RestMemo): Chain | null {
  const rests: Array<{ row: number; r: string }> = [];
  for (let j = i + 1; j <= Math.min(lines.length - 1, i + LOOKAHEAD); j++) {
    const rest = leadingRest(lines[j]!.text, restMemo);
    if (rest) rests.push({ row: j, r: rest.r });
  }
  if (rests.length === 0) return null;
  const cuts = cutsOf(lines[i]!.text);
  if (cuts.length === 0) return null;
  // Longest chain ending at each cut (cuts are in text order).
  const best: Array<{ length: number; prev: number; tie: boolean }> = cuts.map((c) => ({ length: c.rowStart ? 1 : 0, prev: -1, tie: false }));
  for (let b = 0; b < cuts.length; b++) {
    const cb = cuts[b]!;
    if (!cb.q) continue;
    for (let a = 0; a < b; a++) {
      const ca = cuts[a]!;
      if (best[a]!.length === 0 || ca.cutEnd > cb.start || !known(ca.p + cb.q, v, 1)) continue;
      const length = best[a]!.length + 1;
      if (length > best[b]!.length) best[b] = { length, prev: a, tie: best[a]!.tie };
      else if (length === best[b]!.length && best[b]!.prev !== a) best[b]!.tie = true;
    }
  }
  let found: Chain | null = null;
  let foundLength = 0;
  let tie = false;
  for (let b = 0; b < cuts.length; b++) {
    const cb = cuts[b]!;
    if (best[b]!.length === 0) continue;
    // A cut that may be a word's own hyphen or a dangling half must go on with no word of its own (`naire`, `nity`).
    const pieceOnly = cb.shape === 'dangling' || cb.shape === 'hyphen';
    // A capitalised start goes on only into a word the document has elsewhere (`En`+`glish`,
    // `Wikime`+`dia`): capitalised tokens are mostly names, and names cut anywhere make words.
    const capital = /^\p{Lu}/u.test(cb.p);
    const hit = rests.find(({ r }) => (capital ? v.count(lowerCase(cb.p + r)) >= 1 : known(cb.p + r, v, 1)) && !(pieceOnly && isWord(lowerCase(r))));
    if (!hit) continue;
    const length = best[b]!.length;
    if (length < foundLength) continue;
    const chain: Cut[] = [];
    for (let k = b; k >= 0; k = best[k]!.prev) chain.unshift(cuts[k]!);
    if (length === foundLength) tie = true;
    else tie = best[b]!.tie;
    found = { cuts: chain, row: hit.row, r: hit.r };
    foundLength = length;
  }
  return tie ? null : found;
}

/** Unglue the broken words of every text line of the document (see the file comment); returns how many. */
export function unglueDocument(doc: GalleyDocument): number {
  if (!looksDehyphenated(doc)) return 0;
  let v: Vocabulary | undefined;
  let cutsOf: CutsOf | undefined;
  const restMemo: RestMemo = new Map();
  let done = 0;
  for (const page of doc.pages) {
    for (const block of page.blocks) {
      const lines = block.lines;
      for (let i = 0; i < lines.length; i++) {
        if (lines[i]!.box) continue;
        v ??= Vocabulary.fromDocument(doc);
        cutsOf ??= cutsMemo(v);
        const chain = findChain(lines, i, v, cutsOf, restMemo);
        if (!chain || lines[chain.row]!.box) continue;
        const rows = apply(lines[i]!, lines[chain.row]!, chain, page.number, doc.messages);
        // Each column's row a line of its own.
        if (rows[1] !== undefined) {
          lines.splice(i + 1, 0, { ...lines[i]!, text: rows[1] });
          i++;
        }
        done++;
      }
    }
  }
  // Then the glued starts whose rest stands inside a row (./inline-rest.ts).
  v ??= Vocabulary.fromDocument(doc);
  return done + inlineRests(doc, v, cutsOf ?? cutsMemo(v));
}

/**
 * The glued line's segments put back as two rows, each a column's: segments 0, 2, 4 … joined at their
 * broken words, and 1, 3, 5 …; the last cut's `p` leaves its segment for its rest's row. The row that
 * ends the line comes last (the extractor's line break after the glued line follows that row: `took
 * place just before the 50000 milestone was met]` stays before the next line, the other column's
 * `The United Kingdom Home Office` goes before it). The caller makes each row a line of its own. (Both
 * rows on one line moved dev019's paragraphs between articles: a row ending in a caption's credit,
 * `Xinhua photo`, ends a unit there.)
 */
export function unglueRows(text: string, chain: Chain): string[] {
  const segments: string[] = [];
  let from = 0;
  for (const c of chain.cuts) {
    segments.push(text.slice(from, c.start) + c.p);
    from = c.cutEnd;
  }
  segments.push(text.slice(from));
  const last = chain.cuts.length - 1;
  // The last cut's `p` leaves its segment.
  segments[last] = segments[last]!.slice(0, segments[last]!.length - chain.cuts[last]!.p.length);
  const rows = ['', ''];
  segments.forEach((s, k) => {
    rows[k % 2] += s;
  });
  // The row that holds the line's last segment stays last, before the extractor's line break.
  if (chain.cuts.length % 2 === 0) rows.reverse();
  return rows.map((r) => r.replace(/\s+/gu, ' ').trim()).filter(Boolean);
}

function apply(glued: Line, restLine: Line, chain: Chain, page: number, messages: Message[]): string[] {
  const before = `${glued.text} ⏎ ${restLine.text}`;
  const rows = unglueRows(glued.text, chain);
  glued.text = rows[0] ?? '';
  const rest = leadingRest(restLine.text)!;
  const p = chain.cuts[chain.cuts.length - 1]!.p;
  restLine.text = restLine.text.slice(0, rest.at) + p + restLine.text.slice(rest.at);
  const words = chain.cuts.map((c, k) => `${c.p}${k + 1 < chain.cuts.length ? chain.cuts[k + 1]!.q : chain.r}`);
  messages.push({
    rule: UNGLUE_RULE,
    severity: 'info',
    text: `broken words the extractor glued to the other column's rows made whole again (${words.join(', ')})`,
    source: { ...glued.source, page },
    before,
    after: `${rows.join(' ⏎ ')} ⏎ ${restLine.text}`,
    confidence: CONFIDENCE,
  });
  return rows;
}
