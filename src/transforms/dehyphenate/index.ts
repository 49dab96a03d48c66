/**
 * Line-end dehyphenation: for every line ending in `x-`, decide whether the
 * hyphen is a break hyphen (`join`: `docu-`/`mentary`), a compound's own
 * (`hyphen`: `US-`/`led`, `Kim So-`/`young`) or a flattened dash that fell at
 * the line end (`dash`: `Moscow-`/`he didn't`), and set `line.join`; then, for
 * text whose extractor already joined line-end hyphens itself, restore the
 * hyphen of compounds it closed up (rules/restore-compound.ts).
 * Every decision becomes a message; see docs/dehyphenation.md.
 */
import type { GalleyDocument, Line, Page, Source } from '../../model/types.js';
import type { Message } from '../../model/messages.js';
import type { Transform } from '../types.js';
import { contextFor, forgetContext, type DehyphenateContext } from './context.js';
import { joinKernedCapitals } from './rules/kerned-capital.js';
import { decideSite, describeVotes, type LineEndDecision } from './decide.js';
import { endsInHyphen, siteOfLines } from './site.js';
import { restoreCompounds, type RestoreCompoundsMode } from './rules/restore-compound.js';
import { mayBeSwapped, swapSplitLine } from './rules/swapped-piece.js';

export { decideLineEnd, decideSite, describeVotes, EVIDENCE, JOIN_PRIOR, RULE_IDS, type LineEndDecision } from './decide.js';
export { contextFor, emptyContext, type DehyphenateContext } from './context.js';
export { lineEndSite, siteOfLines, endsInHyphen, type LineEndSite } from './site.js';

export interface DehyphenateOptions {
  /**
   * Restore hyphens of compounds the extractor closed up (`selfreported`):
   * `auto` (default) when the text looks already dehyphenated, `always`, or `never`.
   */
  restoreCompounds?: RestoreCompoundsMode;
}

const MODES: ReadonlySet<string> = new Set(['auto', 'always', 'never']);

export function createDehyphenate(options: DehyphenateOptions = {}): Transform {
  const mode = options.restoreCompounds ?? 'auto';
  if (!MODES.has(mode)) throw new TypeError(`dehyphenate: restoreCompounds must be auto, always or never, not ${String(mode)}`);
  return (doc: GalleyDocument) => {
    // Capitals an extractor set apart from their word (`New Y` ⏎ `ork`) first: a join changes the
    // document's words, so the vocabulary is built again for the decisions after it.
    const before = doc.messages.length;
    joinKernedCapitals(doc, () => contextFor(doc).vocabulary);
    if (doc.messages.length > before) forgetContext(doc);
    const ctx = contextFor(doc);
    for (const page of doc.pages) dehyphenatePage(page, ctx, doc.messages);
    restoreCompounds(doc, ctx, mode);
  };
}

/** Decide every undecided line-end hyphen of a page. */
export function dehyphenatePage(page: Page, ctx: DehyphenateContext, messages: Message[]): void {
  const blocks = page.blocks;
  for (let b = 0; b < blocks.length; b++) {
    const lines = blocks[b]!.lines;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.join !== undefined || !endsInHyphen(line.text)) continue;
      const next = i + 1 < lines.length ? lines[i + 1] : firstLineAfter(page, b);
      if (!next) {
        messages.push({
          rule: 'dehyphenate/no-continuation',
          severity: 'info',
          text: 'line-end hyphen with no following line on the page: left as printed',
          source: hyphenSource(line),
          confidence: 0.5,
        });
        continue;
      }
      const site = siteOfLines(line, next);
      if (!site) continue;
      let decision = decideSite(site, ctx);
      // The next line may be the right piece of a line printed before its left piece (rules/swapped-piece.ts).
      if (mayBeSwapped(decision) && i + 2 < lines.length) decision = swapSplitLine(lines, i, decision, ctx, messages) ?? decision;
      line.join = decision.join;
      messages.push(decisionMessage(line, decision));
    }
  }
}

/** The first line of the next block on the page that has one. */
function firstLineAfter(page: Page, block: number): Line | undefined {
  for (let b = block + 1; b < page.blocks.length; b++) {
    const first = page.blocks[b]!.lines[0];
    if (first) return first;
  }
  return undefined;
}

const VERB: Readonly<Record<LineEndDecision['join'], string>> = {
  join: 'joined a word broken at a line end',
  hyphen: 'kept the hyphen of a compound broken at a line end',
  dash: 'read a line-end hyphen as a dash',
};

/** The message recording one decision. */
export function decisionMessage(line: Line, d: LineEndDecision): Message {
  return {
    rule: d.rule,
    severity: d.confidence < LOW_CONFIDENCE ? 'warning' : 'info',
    text: `${VERB[d.join]} (${describeVotes(d.votes) || 'no evidence: prior'})${d.fits ? '' : '; weak evidence: the next line may not continue this one'}`,
    source: hyphenSource(line),
    before: d.before,
    after: d.after,
    confidence: d.confidence,
  };
}

/** Below this confidence a decision is reported as a warning, to be checked by a person. */
export const LOW_CONFIDENCE = 0.6;

/** The line's source narrowed to the line-end hyphen (text input); the line's source otherwise. */
export function hyphenSource(line: Line): Source {
  const span = line.source.span;
  if (!span) return line.source;
  const original = line.original.trimEnd();
  const at = Math.max(0, original.length - 1);
  return {
    ...line.source,
    span: {
      start: { line: span.start.line, column: span.start.column + at, offset: span.start.offset + at },
      end: { line: span.start.line, column: span.start.column + at + 1, offset: span.start.offset + at + 1 },
    },
  };
}
