/**
 * Classify: give every unit of a page its kind (the closed `BlockKind` set),
 * with the rule that decided, a confidence and the evidence. Rules run in this
 * order, each only on units no earlier rule claimed:
 *   00 OCR running head/foot hints (page geometry, src/readers/xml)
 *   01 furniture (page head and foot, repeated running heads)
 *   02 byline (and a byline's job title); a dateline alone on its line
 *   03 credit lines, jump lines
 *   04 captions
 *   04b a unit right above a photo credit line is its caption; a credit's name or photo word wrapped to the next line;
 *       a sentence between a byline and the dateline that opens the story's text
 *   07 the first line of an advert's title wrapped over two lines
 *   06 pull quotes (a sentence repeated from a longer unit)
 *   05 headings: kicker, headline, subhead, deck (they need the neighbours' kinds)
 *   04c a unit under a subhead ending in a bare agency is running text with its sign-off, not a caption
 *   …  paragraph (the default)
 * Each decision becomes `block.decision` and a `classify/*` message.
 */
import type { GalleyDocument, Page } from '../../model/types.js';
import type { Transform } from '../types.js';
import { hintVerdicts } from './rules/00-hints.js';
import { furnitureVerdicts } from './rules/01-furniture.js';
import { bylineRule, bylineTitleRule } from './rules/02-byline.js';
import { creditRule, jumpRule } from './rules/03-credit.js';
import { datelineAloneRule } from './rules/02-dateline.js';
import { captionRule, captionTailVerdicts, captionUnderBylineVerdicts, signoffUnderSubheadVerdicts, creditedAboveVerdicts, creditNameVerdicts, creditWordVerdicts, presentBesideCaptionVerdicts } from './rules/04-caption.js';
import { headingVerdicts } from './rules/05-heading.js';
import { pullQuoteVerdicts } from './rules/06-pullquote.js';
import { advertTitleVerdicts } from './rules/07-advert-title.js';
import { verdict, type PageContext, type Verdict } from './rules/types.js';
import { unitInfos } from './units.js';
import { splitEdges } from './edges.js';
import { geometryVerdicts } from './geometry/index.js';

export interface ClassifyOptions {
  /** Record every decision as an info message (default true). */
  record?: boolean;
}

type LocalRule = (u: PageContext['units'][number], ctx: PageContext) => Verdict | null;
const LOCAL_RULES: LocalRule[] = [bylineRule, bylineTitleRule, datelineAloneRule, jumpRule, creditRule, captionRule];

export function createClassify(options: ClassifyOptions = {}): Transform {
  const record = options.record !== false;
  return (doc: GalleyDocument) => {
    for (const page of doc.pages) {
      classifyPage(page, doc, record);
      splitEdges(page, doc);
    }
  };
}

export function classifyPage(page: Page, doc: GalleyDocument, record = true): void {
  const units = unitInfos(page);
  const ctx: PageContext = { units, verdicts: new Array(units.length).fill(undefined), repairs: [] };
  // Blocks a reader already typed keep their kind.
  units.forEach((u, i) => {
    if (u.block.kind !== 'text') ctx.verdicts[i] = verdict(u.block.kind, u.block.decision?.rule ?? 'reader', u.block.decision?.confidence ?? 1, 'given by the reader');
  });
  for (const [i, v] of hintVerdicts(ctx)) ctx.verdicts[i] ??= v;
  for (const [i, v] of furnitureVerdicts(ctx)) ctx.verdicts[i] ??= v;
  for (const u of units) {
    if (ctx.verdicts[u.index]) continue;
    for (const rule of LOCAL_RULES) {
      const v = rule(u, ctx);
      if (v) {
        ctx.verdicts[u.index] = v;
        break;
      }
    }
  }
  presentBesideCaptionVerdicts(ctx);
  geometryVerdicts(page, ctx);
  creditedAboveVerdicts(ctx);
  captionTailVerdicts(ctx);
  advertTitleVerdicts(ctx);
  creditNameVerdicts(ctx);
  creditWordVerdicts(ctx);
  captionUnderBylineVerdicts(ctx);
  pullQuoteVerdicts(ctx);
  headingVerdicts(ctx);
  signoffUnderSubheadVerdicts(ctx);
  // Repairs are recorded whether or not decisions are.
  doc.messages.push(...(ctx.repairs ?? []));
  units.forEach((u, i) => {
    const v = ctx.verdicts[i] ?? verdict('paragraph', 'classify/paragraph', 0.6, 'running text');
    const block = u.block;
    block.kind = v.kind;
    block.decision = { rule: v.rule, confidence: v.confidence, evidence: v.evidence };
    if (v.furnitureType) block.furnitureType = v.furnitureType;
    if (record && v.kind !== 'paragraph') {
      doc.messages.push({
        rule: v.rule,
        severity: 'info',
        text: `${v.kind}: ${v.evidence}`,
        source: block.source,
        confidence: v.confidence,
      });
    }
  });
}
