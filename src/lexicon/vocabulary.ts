/**
 * The document's own vocabulary: how often each word form occurs unbroken in
 * the document (inside lines, not at a line end). The best evidence there is
 * for "is `documentary` a word here?" and "is `So-young` written with a hyphen here?".
 *
 * A hyphenated token counts as itself, as each of its parts and as each pair of
 * neighbouring parts, so `14-year-old` is evidence for `year-old` and for `old`.
 */
import type { GalleyDocument } from '../model/types.js';
import { endsInBrokenWord, forEachToken, lastRunStart } from './tokens.js';

export class Vocabulary {
  /** Tokens as printed; folded (lower case, hyphenated parts and pairs) on first query. */
  private readonly raw = new Map<string, number>();
  private folded: Map<string, number> | undefined;
  private closed: Map<string, { at: number; count: number }> | undefined;

  /** Count the words of a text. */
  addText(text: string): void {
    const raw = this.raw;
    forEachToken(text, (token) => {
      raw.set(token, (raw.get(token) ?? 0) + 1);
    });
    this.folded = undefined;
    this.closed = undefined;
  }

  /** Remove one occurrence of a word form (e.g. the token under test, so it is not its own evidence). */
  remove(word: string): void {
    const counts = this.counts();
    const w = word.toLowerCase();
    const n = counts.get(w) ?? 0;
    if (n > 1) counts.set(w, n - 1);
    else counts.delete(w);
    this.closed = undefined;
  }

  /** Case-folded counts, a hyphenated token also counted as its parts and neighbouring pairs. */
  private counts(): Map<string, number> {
    if (this.folded) return this.folded;
    const counts = new Map<string, number>();
    const bump = (w: string, n: number) => counts.set(w, (counts.get(w) ?? 0) + n);
    for (const [token, n] of this.raw) {
      const w = token.toLowerCase();
      bump(w, n);
      if (!w.includes('-')) continue;
      const parts = w.split('-').filter((p) => p !== '');
      for (const p of parts) bump(p, n);
      if (parts.length > 2) for (let i = 0; i + 1 < parts.length; i++) bump(`${parts[i]}-${parts[i + 1]}`, n);
    }
    this.folded = counts;
    return counts;
  }

  /**
   * Two-part hyphenated forms by their closed-up spelling: `cofounder` →
   * `{at: 2, count}` when the document writes `co-founder` (`count` times).
   */
  hyphenatedByClosedForm(): ReadonlyMap<string, { at: number; count: number }> {
    if (!this.closed) {
      this.closed = new Map();
      for (const [w, count] of this.counts()) {
        const at = w.indexOf('-');
        if (at <= 0 || w.indexOf('-', at + 1) !== -1) continue;
        const key = w.slice(0, at) + w.slice(at + 1);
        const seen = this.closed.get(key);
        if (!seen || seen.count < count) this.closed.set(key, { at, count });
      }
    }
    return this.closed;
  }

  /** Occurrences of a word form (case-folded). */
  count(word: string): number {
    return this.counts().get(word.toLowerCase()) ?? 0;
  }

  /** Build from every line of a document, leaving out the broken halves at line ends and starts. */
  static fromDocument(doc: GalleyDocument): Vocabulary {
    const v = new Vocabulary();
    for (const page of doc.pages) {
      let prevBroken = false;
      for (const block of page.blocks) {
        for (const line of block.lines) {
          let text = line.text;
          const broken = endsInBrokenWord(text);
          // A line ending in `x-` holds half a word: leave the last token out.
          if (broken) text = text.slice(0, lastRunStart(text));
          // The line after one ending in `x-` (also across a block break) starts with the other half.
          if (prevBroken) text = text.replace(/^\s*\S+/u, '');
          v.addText(text);
          prevBroken = broken;
        }
      }
    }
    return v;
  }
}
