/**
 * The lines `--explain` prints: every message of the document (repairs,
 * warnings) and every classification decision, in source order, each
 * formatted by src/model/messages.ts `formatMessage`:
 *
 *   FILE:LINE:COL  SEVERITY  TEXT  "BEFORE" → "AFTER" (CONFIDENCE)  RULE
 *
 * (without a text position: `FILE:pPAGE`, with a box `FILE:pPAGE@x0,y0,x1,y1`).
 */
import type { GalleyDocument, Source, Decision } from '../model/types.js';
import { formatMessage, type Message } from '../model/messages.js';

/** A decision (why a block or article has its kind) as an info message. */
function decisionMessage(what: string, decision: Decision, source: Source | undefined): Message {
  return {
    rule: decision.rule,
    severity: 'info',
    text: decision.evidence ? `${what}: ${decision.evidence}` : what,
    confidence: decision.confidence,
    ...(source ? { source } : {}),
  };
}

/** Every message and decision of `doc`, in source order (page, line, column; recorded order on ties). */
export function explainMessages(doc: GalleyDocument): Message[] {
  const all: Message[] = [...doc.messages];
  // a decision its rule already reported as a message at the same place is not repeated
  const reported = new Set(doc.messages.map((m) => placeKey(m.rule, m.source)));
  for (const page of doc.pages) {
    for (const block of page.blocks) {
      if (block.decision && !reported.has(placeKey(block.decision.rule, block.source))) {
        all.push(decisionMessage(`block is ${block.kind}`, block.decision, block.source));
      }
    }
  }
  doc.articles.forEach((a, i) => {
    const first = a.blocks[0]?.blocks[0] ?? a.captions[0]?.blocks[0];
    if (a.decision) all.push(decisionMessage(`article ${i + 1}`, a.decision, first?.source));
  });
  return all
    .map((m, i) => ({ m, i }))
    .sort((x, y) => compareSources(x.m.source, y.m.source) || x.i - y.i)
    .map((x) => x.m);
}

function placeKey(rule: string, s: Source | undefined): string {
  return `${rule}@${s?.page ?? 0}:${s?.span?.start.offset ?? -1}:${s?.box ? [s.box.x0, s.box.y0].join(',') : ''}:${s?.id ?? ''}`;
}

function compareSources(a: Source | undefined, b: Source | undefined): number {
  const key = (s: Source | undefined): [number, number, number] => [s?.page ?? 0, s?.span?.start.line ?? 0, s?.span?.start.column ?? 0];
  const ka = key(a);
  const kb = key(b);
  return ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2];
}

export function explainLines(file: string, doc: GalleyDocument): string[] {
  return explainMessages(doc).map((m) => formatMessage(file, m));
}

/**
 * Without `--explain`, at most this many warnings are printed per file. A real
 * page gives none or a few; a damaged or machine-made file can give one per
 * line, and thousands of lines on stderr hide the one that matters. Errors are
 * always printed; the rest are counted and left to `--explain`.
 */
export const MAX_WARNINGS_SHOWN = 20;

/** Lines printed without `--explain`: errors, then warnings up to MAX_WARNINGS_SHOWN, and how many more there are. */
export function warningLines(file: string, doc: GalleyDocument): string[] {
  const shown: string[] = [];
  let more = 0;
  let warnings = 0;
  for (const m of doc.messages) {
    if (m.severity === 'info') continue;
    if (m.severity === 'warning' && ++warnings > MAX_WARNINGS_SHOWN) {
      more++;
      continue;
    }
    shown.push(formatMessage(file, m));
  }
  if (more > 0) shown.push(`${file}  warning  ${more} more warning${more === 1 ? '' : 's'} not shown (--explain lists them all)  cli/warning-limit`);
  return shown;
}
