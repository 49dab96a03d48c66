/**
 * A dateline set on a line of its own: a place (and its date or agency) alone (`MOSCOW (Reuters)`)
 * with the dash that ends a dateline opening the next unit (`— Patrick Leopold Gordon…`). When the
 * two are one block, ../edges.ts cuts the dateline off the paragraph; a PDF or OCR reader may give the
 * dateline a block of its own (d2_001 PDF: indented, so a box apart), where it read as a caption
 * ending in the credit `(Reuters)` or as a subhead. Likewise a dateline with its dash alone on its
 * line (`ROTTERDAM, Netherlands —` ⏎ `The port…`).
 */
import { datelineBeforeDash, datelineIn } from '../patterns.js';
import type { UnitInfo } from '../units.js';
import { verdict, type PageContext, type Verdict } from './types.js';

/** A unit of one line, a place alone, the next unit opening with the dateline's dash (patterns.ts datelineBeforeDash). */
export function datelineAloneRule(u: UnitInfo, ctx: PageContext): Verdict | null {
  const next = ctx.units[u.index + 1];
  if (u.lines.length !== 1 || !next) return null;
  if (datelineBeforeDash(u.text, next.lines[0]!.line.text)) {
    return verdict('dateline', 'classify/dateline-alone', 0.85, `a place alone on its line, the next opening with the dateline's dash: "${u.text}"`);
  }
  if (next.startsUpper && wholeDateline(u.text)) {
    return verdict('dateline', 'classify/dateline-alone', 0.85, `a dateline and its dash alone on their line, the text going on in the next unit: "${u.text}"`);
  }
  return null;
}

/**
 * A line that is a dateline with its dash and nothing after (`ROTTERDAM, Netherlands —`): a long place
 * fills a narrow column's first line, or the PDF reader boxed the line apart (a bold dateline reads as a
 * subhead); the text starts on the next line, with a capital.
 */
function wholeDateline(text: string): boolean {
  const m = datelineIn(text);
  return m !== null && text.slice(m[0].length).trim() === '';
}
