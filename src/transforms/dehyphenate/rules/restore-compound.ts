/**
 * Restore, inside lines, the hyphens (and line-end dashes) that the extractor
 * removed when it joined line-end hyphens itself (pdftotext's default mode):
 * `selfreported` → `self-reported`, `14-yearold` → `14-year-old`,
 * `outsidea` → `outside — a`. Where to split is decided by ./closed-up.ts; this
 * file walks the lines, edits `line.text` and records each edit as
 * `dehyphenate/restore-compound` (or `dehyphenate/restore-dash`).
 */
import type { GalleyDocument, Line, Source } from '../../../model/types.js';
import { EM_DASH } from '../../../text/chars.js';
import { NUMBER_WORDS } from '../../../lexicon/english.js';
import type { DehyphenateContext } from '../context.js';
import { endsInHyphen } from '../site.js';
import { forEachToken, lastNonSpace } from '../../../lexicon/tokens.js';
import { findSplit, MIN_DOCUMENT_WORD, phoneSplit, type Split, type SplitKind } from './closed-up.js';
import { joinPointHyphen, mayHoldJoin, widthsOf } from './join-point.js';
import { describeVotes } from '../decide.js';
import { lowerCase } from '../../../text/ascii.js';

export type RestoreCompoundsMode = 'auto' | 'always' | 'never';

/** Confidence recorded for each kind of restoration. */
export const CONFIDENCE: Readonly<Record<SplitKind, number>> = { document: 0.9, prefix: 0.8, number: 0.8, words: 0.7, dash: 0.7, phone: 0.8 };

/**
 * Text looks already dehyphenated when fewer than this share of its lines end
 * in `x-` although it has at least MIN_LINES lines. Dev pages: pdftotext's
 * default mode 0–2.2% on the LaTeX pages (more where it kept columns side by
 * side), `-raw` and pdfminer 12–30%, the seed page 11%.
 */
export const DEHYPHENATED_MAX_SHARE = 0.03;
export const MIN_LINES = 40;

/** `-` by its code (a line's characters are compared by code: no one-character string is made). */
const HYPHEN_CODE = 0x2d;

/** A token that is (part of) an address: `northernledger.example`, `www.x`, `a@b`, `wikiHow:Carbon`. */
const ADDRESS = /[.@:\\]\p{L}|^www\./u;

/** `ADDRESS.test(token)`, the pattern asked only of a token holding one of its marks (`.`, `@`, `:`, `\`; `www.` holds a full stop): most tokens hold none. */
function isAddress(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c === 46 || c === 64 || c === 58 || c === 92) return ADDRESS.test(token);
  }
  return false;
}

/** Restore closed-up compounds in every line of the document (see the file comment). */
export function restoreCompounds(doc: GalleyDocument, ctx: DehyphenateContext, mode: RestoreCompoundsMode): void {
  if (mode === 'never') return;
  const lexical = mode === 'always' || looksDehyphenated(doc);
  // Without the lexical rules only the document's own hyphenated words can be
  // restored: look for their closed forms with one regex per line, cheaply.
  let candidates: RegExp | null = null;
  if (!lexical) {
    const v = ctx.vocabulary;
    // Closed forms of the document's hyphenated words that the document also has (usually none).
    const closed = v.closedForms(4).filter((w) => v.count(w) > 0 && /^\p{L}+$/u.test(w));
    if (closed.length === 0) return;
    candidates = new RegExp(`(?<![\\p{L}\\p{N}])(${closed.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
  }
  const split = (segment: string, afterNumber: boolean, prev: string): Split | null =>
    (lexical ? phoneSplit(prev, segment) : null) ?? findSplit(segment, ctx.vocabulary, { lexical, afterNumber });
  // Words repeat: a token that came out unchanged once comes out unchanged again (the answer
  // depends on the token and the document alone), so each is decided once per document.
  const unchanged = new Set<string>();
  // Where the extractor joined printed lines, a closed word is a line-end site again (./join-point.ts).
  const widths = lexical ? widthsOf(doc) : undefined;
  for (const page of doc.pages) {
    let prevBroken = false;
    for (const block of page.blocks) {
      for (const line of block.lines) {
        const broken = endsInHyphen(line.text);
        const width = widths?.get(line) ?? 0;
        // Offsets in the line are the printed ones only while the line is as read.
        const atJoin = mayHoldJoin(line.text, width) && line.text.trimEnd() === line.original.trimEnd() ? joinPointFinder(line, width, ctx, doc) : undefined;
        if (!candidates || candidates.test(line.text)) restoreLine(line, split, prevBroken, doc, unchanged, atJoin);
        prevBroken = broken;
      }
    }
  }
}

/** Does the document look like text whose line-end hyphens were already joined by its extractor? */
export function looksDehyphenated(doc: GalleyDocument): boolean {
  let lines = 0;
  let broken = 0;
  for (const page of doc.pages) {
    for (const block of page.blocks) {
      for (const line of block.lines) {
        lines++;
        if (endsInHyphen(line.text)) broken++;
      }
    }
  }
  return lines >= MIN_LINES && broken / lines < DEHYPHENATED_MAX_SHARE;
}

type SplitFinder = (segment: string, afterNumber: boolean, prev: string) => Split | null;
/** The token at `start` with a compound's hyphen restored at a join point, or null (./join-point.ts). */
type JoinPointFinder = (token: string, start: number) => string | null;

/** Restores a hyphen at a join point of `line`; each restoration recorded as the line-end decision it is. */
function joinPointFinder(line: Line, width: number, ctx: DehyphenateContext, doc: GalleyDocument): JoinPointFinder {
  const length = line.text.trimEnd().length;
  return (token, start) => {
    const found = joinPointHyphen(line.text, start, start + token.length, width, ctx, length);
    if (!found) return null;
    const d = found.decision;
    doc.messages.push({
      rule: JOIN_POINT_RULE,
      severity: 'info',
      text: `restored the hyphen of a compound the extractor closed up where it joined two printed lines (${describeVotes(d.votes)})`,
      source: columnSource(line, found.at),
      before: token,
      after: d.after,
      confidence: d.confidence,
    });
    const at = found.at - start;
    return `${token.slice(0, at)}-${token.slice(at)}`;
  };
}

/** Rule id of a hyphen restored at a join point (./join-point.ts). */
export const JOIN_POINT_RULE = 'dehyphenate/restore-at-join';

function restoreLine(line: Line, split: SplitFinder, prevBroken: boolean, doc: GalleyDocument, unchanged: Set<string>, atJoin?: JoinPointFinder): void {
  const text = line.text;
  // Where the line's broken half ends (its last non-space character, the line's hyphen): read once a line.
  const brokenEnd = endsInHyphen(text) ? lastNonSpace(text) : -1;
  const edits: Array<{ start: number; end: number; text: string }> = [];
  let first = true;
  forEachToken(text, (token, start) => {
    const end = start + token.length;
    const isFirst = first;
    first = false;
    // The halves of a line-end site are the line-end decision's business; so is
    // a half left inside a line (`partic- there`, columns merged by the extractor).
    if ((isFirst && prevBroken) || text.charCodeAt(end) === HYPHEN_CODE || end === brokenEnd) return;
    if (token.length < MIN_DOCUMENT_WORD || text.charCodeAt(start - 1) === HYPHEN_CODE) return;
    const address = isAddress(token);
    if (unchanged.has(token)) {
      const atJoinPoint = address ? null : (atJoin?.(token, start) ?? null);
      if (atJoinPoint) edits.push({ start, end, text: atJoinPoint });
      return;
    }
    let restored = address ? token : restoreToken(token, line, start, split, doc);
    if (restored === token && !address) restored = atJoin?.(token, start) ?? token;
    if (restored !== token) edits.push({ start, end, text: restored });
    else unchanged.add(token);
  });
  if (edits.length === 0) return;
  let out = '';
  let from = 0;
  for (const e of edits) {
    out += text.slice(from, e.start) + e.text;
    from = e.end;
  }
  line.text = out + text.slice(from);
}

/** The token with its closed-up segments split; each split recorded. */
function restoreToken(token: string, line: Line, start: number, find: SplitFinder, doc: GalleyDocument): string {
  if (token.length < MIN_DOCUMENT_WORD) return token;
  if (!token.includes('-')) {
    const split = find(token, false, '');
    if (!split) return token;
    const piece = render(token, split);
    doc.messages.push(restoreMessage(line, start + split.at, token, piece, split));
    return piece;
  }
  const segments = token.split('-');
  let offset = 0;
  let out = '';
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const prev = i > 0 ? segments[i - 1]! : '';
    const afterNumber = /^\p{N}+$/u.test(prev) || NUMBER_WORDS.has(lowerCase(prev));
    const split = segment.length < MIN_DOCUMENT_WORD ? null : find(segment, afterNumber, prev);
    const piece = split ? render(segment, split) : segment;
    out += (i > 0 ? '-' : '') + piece;
    if (split) doc.messages.push(restoreMessage(line, start + offset + split.at, segment, piece, split));
    offset += segment.length + 1;
  }
  return out;
}

function render(segment: string, split: Split): string {
  const a = segment.slice(0, split.at);
  const b = segment.slice(split.at);
  return split.kind === 'dash' ? `${a} ${EM_DASH} ${b}` : `${a}-${b}`;
}

const WHY: Readonly<Record<SplitKind, string>> = {
  document: 'the document writes it hyphenated elsewhere',
  prefix: 'a first element English hyphenates, before a word',
  number: 'two words after a number',
  words: 'two common words, the closed form no word',
  dash: 'a word and a closed-class word: a dash that fell at a line end',
  phone: 'a telephone number, printed in groups of 3, 3 and 4',
};

function restoreMessage(line: Line, column: number, before: string, after: string, split: Split) {
  return {
    rule: split.kind === 'dash' ? 'dehyphenate/restore-dash' : 'dehyphenate/restore-compound',
    severity: 'info' as const,
    text: `restored ${split.kind === 'dash' ? 'a dash' : 'the hyphen of a compound'} the extractor had closed up (${WHY[split.kind]})`,
    source: columnSource(line, column),
    before,
    after,
    confidence: CONFIDENCE[split.kind],
  };
}

/** The line's source narrowed to one column (text input, when the line was read unchanged). */
function columnSource(line: Line, column: number): Source {
  const span = line.source.span;
  if (!span || line.original.trimEnd() !== line.text.trimEnd()) return line.source;
  return {
    ...line.source,
    span: {
      start: { line: span.start.line, column: span.start.column + column, offset: span.start.offset + column },
      end: { line: span.start.line, column: span.start.column + column + 1, offset: span.start.offset + column + 1 },
    },
  };
}
