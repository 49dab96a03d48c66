/**
 * "Text in = text out": every word of the input must reach the output
 * (articles and furniture of the JSON output), and every output word must come
 * from the input, unless a message on the document records the change.
 *
 * Allowed without a message, because they keep every letter in order:
 * - joins: an output word made of 2–MAX_PARTS input words (`docu-`+`mentary` →
 *   `documentary`, a drop cap `A s` → `As`);
 * - splits: an input word made of 2–MAX_PARTS output words (`selfreported` → `self-reported`).
 * Allowed by the output schema: the `By` label of a byline (the field holds the name only).
 * Allowed by a message with `before`/`after`: the words of `before` not in
 * `after` may be missing, the words of `after` not in `before` may be added.
 * Hyphens, dashes, spaces, quotes and punctuation are not words here (see words.ts).
 */
import type { GalleyDocument, Line } from '../model/types.js';
import type { Message } from '../model/messages.js';
import { decodeText } from '../readers/text/decode.js';
import { toOutput } from '../writers/json/index.js';
import type { Output } from '../writers/json/schema.js';
import { joinLines } from '../text/join.js';
import { auditWords, WordBag } from './words.js';

/**
 * Most pieces a word may be joined from or split into. Two covers a line-end
 * hyphen or a drop cap; a word broken over three narrow lines, or a drop cap
 * plus a line-end break, needs three; four leaves a margin.
 */
export const MAX_PARTS = 4;

/** How many of each label word the output schema removes per field: the `By` of a byline. */
const BYLINE_LABEL = 'by';

export interface WordCount {
  word: string;
  count: number;
}

export interface Account {
  /** Nothing lost and nothing added that the rules above do not explain. */
  ok: boolean;
  inputWords: number;
  outputWords: number;
  /** Input words that are not in the output, unexplained. */
  lost: WordCount[];
  /** Output words that are not in the input, unexplained. */
  added: WordCount[];
  /** Differences explained, by kind (word counts). */
  explained: { joined: number; split: number; messages: number; labels: number };
}

/** The text units of the output that count: article fields, blocks, captions and credits, furniture. */
export function outputUnits(output: Pick<Output, 'articles' | 'furniture'>): string[] {
  const units: string[] = [];
  for (const a of output.articles) {
    for (const v of [a.headline, a.deck, a.byline, a.dateline, a.credit]) if (v) units.push(v);
    for (const b of a.blocks) units.push(b.text);
    for (const c of a.captions) {
      units.push(c.text);
      if (c.credit) units.push(c.credit);
    }
  }
  for (const f of output.furniture) units.push(f.text);
  return units;
}

/** The text a document was read from: its lines as read, in order (used when the input bytes are not text). */
export function readText(doc: GalleyDocument): string {
  const lines: Line[] = doc.pages.flatMap((p) => p.blocks.flatMap((b) => b.lines));
  return lines.map((l) => l.original).join('\n');
}

/** The input as text: decoded as the text reader decodes it; for other formats, the lines as read. */
function inputText(doc: GalleyDocument, input: string | Uint8Array | undefined): string {
  if (typeof input === 'string') return input;
  if (input !== undefined && doc.format === 'text') return decodeText(input, doc.name).text;
  return readText(doc);
}

/**
 * Account for the text of `doc`'s output against its input (the decoded text,
 * the raw bytes, or — when absent — the lines as the reader read them).
 */
export function accountFor(doc: GalleyDocument | Output, input?: string | Uint8Array): Account {
  const output = 'galley' in doc ? doc : toOutput(doc);
  const text = 'galley' in doc ? (typeof input === 'string' ? input : new TextDecoder().decode(input ?? new Uint8Array())) : inputText(doc, input);
  const bylines = output.articles.filter((a) => a.byline).length;
  return compareText(text, outputUnits(output), output.messages, bylines);
}

/** The text of the page model (every block's lines joined), for auditing the steps before articles exist. */
export function pageModelUnits(doc: GalleyDocument): string[] {
  return doc.pages.flatMap((p) => p.blocks.map((b) => joinLines(b.lines)));
}

/** Core of the audit: input text against output text units, with the messages that may explain differences. */
export function compareText(input: string, units: readonly string[], messages: readonly Message[], bylines = 0): Account {
  const inputWords = auditWords(input);
  const outputWords = units.flatMap((u) => auditWords(u));
  const inBag = new WordBag(inputWords);
  const outBag = new WordBag(outputWords);
  const missing = inBag.minus(outBag);
  const extra = outBag.minus(inBag);
  const explained = { joined: 0, split: 0, messages: 0, labels: 0 };
  explained.joined = recompose(extra, missing);
  explained.split = recompose(missing, extra);
  for (const m of messages) {
    if (m.before === undefined || m.after === undefined) continue;
    const before = new WordBag(auditWords(m.before));
    const after = new WordBag(auditWords(m.after));
    for (const [w, n] of before.minus(after).entries()) explained.messages += missing.take(w, n);
    for (const [w, n] of after.minus(before).entries()) explained.messages += extra.take(w, n);
  }
  explained.labels = missing.take(BYLINE_LABEL, bylines);
  const list = (bag: WordBag): WordCount[] =>
    bag
      .entries()
      .map(([word, count]) => ({ word, count }))
      .sort((a, b) => b.count - a.count || a.word.localeCompare(b.word));
  const lost = list(missing);
  const added = list(extra);
  return { ok: lost.length === 0 && added.length === 0, inputWords: inputWords.length, outputWords: outputWords.length, lost, added, explained };
}

/**
 * Explain each word of `wholes` as 2–MAX_PARTS words of `parts` glued together
 * (taking them from `parts`); returns how many words of `wholes` were explained.
 */
function recompose(wholes: WordBag, parts: WordBag): number {
  let explained = 0;
  // longest first: a long word is the least likely to be made up by accident
  const entries = wholes.entries().sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
  for (const [word, count] of entries) {
    for (let k = 0; k < count; k++) {
      const pieces = decompose(word, parts, MAX_PARTS);
      if (!pieces) break;
      for (const p of pieces) parts.take(p);
      wholes.take(word);
      explained++;
    }
  }
  return explained;
}

/** Split `word` into 2..maxParts pieces, each available in `parts` (with multiplicity); null if impossible. */
function decompose(word: string, parts: WordBag, maxParts: number): string[] | null {
  const used = new Map<string, number>();
  const available = (p: string): boolean => parts.get(p) > (used.get(p) ?? 0);
  const search = (rest: string, depth: number): string[] | null => {
    // the last piece
    if (depth >= 1 && available(rest)) return [rest];
    if (depth + 1 >= maxParts) return null;
    for (let k = rest.length - 1; k >= 1; k--) {
      const head = rest.slice(0, k);
      if (!available(head)) continue;
      used.set(head, (used.get(head) ?? 0) + 1);
      const tail = search(rest.slice(k), depth + 1);
      used.set(head, used.get(head)! - 1);
      if (tail) return [head, ...tail];
    }
    return null;
  };
  return search(word, 0);
}

/** One line for users: what was lost and added (the first few words of each). */
export function describeAccount(account: Account, shown = 12): string {
  const fmt = (list: WordCount[]): string =>
    list
      .slice(0, shown)
      .map((w) => (w.count > 1 ? `${w.word} (×${w.count})` : w.word))
      .join(', ') + (list.length > shown ? ', …' : '');
  const count = (list: WordCount[]): number => list.reduce((s, w) => s + w.count, 0);
  const parts: string[] = [];
  if (account.lost.length) parts.push(`${count(account.lost)} input word(s) missing from the output: ${fmt(account.lost)}`);
  if (account.added.length) parts.push(`${count(account.added)} output word(s) not in the input: ${fmt(account.added)}`);
  return parts.length ? parts.join('; ') : 'all text accounted for';
}
