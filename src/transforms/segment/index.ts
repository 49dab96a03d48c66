/**
 * Segment: build articles from classified blocks.
 * Starting point: one article holding every block of every page as a paragraph,
 * in reading order.
 */
import type { Article, GalleyDocument } from '../../model/types.js';
import { joinLines } from '../../text/join.js';
import type { Transform } from '../types.js';

export function createSegment(): Transform {
  return (doc: GalleyDocument) => {
    const article: Article = {
      headline: null,
      deck: null,
      byline: null,
      dateline: null,
      credit: null,
      blocks: [],
      captions: [],
      pages: [],
    };
    for (const page of doc.pages) {
      for (const block of page.blocks) {
        if (block.kind === 'furniture') continue;
        article.blocks.push({ type: 'paragraph', text: joinLines(block.lines), blocks: [block] });
        if (!article.pages.includes(page.number)) article.pages.push(page.number);
      }
    }
    doc.articles = article.blocks.length > 0 ? [article] : [];
  };
}
