/**
 * The rest of a drop cap's word set in small capitals. Newspapers set the first word or words after a
 * drop cap in small capitals, which a text layer gives as capitals: `I` … `SLANDS in the archipelago`,
 * `O` … `N Friday,`, `W` … `IKINEWS :` (dev012, dev014, dev011/dev017/dev020 page.txt). Joined to its
 * letter, the rest is written in the case of the running text the small capitals stand for: `Islands`,
 * `On`, `Wikinews` (the drop cap keeps its capital).
 */
import type { Line, Page } from '../../model/types.js';
import type { Message } from '../../model/messages.js';
import { mergeLines } from '../restore-pieces/join.js';
import type { GalleyDocument } from '../../model/types.js';
import { isWord } from '../../lexicon/index.js';
import { contextFor } from '../dehyphenate/index.js';

/** Is a (lower-case) word a word of the language or of the document: what a drop cap and its rest must make. */
export function knownWord(doc: GalleyDocument): (word: string) => boolean {
  const vocabulary = contextFor(doc).vocabulary;
  return (w) => isWord(w) || vocabulary.count(w) > 0;
}

/** A line's first word in capitals only (`SLANDS`, `N`, `IKINEWS`): not a capitalised word (`Friday`). */
export const FIRST_CAPS_WORD = /^(\p{Lu}+)(?!\p{Ll})/u;

/**
 * A space the extractor left between the small capitals and the punctuation after them, where the type
 * changes back (`IKINEWS :`): English sets no space before a colon, semicolon, comma or full stop.
 */
const SPACE_BEFORE_MARK = /^\s+(?=[:;,.](?:\s|$))/u;

/**
 * Write the small capitals a line starts with in lower case (the rest of a drop cap's word), and close
 * the space the change of type left before a punctuation mark after them; true when it did.
 */
export function smallCapsRest(line: Line): boolean {
  const lead = line.text.length - line.text.trimStart().length;
  const caps = FIRST_CAPS_WORD.exec(line.text.slice(lead))?.[1];
  if (!caps) return false;
  const after = line.text.slice(lead + caps.length).replace(SPACE_BEFORE_MARK, '');
  line.text = line.text.slice(0, lead) + caps.toLowerCase() + after;
  return true;
}

/** A drop cap's small-capital lead set apart holds at most this many words (`IKINEWS :`, `N FRIDAY`): a first line's opening. */
export const SMALL_CAPS_LEAD_WORDS = 3;
/** A drop cap as a text layer gives it: one capital letter alone (a line or a block of its own). */
export const LONE_CAPITAL = /^\p{Lu}$/u;
const CAPS_LEAD = /^\p{Lu}{2,}/u;
const UPPER_START = /^\P{L}*\p{Lu}/u;
const LOWER_START = /^\P{L}*\p{Ll}/u;

/**
 * A paragraph's first line cut where its small capitals end. Beside a drop cap, pdftotext's default mode
 * may print the letter, the small capitals after it and the rest of the line as three blocks (dev017
 * page.txt: `W` ⏎⏎ `IKINEWS :` ⏎⏎ `What is Heaven` ⏎ `Sent Gaming?`, one printed line `WIKINEWS: What
 * is Heaven`). The small capitals' line goes back to the start of the next block's first line when:
 * the block before is the lone capital, and the two make a word (`known`); the small capitals are a
 * block of one line of at most SMALL_CAPS_LEAD_WORDS words; and the next block reads on from them: after
 * a label (a colon: `Wikinews:`) the words said start with a capital, after an opening in small capitals
 * the sentence goes on in lower case (`N FRIDAY` ⏎⏎ `fishermen rescued…`). A label before a lower-case
 * line (dev011 page.txt: `IKINEWS :` ⏎⏎ `much, much smoother…`, another column's line) stays apart.
 * Returns the lines made whole (each recorded as `reflow/small-caps-lead`).
 */
export function rejoinSmallCapsLead(page: Page, known: (word: string) => boolean, messages: Message[]): number {
  const blocks = page.blocks;
  let done = 0;
  for (let i = 0; i + 2 < blocks.length; i++) {
    const [cap, lead, next] = [blocks[i]!, blocks[i + 1]!, blocks[i + 2]!];
    if (cap.lines.length !== 1 || lead.lines.length !== 1 || next.lines.length === 0) continue;
    if ([cap, lead, next].some((b) => b.kind !== 'text' || b.lines.some((l) => l.box))) continue;
    const letter = cap.lines[0]!.text.trim();
    const text = lead.lines[0]!.text.trim();
    const caps = FIRST_CAPS_WORD.exec(text)?.[1];
    if (!LONE_CAPITAL.test(letter) || !caps || !CAPS_LEAD.test(caps) || !known((letter + caps).toLowerCase())) continue;
    if (text.split(/\s+/u).length > SMALL_CAPS_LEAD_WORDS) continue;
    const first = next.lines[0]!;
    const label = /:$/u.test(text);
    if (!(label ? UPPER_START : LOWER_START).test(first.text)) continue;
    const merged = mergeLines(lead.lines[0]!, first, `${text} ${first.text.trim()}`);
    blocks.splice(i + 1, 2, { ...next, lines: [merged, ...next.lines.slice(1)], source: { ...next.source, span: merged.source.span && next.source.span ? { start: merged.source.span.start, end: next.source.span.end } : next.source.span } });
    messages.push({
      rule: SMALL_CAPS_LEAD_RULE,
      severity: 'info',
      text: "a drop cap's first line, cut where its small capitals end, made whole",
      source: { ...lead.lines[0]!.source, page: page.number },
      before: `${text} ⏎⏎ ${first.text.trim()}`,
      after: merged.text,
      confidence: SMALL_CAPS_LEAD_CONFIDENCE,
    });
    done++;
  }
  return done;
}

export const SMALL_CAPS_LEAD_RULE = 'reflow/small-caps-lead';
/** The letter, its small capitals and the line's rest make one word and one sentence; the cut was the extractor's. */
export const SMALL_CAPS_LEAD_CONFIDENCE = 0.8;
