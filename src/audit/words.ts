/**
 * The words the audit counts: runs of letters, digits and combining marks,
 * after NFKC (ligatures unfolded) and with invisible characters (soft hyphen,
 * zero-width characters, BOM) removed, lower-cased. Hyphens, dashes, quotes,
 * spaces and punctuation separate words and are not counted: the audit is
 * about text, and those are exactly what the repairs are allowed to change.
 */

/** Characters that are not there for a reader: soft hyphen, zero-width space/joiners, word joiner, BOM. */
const INVISIBLE = /[\u00AD\u200B\u200C\u200D\u2060\uFEFF]/g;
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

export function auditWords(text: string): string[] {
  return text.normalize('NFKC').replace(INVISIBLE, '').toLowerCase().match(WORD) ?? [];
}

/** A multiset of words. */
export class WordBag {
  private readonly counts = new Map<string, number>();

  constructor(words: Iterable<string> = []) {
    for (const w of words) this.add(w);
  }

  add(word: string, n = 1): void {
    const v = (this.counts.get(word) ?? 0) + n;
    if (v > 0) this.counts.set(word, v);
    else this.counts.delete(word);
  }

  /** Remove up to `n` copies; returns how many were removed. */
  take(word: string, n = 1): number {
    const have = this.get(word);
    const k = Math.min(have, n);
    if (k > 0) this.add(word, -k);
    return k;
  }

  get(word: string): number {
    return this.counts.get(word) ?? 0;
  }

  get size(): number {
    let n = 0;
    for (const v of this.counts.values()) n += v;
    return n;
  }

  entries(): Array<[string, number]> {
    return [...this.counts.entries()];
  }

  /** This bag minus `other` (counts floored at zero). */
  minus(other: WordBag): WordBag {
    const out = new WordBag();
    for (const [w, n] of this.counts) {
      const d = n - other.get(w);
      if (d > 0) out.add(w, d);
    }
    return out;
  }
}
