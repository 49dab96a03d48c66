/**
 * Bylines: `By NAME`, `BY NAME`, several names, a title after a comma or `|`;
 * or a bare name on one line with a job title on the next (`Ingrid Abbasi` ⏎
 * `Special Correspondent`). The title is furniture (`other`), never story text.
 */
import { BYLINE, BYLINE_TITLE, PERSON_LINE } from '../patterns.js';
import type { UnitInfo } from '../units.js';
import { verdict, type PageContext, type Verdict } from './types.js';

export function bylineRule(u: UnitInfo, ctx: PageContext): Verdict | null {
  if (u.lines.length > 2) return null;
  if (BYLINE.test(u.text)) return verdict('byline', 'classify/byline', 0.95, `"By" and a name: "${u.text}"`);
  const next = ctx.units[u.index + 1];
  if (u.lines.length === 1 && PERSON_LINE.test(u.text) && next && BYLINE_TITLE.test(next.text)) {
    return verdict('byline', 'classify/byline-titled', 0.85, `a name above a job title "${next.text}"`);
  }
  // Name and title in one unit (two lines, no blank between).
  if (u.lines.length === 2 && PERSON_LINE.test(u.lines[0]!.line.text) && BYLINE_TITLE.test(u.lines[1]!.line.text.trim())) {
    return verdict('byline', 'classify/byline-titled', 0.85, 'a name above a job title');
  }
  return null;
}

/** A job title alone on its line (under a byline): furniture `other`. */
export function bylineTitleRule(u: UnitInfo): Verdict | null {
  if (u.lines.length === 1 && BYLINE_TITLE.test(u.text)) {
    return verdict('furniture', 'classify/byline-title', 0.85, `job title "${u.text}"`, 'other');
  }
  return null;
}
