/**
 * Article fields taken from blocks: the byline's names (without `By` and the
 * job title), the credit without its dash or brackets.
 */
import type { Block } from '../../model/types.js';
import { joinLines } from '../../text/join.js';
import { BYLINE_TITLE, parseByline, ROLE_TITLE } from '../classify/patterns.js';

/** The name(s) of a byline block and its title, if printed with it. */
export function bylineName(block: Block): { name: string; title: string | null } {
  const lines = block.lines.map((l) => l.text.trim());
  // Name line over a title line.
  if (lines.length === 2 && (BYLINE_TITLE.test(lines[1]!) || ROLE_TITLE.test(lines[1]!))) {
    const first = parseByline(lines[0]!);
    return { name: first ? first.names : lines[0]!, title: lines[1]! };
  }
  const text = joinLines(block.lines);
  const m = parseByline(text);
  if (m) return { name: m.names, title: m.title };
  return { name: text.replace(/^\s*by\s+/iu, ''), title: null };
}

/** A credit as printed, without a leading dash and surrounding brackets: `— AFP photos` → `AFP photos`. */
export function cleanCredit(text: string): string {
  return text
    .trim()
    .replace(/^[\s\u2014\u2013-]+/u, '')
    .replace(/^\((.*)\)$/u, '$1')
    .trim();
}
