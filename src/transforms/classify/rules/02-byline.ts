/**
 * Bylines: `By NAME`, `BY NAME`, several names, a title after a comma or `|`;
 * names, a comma and a job title without `By` (`GRACE PARK, Education Writer`);
 * or a bare name on one line with a job title on the next (`Ingrid Abbasi` ⏎
 * `Special Correspondent`). The title is furniture (`other`), never story text.
 */
import { BYLINE, BYLINE_TITLE, nameTitleByline, PERSON_LINE, ROLE_TITLE } from '../patterns.js';
import type { UnitInfo } from '../units.js';
import { verdict, type PageContext, type Verdict } from './types.js';

export function bylineRule(u: UnitInfo, ctx: PageContext): Verdict | null {
  if (u.lines.length > 2) return null;
  if (BYLINE.test(u.text)) return verdict('byline', 'classify/byline', 0.95, `"By" and a name: "${u.text}"`);
  const titled = u.lines.length === 1 ? nameTitleByline(u.text) : null;
  if (titled) return verdict('byline', 'classify/byline-titled', 0.85, `a name, a comma and a job title "${titled.title}"`);
  const next = ctx.units[u.index + 1];
  if (u.lines.length === 1 && PERSON_LINE.test(u.text) && next && isTitle(next.text)) {
    return verdict('byline', 'classify/byline-titled', 0.85, `a name above a job title "${next.text}"`);
  }
  // Name and title in one unit (two lines, no blank between).
  if (u.lines.length === 2 && PERSON_LINE.test(u.lines[0]!.line.text) && isTitle(u.lines[1]!.line.text.trim())) {
    return verdict('byline', 'classify/byline-titled', 0.85, 'a name above a job title');
  }
  return null;
}

/** A job title: one of BYLINE_TITLE's, or capitalised words before a role (ROLE_TITLE), which this rule reads only beside a name. */
function isTitle(text: string): boolean {
  const t = text.trim();
  return BYLINE_TITLE.test(t) || ROLE_TITLE.test(t);
}

/**
 * A job title alone on its line: furniture `other`. One of BYLINE_TITLE's anywhere; capitalised words
 * before a role (`Transportation Reporter`, ROLE_TITLE) only right under a byline.
 */
export function bylineTitleRule(u: UnitInfo, ctx: PageContext): Verdict | null {
  if (u.lines.length !== 1) return null;
  if (BYLINE_TITLE.test(u.text) || (ctx.verdicts[u.index - 1]?.kind === 'byline' && ROLE_TITLE.test(u.text.trim()))) {
    return verdict('furniture', 'classify/byline-title', 0.85, `job title "${u.text}"`, 'other');
  }
  return null;
}
