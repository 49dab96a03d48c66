/**
 * The document's own vocabulary: how often each word form occurs unbroken in
 * the document (inside lines, not at a line end). The best evidence there is
 * for "is `documentary` a word here?" and "is `So-young` written with a hyphen here?".
 *
 * A hyphenated token counts as itself, as each of its parts and as each pair of
 * neighbouring parts, so `14-year-old` is evidence for `year-old` and for `old`.
 */
import type { GalleyDocument } from '../model/types.js';
import { forEachToken } from './tokens.js';


/** A line ending in half a word: `x-` with x a letter or digit. */
const BROKEN_END = /[\p{L}\p{N}]-$/u;

export class Vocabulary {
  private readonly counts = new Map<string, number>();
  private closed: Map<string, { at: number; count: number }> | undefined;

  private bump(w: string): void {
    this.counts.set(w, (this.counts.get(w) ?? 0) + 1);
    if (this.closed) this.closed = undefined;
  }

  /** Count the words of a text. */
  addText(text: string): void {
    forEachToken(text, (token) => {
      const w = token.toLowerCase();
      this.bump(w);
      if (!w.includes('-')) return;
      const parts = w.split('-').filter((p) => p !== '');
      for (const p of parts) this.bump(p);
      if (parts.length > 2) for (let i = 0; i + 1 < parts.length; i++) this.bump(`${parts[i]}-${parts[i + 1]}`);
    });
  }

  /** Remove one occurrence of a word form (e.g. the token under test, so it is not its own evidence). */
  remove(word: string): void {
    const w = word.toLowerCase();
    const n = this.counts.get(w) ?? 0;
    if (n > 1) this.counts.set(w, n - 1);
    else this.counts.delete(w);
    this.closed = undefined;
  }

  /**
   * Two-part hyphenated forms by their closed-up spelling: `cofounder` →
   * `{at: 2, count}` when the document writes `co-founder` (`count` times).
   */
  hyphenatedByClosedForm(): ReadonlyMap<string, { at: number; count: number }> {
    if (!this.closed) {
      this.closed = new Map();
      for (const [w, count] of this.counts) {
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
    return this.counts.get(word.toLowerCase()) ?? 0;
  }

  /** Build from every line of a document, leaving out the broken halves at line ends and starts. */
  static fromDocument(doc: GalleyDocument): Vocabulary {
    const v = new Vocabulary();
    for (const page of doc.pages) {
      let prev = '';
      for (const block of page.blocks) {
        for (let i = 0; i < block.lines.length; i++) {
          let text = block.lines[i]!.text;
          // A line ending in `x-` holds half a word: leave the last token out.
          const endsBroken = BROKEN_END.test(text.trimEnd());
          if (endsBroken) text = text.replace(/\S+\s*$/u, '');
          // The line after one ending in `x-` (also across a block break) starts with the other half.
          if (BROKEN_END.test(prev)) text = text.replace(/^\s*\S+/u, '');
          v.addText(text);
          prev = block.lines[i]!.text.trimEnd();
        }
      }
    }
    return v;
  }
}
