/** Small counting helpers shared by the classify rules. */

/** The key with the largest count (the first such key on a tie), or null for no counts. */
export function mostCommon<K>(counts: ReadonlyMap<K, number>): K | null {
  let best: K | null = null;
  let n = 0;
  for (const [key, c] of counts) {
    if (c > n) {
      n = c;
      best = key;
    }
  }
  return best;
}
