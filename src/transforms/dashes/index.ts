/**
 * Dash repair. Extractors flatten em dashes into hyphens (`heroes-all`), print them
 * closed up or oddly spaced (`word—word`, `1635 – 29`), or as spaced hyphens
 * (`rule - a legacy`). Every dash is written as a spaced em dash ` — `; real
 * compounds keep their hyphen. Works on each line's text in place (after
 * dehyphenation, which owns every line-end `x-`), one Message per repair.
 *
 * Rules, in order (rules/): 1 space printed dashes, 2 spaced and double hyphens,
 * 3 flattened closed-up hyphens (evidence/ + pairs.ts). See docs/dashes.md.
 */
import { z } from 'zod';
import { Vocabulary } from '../../lexicon/index.js';
import type { GalleyDocument, Line } from '../../model/types.js';
import { applyEdits, editMessage, selectEdits, type Edit } from './edits.js';
import { pageFlow } from './flow.js';
import { emDashEdits } from './rules/01-em-dash.js';
import { spacedHyphenEdits } from './rules/02-spaced-hyphen.js';
import { DASH_THRESHOLD, KEPT_REPORT_MIN, decideFlattened, flattenedEdit, keptMessage } from './rules/03-flattened.js';
import type { Transform } from '../types.js';

export { DASH_THRESHOLD } from './rules/03-flattened.js';

const OptionsSchema = z.object({
  /** Score at or above which a closed-up hyphen is read as a flattened dash (default DASH_THRESHOLD). */
  threshold: z.number().finite().optional(),
  /** Restore flattened closed-up hyphens (rule 3; default true). */
  flattened: z.boolean().optional(),
  /** Record `dashes/kept` messages for hyphens kept despite some dash evidence (default true). */
  reportKept: z.boolean().optional(),
});

export type DashesOptions = z.infer<typeof OptionsSchema>;

/**
 * The options, checked. No options (a plain object without keys: what the pipeline passes on every
 * page) are valid as they are; the schema's check of them cost as much as the rule 1–2 scan of a page.
 */
function checkedOptions(options: DashesOptions): DashesOptions {
  const plain = typeof options === 'object' && options !== null && [Object.prototype, null].includes(Object.getPrototypeOf(options));
  return plain && Object.keys(options).length === 0 ? {} : OptionsSchema.parse(options);
}

export function createDashes(options: DashesOptions = {}): Transform {
  const opts = checkedOptions(options);
  const threshold = opts.threshold ?? DASH_THRESHOLD;
  const flattened = opts.flattened !== false;
  const reportKept = opts.reportKept !== false;
  return (doc: GalleyDocument) => {
    // Rules 1–2 first: printed dashes and spaced hyphens become ` — ` everywhere, so rule 3
    // sees every dash the page already has as its own token (and a second run sees the same).
    for (const page of doc.pages) {
      for (const block of page.blocks) {
        for (const line of block.lines) {
          // Most lines have neither a dash nor a spaced hyphen: no list is built for them.
          const printed = emDashEdits(line);
          const spaced = spacedHyphenEdits(line);
          if (printed.length + spaced.length > 0) edit(doc, line, spaced.length === 0 ? printed : printed.length === 0 ? spaced : [...printed, ...spaced]);
        }
      }
    }
    if (!flattened) return;
    // Rule 3: decide every candidate of every page before any is edited, so the document's
    // vocabulary (built only if a decision asks for it) sees the text as read.
    let vocab: Vocabulary | undefined;
    const vocabulary = (): Vocabulary => (vocab ??= Vocabulary.fromDocument(doc));
    const decisions = doc.pages.map((page) => decideFlattened(pageFlow(page), vocabulary, threshold));
    // A dash restored can pair with a hyphen left as it was (`the—the Kim-known it.-the`: once `it.-the`
    // is a dash, `Kim-known` stands between two): a page that had repairs is decided again on its new
    // text until nothing changes (FLATTENED_ROUNDS at most), so that a second run changes nothing.
    // The hyphens kept are reported from a page's last round only.
    doc.pages.forEach((page, i) => {
      let round = decisions[i]!;
      for (let r = 1; ; r++) {
        const repaired = applyFlattened(doc, round);
        if (!repaired || r >= FLATTENED_ROUNDS) {
          if (reportKept) for (const d of round) if (!d.repair && d.score >= KEPT_REPORT_MIN) doc.messages.push(keptMessage(d));
          break;
        }
        round = decideFlattened(pageFlow(page), vocabulary, threshold);
      }
    });
  };
}

/** Rounds of rule 3 on a page at most (a restored dash pairs with another hyphen: one more round is the most the corpus and the property tests need). */
export const FLATTENED_ROUNDS = 3;

/** Apply the repairs among one page's decisions; returns whether there were any. */
function applyFlattened(doc: GalleyDocument, decisions: ReturnType<typeof decideFlattened>): boolean {
  const edits = new Map<Line, Edit[]>();
  for (const d of decisions) {
    if (!d.repair) continue;
    const list = edits.get(d.candidate.line);
    if (list) list.push(flattenedEdit(d));
    else edits.set(d.candidate.line, [flattenedEdit(d)]);
  }
  for (const [line, list] of edits) edit(doc, line, list);
  return edits.size > 0;
}

/** Apply a line's edits and record one message per edit applied. */
function edit(doc: GalleyDocument, line: Line, list: Edit[]): void {
  if (list.length === 0) return;
  const chosen = selectEdits(list);
  for (const e of chosen) doc.messages.push(editMessage(line, e));
  applyEdits(line, chosen);
}
