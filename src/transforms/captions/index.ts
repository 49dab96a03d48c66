/**
 * Caption repair, on blocks classified `caption`:
 * - a block holding two captions printed side by side is split where the
 *   second begins (./pairs.ts); identical captions for different photos stay
 *   separate captions;
 * - a credit at the end (`— AFP photos`, `(Reuters)`, `Photo: NAME`) is cut off
 *   into a `caption-credit` block; segment gives it to the caption before it.
 * - a caption an OCR engine cut into two blocks (classify/caption-split: the second
 *   piece starts in lower case, the first stops without a sentence end) is one block again.
 * Captions wrapped over several short lines are already one block (reflow/split).
 */
import type { Block, GalleyDocument, Page } from '../../model/types.js';
import { creditTail } from '../classify/patterns.js';
import type { Transform } from '../types.js';
import { captionKey, secondCaption } from './pairs.js';
import { blockText, cutAtOffset } from './text.js';
import { makeBlock } from '../reflow/blocks.js';
import { joinLines } from '../../text/join.js';

export function createCaptions(): Transform {
  return (doc: GalleyDocument) => {
    for (const page of doc.pages) repairPage(page, doc);
  };
}

function repairPage(page: Page, doc: GalleyDocument): void {
  joinSplitCaptions(page, doc);
  // Captions known on the page (credit left off), to find pairs that begin with one of them.
  const known = new Set<string>();
  for (const b of page.blocks) {
    if (b.kind !== 'caption') continue;
    const { text } = blockText(b);
    const m = creditTail(text);
    known.add(captionKey(m && m.index > 0 ? text.slice(0, m.index) : text));
    // Each glued part is a caption too.
    for (const part of text.split(/(?<=[\p{Ll}\p{N}][.!?…]["”’)]?)(?=\p{Lu}\p{Ll})/u)) known.add(captionKey(part));
  }
  const out: Block[] = [];
  for (const block of page.blocks) {
    if (block.kind !== 'caption') {
      out.push(block);
      continue;
    }
    for (const part of splitPairs(block, known, doc)) out.push(...splitCredit(part, doc));
  }
  page.blocks = out;
}

/** Split a caption block into the captions it holds. */
function splitPairs(block: Block, known: ReadonlySet<string>, doc: GalleyDocument): Block[] {
  const out: Block[] = [];
  let rest = block;
  for (;;) {
    const bt = blockText(rest);
    const split = secondCaption(bt.text, known);
    const parts = split ? cutAtOffset(rest, bt, split.offset) : null;
    if (!split || !parts) break;
    const [a, b] = parts;
    b.decision = { rule: split.rule, confidence: 0.8, evidence: split.evidence };
    doc.messages.push({ rule: split.rule, severity: 'info', text: `two captions split: ${split.evidence}`, source: b.source, confidence: 0.8 });
    out.push(a);
    rest = b;
  }
  out.push(rest);
  return out;
}

/** Cut the credit off the end of a caption. */
function splitCredit(block: Block, doc: GalleyDocument): Block[] {
  const bt = blockText(block);
  const m = creditTail(bt.text);
  if (!m || m.index === 0) return [block];
  const parts = cutAtOffset(block, bt, m.index);
  if (!parts) return [block];
  const [caption, credit] = parts;
  credit.kind = 'caption-credit';
  credit.decision = { rule: 'captions/credit', confidence: 0.85, evidence: `photo credit at the caption's end: "${m.credit}"` };
  doc.messages.push({ rule: 'captions/credit', severity: 'info', text: `credit "${m.credit}" cut off the caption`, source: credit.source, confidence: 0.85 });
  return [caption, credit];
}

/** Join the two pieces of a caption classify found cut in two (classify/caption-split): one caption block again. */
function joinSplitCaptions(page: Page, doc: GalleyDocument): void {
  const out: Block[] = [];
  for (const block of page.blocks) {
    const prev = out[out.length - 1];
    if (prev && prev.kind === 'caption' && block.kind === 'caption' && prev.decision?.rule === 'classify/caption-split' && block.decision?.rule === 'classify/caption-split') {
      const joined = makeBlock([...prev.lines, ...block.lines], 'caption');
      // Marked joined, so that a next cut caption's first piece is not joined to it.
      joined.decision = { rule: 'captions/join', confidence: 0.7, evidence: 'a caption cut into two blocks, joined' };
      out[out.length - 1] = joined;
      doc.messages.push({ rule: 'captions/join', severity: 'info', text: `caption goes on in the next block: "${joinLines(block.lines).slice(0, 40)}"`, source: block.source, confidence: 0.7 });
      continue;
    }
    out.push(block);
  }
  page.blocks = out;
}
