/**
 * Pull quotes: a sentence of the story printed again in large type inside
 * the columns. Evidence: a short unit whose words occur again, in the same
 * order, in another unit of the page (the sentence stays once, in its
 * paragraph; the repeat is furniture). Word 3-grams make the test robust to
 * quote marks, line breaks and hyphenation.
 */
import type { UnitInfo } from '../units.js';
import { verdict, type PageContext } from './types.js';

/** A pull quote is a sentence or two. */
export const MAX_PULLQUOTE_WORDS = 45;
/** And at least a phrase (shorter repeats happen by chance: names, set phrases). */
export const MIN_PULLQUOTE_WORDS = 6;
/** Share of its word 3-grams that must occur in another unit of the page. */
export const PULLQUOTE_OVERLAP = 0.8;

const WORD = /[\p{L}\p{N}]+/gu;

function grams(text: string): string[] {
  const w = (text.toLowerCase().match(WORD) ?? []) as string[];
  const out: string[] = [];
  for (let i = 0; i + 2 < w.length; i++) out.push(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  return out;
}

/** Mark pull quotes among the units no rule has claimed yet (or claimed as captions or headings). */
export function pullQuoteVerdicts(ctx: PageContext): void {
  const { units, verdicts } = ctx;
  const candidates = units.filter((u) => isCandidate(u, verdicts[u.index]?.kind));
  if (!candidates.length) return;
  // Where each 3-gram occurs, by unit.
  const where = new Map<string, Set<number>>();
  for (const u of units) {
    if (u.words < MIN_PULLQUOTE_WORDS) continue;
    for (const g of grams(u.text)) {
      let s = where.get(g);
      if (!s) where.set(g, (s = new Set()));
      s.add(u.index);
    }
  }
  for (const u of candidates) {
    const gs = grams(u.text);
    if (!gs.length) continue;
    // The other unit that holds most of this one's 3-grams.
    const hits = new Map<number, number>();
    for (const g of gs) for (const k of where.get(g) ?? []) if (k !== u.index) hits.set(k, (hits.get(k) ?? 0) + 1);
    let best = -1;
    let bestHits = 0;
    for (const [k, n] of hits) {
      // The sentence's own place is running text (a caption repeated under two photos is not a pull quote).
      if (n > bestHits && units[k]!.words > u.words && verdicts[k] === undefined) {
        best = k;
        bestHits = n;
      }
    }
    if (best >= 0 && bestHits / gs.length >= PULLQUOTE_OVERLAP) {
      verdicts[u.index] = verdict('pullquote', 'classify/pullquote', 0.8, `repeats ${Math.round((100 * bestHits) / gs.length)}% of a longer unit's wording`, 'other');
    }
  }
}

function isCandidate(u: UnitInfo, kind: string | undefined): boolean {
  if (u.words < MIN_PULLQUOTE_WORDS || u.words > MAX_PULLQUOTE_WORDS) return false;
  return kind === undefined || kind === 'subhead';
}
