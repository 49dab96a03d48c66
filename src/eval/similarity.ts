/**
 * String similarity (1 − Levenshtein distance / longer length) and the
 * one-to-one greedy matching the paragraph, subhead, caption and headline
 * metrics use. Same definition as the reference scorer.
 */

/** Tolerance when comparing a length ratio with a threshold. */
const EPSILON = 1e-9;

/**
 * 1 − edit distance / max length, or 0 as soon as the result is known to be
 * below `threshold` (the dynamic programme is banded to the edits allowed).
 */
export function similarity(a: string, b: string, threshold = 0): number {
  if (a === b) return 1;
  const n = a.length;
  const m = b.length;
  const longest = Math.max(n, m);
  if (longest === 0) return 1;
  const maxEdits = Math.floor((1 - threshold) * longest + EPSILON);
  if (Math.abs(n - m) > maxEdits) return 0;
  const FAR = 1e9;
  let prev = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j <= maxEdits ? j : FAR;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - maxEdits);
    const hi = Math.min(m, i + maxEdits);
    cur[0] = i <= maxEdits ? i : FAR;
    if (lo > 1) cur[lo - 1] = FAR;
    let rowMin = cur[0]!;
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const substitute = prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const v = Math.min(substitute, prev[j]! + 1, cur[j - 1]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (hi < m) cur[hi + 1] = FAR;
    if (rowMin > maxEdits) return 0;
    [prev, cur] = [cur, prev];
  }
  const distance = prev[m]!;
  return distance > maxEdits ? 0 : 1 - distance / longest;
}

/** A matched pair: index into the truth list, index into the prediction list, similarity. */
export interface Match {
  truth: number;
  pred: number;
  score: number;
}

/**
 * One-to-one greedy matching of normalised strings: every pair with similarity
 * ≥ threshold, best first (ties in truth-then-prediction order), each item used once.
 */
export function matchStrings(truth: readonly string[], pred: readonly string[], threshold: number): Match[] {
  const pairs: Match[] = [];
  truth.forEach((a, i) => {
    pred.forEach((b, j) => {
      const longest = Math.max(a.length, b.length);
      if (longest === 0) return;
      if (Math.min(a.length, b.length) / longest < threshold - EPSILON) return;
      const score = similarity(a, b, threshold);
      if (score >= threshold) pairs.push({ truth: i, pred: j, score });
    });
  });
  return greedyOneToOne(pairs);
}

/** Keep the best pairs such that no truth or prediction index is used twice (stable on ties). */
export function greedyOneToOne(pairs: Match[]): Match[] {
  const sorted = [...pairs].sort((x, y) => y.score - x.score);
  const usedTruth = new Set<number>();
  const usedPred = new Set<number>();
  const out: Match[] = [];
  for (const p of sorted) {
    if (usedTruth.has(p.truth) || usedPred.has(p.pred)) continue;
    usedTruth.add(p.truth);
    usedPred.add(p.pred);
    out.push(p);
  }
  return out;
}
