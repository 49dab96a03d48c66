/**
 * A subhead is a short line set wholly in bold near body size, right over
 * body text in the same column: dev001's `Respondent race.`, `Demographic
 * variables.` (8 pt bold over 10 pt roman). The text rules refuse them: they
 * end in a full stop, as run-in heads do. Only the type tells them apart from
 * a one-line paragraph.
 */
import type { Page } from '../../../model/types.js';
import { verdict, type PageContext } from '../rules/types.js';
import { overlapX, typeStyle } from './evidence.js';

/** Wholly bold: this share of the characters. */
export const SUBHEAD_BOLD_SHARE = 0.8;
/** The body under it is roman: at most this share bold. */
export const BODY_BOLD_SHARE = 0.2;
/** Near body size: between these ratios (larger is a headline's or a deck's business). */
export const SUBHEAD_MIN_RATIO = 0.75;
export const SUBHEAD_MAX_RATIO = 1.2;
/** Short: at most this many lines and words. */
export const SUBHEAD_MAX_LINES = 2;
export const SUBHEAD_MAX_WORDS = 10;
/** The body text starts within this many body sizes under it. */
export const SUBHEAD_GAP_EM = 2;

/** `body`: the page's body type size (bodySize), computed once by geometryVerdicts. */
export function boldSubheadVerdicts(page: Page, ctx: PageContext, body: number): void {
  for (const u of ctx.units) {
    if (ctx.verdicts[u.index] || !u.block.box || u.words === 0) continue;
    if (u.lines.length > SUBHEAD_MAX_LINES || u.words > SUBHEAD_MAX_WORDS || u.startsLower || /[-,;:\u2013\u2014]$/u.test(u.text)) continue;
    const style = typeStyle(u.block);
    if (!style || style.bold < SUBHEAD_BOLD_SHARE || style.size < SUBHEAD_MIN_RATIO * body || style.size > SUBHEAD_MAX_RATIO * body) continue;
    const next = ctx.units[u.index + 1];
    if (!next?.block.box || ctx.verdicts[next.index]) continue;
    const ns = typeStyle(next.block);
    if (!ns || ns.bold > BODY_BOLD_SHARE || Math.abs(ns.size - body) > 0.05 * body) continue;
    const a = u.block.box;
    const b = next.block.box;
    const gap = b.y0 - a.y1;
    if (gap < -0.25 * body || gap > SUBHEAD_GAP_EM * body || overlapX(a, b) < 0.5 * (a.x1 - a.x0)) continue;
    ctx.verdicts[u.index] = verdict('subhead', 'classify/geometry/bold-subhead', 0.75, `wholly bold ${style.size} pt (body ${body} pt), ${u.lines.length} line(s) right over body text in its column`);
  }
}
