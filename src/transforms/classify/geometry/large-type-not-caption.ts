/**
 * Captions are set no larger than the body (papers set them at 0.75–1 ×
 * body size). A unit the caption wording rules took (`caption-present`: a
 * short present-tense description) that is set in type clearly larger than
 * the body is a deck or a pull quote: dev008's 11 pt italic `This study
 * presents an experiment …` under a headline, over a body of 8.5 pt. The
 * verdict is withdrawn so that the heading rules decide.
 */
import type { Page } from '../../../model/types.js';
import type { PageContext } from '../rules/types.js';
import { typeStyle } from './evidence.js';

/** Type at least this × the body size is not caption type (body sizes vary by ±3 % within a page). */
export const LARGER_THAN_BODY_RATIO = 1.15;

/** `body`: the page's body type size (bodySize), computed once by geometryVerdicts. */
export function withdrawLargeCaptions(page: Page, ctx: PageContext, body: number): void {
  for (const u of ctx.units) {
    const v = ctx.verdicts[u.index];
    if (v?.kind !== 'caption' || v.rule.startsWith('classify/geometry/')) continue;
    const style = typeStyle(u.block);
    if (style && style.size >= LARGER_THAN_BODY_RATIO * body) ctx.verdicts[u.index] = undefined;
  }
}
