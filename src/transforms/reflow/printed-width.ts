/**
 * How wide a line of text prints, estimated from its characters alone (text layers without boxes:
 * pdftotext -raw, pdfminer). Body type is proportional: `mission to England.` and `Ave, 1
 * 201-224-7900.` hold nearly as many characters, but an `i` or a `t` is a third of an `M` or a `W`,
 * and digits and capitals are wide. Counting characters misjudges how full a short line of a
 * narrow column is by a character or two, which is the whole difference between a full line and
 * a paragraph's last line there. Widths come from one common text face (Times Roman's published
 * advance widths, in thousandths of an em): the relative widths of letters are much alike across
 * the serif and sans text faces newspapers set (wide m/w and capitals, narrow i/l/t/f/r, spaces a
 * quarter em), which is all a comparison between lines of one column needs.
 */
import { breakPoints, firstPointEverywhere } from '../../lexicon/index.js';

/** Advance widths of the printable ASCII characters (32–126), Times Roman, thousandths of an em. */
const ASCII_WIDTHS = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, // space ! " # $ % & ' ( ) * + , - . /
  500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, // 0-9 : ; < = > ?
  921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, // @ A-O
  556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, // P-Z [ \ ] ^ _
  333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, // ` a-o
  500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541, // p-z { | } ~
];
/** Punctuation beyond ASCII that body text is full of. */
const OTHER_WIDTHS = new Map<string, number>([
  ['‘', 333],
  ['’', 333],
  ['“', 444],
  ['”', 444],
  ['—', 1000],
  ['–', 500],
  ['…', 1000],
  ['·', 250],
  ['•', 350],
]);
/** A character the tables do not hold (a letter of another script, a symbol): an average letter. */
export const DEFAULT_WIDTH = 500;
/** Width of the hyphen a typesetter adds when it breaks a word at a line end. */
export const HYPHEN_WIDTH = ASCII_WIDTHS[45 - 32]!;
/** Width of a word space at its natural size. */
export const SPACE_WIDTH = ASCII_WIDTHS[0]!;

function charWidth(ch: string): number {
  const c = ch.charCodeAt(0);
  if (c >= 32 && c <= 126) return ASCII_WIDTHS[c - 32]!;
  const w = OTHER_WIDTHS.get(ch);
  if (w !== undefined) return w;
  // An accented letter prints as wide as its base letter (`É` as `E`).
  const base = ch.normalize('NFD').charCodeAt(0);
  if (base >= 32 && base <= 126) return ASCII_WIDTHS[base - 32]!;
  return DEFAULT_WIDTH;
}

/**
 * charWidth of each character of the basic plane outside printable ASCII, by its code, once asked (0:
 * not asked yet; every width in the tables is above 0). Curly quotes and dashes are on most lines of a
 * page: each was a one-character string, a look-up by it and, for a letter, a normalisation.
 */
const BMP_WIDTHS = new Uint16Array(0x10000);

/** charWidth of the character with this code (a code unit of the basic plane that is not part of a surrogate pair). */
function bmpWidth(c: number): number {
  let w = BMP_WIDTHS[c]!;
  if (w === 0) {
    w = charWidth(String.fromCharCode(c));
    BMP_WIDTHS[c] = w;
  }
  return w;
}

/** The estimated printed width of a text, in thousandths of an em. */
export function printedWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Printable ASCII (nearly every character) straight from the table; others by charWidth, a
    // character beyond the BMP (a surrogate pair) as one.
    if (c >= 32 && c <= 126) w += ASCII_WIDTHS[c - 32]!;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) w += charWidth(text.slice(i, ++i + 1));
    else w += bmpWidth(c);
  }
  return w;
}

/**
 * The average printed width of a character over some lines (their characters' widths over their
 * count): what one character of the column's measure, counted in characters, is worth in print.
 * `texts`: trimmed line texts. DEFAULT_WIDTH when they hold no character.
 */
export function meanCharWidth(texts: Iterable<string>): number {
  let w = 0;
  let n = 0;
  for (const t of texts) {
    w += printedWidth(t);
    n += t.length;
  }
  return n > 0 ? w / n : DEFAULT_WIDTH;
}

/** Leading marks before a word's letters (`“They`, `(Koninklijke`). */
const LEAD = /^[^\p{L}\p{N}]*/u;
/** A typesetter keeps at least this many letters of a word before a line-end hyphen (TeX, Chromium and the hyphenation dictionaries all use 2 or more). */
export const MIN_LEFT_FRAGMENT = 2;

/**
 * The smallest piece of a word that a line breaker could have set at the end of the line before:
 * the word up to its first legal hyphenation point with the hyphen added, or up to its own hyphen
 * (`pro-` of `pro-Beijing`), or the whole word when it cannot be broken. Its leading marks (`“`)
 * come with it. `everywhere`: which points count. False: the first point US or British patterns
 * allow (the smallest piece any English typesetter could have set: evidence that nothing fitted).
 * True: the first point of each, the later of the two (the smallest piece every English typesetter
 * could have set, whichever dictionary it used: evidence that something would have fitted; `pro|vided`
 * is American only, `cor|al` British only; American `preva|lence` and British `pre|val|ence` give `preva-`).
 */
export function firstPiece(word: string, everywhere = false): string {
  const lead = LEAD.exec(word)![0].length;
  let best = word;
  const own = word.indexOf('-', lead + 1);
  if (own > lead && own < word.length - 1) best = word.slice(0, own + 1);
  const m = /^\p{L}+/u.exec(word.slice(lead));
  if (m && m[0].length >= 4) {
    let first = Infinity;
    if (everywhere) first = firstPointEverywhere(m[0], MIN_LEFT_FRAGMENT);
    else for (const p of breakPoints(m[0])) if (p >= MIN_LEFT_FRAGMENT && p < first) first = p;
    if (first < m[0].length && lead + first + 1 < best.length) best = `${word.slice(0, lead + first)}-`;
  }
  return best;
}

