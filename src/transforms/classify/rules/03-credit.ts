/**
 * Lines that are only a credit (`— AFP photos`, `(Reuters)`, `Photo: NAME`,
 * `NAME / PAPER`) and jump lines (`Continued on Page 6`). Whether a credit is a
 * caption's or the story's sign-off is decided later, from its neighbours.
 */
import { creditOnly } from '../../reflow/boundaries.js';
import { isJumpLine } from '../patterns.js';
import type { UnitInfo } from '../units.js';
import { verdict, type Verdict } from './types.js';

export function creditRule(u: UnitInfo): Verdict | null {
  if (u.lines.length > 2 || u.words > 8) return null;
  if (creditOnly(u.text)) return verdict('caption-credit', 'classify/credit', 0.85, `credit form: "${u.text}"`);
  return null;
}

export function jumpRule(u: UnitInfo): Verdict | null {
  if (u.lines.length <= 2 && isJumpLine(u.text)) return verdict('jump', 'classify/jump', 0.95, `jump line: "${u.text}"`, 'other');
  return null;
}
