/**
 * The document's own vocabulary: how often each word form occurs unbroken in
 * the document (inside lines, not at a line end). The best evidence there is
 * for "is `documentary` a word here?" and "is `So-young` written with a hyphen here?".
 *
 * A hyphenated token counts as itself, as each of its parts and as each pair of
 * neighbouring parts, so `14-year-old` is evidence for `year-old` and for `old`.
 */
import type { GalleyDocument } from '../model/types.js';
import { endsInBrokenWord, forEachToken, isAlnumAt, isSeparatorCode, lastRunStart } from './tokens.js';
import { lowerCase } from '../text/ascii.js';

/**
 * A word form's count, in a box of its own: a form met again (most tokens of a page) is counted with
 * one look-up instead of a get and a set, and the map keeps its order (forms in order of first use).
 */
interface Tally {
  n: number;
}

export class Vocabulary {
  /** Case-folded counts, a hyphenated token also counted as its parts and neighbouring pairs (kept up to date as text is added). */
  private readonly folded = new Map<string, Tally>();
  private closed: Map<string, { at: number; count: number }> | undefined;
  /** Bound once: `addText` passes it to the tokenizer for every line of a document. */
  private readonly addToken = (token: string): void => {
    const w = token.toLowerCase();
    this.bump(w);
    if (w.indexOf('-') !== -1) this.addParts(w);
  };

  private bump(w: string): void {
    const tally = this.folded.get(w);
    if (tally !== undefined) tally.n++;
    else this.folded.set(w, { n: 1 });
  }

  /**
   * Count the words of a text. The text is lower-cased once rather than token
   * by token, where that gives the same tokens: not when lower-casing changes
   * its length (`İ`) or depends on the context (Greek final sigma).
   */
  addText(text: string): void {
    const lower = text.toLowerCase();
    if (lower.length === text.length && text.indexOf('\u03a3') === -1) this.addLowerTokens(lower);
    else forEachToken(text, this.addToken);
    this.closed = undefined;
  }

  /**
   * Count the tokens of a text already lower-cased: `forEachToken`'s tokens (the same loop), each
   * counted as `addToken` counts it, with no call per token, and a hyphen looked for only in a run
   * that holds one (a document's every token passes here: it is most of the vocabulary's cost).
   */
  private addLowerTokens(text: string): void {
    const n = text.length;
    let i = 0;
    while (i < n) {
      while (i < n && isSeparatorCode(text.charCodeAt(i))) i++;
      if (i >= n) return;
      const runStart = i;
      let hyphen = false;
      for (; i < n; i++) {
        const c = text.charCodeAt(i);
        if (isSeparatorCode(c)) break;
        if (c === 45) hyphen = true;
      }
      let s = runStart;
      let e = i;
      while (s < e && !isAlnumAt(text, s)) s++;
      while (e > s && !isAlnumAt(text, e - 1)) e--;
      if (e > s) {
        const w = text.slice(s, e);
        this.bump(w);
        if (hyphen && w.indexOf('-') !== -1) this.addParts(w);
      }
    }
  }

  /** `14-year-old` also counts as `14`, `year`, `old`, `14-year`, `year-old` (pairs only in chains of three or more). */
  private addParts(w: string): void {
    const parts = w.split('-').filter((p) => p !== '');
    for (const p of parts) this.bump(p);
    if (parts.length > 2) for (let i = 0; i + 1 < parts.length; i++) this.bump(`${parts[i]}-${parts[i + 1]}`);
  }

  /** Remove one occurrence of a word form (e.g. the token under test, so it is not its own evidence). */
  remove(word: string): void {
    const w = word.toLowerCase();
    const tally = this.folded.get(w);
    if (tally !== undefined && tally.n > 1) tally.n--;
    else this.folded.delete(w);
    this.closed = undefined;
  }

  /**
   * Two-part hyphenated forms by their closed-up spelling: `cofounder` →
   * `{at: 2, count}` when the document writes `co-founder` (`count` times).
   */
  hyphenatedByClosedForm(): ReadonlyMap<string, { at: number; count: number }> {
    if (!this.closed) {
      this.closed = new Map();
      for (const [w, { n: count }] of this.folded) {
        const at = w.indexOf('-');
        if (at <= 0 || w.indexOf('-', at + 1) !== -1) continue;
        const key = w.slice(0, at) + w.slice(at + 1);
        const seen = this.closed.get(key);
        if (!seen || seen.count < count) this.closed.set(key, { at, count });
      }
    }
    return this.closed;
  }

  /**
   * The closed-up spellings `hyphenatedByClosedForm` is keyed by, in its order, that are at least
   * `minLength` long: the same keys without building the map (most documents only ask whether
   * any of them occurs closed up, see ../transforms/dehyphenate/rules/restore-compound.ts).
   */
  closedForms(minLength = 0): string[] {
    if (this.closed) return [...this.closed.keys()].filter((k) => k.length >= minLength);
    const out = new Set<string>();
    for (const w of this.folded.keys()) {
      // The closed form is one character shorter than the hyphenated one: shorter ones are not built.
      if (w.length - 1 < minLength) continue;
      const at = w.indexOf('-');
      if (at <= 0 || w.indexOf('-', at + 1) !== -1) continue;
      out.add(w.slice(0, at) + w.slice(at + 1));
    }
    return [...out];
  }

  /** Occurrences of a word form (case-folded). */
  count(word: string): number {
    return this.folded.get(lowerCase(word))?.n ?? 0;
  }

  /** `count` of a form the caller has already lower-cased (`toLowerCase`): the form is not scanned again. */
  countLower(lower: string): number {
    return this.folded.get(lower)?.n ?? 0;
  }

  /** Build from every line of a document, leaving out the broken halves at line ends and starts. */
  static fromDocument(doc: GalleyDocument): Vocabulary {
    const v = new Vocabulary();
    // Every line's countable text, counted in one pass (a line break separates tokens as a space does).
    const texts: string[] = [];
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
          texts.push(text);
          prevBroken = broken;
        }
      }
    }
    v.addText(texts.join('\n'));
    return v;
  }
}
