/**
 * An advert's title wrapped over two lines: a small ad is set in a box about a column wide, and its
 * title in large capitals wraps (`PIANO` ⏎ `LESSONS` ⏎ `All ages and levels` ⏎ `First lesson free ·
 * 555-0123`; `GARAGE` ⏎ `SALE` ⏎ `Saturday only`, d2_008 and d2_010 raw). The advert finder
 * (reflow/adverts.ts) reads one line of capitals as the title and stops at a second, so the first
 * line is left over, and read alone it looks like a subhead. Here: a line of capitals, short as a
 * title is (MAX_AD_TITLE_WORDS together with the title under it), set right above an advert whose
 * own first line is in capitals, with no blank line between, is the first line of that title.
 */
import { MAX_AD_TITLE_WORDS } from '../../reflow/adverts.js';
import { verdict, type PageContext } from './types.js';

/** How sure: the advert finder's evidence for the ad, and position and capitals for this line. */
export const ADVERT_TITLE_CONFIDENCE = 0.75;

/** Give the first line of an advert's wrapped title the advert's kind. */
export function advertTitleVerdicts(ctx: PageContext): void {
  const { units, verdicts } = ctx;
  for (let i = 0; i + 1 < units.length; i++) {
    const u = units[i]!;
    const ad = units[i + 1]!;
    if (verdicts[i] || verdicts[i + 1]?.kind !== 'advert' || ad.gapBefore) continue;
    const title = ad.lines[0];
    if (!title?.allCaps || u.lines.length !== 1 || !u.allCaps || u.endsSentence) continue;
    if (u.words + title.words > MAX_AD_TITLE_WORDS) continue;
    verdicts[i] = verdict('advert', 'classify/advert-title', ADVERT_TITLE_CONFIDENCE, `capitals right above the advert titled "${title.line.text.trim()}": the first line of its title`, 'other');
  }
}
