/**
 * OCR page-geometry hints: the OCR readers mark the top (bottom) row of a
 * page's blocks as `running-head` (`running-foot`) when it is a row of
 * small-type lines alone in the page's top (bottom) band holding a page
 * number, a date or a web address (src/readers/xml/running-heads.ts). Every
 * line of such a row is page furniture, including the words beside the
 * evidence (a section name, the paper's name) that the text-only rules cannot
 * tell from a headline. Only `running-head` / `running-foot` decide here; the
 * engines' own labels (`heading`, `caption`, `float`) stay evidence for the
 * later rules.
 */
import type { FurnitureType, OcrHint } from '../../../model/types.js';
import { FOLIO } from '../patterns.js';
import { BOXED_CONFIDENCE } from '../../../readers/xml/ruled-boxes.js';
import type { UnitInfo } from '../units.js';
import { verdict, type PageContext, type Verdict } from './types.js';

/** The geometry hints that make a unit furniture, and the furniture type of each. */
export const FURNITURE_HINTS: ReadonlyMap<OcrHint, FurnitureType> = new Map<OcrHint, FurnitureType>([
  ['running-head', 'header'],
  ['running-foot', 'footer'],
]);

/** Confidence of a hint verdict: the reader's evidence is geometric and specific (band, type size, a date or folio). */
export const HINT_CONFIDENCE = 0.9;

/** The one hint every line of the unit carries (or the block, when its lines carry none), else null. */
function sharedHint(u: UnitInfo): OcrHint | null {
  const lines = u.block.lines;
  if (lines.length === 0) return null;
  const first = lines[0]!.hint ?? u.block.hint;
  if (!first) return null;
  return lines.every((l) => (l.hint ?? u.block.hint) === first) ? first : null;
}

/** The one furniture hint every line of the unit carries (or the block, when its lines carry none), else null. */
export function unitHint(u: UnitInfo): OcrHint | null {
  const hint = sharedHint(u);
  return hint && FURNITURE_HINTS.has(hint) ? hint : null;
}

/**
 * Verdicts for the units the readers marked as running head or foot, or as the text of a small ruled box
 * (`boxed`: an advert, src/readers/xml/ruled-boxes.ts, as sure as the reader's reading), by unit index.
 */
export function hintVerdicts(ctx: PageContext): Map<number, Verdict> {
  const out = new Map<number, Verdict>();
  for (const u of ctx.units) {
    if (sharedHint(u) === 'boxed') {
      out.set(u.index, verdict('advert', 'classify/boxed-advert', BOXED_CONFIDENCE, `"${u.text}" is text of a small box drawn by rules, read as an advert by the OCR reader`, 'other'));
      continue;
    }
    const hint = unitHint(u);
    if (!hint) continue;
    // A unit that is only a page number is a folio, whichever band it is in.
    const type = FOLIO.test(u.text) ? 'folio' : FURNITURE_HINTS.get(hint)!;
    out.set(u.index, verdict('furniture', `classify/furniture-hint`, HINT_CONFIDENCE, `the OCR reader marked "${u.text}" as ${hint} (page-geometry row)`, type));
  }
  return out;
}
