/**
 * The document's own vocabulary: how often each word form occurs unbroken in
 * the document (inside lines, not at a line end). The best evidence there is
 * for "is `documentary` a word here?" and "is `So-young` written with a hyphen here?".
 */
import type { GalleyDocument } from '../model/types.js';

/** A word token: letters, digits, apostrophes and inner hyphens. */
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

export class Vocabulary {
  private readonly counts = new Map<string, number>();

  /** Count the words of a text. `skipLast` leaves out a trailing word broken at a line end. */
  addText(text: string): void {
    for (const m of text.matchAll(TOKEN)) {
      const w = m[0].toLowerCase();
      this.counts.set(w, (this.counts.get(w) ?? 0) + 1);
    }
  }

  /** Occurrences of a word form (case-folded). */
  count(word: string): number {
    return this.counts.get(word.toLowerCase()) ?? 0;
  }

  /** Build from every line of a document, leaving out the broken halves at line ends and starts. */
  static fromDocument(doc: GalleyDocument): Vocabulary {
    const v = new Vocabulary();
    for (const page of doc.pages) {
      for (const block of page.blocks) {
        for (let i = 0; i < block.lines.length; i++) {
          let text = block.lines[i]!.text;
          // A line ending in `x-` holds half a word: leave the last token out.
          if (/\p{L}-$/u.test(text)) text = text.replace(/\S+$/u, '');
          // The line after one ending in `x-` starts with the other half.
          const prev = i > 0 ? block.lines[i - 1]!.text : '';
          if (/\p{L}-$/u.test(prev)) text = text.replace(/^\S+/u, '');
          v.addText(text);
        }
      }
    }
    return v;
  }
}
