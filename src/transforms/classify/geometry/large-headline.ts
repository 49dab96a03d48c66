/**
 * A headline in large type wrapped over many narrow lines: the text rules
 * take headings of at most five lines (a longer unit is usually running
 * text), but a unit set in type far larger than the body with a byline right
 * under it is a headline however it wraps: dev009's `After visa snags,
 * all-girl Afghan team honored …`, six lines of 13.9 pt bold (body 8.5 pt)
 * in one column, over `BY AIKO ADEYEMI`. Only units longer than the text
 * rules' limit (MAX_HEADING_LINES): shorter ones are theirs, kickers and
 * decks included.
 */
import type { Page } from '../../../model/types.js';
import { MAX_HEADING_LINES } from '../rules/05-heading.js';
import { verdict, type PageContext } from '../rules/types.js';
import { overlapX, typeStyle } from './evidence.js';

/** Headline type: at least this × the body size (dev headlines 1.6–4 ×; decks and subheads ≤ 1.3 ×). */
export const HEADLINE_TYPE_RATIO = 1.5;
/** Wrapped headlines: up to this many lines and words. */
export const WRAPPED_MAX_LINES = 8;
export const WRAPPED_MAX_WORDS = 30;
/** The byline starts within this many body sizes under it. */
export const BYLINE_GAP_EM = 2;

/** `body`: the page's body type size (bodySize), computed once by geometryVerdicts. */
export function largeHeadlineVerdicts(page: Page, ctx: PageContext, body: number): void {
  for (const u of ctx.units) {
    if (ctx.verdicts[u.index] || !u.block.box || u.words === 0) continue;
    if (u.lines.length <= MAX_HEADING_LINES || u.lines.length > WRAPPED_MAX_LINES || u.words > WRAPPED_MAX_WORDS || u.startsLower) continue;
    const style = typeStyle(u.block);
    if (!style || style.size < HEADLINE_TYPE_RATIO * body) continue;
    const next = ctx.units[u.index + 1];
    if (!next?.block.box || ctx.verdicts[next.index]?.kind !== 'byline') continue;
    const a = u.block.box;
    const b = next.block.box;
    const gap = b.y0 - a.y1;
    if (gap < -0.25 * body || gap > BYLINE_GAP_EM * body || overlapX(a, b) < 0.5 * (b.x1 - b.x0)) continue;
    ctx.verdicts[u.index] = verdict('headline', 'classify/geometry/large-headline', 0.85, `${u.lines.length} line(s) in ${style.size} pt (body ${body} pt) right over a byline`);
  }
}
