/**
 * Cut one text line that holds printed lines of several columns side by side into its pieces.
 *
 * pdftotext's default mode builds a "line" from every word on one baseline that its layout analysis
 * put in one block; where two or three columns stand close, that is a line of each column, left to
 * right, with one space between (`in Copenhagen, who Jespersen was a professor of`). It also joins a
 * line that ends in a hyphen to the next one, dropping the hyphen, and so glues the last piece of one
 * such row to the first piece of the next (`of semantics, and its role in mo-` ⏎ `which highlighted`
 * gives `mowhich`). A text line is then a chain of rows, each row a chain of pieces:
 * - a piece ends at a word space (the next column's line follows) or inside a token (the row ended in a
 *   hyphen the extractor dropped: the token is no word, `mowhich`, `Copenlinguist`);
 * - a justified column's lines all print at the column's measure, so every piece but a paragraph's
 *   last line prints at about that width, and a piece that lost its hyphen is always a full line.
 * The cut is found by dynamic programming over the possible cut points, each piece weighed by how its
 * printed width (./../reflow/printed-width.ts) fits the measure.
 */
import { printedWidth, HYPHEN_WIDTH } from '../reflow/printed-width.js';
import { frequency, inWordList, isWord } from '../../lexicon/index.js';
import { endsSentence } from '../classify/features.js';
import { lowerCase } from '../../text/ascii.js';

/** One piece of a text line: a printed line of one column. */
export interface Piece {
  /** Start and end (exclusive) in the line's text. */
  start: number;
  end: number;
  /** The piece's text; a hyphen the extractor dropped at a row's end is put back. */
  text: string;
  /** The piece ended its row in a hyphen the extractor dropped (the cut is inside a token). */
  restoredHyphen: boolean;
  /** The piece opens a row (the line's first piece, or the first after a dropped hyphen). */
  rowStart: boolean;
  /** Printed width over the measure. */
  ratio: number;
}

/**
 * A full line of a justified column prints within this share of the measure. The letter widths are a
 * common text face's, not the page's own, and a justified line's word spaces stretch: on the corpus'
 * pdftotext pages a column's full lines estimate within ±7 % of their mode (dev005: 13–15 em at a mode
 * of 14). Any narrower piece is a paragraph's last line (or a heading, a caption line); a wider one is
 * more than one line.
 */
export const FULL_LOW = 0.86;
export const FULL_HIGH = 1.1;
/** The spread of a full line's estimate around the measure (the cost of a piece off it grows as its square). */
export const FULL_SPREAD = 0.06;
/**
 * A piece shorter than a full line: a paragraph's last line (it ends a sentence) or a heading (no
 * lower-case letter: `A CADEMIC LIFE AND WORK` beside the other column's line), or some other short line.
 */
export const SHORT_COST = 3;
export const SHORT_OPEN_COST = 5;
/** Every cut at a word space costs this much: a line is cut only where its width asks for it. */
export const SPACE_CUT_COST = 1;
/**
 * A cut after a word that ends in a hyphen (`syn- tivating`): pdftotext joins every line that ends in a
 * hyphen to the next, so a hyphen left before a space inside its line was a column line's end, not
 * the line's. A bonus, not a rule: `pre- and post-war` keeps its hyphen too.
 */
export const HYPHEN_CUT_BONUS = 2;
/**
 * A cut inside a token that is no word. Cheapest where the broken word's rest is found at the start of
 * a word further on in the line or in the next line (`mo|which`, and `tivating` follows: `motivating`),
 * then before a capital or a word (`illumi|In`, `par|and`), and weak anywhere else (`the|enced`: the
 * next row began with a broken word's rest, and the rest of a broken word printed in its own line's
 * piece, `tivating`, is no word either and no glue).
 */
export const GLUE_CUT_FOUND_COST = 0;
export const GLUE_CUT_COST = 3;
/**
 * A cut inside a token that reads as a word, where the broken word's rest is found further on and the
 * part after the cut is a word too (`re|in`, `re` + `moves`): the glued row end made a word by chance.
 */
export const GLUE_IN_WORD_COST = 1;
export const GLUE_CUT_WEAK_COST = 4;
/** A token that reads as a word this frequent (per the lexicon's counts) is never cut (`into`: 43,074; `rein`: 39). */
export const MAX_GLUED_WORD_COUNT = 1000;
/**
 * A word after a cut inside a token has at least this many letters (`ch`, `en` and `al` are in the word
 * lists, and are rests of broken words)…
 */
export const MIN_GLUE_WORD = 3;
/**
 * …or is a two-letter word this frequent (per the lexicon's counts): the function words `in`, `on`,
 * `to`, `of`, `it` (all above 80,000) start lines; `en`, `ed`, `er`, `al` (under 6,000) end broken words.
 */
export const MIN_SHORT_WORD_COUNT = 20_000;

/** Is the part after a cut inside a token a word of its own (not a broken word's rest)? */
function wordAfterCut(right: string): boolean {
  if (!inWordList(right)) return false;
  return right.length >= MIN_GLUE_WORD || (right.length === MIN_GLUE_PART && frequency(right) >= MIN_SHORT_WORD_COUNT);
}
/** Letters each side of a cut inside a token (a typesetter leaves at least two letters of a word on each line). */
export const MIN_GLUE_PART = 2;

interface Cut {
  /** Where the piece before the cut ends, and where the one after it starts. */
  end: number;
  next: number;
  kind: 'space' | 'glue';
  cost: number;
}

const TOKEN = /\S+/g;
const LETTER = /\p{L}/u;

/**
 * The letters before a line-end hyphen (`morpholog` of `… and morpholog-`), or undefined. Read back
 * from the end: a regular expression anchored at the end tries every start of a long line.
 */
export function brokenStem(text: string): string | undefined {
  const n = text.length;
  if (n < 2 || text.charCodeAt(n - 1) !== 0x2d) return undefined;
  let i = n - 1;
  while (i > 0 && LETTER.test(text[i - 1]!)) i--;
  return i < n - 1 ? text.slice(i, n - 1) : undefined;
}
/** A heading set in capitals: letters, none of them lower-case. */
const HEADING = /^(?=.*\p{L})[^\p{Ll}]+$/u;
/** An ASCII lower-case letter: a text holding one is no HEADING (the test the cut's search asks of every short piece first). */
const ASCII_LOWER = /[a-z]/;
const LETTERS = /^\p{L}+$/u;

/** Does the token (its letters, without the marks around them) read as a word? Tokens that are not all letters count as words. */
function core(token: string): { text: string; lead: number } | null {
  if (!isAscii(token)) return coreByPattern(token);
  // ASCII (nearly every token): the same trims and test by character code.
  let lead = 0;
  while (lead < token.length && !isAsciiLetter(token.charCodeAt(lead))) lead++;
  let end = token.length;
  while (end > lead && !isAsciiLetter(token.charCodeAt(end - 1))) end--;
  for (let i = lead; i < end; i++) if (!isAsciiLetter(token.charCodeAt(i))) return null;
  return end > lead ? { text: token.slice(lead, end), lead } : null;
}

/** `core` by its patterns, for a token holding a character beyond ASCII. */
function coreByPattern(token: string): { text: string; lead: number } | null {
  const lead = /^[^\p{L}]*/u.exec(token)![0].length;
  const trail = /[^\p{L}]*$/u.exec(token)![0].length;
  const text = token.slice(lead, token.length - trail);
  return LETTERS.test(text) ? { text, lead } : null;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isAsciiUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/**
 * The offset of the first capital of a word of ASCII letters after its first letter (its length when
 * none): `/\p{Lu}/u.test(word.slice(1, p))` is `p > firstInnerCapital(word)` there.
 */
function firstInnerCapital(word: string): number {
  for (let i = 1; i < word.length; i++) if (isAsciiUpper(word.charCodeAt(i))) return i;
  return word.length;
}

/** `/^\p{Lu}\p{Ll}*$/u.test(word)` for a word of ASCII letters: a capital, then lower case only. */
function asciiCapitalised(word: string): boolean {
  if (word.length === 0 || !isAsciiUpper(word.charCodeAt(0))) return false;
  for (let i = 1; i < word.length; i++) if (isAsciiUpper(word.charCodeAt(i))) return false;
  return true;
}

/**
 * The cuts a token glued from two pieces allows: inside a letter run that is no word, at least
 * MIN_GLUE_PART letters from either end, after a lower-case fragment. The cut before a capital
 * (`illumi|In`) or, failing one, before the longest word the token ends in (`mo|which`, not `mowh|ich`)
 * is cheap; any other is weak.
 */
function glueCuts(token: string, at: number, found: (left: string) => boolean, completes: (right: string) => boolean, out: Cut[]): void {
  const c = core(token);
  if (!c || c.text.length < 2 * MIN_GLUE_PART) return;
  // A word is cut only where it is rare: a common word (`into`) is far likelier printed as it is than
  // glued by chance from a row's end and the next row's start (`rein` of `re-` ⏎ `in 1877`).
  const whole = isWord(c.text);
  if (whole && frequency(c.text) >= MAX_GLUED_WORD_COUNT) return;
  // A word of ASCII letters (nearly all) is read by character code; any other by the patterns.
  const ascii = isAscii(c.text);
  const innerCapital = ascii ? firstInnerCapital(c.text) : -1;
  for (let p = MIN_GLUE_PART; p <= c.text.length - MIN_GLUE_PART; p++) {
    const left = c.text.slice(0, p);
    // A lower-case fragment (a capital only as its first letter) before the cut: the start of a broken word.
    if (ascii ? p > innerCapital : /\p{Lu}/u.test(left.slice(1))) continue;
    const right = c.text.slice(p);
    const word = (ascii ? asciiCapitalised(right) : /^\p{Lu}\p{Ll}*$/u.test(right)) || (right.length >= MIN_GLUE_WORD && inWordList(right));
    const i = at + c.lead + p;
    if (whole) {
      if (wordAfterCut(right) && found(left)) out.push({ end: i, next: i, kind: 'glue', cost: GLUE_IN_WORD_COST });
      continue;
    }
    // (Whether the rest is found is asked only where it changes the cost much: after a word.)
    // A part after the cut that is no word is cheap only when both parts complete a broken word: the
    // left one with a rest further on, the right one a half left dangling before it (`the|enced`:
    // `the`+`ory` and `experi- `+`enced`, dev005 page.txt). The right part is asked first: a line
    // holds few dangling halves, while `found` tries every rest of the line.
    const cost = word ? (found(left) ? GLUE_CUT_FOUND_COST : GLUE_CUT_COST) : completes(right) && found(left) ? GLUE_CUT_FOUND_COST : GLUE_CUT_WEAK_COST;
    out.push({ end: i, next: i, kind: 'glue', cost });
  }
}

/**
 * The lower-case words of a text (their letters): where a broken word's rest may be. With them the
 * words a glued token ends in (`moves` of `formoves`): a rest that began the next row.
 */
export function restsIn(text: string, out = new Set<string>()): Set<string> {
  for (const m of text.matchAll(/(?<![\p{L}-])\p{Ll}+/gu)) {
    const w = m[0];
    out.add(w);
    if (w.length < 2 * MIN_GLUE_PART || isWord(w)) continue;
    for (let p = MIN_GLUE_PART; p <= w.length - MIN_GLUE_WORD; p++) {
      const tail = w.slice(p);
      if (inWordList(tail)) {
        out.add(tail);
        break;
      }
    }
  }
  return out;
}

/** The cost of a piece of `ratio` times the measure; Infinity when it cannot be one printed line. */
function pieceCost(ratio: number, line: string, start: number, end: number, kind: Cut['kind'] | 'end'): number {
  if (ratio > FULL_HIGH) return Infinity;
  if (ratio >= FULL_LOW) return ((ratio - 1) / FULL_SPREAD) ** 2;
  // A line that ended in a hyphen was full.
  if (kind === 'glue') return Infinity;
  const text = line.slice(start, end);
  return endsSentence(text) || (!ASCII_LOWER.test(text) && HEADING.test(text)) ? SHORT_COST : SHORT_OPEN_COST;
}

export interface LineCut {
  pieces: Piece[];
  cost: number;
}

/**
 * The cheapest reading of `text` as printed lines of a column `measure` wide (in printed-width units).
 * One piece when the line fits the measure; null when no reading fits. `next`: the next line's text,
 * where a broken word glued at this line's end may go on.
 */
export function cutLine(text: string, measure: number, next = ''): LineCut | null {
  const rests = restsIn(next, restsIn(text));
  const memo = new Map<string, boolean>();
  const found = (left: string): boolean => {
    let f = memo.get(left);
    if (f === undefined) {
      f = false;
      for (const r of rests) {
        if (isWord(left + r)) {
          f = true;
          break;
        }
      }
      memo.set(left, f);
    }
    return f;
  };
  // Halves left dangling inside the line (`experi- ipants`): where a glued token's second part may belong.
  // (The pattern tries every offset of the line: only a line holding `- ` is read with it.)
  const stems = text.includes('- ') ? [...text.matchAll(/(\p{L}+)- /gu)].map((m) => m[1]!) : [];
  const completes = (right: string): boolean => stems.some((stem) => isWord(lowerCase(stem + right)));
  const tokens: Array<{ s: number; e: number }> = [];
  for (const m of text.matchAll(TOKEN)) tokens.push({ s: m.index!, e: m.index! + m[0].length });
  if (tokens.length === 0) return null;
  const cuts: Cut[] = [];
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j]!;
    glueCuts(text.slice(t.s, t.e), t.s, found, completes, cuts);
    const next = tokens[j + 1];
    if (!next) continue;
    const tok = text.slice(t.s, t.e);
    // (The end-anchored pattern tries every offset of the token: only one ending in `-` is read with it.)
    const hyphenEnd = tok.endsWith('-') && /\p{L}-$/u.test(tok);
    cuts.push({ end: t.e, next: next.s, kind: 'space', cost: SPACE_CUT_COST - (hyphenEnd ? HYPHEN_CUT_BONUS : 0) });
  }
  cuts.sort((a, b) => a.end - b.end);
  const first = tokens[0]!.s;
  const last = tokens[tokens.length - 1]!.e;
  // Nodes: the line's start, every cut, the line's end. best[i]: cheapest reading of the text up to node i.
  const nodes: Array<{ end: number; next: number; kind: Cut['kind'] | 'start' | 'end'; cost: number }> = [
    { end: first, next: first, kind: 'start', cost: 0 },
    ...cuts,
    { end: last, next: last, kind: 'end', cost: 0 },
  ];
  const best = new Array<number>(nodes.length).fill(Infinity);
  const from = new Array<number>(nodes.length).fill(-1);
  best[0] = 0;
  const maxWidth = FULL_HIGH * measure;
  // Printed width of the text before each offset: a piece's width is a difference of two.
  const before = new Float64Array(text.length + 1);
  for (let i = 0; i < text.length; i++) before[i + 1] = before[i]! + printedWidth(text[i]!);
  for (let a = 0; a < nodes.length - 1; a++) {
    if (best[a] === Infinity) continue;
    const start = nodes[a]!.next;
    for (let b = a + 1; b < nodes.length; b++) {
      const nb = nodes[b]!;
      if (nb.end <= start) continue;
      const kind = nb.kind === 'start' ? 'end' : nb.kind;
      const width = before[nb.end]! - before[start]! + (kind === 'glue' ? HYPHEN_WIDTH : 0);
      if (width > maxWidth) break;
      const c = best[a]! + pieceCost(width / measure, text, start, nb.end, kind) + nb.cost;
      if (c < best[b]!) {
        best[b] = c;
        from[b] = a;
      }
    }
  }
  const endNode = nodes.length - 1;
  if (best[endNode] === Infinity) return null;
  const chain: number[] = [];
  for (let b = endNode; b > 0; b = from[b]!) chain.push(b);
  chain.reverse();
  const pieces: Piece[] = [];
  let start = first;
  let rowStart = true;
  for (const b of chain) {
    const nb = nodes[b]!;
    const glue = nb.kind === 'glue';
    const raw = text.slice(start, nb.end);
    pieces.push({
      start,
      end: nb.end,
      text: glue ? `${raw}-` : raw,
      restoredHyphen: glue,
      rowStart,
      ratio: (printedWidth(raw) + (glue ? HYPHEN_WIDTH : 0)) / measure,
    });
    rowStart = glue;
    start = nb.next;
  }
  return { pieces, cost: best[endNode]! };
}
