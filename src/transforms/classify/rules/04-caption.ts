/**
 * Photo captions: a short unit with a caption phrase (`in a file photo`,
 * `is seen in this undated image`, `(left)`, `in a scene from`, `A photograph
 * of`), or ending in a photo credit (`(AFP)`, `— Reuters photo`, `Photo: NAME`),
 * or a short present-tense description set apart by blank lines.
 */
import { CAPTION_CUE, CAPTION_PRESENT, creditTail } from '../patterns.js';
import type { UnitInfo } from '../units.js';
import { verdict, type PageContext, type Verdict } from './types.js';

/** Captions run to a few sentences; a unit longer than this is body text even with a caption phrase in it. */
export const MAX_CAPTION_WORDS = 80;
/** A unit ending in a credit is a caption up to this length; longer, the credit is a story's sign-off. */
export const MAX_CREDITED_CAPTION_WORDS = 50;
/** A credit that names a photo (`— AFP photos`, `Photo: NAME`) marks a caption of any length up to MAX_CAPTION_WORDS; a bare `(AFP)` may be a story's sign-off. */
const PHOTO_CREDIT = /\b(?:photos?|pictures?|images?)\b|\//iu;
/** A present-tense description alone in its box is a caption up to this length. */
export const MAX_PRESENT_CAPTION_WORDS = 45;

export function captionRule(u: UnitInfo, ctx: PageContext): Verdict | null {
  if (u.words === 0 || u.words > MAX_CAPTION_WORDS || u.startsLower) return null;
  const cue = CAPTION_CUE.exec(u.text);
  if (cue) return verdict('caption', 'classify/caption', 0.85, `caption phrase "${cue[0].trim()}"`);
  const m = creditTail(u.text);
  if (m && m.index > 0 && (u.words <= MAX_CREDITED_CAPTION_WORDS || PHOTO_CREDIT.test(m.printed))) {
    return verdict('caption', 'classify/caption-credited', 0.8, `ends in a photo credit "${m.credit}"`);
  }
  const next = ctx.units[u.index + 1];
  const apart = u.gapBefore && (!next || next.gapBefore);
  if (apart && u.words <= MAX_PRESENT_CAPTION_WORDS && u.endsSentence && CAPTION_PRESENT.test(u.text) && u.lines.length <= 4) {
    return verdict('caption', 'classify/caption-present', 0.6, 'short present-tense description in a box of its own');
  }
  return null;
}
