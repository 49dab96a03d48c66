/**
 * An advert's title wrapped over two lines: a small ad is set in a box about a column wide, and its
 * title in large capitals wraps (`PIANO` ⏎ `LESSONS` ⏎ `All ages and levels` ⏎ `First lesson free ·
 * 555-0123`; `GARAGE` ⏎ `SALE` ⏎ `Saturday only`, d2_008 and d2_010 raw). The advert finder
 * (reflow/adverts.ts) reads one line of capitals as the title and stops at a second, so the first
 * line is left over, and read alone it looks like a subhead. Here: a line of capitals, short as a
 * title is (MAX_AD_TITLE_WORDS together with the title under it), set right above an advert whose
 * own first line is in capitals, with no blank line between, is the first line of that title.
 * With boxes (PDF, OCR) a block boundary is no blank line: the ad's first line set right under this
 * one, less than a line height lower and across its width, is as close (d2_008 ALTO: `PIANO` and
 * `LESSONS` 13 px apart at 23 px lines, in one ruled box).
 */
import { MAX_AD_TITLE_WORDS } from '../../reflow/adverts.js';
import { verdict, type PageContext } from './types.js';
import type { UnitInfo } from '../units.js';

/** How sure: the advert finder's evidence for the ad, and position and capitals for this line. */
export const ADVERT_TITLE_CONFIDENCE = 0.75;

/** The white between a title line and the line under it is less than this many line heights (leading; a blank line is one or more). */
export const TITLE_LINE_GAP = 1;

/** With boxes: does the advert's first line sit right under `u`'s last line (TITLE_LINE_GAP), overlapping it across? */
function setRightUnder(u: UnitInfo, ad: UnitInfo): boolean {
  const a = u.block.lines[u.block.lines.length - 1]?.box;
  const b = ad.block.lines[0]?.box;
  if (!a || !b) return false;
  const gap = b.y0 - a.y1;
  return gap >= 0 && gap < TITLE_LINE_GAP * (a.y1 - a.y0) && Math.min(a.x1, b.x1) > Math.max(a.x0, b.x0);
}

/** Give the first line of an advert's wrapped title the advert's kind. */
export function advertTitleVerdicts(ctx: PageContext): void {
  const { units, verdicts } = ctx;
  for (let i = 0; i + 1 < units.length; i++) {
    const u = units[i]!;
    const ad = units[i + 1]!;
    if (verdicts[i] || verdicts[i + 1]?.kind !== 'advert' || (ad.gapBefore && !setRightUnder(u, ad))) continue;
    const title = ad.lines[0];
    if (!title?.allCaps || u.lines.length !== 1 || !u.allCaps || u.endsSentence) continue;
    if (u.words + title.words > MAX_AD_TITLE_WORDS) continue;
    verdicts[i] = verdict('advert', 'classify/advert-title', ADVERT_TITLE_CONFIDENCE, `capitals right above the advert titled "${title.line.text.trim()}": the first line of its title`, 'other');
  }
}
