/**
 * Pull quotes: a sentence of the story printed again in large type inside
 * the columns. Evidence: a short unit whose wording occurs again, in the same
 * order, inside a longer unit of running text on the page (the sentence stays
 * once, in its paragraph; the repeat is furniture). The test is on words only
 * (quote marks, line breaks and hyphens do not count) and, where an extractor
 * shuffled a few words, on most of its four-word runs.
 */
import { verdict, type PageContext } from './types.js';

/** A pull quote is a sentence or two. */
export const MAX_PULLQUOTE_WORDS = 45;
/** And at least a phrase (shorter repeats happen by chance: names, set phrases). */
export const MIN_PULLQUOTE_WORDS = 6;
/** Share of its four-word runs that must occur in one longer unit. */
export const PULLQUOTE_OVERLAP = 0.8;
/** Words per run. */
const RUN = 4;

const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** Mark pull quotes among the units no rule has claimed yet (or taken for subheads). */
export function pullQuoteVerdicts(ctx: PageContext): void {
  const { units, verdicts } = ctx;
  const candidates = units.filter((u) => {
    const kind = verdicts[u.index]?.kind;
    return u.words >= MIN_PULLQUOTE_WORDS && u.words <= MAX_PULLQUOTE_WORDS && (kind === undefined || kind === 'subhead');
  });
  if (!candidates.length) return;
  // Every four-word run of the running text a quote may come from (units no rule claimed), by unit.
  const where = new Map<string, number[]>();
  for (const h of units) {
    if (verdicts[h.index] !== undefined || h.words <= MIN_PULLQUOTE_WORDS) continue;
    const w = words(h.text);
    for (let i = 0; i + RUN <= w.length; i++) {
      const key = w.slice(i, i + RUN).join(' ');
      const list = where.get(key);
      if (!list) where.set(key, [h.index]);
      else if (list[list.length - 1] !== h.index) list.push(h.index);
    }
  }
  for (const u of candidates) {
    const w = words(u.text);
    let runs = 0;
    const found = new Map<number, number>();
    for (let i = 0; i + RUN <= w.length; i += RUN) {
      runs++;
      for (const h of where.get(w.slice(i, i + RUN).join(' ')) ?? []) {
        if (h !== u.index && units[h]!.words > u.words) found.set(h, (found.get(h) ?? 0) + 1);
      }
    }
    const best = runs ? Math.max(0, ...found.values()) : 0;
    if (runs && best / runs >= PULLQUOTE_OVERLAP) {
      verdicts[u.index] = verdict('pullquote', 'classify/pullquote', 0.8, `repeats ${Math.round((100 * best) / runs)}% of a longer unit's wording`, 'other');
    }
  }
}

function words(text: string): string[] {
  return text.toLowerCase().replace(NON_WORD, ' ').trim().split(' ');
}

