/**
 * Caption repair, on blocks classified `caption`:
 * - two side-by-side captions an extractor glued into one line are split: at a
 *   sentence end followed at once by a capital (`…championship.Corgi dogs race…`),
 *   and, with a space between, where the first part repeats a caption printed
 *   elsewhere on the page (identical captions for different photos stay separate);
 * - a credit at the end (`— AFP photos`, `(Reuters)`, `Photo: NAME`) is cut off
 *   into a `caption-credit` block; segment gives it to the caption before it.
 * Captions wrapped over several short lines are already one block (reflow/split).
 */
import type { Block, GalleyDocument, Page } from '../../model/types.js';
import { joinLines } from '../../text/join.js';
import { creditTail } from '../classify/patterns.js';
import { cutBlock } from '../reflow/blocks.js';
import type { Transform } from '../types.js';

/** A sentence end with no space before a new capitalised word: two captions side by side. */
const GLUED = /(?<=[\p{Ll}\p{N}][.!?…]["”’)]?)(?=\p{Lu}\p{Ll})/gu;
/** A sentence end, a space, a capital: where a spaced pair of captions may split. */
const SENTENCE_GAP = /(?<=[.!?…]["”’)]?) +(?=[\p{Lu}“"‘])/gu;
/** A repeated caption must be at least this long to be evidence (a short phrase repeats by chance). */
export const MIN_REPEATED_CAPTION = 30;

export function createCaptions(): Transform {
  return (doc: GalleyDocument) => {
    for (const page of doc.pages) repairPage(page, doc);
  };
}

function repairPage(page: Page, doc: GalleyDocument): void {
  let blocks: Block[] = [];
  for (const block of page.blocks) {
    if (block.kind !== 'caption') blocks.push(block);
    else blocks.push(...splitGlued(block, doc));
  }
  // Captions known on the page, to find spaced pairs that begin with one of them.
  const known = new Set(blocks.filter((b) => b.kind === 'caption').map((b) => key(stripCredit(joinLines(b.lines)))));
  const out: Block[] = [];
  for (const block of blocks) {
    if (block.kind !== 'caption') {
      out.push(block);
      continue;
    }
    out.push(...splitRepeated(block, known, doc));
  }
  blocks = [];
  for (const block of out) {
    if (block.kind !== 'caption') blocks.push(block);
    else blocks.push(...splitCredit(block, doc));
  }
  page.blocks = blocks;
}

/** Split at sentence ends glued to the next capital (`championship.Corgi`). */
function splitGlued(block: Block, doc: GalleyDocument): Block[] {
  for (let li = 0; li < block.lines.length; li++) {
    const text = block.lines[li]!.text;
    GLUED.lastIndex = 0;
    const m = GLUED.exec(text);
    if (!m || m.index === 0) continue;
    const parts = cutBlock(block, li, m.index);
    if (!parts) continue;
    const [a, b] = parts;
    b.decision = { rule: 'captions/split-glued', confidence: 0.85, evidence: 'a sentence end glued to a capital: two captions side by side' };
    doc.messages.push({
      rule: 'captions/split-glued',
      severity: 'info',
      text: 'two side-by-side captions split at a glued sentence end',
      source: b.source,
      confidence: 0.85,
    });
    return [a, ...splitGlued(b, doc)];
  }
  return [block];
}

/** Split a caption that begins with a whole caption printed elsewhere, followed by more sentences. */
function splitRepeated(block: Block, known: Set<string>, doc: GalleyDocument): Block[] {
  for (let li = 0; li < block.lines.length; li++) {
    const line = block.lines[li]!;
    SENTENCE_GAP.lastIndex = 0;
    for (const m of line.text.matchAll(SENTENCE_GAP)) {
      const before = joinLines([...block.lines.slice(0, li), { ...line, text: line.text.slice(0, m.index) }]);
      const k = key(before);
      if (k.length < MIN_REPEATED_CAPTION || !known.has(k)) continue;
      const parts = cutBlock(block, li, m.index! + m[0].length);
      if (!parts) continue;
      const [a, b] = parts;
      b.decision = { rule: 'captions/split-repeated', confidence: 0.75, evidence: 'begins with a caption printed elsewhere on the page' };
      doc.messages.push({
        rule: 'captions/split-repeated',
        severity: 'info',
        text: 'two side-by-side captions split after a caption repeated on the page',
        source: b.source,
        confidence: 0.75,
      });
      return [a, ...splitRepeated(b, known, doc)];
    }
  }
  return [block];
}

/** Cut the credit off the end of a caption. */
function splitCredit(block: Block, doc: GalleyDocument): Block[] {
  const li = block.lines.length - 1;
  const last = block.lines[li]!;
  const text = joinLines(block.lines);
  {
    const m = creditTail(text);
    if (!m || m.index === 0) return [block];
    // The credit may wrap over the last two lines (`Photo: Tomasz` ⏎ `Castillo`); cut where it starts.
    const creditText = m.printed;
    const lastText = last.text.trim();
    let parts: [Block, Block] | null = null;
    if (lastText.length >= creditText.length) {
      const at = last.text.lastIndexOf(creditText);
      parts = at >= 0 ? cutBlock(block, li, at) : null;
    } else if (li > 0) {
      const prev = block.lines[li - 1]!;
      const head = creditText.slice(0, creditText.length - lastText.length).trim();
      const at = prev.text.lastIndexOf(head);
      parts = at >= 0 ? cutBlock(block, li - 1, at) : null;
    }
    if (!parts) return [block];
    const [caption, credit] = parts;
    credit.kind = 'caption-credit';
    credit.decision = { rule: 'captions/credit', confidence: 0.85, evidence: `photo credit at the caption's end: "${m.credit}"` };
    doc.messages.push({ rule: 'captions/credit', severity: 'info', text: `credit "${m.credit}" cut off the caption`, source: credit.source, confidence: 0.85 });
    return [caption, credit];
  }
  return [block];
}

function stripCredit(text: string): string {
  const m = creditTail(text);
  return m && m.index > 0 ? text.slice(0, m.index) : text;
}

function key(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
