/**
 * Paragraphs that move with a continued piece. When reflow carries a paragraph on in a piece printed
 * elsewhere (`… he began col-` ⏎ … ⏎ `lecting all his manuscripts … a duel.` ⏎ `Galois’ fatal duel …`),
 * the paragraphs printed right under that piece, in the same run of lines (no blank line, no heading,
 * byline or caption between; a pull quote set in the column is stepped over), are the same column going
 * on: the story's next paragraphs. They move
 * with the piece instead of staying where the extractor printed them (often inside another story).
 * Evidence: a column is read top to bottom, and an extractor that prints a column piece out of place
 * prints the whole piece, with its paragraph ends inside it (pdftotext default mode, pdfminer boxes).
 */
import type { Block } from '../../model/types.js';
import { sourceGap } from '../classify/units.js';

/**
 * For each last piece of a chain that moved (it is not printed right after the piece it continues), the
 * paragraph blocks printed right after it in the same run: no source gap between, not themselves linked.
 * `strong(q)`: the link that placed `q` is strong enough to carry other paragraphs (the caller's test).
 */
export function movedFollowers(blocks: readonly Block[], next: ReadonlyMap<Block, Block>, prev: ReadonlyMap<Block, Block>, strong: (q: Block) => boolean = () => true): Map<Block, Block[]> {
  const out = new Map<Block, Block[]>();
  const at = new Map<Block, number>();
  blocks.forEach((b, i) => at.set(b, i));
  for (const [q, p] of prev) {
    if (next.has(q)) continue; // only the chain's last piece
    if (!strong(q)) continue; // placed by a weak (orphan) link: the paragraphs under it stay
    const qi = at.get(q)!;
    if (at.get(p)! + 1 === qi) continue; // printed in place: nothing moves
    const list: Block[] = [];
    let before = q;
    for (let k = qi + 1; k < blocks.length; k++) {
      const b = blocks[k]!;
      // A pull quote is set inside the column it quotes: the column goes on under it (the quote stays put).
      if (b.kind === 'pullquote') {
        before = b;
        continue;
      }
      if (b.kind !== 'paragraph' || prev.has(b) || next.has(b) || sourceGap(before, b)) break;
      list.push(b);
      before = b;
    }
    if (list.length) out.set(q, list);
  }
  return out;
}
