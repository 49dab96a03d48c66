/**
 * A capital letter the extractor set apart from the rest of its word.
 *
 * Type is kerned tight after some capitals (`Y`+`o`, `T`+`o`, `V`+`a`, `W`+`e`: the lower-case
 * letter is pulled in under the capital's arm), and a text extractor that infers word spaces from
 * the gaps between glyphs can read the capital as a word of its own, or even end the line after it:
 *
 *     the films New Y          pilot titled Y        Observer N ation
 *     ork Minute and …         oung                  (d2_010 page.raw.txt)
 *     (d2_003 page.raw.txt)    MacGyver which …
 *
 * Evidence, which holds in any English text whatever the extractor: the capital stands alone (white
 * space, an opening quote or bracket, or the line's start before it), the lower-case run after it is
 * no word of the language, and the two together are a word of the language or of this document.
 * So `I heard` and `X ray` stay apart (`heard`, `ray` are words); `ork` + `Y` makes `York`.
 * Only lines without boxes: where a reader measured the glyphs, it set its word spaces itself.
 */
import type { GalleyDocument, Line } from '../../../model/types.js';
import { hasWords } from '../../../model/words.js';
import { isWord } from '../../../lexicon/index.js';
import type { Vocabulary } from '../../../lexicon/vocabulary.js';
import { applyEdits, editMessage, sourceAt, type Edit } from '../../dashes/edits.js';
import { lowerCase } from '../../../text/ascii.js';

export const RULE = 'dehyphenate/kerned-capital';
/** How sure a join is: the rest is no word and the whole is one; a name both halves of which are unknown never gets here. */
export const KERNED_CAPITAL_CONFIDENCE = 0.9;
/** The rest of the word is at least this long (a single letter, `T o`, is a word or an initial as often as a rest). */
export const MIN_REST = 2;

/** A capital standing alone, then one space, then a lower-case run ending the word (inside a line). */
const INSIDE = /(?<=^|[\s“"‘'(\[])(\p{Lu}) (\p{Ll}{2,})(?=$|[\s.,;:!?’'”")\]])/gu;
/**
 * A quick test that a line may hold INSIDE: a capital, a space, two lower-case letters, in the Latin,
 * Greek and Cyrillic scripts (the cased scripts newspapers are set in; the ranges hold both cases, so
 * the test lets through every such line INSIDE could match). Without the Unicode flag it is many times
 * faster; most lines fail it.
 */
const MAY_HOLD_SPLIT = /[A-Z\u00c0-\u024f\u0370-\u04ff] [a-z\u00df-\u024f\u0370-\u04ff]{2}/;
/**
 * A capital standing alone, then one space, then a run of two or more capitals ending the word: text set
 * in small capitals, whose first letter is a full-size capital. An extractor that infers word spaces
 * from changes of type size reads one after the capital (pdftotext's default mode, dev001 page.txt:
 * `R EASON FOR DISCRIMINATION .`, `R ESPONDENT RACE .`, `T HE M ERIDIAN T IMES`). The same evidence
 * decides as for a kerned capital (splitWord, on the run in lower case): `R EASON` is joined, `T HE`
 * stays (`he` is a word), as does `A NEW` (`new`).
 */
const INSIDE_SMALL_CAPS = /(?<=^|[\s“"‘'(\[])(\p{Lu}) (\p{Lu}{2,})(?=$|[\s.,;:!?’'”")\]])/gu;
/** The quick test for INSIDE_SMALL_CAPS, as MAY_HOLD_SPLIT. */
const MAY_HOLD_SMALL_CAPS = /[A-Z\u00c0-\u024f\u0370-\u04ff] [A-Z\u00c0-\u024f\u0370-\u04ff]{2}/;
/**
 * Both quick tests in one, asked first: a capital, a space, two letters of either case (MAY_HOLD_SPLIT's
 * and MAY_HOLD_SMALL_CAPS's classes joined, so every line either matches matches this). A line failing
 * it, most lines, is read once instead of twice.
 */
const MAY_HOLD_EITHER = /[A-Z\u00c0-\u024f\u0370-\u04ff] [A-Za-z\u00c0-\u024f\u0370-\u04ff]{2}/;
/** A line ending on a capital standing alone. */
const ENDS_ON_CAPITAL = /(?:^|[\s“"‘'(\[])(\p{Lu})$/u;
/** A line opening with a lower-case run that ends the word (not a compound's first part: `ork-`). */
const OPENS_WITH_REST = /^\s*(\p{Ll}{2,})(?=$|[\s.,;:!?’'”")\]])/u;

/** Does the text end (before white space) on a letter that may be a capital? (ASCII A–Z, or beyond Latin-1's symbols.) */
function endsOnCapital(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  const c = text.charCodeAt(i);
  return (c >= 65 && c <= 90) || c >= 0xc0;
}

/** Does the text start (after white space) with a letter that may be lower case? */
function opensLower(text: string): boolean {
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const c = text.charCodeAt(i);
  return (c >= 97 && c <= 122) || c >= 0xaa;
}

/** Are `capital` and `rest` one word split apart: the rest is no word, the whole is one? */
export function splitWord(capital: string, rest: string, vocab: Vocabulary | (() => Vocabulary)): boolean {
  if (rest.length < MIN_REST || isWord(rest)) return false;
  const whole = capital + rest;
  return isWord(lowerCase(whole)) || (typeof vocab === 'function' ? vocab() : vocab).count(whole) > 0;
}

/** Join every kerned capital of the document's text lines to the rest of its word; each join is a message. */
export function joinKernedCapitals(doc: GalleyDocument, vocab: () => Vocabulary): void {
  for (const page of doc.pages) {
    for (const block of page.blocks) {
      const lines = block.lines;
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i]!;
        if (line.box || hasWords(line)) continue;
        insideLine(doc, line, vocab);
        const next = lines[i + 1];
        if (!next || next.box || hasWords(next) || line.join !== undefined) continue;
        const joined = acrossLines(doc, line, next, vocab);
        // A line left empty goes, its continuation kept by the line that took its text.
        if (joined === 'up') {
          if (next.join !== undefined) line.join = next.join;
          lines.splice(i + 1, 1);
        } else if (joined === 'down') {
          lines.splice(i, 1);
          i--;
        }
      }
    }
  }
}

function insideLine(doc: GalleyDocument, line: Line, vocab: () => Vocabulary): void {
  const text = line.text;
  // Most lines hold no capital followed by a space and a lower-case letter (or capitals): one cheap test first.
  if (!MAY_HOLD_EITHER.test(text)) return;
  const kerned = MAY_HOLD_SPLIT.test(text);
  const smallCaps = MAY_HOLD_SMALL_CAPS.test(text);
  if (!kerned && !smallCaps) return;
  const edits: Edit[] = [];
  const matches = [...(kerned ? text.matchAll(INSIDE) : []), ...(smallCaps ? text.matchAll(INSIDE_SMALL_CAPS) : [])];
  for (const m of matches) {
    const [, capital, rest] = m;
    if (splitWord(capital!, lowerCase(rest!), vocab)) edits.push(join(m));
  }
  if (!edits.length) return;
  // The two patterns' matches, each list in order, are merged into the text's order.
  if (kerned && smallCaps) edits.sort((a, b) => a.start - b.start);
  for (const e of edits) doc.messages.push(editMessage(line, e));
  applyEdits(line, edits);
}

/** The edit joining a match of INSIDE or INSIDE_SMALL_CAPS (capital, space, rest). */
function join(m: RegExpMatchArray): Edit {
  const [, capital, rest] = m;
  const at = m.index!;
  return {
    start: at,
    end: at + capital!.length + 1 + rest!.length,
    replacement: capital! + rest!,
    at,
    rule: RULE,
    severity: 'info',
    text: 'joined a capital set apart from the rest of its word (the rest is no word; together they are one)',
    before: `${capital} ${rest}`,
    after: capital! + rest!,
    confidence: KERNED_CAPITAL_CONFIDENCE,
  };
}

/**
 * `New Y` ⏎ `ork Minute`: the capital and its rest are put on one line. Where one of the two lines holds
 * nothing else, it goes into the other (`titled Y` ⏎ `oung`: up, and the line is emptied; `Y` ⏎
 * `ork Times`: down). Otherwise the capital moves down to its rest: a word is not broken without a
 * hyphen, so the word was printed whole on the next line and the extractor read its capital, set a
 * little apart, with the line above. Returns which way the text moved, or null.
 */
function acrossLines(doc: GalleyDocument, line: Line, next: Line, vocab: () => Vocabulary): 'up' | 'down' | 'moved' | null {
  // Most lines end on no capital, and most next lines start with no lower-case letter: asked first, by code.
  if (!endsOnCapital(line.text) || !opensLower(next.text)) return null;
  const text = line.text.trimEnd();
  const end = ENDS_ON_CAPITAL.exec(text);
  if (!end) return null;
  const start = OPENS_WITH_REST.exec(next.text);
  if (!start) return null;
  const capital = end[1]!;
  const rest = start[1]!;
  if (!splitWord(capital, rest, vocab)) return null;
  const at = text.length - capital.length;
  doc.messages.push({
    rule: RULE,
    severity: 'info',
    text: 'joined a capital set apart from the rest of its word at a line end (the rest is no word; together they are one)',
    source: sourceAt(line, at),
    before: `${capital}⏎${rest}`,
    after: capital + rest,
    confidence: KERNED_CAPITAL_CONFIDENCE,
  });
  const after = next.text.slice(start[0].length);
  if (after.trim() === '') {
    line.text = text + rest;
    next.text = '';
    return 'up';
  }
  next.text = capital + next.text.trimStart();
  line.text = text.slice(0, at).trimEnd();
  return line.text === '' ? 'down' : 'moved';
}
