/**
 * Pull quotes: a sentence of the story printed again in large type inside
 * the columns. Evidence: a short unit whose wording occurs again, in the same
 * order, inside a longer unit of running text on the page (the sentence stays
 * once, in its paragraph; the repeat is furniture). The test: most of its
 * four-word runs (punctuation left out) occur in one longer unit, so a few
 * words an extractor shuffled do not hide the repeat.
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


/** Mark pull quotes among the units no rule has claimed yet (or taken for subheads). */
export function pullQuoteVerdicts(ctx: PageContext): void {
  const { units, verdicts } = ctx;
  const candidates = units.filter((u) => {
    const kind = verdicts[u.index]?.kind;
    return u.words >= MIN_PULLQUOTE_WORDS && u.words <= MAX_PULLQUOTE_WORDS && (kind === undefined || kind === 'subhead');
  });
  if (!candidates.length) return;
  // The running text a quote may come from (units no rule claimed), lower-cased, one string.
  let body = '';
  const starts: number[] = [];
  const owners: number[] = [];
  for (const h of units) {
    if (verdicts[h.index] !== undefined || h.words <= MIN_PULLQUOTE_WORDS) continue;
    starts.push(body.length);
    owners.push(h.index);
    body += ` ${plain(h.text)} \n`;
  }
  const ownerAt = (pos: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return owners[lo]!;
  };
  for (const u of candidates) {
    const w = words(u.text);
    const total = Math.floor(w.length / RUN);
    // One run is thin evidence: then the unit must at least read as a sentence.
    if (total < 2 && !u.endsSentence) continue;
    // Runs that may miss before the share can no longer be reached.
    const mayMiss = total - Math.ceil(total * PULLQUOTE_OVERLAP);
    let runs = 0;
    let missed = 0;
    const found = new Map<number, number>();
    for (let i = 0; i + RUN <= w.length; i += RUN) {
      if (missed > mayMiss) break;
      runs++;
      let hit = false;
      const run = ` ${w.slice(i, i + RUN).join(' ')}`;
      const seen = new Set<number>();
      for (let pos = body.indexOf(run); pos >= 0; pos = body.indexOf(run, pos + 1)) {
        const h = ownerAt(pos);
        if (h === u.index || seen.has(h) || units[h]!.words <= u.words) continue;
        seen.add(h);
        found.set(h, (found.get(h) ?? 0) + 1);
        hit = true;
      }
      if (!hit) missed++;
    }
    const best = total ? Math.max(0, ...found.values()) : 0;
    if (total && best / total >= PULLQUOTE_OVERLAP) {
      verdicts[u.index] = verdict('pullquote', 'classify/pullquote', 0.8, `repeats ${Math.round((100 * best) / total)}% of a longer unit's wording`, 'other');
    }
  }
}

/** The unit's words, lower case, without punctuation (quote marks around a pull quote, commas an extractor moved). */
function words(text: string): string[] {
  return plain(text).split(' ').filter(Boolean);
}

/** Lower case, punctuation and dashes as spaces, single spaces: the words alone. */
function plain(text: string): string {
  return text.toLowerCase().replace(PUNCTUATION, ' ').trim();
}

const PUNCTUATION = /[\s.,;:!?"“”‘’'«»()[\]{}…—–-]+/g;

