/**
 * Plain-text writer: each article as headline, deck, byline/dateline,
 * then paragraphs separated by blank lines, captions after; articles separated
 * by a line of `=`. The flat form the scorer reads as `.txt`.
 */
import type { GalleyDocument } from '../model/types.js';

export function writeText(doc: GalleyDocument): string {
  const articles = doc.articles.map((a) => {
    const parts: string[] = [];
    if (a.headline) parts.push(a.headline);
    if (a.deck) parts.push(a.deck);
    const meta = [a.byline ? `By ${a.byline}` : '', a.dateline ?? ''].filter(Boolean).join(', ');
    if (meta) parts.push(meta);
    for (const b of a.blocks) parts.push(b.text);
    if (a.credit) parts.push(`— ${a.credit}`);
    for (const c of a.captions) parts.push(c.credit ? `${c.text} — ${c.credit}` : c.text);
    return parts.join('\n\n');
  });
  return articles.length ? `${articles.join('\n\n')}\n` : '';
}
