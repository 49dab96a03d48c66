/**
 * Pull quotes: a sentence of the story printed again in large type inside
 * the columns. Evidence: a short unit whose wording occurs again, in the same
 * order, inside a longer unit of running text on the page (the sentence stays
 * once, in its paragraph; the repeat is furniture). The test: most of its
 * four-word runs (punctuation left out) occur in one longer unit, so a few
 * words an extractor shuffled do not hide the repeat.
 */
import { verdict, type PageContext } from './types.js';
import { rightUnder } from '../units.js';

/** A pull quote is a sentence or two. */
export const MAX_PULLQUOTE_WORDS = 45;
/** And at least a phrase (shorter repeats happen by chance: names, set phrases). */
export const MIN_PULLQUOTE_WORDS = 6;
/** Share of its four-word runs that must occur in one longer unit. */
export const PULLQUOTE_OVERLAP = 0.8;
/** Words per run. */
const RUN = 4;
/**
 * A run found in more units than this is a set phrase or boilerplate repeated down the page
 * (`for more information call`, a form's repeated line), not the one sentence a pull quote was
 * lifted from: it counts as a miss. A pull quote's sentence stands once in its paragraph; over the
 * 150 pages × inputs of the dev corpora and the example page, no four-word run of a candidate is in
 * more than 3 units (399 runs are in 2 or 3), so 16 leaves a wide margin. The cap also keeps a page
 * of one phrase repeated thousands of times from costing the square of its lines (a 99,000-line
 * page of one repeated line took over 20 minutes).
 */
export const MAX_RUN_OWNERS = 16;


/** Mark pull quotes among the units no rule has claimed yet (or taken for subheads). */
export function pullQuoteVerdicts(ctx: PageContext): void {
  const { units, verdicts } = ctx;
  const candidates = units.filter((u) => {
    const kind = verdicts[u.index]?.kind;
    return u.words >= MIN_PULLQUOTE_WORDS && u.words <= MAX_PULLQUOTE_WORDS && (kind === undefined || kind === 'subhead');
  });
  if (!candidates.length) return;
  // The runs the candidates are made of, then where each occurs in the running text a quote may come
  // from (units no rule claimed): one pass over that text, so a long page costs its length, not its
  // length times the number of candidates. A run's last word may be the start of a longer word there
  // (`via Edge-` at a line end repeats `via Edgewater`), so runs are looked up by their first words.
  const runsOf = new Map<number, string[][]>();
  // Each unit's text lower-cased, made once: a candidate's words, the body scan and the pieced quotes all read it.
  const lowered = new Array<string | undefined>(units.length);
  const lowerOf = (i: number): string => (lowered[i] ??= units[i]!.text.toLowerCase());
  /** The first words of every run, by their hash (headHash): the body scan looks a run up with no key made. */
  const wanted = new Map<number, string[]>();
  for (const u of candidates) {
    const w = lowerWords(lowerOf(u.index));
    const runs: string[][] = [];
    for (let i = 0; i + RUN <= w.length; i += RUN) runs.push(w.slice(i, i + RUN));
    runsOf.set(u.index, runs);
    for (const r of runs) {
      const head = headOf(r, 0);
      const hash = headHash(head);
      const same = wanted.get(hash);
      if (!same) wanted.set(hash, [head]);
      else if (!same.includes(head)) same.push(head);
    }
  }
  /** First words of a run → the last word that follows them in each body unit, and that unit. */
  const where = new Map<string, Array<{ last: string; owner: number }>>();
  // A position can start a wanted run only if its first three words are in those places of one.
  // A page has thousands of body words and few candidate words: each word is first looked up by
  // its shape (length, first and last letter) in a small table of the places candidate words of
  // that shape take (bits 1, 2, 4), with no string made; a run's key is built only where all
  // three fit, and the key's exact lookup decides (a shape shared by another word only costs that
  // lookup).
  const places = PLACES.fill(0);
  for (const runs of runsOf.values()) {
    for (const r of runs) {
      for (let k = 0; k < RUN - 1; k++) {
        const at = shapeOf(r[k]!, 0, r[k]!.length);
        places[at] = places[at]! | (1 << k);
      }
    }
  }
  // The largest type of any candidate: text in smaller type may be what a quote in it repeats (runsOn).
  let largerCandidate = 0;
  for (const u of candidates) largerCandidate = Math.max(largerCandidate, u.fontSize ?? 0);
  // Each body's lower-cased text, kept for the pieced quotes' bodies (piecedPullQuotes), the same units less those found here.
  const lowers = new Map<number, string>();
  for (const h of units) {
    if (verdicts[h.index] !== undefined || h.words <= MIN_PULLQUOTE_WORDS) continue;
    const on = largerCandidate ? runsOn(units, verdicts, h.index, largerCandidate) : undefined;
    // Runs reaching into the text h runs on into are kept apart (owner −1 − h): they count only for
    // a quote in larger type than h (runsOn).
    const own = on ? wordSpans(lowerOf(h.index)) : Infinity;
    const lower = on ? `${h.text} ${on.text}`.toLowerCase() : lowerOf(h.index);
    if (!on) lowers.set(h.index, lower);
    const n = wordSpans(lower);
    for (let i = 0; i + RUN <= n; i++) {
      if (!(places[shapeOf(lower, STARTS[i]!, ENDS[i]!)]! & 1)) continue;
      if (!(places[shapeOf(lower, STARTS[i + 1]!, ENDS[i + 1]!)]! & 2)) continue;
      if (!(places[shapeOf(lower, STARTS[i + 2]!, ENDS[i + 2]!)]! & 4)) continue;
      // The wanted head these three words spell, if any: found by its hash and compared character by
      // character (the same answer as building the key `w1 w2 w3` and looking it up, without the key).
      const head = wantedHead(wanted.get(spansHash(lower, i)), lower, i);
      if (head === undefined) continue;
      const seen = where.get(head);
      const entry = { last: lower.slice(STARTS[i + 3]!, ENDS[i + 3]!), owner: i + RUN > own ? -1 - h.index : h.index };
      if (seen) seen.push(entry);
      else where.set(head, [entry]);
    }
  }
  /** The body units a run occurs in, each once (computed once per distinct run: candidates share runs). */
  const owners = new Map<string, Set<number>>();
  const ownersOf = (run: string[]): Set<number> => {
    const head = headOf(run, 0);
    const last = run[RUN - 1]!;
    const key = `${head} ${last}`;
    let out = owners.get(key);
    if (out) return out;
    out = new Set<number>();
    for (const e of where.get(head) ?? []) if (e.last.startsWith(last)) out.add(e.owner);
    owners.set(key, out);
    return out;
  };
  for (const u of candidates) {
    const runs = runsOf.get(u.index)!;
    const total = runs.length;
    // One run is thin evidence: then the unit must at least read as a sentence.
    if (total < 2 && !u.endsSentence) continue;
    // Runs that may miss before the share can no longer be reached.
    const mayMiss = total - Math.ceil(total * PULLQUOTE_OVERLAP);
    let missed = 0;
    const found = new Map<number, number>();
    for (const run of runs) {
      if (missed > mayMiss) break;
      let hit = false;
      const runOwners = ownersOf(run);
      if (runOwners.size > MAX_RUN_OWNERS) {
        missed++;
        continue;
      }
      for (const o of runOwners) {
        const h = o < 0 ? -1 - o : o;
        // A unit in larger type than u is not the text u repeats: it is the quote, u the text (d2_006 PDF:
        // a paragraph's first lines, 19 words in 10 pt, and the 26-word quote of them in 20 pt).
        if (h === u.index || largerType(units[h]!, u)) continue;
        const on = runsOn(units, verdicts, h, u.fontSize ?? 0);
        // A run found in the text h runs on into counts for a quote in larger type only, and not for
        // that text itself (it is h's continuation, not a repeat).
        if (o < 0 && (!on || on === u)) continue;
        const hw = units[h]!.words + (on && on !== u ? on.words : 0);
        if (hw < u.words || (hw === u.words && !setNarrower(u, units[h]!))) continue;
        found.set(h, (found.get(h) ?? 0) + 1);
        hit = true;
      }
      if (!hit) missed++;
    }
    let best = 0;
    let owner = -1;
    for (const [h, n] of found) if (n > best) [best, owner] = [n, h];
    if (total && best / total >= PULLQUOTE_OVERLAP) {
      const twin = units[owner]!;
      const twinKind = verdicts[twin.index]?.kind;
      if (quotedTwin(u, twin) && (twinKind === undefined || twinKind === 'pullquote')) {
        verdicts[twin.index] ??= verdict('pullquote', 'classify/pullquote', 0.75, `a whole quotation printed again as a piece of running text (${u.words} words, stopping mid-sentence): the quoted one is the repeat`, 'other');
        continue;
      }
      verdicts[u.index] = verdict('pullquote', 'classify/pullquote', 0.8, `repeats ${Math.round((100 * best) / total)}% of a longer unit's wording`, 'other');
    }
  }
  piecedPullQuotes(ctx, lowers, lowerOf);
}

/**
 * A pull quote is set in larger type than the text it repeats (corpus README: "a sentence of the story
 * repeated in large type"): by this ratio of font sizes, when both units have one (PDF, ALTO, hOCR).
 * Body and quote sizes in the dev2 PDFs: 9.5–10 pt against 15–20 pt; 1.3 keeps clear of a caption or a
 * deck a size or so above the body.
 */
export const PULLQUOTE_SIZE_RATIO = 1.3;

/** Is unit a set in larger type than unit b (PULLQUOTE_SIZE_RATIO)? false without sizes. */
function largerType(a: { fontSize?: number }, b: { fontSize?: number }): boolean {
  return a.fontSize !== undefined && b.fontSize !== undefined && a.fontSize >= PULLQUOTE_SIZE_RATIO * b.fontSize;
}

/**
 * The unit a piece of running text goes on in, for a quote in type of size `quoteSize`: the next
 * unit, when the piece stops open (a comma, an open word, a hyphen), no rule has claimed the next, and
 * the quote is set in larger type than the piece (largerType). A column or text-box break cuts a
 * paragraph in two units before reflow joins them, and a pull quote lifted from across the break
 * repeats words of both (d2_001 PDF: `Within Fort Lee, the main attraction` at one column's foot,
 * `would be its collection of restaurants.` at the next one's head, the quote beside them in 15 pt). So
 * the repeat is looked for in the piece and the text it runs on into. The type size is asked because
 * without it a unit's repeat may be a caption quoting the story (dev020 ALTO: `“The future is only
 * peace. … call for.” Shimon Peres image: David Shankbone.` in body type), which is not furniture.
 */
function runsOn(units: PageContext['units'], verdicts: PageContext['verdicts'], i: number, quoteSize: number): PageContext['units'][number] | undefined {
  const u = units[i]!;
  const next = units[i + 1];
  if (!u.endsOpen || !next || verdicts[next.index] !== undefined) return undefined;
  return u.fontSize !== undefined && quoteSize >= PULLQUOTE_SIZE_RATIO * u.fontSize ? next : undefined;
}

/** A unit set off in double quotation marks from its first character to its last (`“Gordon was … Calvinist.”`). */
const WHOLE_QUOTATION = /^["“„«»”][^]*["”“»«]$/u;

/**
 * Of a short unit `u` and the longer unit `h` holding its wording, is `h` the pull quote and `u` running
 * text? So when `u` stops mid-sentence (a paragraph's piece an extractor cut off: `… was being per-` ⏎
 * `secuted in Scotland,` then scattered words), while `h` is short enough for a quote and is one whole
 * quotation, marks to marks. A pull quote is a finished sentence or two, printed in quotation marks on
 * many pages; a paragraph's piece that stops on a comma is not one (d2_001 pdfminer: the body's first
 * 20 words, cut before `which had become Calvinist.`, were taken as the quote and the quote, 25 words
 * in marks, was read as a paragraph). A paragraph that is one whole quotation stays text: its repeat
 * (`u`) is then a finished sentence, not a piece stopping open.
 */
export function quotedTwin(u: { endsOpen: boolean }, h: { words: number; text: string; endsSentence: boolean }): boolean {
  return u.endsOpen && h.words <= MAX_PULLQUOTE_WORDS && h.endsSentence && WHOLE_QUOTATION.test(h.text.trim());
}

/**
 * A piece of a pull quote cut apart by the line rules is short: at most this many lines… (a quote in
 * large type sets two or three words a line: d2_006 PDF's last piece is `syntactic and` ⏎
 * `morphological` ⏎ `phenomena.”`, 5 words on 3 lines; PIECE_MAX_WORDS bounds it all the same).
 */
export const PIECE_MAX_LINES = 3;
/** …and words. */
export const PIECE_MAX_WORDS = 12;

/**
 * A pull quote set in a narrow box is cut into pieces by the line rules (its short lines read as
 * headings: `Marina: 54º` ⏎ `55,7’ N 10º` ⏎ `30,0’ E; VHF;` ⏎ `10 berths at?`, or a quote's last line
 * after a line ending `and`: `… via Edgewater and` ⏎ `Weehawken docks.”`). Consecutive short units
 * (PIECE_MAX_LINES, PIECE_MAX_WORDS; unclaimed, or a pull quote already; the first may be a pull quote
 * of any size) whose words together,
 * MIN_PULLQUOTE_WORDS to MAX_PULLQUOTE_WORDS of them, occur word for word and in order in one longer
 * unclaimed unit are the quote's pieces: each is furniture like the quote. The evidence is the repeat
 * itself (six words or more printed twice in one order), which holds on any page; the longest run of
 * pieces from the left is taken.
 */
function piecedPullQuotes(ctx: PageContext, lowers: ReadonlyMap<number, string>, lowerOf: (i: number) => string): void {
  const { units, verdicts } = ctx;
  // Pieces of one box follow each other with no blank line between (words an extractor set apart by
  // blank lines are shreds of any text, body or quote: page.txt's word stacks), or, with boxes, each
  // right under the one before (units.ts rightUnder; d2_006 PDF: the quote's last two lines are boxes
  // of their own under its first piece); the first may open a box.
  const piece = (i: number, first = false): boolean => {
    const u = units[i]!;
    const k = verdicts[i]?.kind;
    return (k === undefined || k === 'pullquote') && (first || rightUnder(units[i - 1]!, u)) && u.lines.length <= PIECE_MAX_LINES && u.words <= PIECE_MAX_WORDS;
  };
  let bodies: Body[] | null = null;
  for (let i = 0; i + 1 < units.length; i++) {
    // A run starts on a piece or on a quote already found (whose last line was cut off as a piece).
    if (!(piece(i, true) || verdicts[i]?.kind === 'pullquote') || !piece(i + 1)) continue;
    bodies ??= units.filter((h) => verdicts[h.index] === undefined && h.words > MIN_PULLQUOTE_WORDS).map((h) => new Body(h.index, h.words, lowers.get(h.index) ?? lowerOf(h.index)));
    let end = i + 1;
    while (end + 1 < units.length && piece(end + 1)) end++;
    if (!anyLongerRepeated(i, end, bodies, lowerOf)) continue;
    // The longest run of pieces from i that the text repeats.
    for (let j = end; j > i; j--) {
      const run = units.slice(i, j + 1);
      const w = run.flatMap((u) => lowerWords(lowerOf(u.index)));
      if (w.length < MIN_PULLQUOTE_WORDS || w.length > MAX_PULLQUOTE_WORDS) continue;
      if (run.every((u) => verdicts[u.index]?.kind === 'pullquote')) break;
      const needle = ` ${w.join(' ')} `;
      const key = longestWord(w);
      const owner = bodies.find((h) => h.words > w.length && !run.some((u) => u.index === h.index) && h.holds(needle, key));
      if (!owner) continue;
      for (const u of run) {
        if (verdicts[u.index]?.kind === 'pullquote') continue;
        verdicts[u.index] = verdict('pullquote', 'classify/pullquote', 0.75, `a piece of a pull quote set over ${run.length} units: together they repeat a longer unit's wording`, 'other');
      }
      i = j;
      break;
    }
  }
}

/**
 * Can any run of pieces from `i` (up to `end`) be found in a body? The words of a shorter run are the
 * first words of every longer one, so when the shortest run long enough to count (MIN_PULLQUOTE_WORDS)
 * is in no body, no longer run is either: the search from the longest run down is skipped. A test
 * that only saves time: it answers yes whenever the search could find something.
 */
function anyLongerRepeated(i: number, end: number, bodies: readonly Body[], lowerOf: (i: number) => string): boolean {
  const w: string[] = [];
  for (let j = i; j <= end; j++) {
    for (const word of lowerWords(lowerOf(j))) w.push(word);
    if (w.length < MIN_PULLQUOTE_WORDS) continue;
    const needle = ` ${w.join(' ')} `;
    const key = longestWord(w);
    return bodies.some((h) => h.holds(needle, key));
  }
  return false;
}

/**
 * The longest of a needle's words (the first of them at equal length): the one fewest units hold, asked
 * before a unit's word text is built (Body.holds). The first word, asked before, is most often `the`,
 * `a` or `and`, which nearly every unit holds: every unit's word text was built for every run of pieces.
 */
function longestWord(w: readonly string[]): string {
  let best = w[0]!;
  for (const x of w) if (x.length > best.length) best = x;
  return best;
}

/**
 * A unit a pieced quote's words are looked for in: its words (`words`, spaces around each) built
 * only when asked, and asked only of a unit whose lower-cased text holds one of the needle's words
 * (each of its words is a piece of that text, so a unit without it cannot hold the needle).
 */
class Body {
  private spaced: string | undefined;
  constructor(
    readonly index: number,
    readonly words: number,
    /** The unit's text lower-cased. */
    private readonly lower: string,
  ) {}
  /** Does the unit's word text hold `needle` (` w1 w2 … `, one of whose words is `word`)? */
  holds(needle: string, word: string): boolean {
    if (!this.lower.includes(word)) return false;
    this.spaced ??= ` ${lowerWords(this.lower).join(' ')} `;
    return this.spaced.includes(needle);
  }
}

/**
 * A pull quote's lines hold at most this share of the characters of its paragraph's lines, when the
 * two print the same words: a quote is set in larger type or in a box narrower than the column (or
 * both), so its lines are shorter. 0.8 leaves room for the few characters a justified column's line
 * lengths stray by (d2_010 raw: the paragraph's lines hold 27 characters on average, the quote's 11).
 */
export const NARROWER_SHARE = 0.8;

/**
 * Of two units printing the same words (a whole short paragraph pulled out as a quote), is `u` the one
 * set narrower, by characters per line (NARROWER_SHARE)? That one is the repeat; the other is the text.
 */
function setNarrower(u: { text: string; lines: readonly unknown[] }, h: { text: string; lines: readonly unknown[] }): boolean {
  return u.text.length / u.lines.length <= NARROWER_SHARE * (h.text.length / h.lines.length);
}

/** The first RUN - 1 words of the run at `i`, as one key. */
function headOf(w: readonly string[], i: number): string {
  return `${w[i]!} ${w[i + 1]!} ${w[i + 2]!}`;
}

/** FNV-1a's 32-bit offset basis and prime: the hash of a run's first words (headHash, spansHash). */
const FNV_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** The word separator inside a head key (headOf: one space). */
const SPACE = 32;

/** The hash of a head key (`w1 w2 w3`), character by character. */
function headHash(head: string): number {
  let h = FNV_BASIS;
  for (let i = 0; i < head.length; i++) h = Math.imul(h ^ head.charCodeAt(i), FNV_PRIME);
  return h;
}

/** headHash of the key the words at spans i, i + 1 and i + 2 of `lower` make (STARTS, ENDS), without making it. */
function spansHash(lower: string, i: number): number {
  let h = FNV_BASIS;
  for (let w = i; w < i + RUN - 1; w++) {
    if (w > i) h = Math.imul(h ^ SPACE, FNV_PRIME);
    for (let k = STARTS[w]!; k < ENDS[w]!; k++) h = Math.imul(h ^ lower.charCodeAt(k), FNV_PRIME);
  }
  return h;
}

/** Of the wanted heads of one hash, the one the words at spans i, i + 1 and i + 2 of `lower` spell (undefined: none). */
function wantedHead(heads: readonly string[] | undefined, lower: string, i: number): string | undefined {
  if (!heads) return undefined;
  for (const head of heads) if (spellsHead(head, lower, i)) return head;
  return undefined;
}

/** Is `head` the key (`w1 w2 w3`) of the words at spans i, i + 1 and i + 2 of `lower`? */
function spellsHead(head: string, lower: string, i: number): boolean {
  let at = 0;
  for (let w = i; w < i + RUN - 1; w++) {
    if (w > i && head.charCodeAt(at++) !== SPACE) return false;
    for (let k = STARTS[w]!; k < ENDS[w]!; k++) if (head.charCodeAt(at++) !== lower.charCodeAt(k)) return false;
  }
  return at === head.length;
}

/** Bits of the shape table: 4 of length, 5 of first letter, 5 of last letter. */
const SHAPE_BITS = 14;
/** Places (bits 1, 2, 4) that candidate words of each shape take; reused, cleared per page. */
const PLACES = new Uint8Array(1 << SHAPE_BITS);

/** A word's shape (`text` from `start` to `end`): its length and its first and last character codes, folded to a table index. */
function shapeOf(text: string, start: number, end: number): number {
  return (((end - start) & 15) << 10) | ((text.charCodeAt(start) & 31) << 5) | (text.charCodeAt(end - 1) & 31);
}

/** Where each word of the last text `wordSpans` read starts and ends (grown as needed). */
let STARTS = new Int32Array(1024);
let ENDS = new Int32Array(1024);

/** The words of an already lower-cased text, as `words` cuts them, as spans into STARTS and ENDS; returns their number. */
function wordSpans(lower: string): number {
  let n = 0;
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const sep = i === lower.length || isPunctuation(lower.charCodeAt(i));
    if (sep) {
      if (start >= 0) {
        if (n === STARTS.length) {
          const s = new Int32Array(n * 2);
          s.set(STARTS);
          STARTS = s;
          const e = new Int32Array(n * 2);
          e.set(ENDS);
          ENDS = e;
        }
        STARTS[n] = start;
        ENDS[n] = i;
        n++;
      }
      start = -1;
    } else if (start < 0) start = i;
  }
  return n;
}

/**
 * The words of a unit's lower-cased text, without punctuation (quote marks around a pull quote, commas
 * an extractor moved): the runs between white space, punctuation and dashes (one scan, no strings
 * rebuilt).
 */
function lowerWords(lower: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const sep = i === lower.length || isPunctuation(lower.charCodeAt(i));
    if (sep) {
      if (start >= 0) out.push(lower.slice(start, i));
      start = -1;
    } else if (start < 0) start = i;
  }
  return out;
}

/** Punctuation and dashes between words: `.,;:!?"“”‘’'«»()[]{}…—–-`, and white space as `\s` knows it. */
const PUNCTUATION = new Set([...'.,;:!?"“”‘’\'«»()[]{}…—–-'].map((c) => c.charCodeAt(0)));
/** The same for ASCII codes, as a table (the scan asks once per character). */
const ASCII_PUNCTUATION = new Uint8Array(128).map((_, c) => (PUNCTUATION.has(c) || c === 32 || (c >= 9 && c <= 13) ? 1 : 0));

function isPunctuation(c: number): boolean {
  if (c < 128) return ASCII_PUNCTUATION[c] === 1;
  return PUNCTUATION.has(c) || isWideSpace(c);
}

/** White space beyond ASCII, as `\s` knows it (the Unicode space separators, line and paragraph separators, BOM). */
function isWideSpace(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
