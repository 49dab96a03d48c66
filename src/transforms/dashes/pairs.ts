/**
 * The paired-dash structure: dashes come in pairs around an aside
 * (`rebels-armed by Paris and London-fought`, `Ruiz-mother of the current
 * director Eva Ruiz-was`, `Bombay-now Mumbai-while`). A closed-up hyphen whose
 * nearest neighbouring dash in the same sentence, a few words away, is itself a
 * (likely) dash, is likely the other half of the pair.
 */
import type { Flow } from './flow.js';

/** Partner already decisive on its own evidence (≥ threshold): the hyphen is its other half. */
export const W_PAIR_CONFIDENT = 3;
/**
 * Partner with some dash evidence of its own (≥ 1), as this one has: each supports the
 * other, if no comma, semicolon or colon stands between them (two hinted compounds in
 * a list, `hands-on training, a how-to manual`, frame no aside).
 */
export const W_PAIR_WEAK = 2;
/** Partner is a printed dash (or a line-end hyphen read as one) and this one has some evidence of its own (no clause break between, as for a weak partner). */
export const W_PAIR_PRINTED = 2;
/**
 * Longest aside, in tokens between the two dashes. Asides in news prose run to a
 * clause (`all members of the national squad, picked for a season of training
 * and travel` is 14); beyond 20 tokens two hyphens are unrelated.
 */
export const PAIR_MAX_TOKENS = 20;
/**
 * Own score a candidate needs to take a bonus from each kind of partner. An opener
 * (partner after it) may have no evidence of its own: the aside starts with any word
 * (`Ruiz-mother of … Ruiz-was`). A closer (partner before it) needs a hint of its own
 * (`travel-left for`, `threat-to frame`): a confident dash is often followed, in the
 * same sentence, by an ordinary compound that closes nothing (`survey-has become a
 * better-remembered`).
 */
export const PAIR_MIN_OWN = { confidentAfter: 0, confidentBefore: 1, weak: 1, printed: 1 } as const;

interface Neighbour {
  pos: number;
  /** Own score of a candidate partner; undefined for a printed dash. */
  own: number | undefined;
}

/**
 * The pair bonus of each candidate (same order as `candidates`), given every
 * candidate's own score and the printed dashes of the page.
 */
export function pairBonuses(flow: Flow, own: readonly number[], threshold: number): number[] {
  const { candidates, marks } = flow;
  const all: Neighbour[] = [
    ...candidates.map((c, i) => ({ pos: c.pos, own: own[i] })),
    ...marks.map((m) => ({ pos: m.pos, own: undefined })),
  ].sort((a, b) => a.pos - b.pos);
  return candidates.map((c, i) => {
    const mine = own[i]!;
    // An aside starts with the word after the hyphen: not when punctuation closes it at
    // once, nor inside a chain of hyphens (`three-men-and-a-helper`).
    if (c.trailing !== '' || c.hyphens >= 2) return 0;
    const neighbours = [nearest(all, c.pos, -1), nearest(all, c.pos, 1)] as const;
    // The most a neighbour can give is its `bonus`, before what stands between is read: where neither
    // can give one, the answer is 0 whatever the text between them (the frame test below only ever
    // answers 0 too), and it is not read (`between` scans up to PAIR_MAX_TOKENS tokens each way). Most
    // candidates have no evidence of their own, and then only a confident partner after them can give one.
    if (neighbours.every((n, k) => !n || bonus(mine, n.own, threshold, k === 0 ? -1 : 1) === 0)) return 0;
    const near = ([-1, 1] as const).map((dir, k) => {
      const n = neighbours[k];
      if (!n) return undefined;
      const span = dir < 0 ? flow.between(n.pos, c.pos, PAIR_MAX_TOKENS) : flow.between(c.pos, n.pos, PAIR_MAX_TOKENS);
      // A printed dash right next to the hyphen's token leaves a one-word aside (`rebels-armed —`,
      // what a chain `rebels-armed-the` becomes once repaired): no frame.
      if (n.own === undefined && span.tokens <= 1) return undefined;
      return span.tokens <= PAIR_MAX_TOKENS && !span.sentenceEnd ? { n, clauseBreak: span.clauseBreak } : undefined;
    });
    // Dashes on both sides already frame an aside this hyphen sits inside
    // (`America-the avant-garde Paris of … Picasso-the`): it is no part of the frame.
    if (near.every((x) => x && isDash(x.n, threshold))) return 0;
    let best = 0;
    near.forEach((x, k) => {
      if (!x) return;
      // Hints on both sides (a weak partner, or a printed dash and a hinted hyphen) need a clean aside.
      const weak = x.n.own === undefined || x.n.own < threshold;
      if (weak && x.clauseBreak) return;
      best = Math.max(best, bonus(mine, x.n.own, threshold, k === 0 ? -1 : 1));
    });
    return best;
  });
}

/** A printed dash, or a candidate decisive on its own. */
function isDash(n: Neighbour, threshold: number): boolean {
  return n.own === undefined || n.own >= threshold;
}

function bonus(mine: number, partner: number | undefined, threshold: number, dir: -1 | 1): number {
  if (partner === undefined) return mine >= PAIR_MIN_OWN.printed ? W_PAIR_PRINTED : 0;
  if (partner >= threshold) {
    const min = dir > 0 ? PAIR_MIN_OWN.confidentAfter : PAIR_MIN_OWN.confidentBefore;
    return mine >= min ? W_PAIR_CONFIDENT : 0;
  }
  if (partner >= 1) return mine >= PAIR_MIN_OWN.weak ? W_PAIR_WEAK : 0;
  return 0;
}

/** The nearest neighbour in another token, before (`dir` −1) or after (+1); `all` is sorted by position. */
function nearest(all: readonly Neighbour[], at: number, dir: -1 | 1): Neighbour | undefined {
  // First index whose position is ≥ at (dir −1) or > at (dir +1), by binary search.
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dir < 0 ? all[mid]!.pos < at : all[mid]!.pos <= at) lo = mid + 1;
    else hi = mid;
  }
  return dir < 0 ? all[lo - 1] : all[lo];
}
