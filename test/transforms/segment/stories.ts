/** Shared by the segment tests: hand-made stories and an empty document. */
import type { Block, GalleyDocument } from '../../../src/model/types.js';
import { newStory, type Story } from '../../../src/transforms/segment/story.js';

export const block = (text: string): Block => ({ kind: 'paragraph', lines: [{ text, original: text, source: { page: 1 } }], source: { page: 1 } });

/** A story of paragraphs, headed when a headline is given. */
export function story(headline: string | null, ...paragraphs: string[]): Story {
  const s = newStory(1);
  if (headline) {
    s.article.headline = headline;
    s.headed = true;
  }
  s.items = paragraphs.map((p) => ({ kind: 'paragraph' as const, blocks: [block(p)] }));
  return s;
}

export const emptyDoc = (): GalleyDocument => ({ source: { name: 't', format: 'text' }, pages: [], articles: [], furniture: [], messages: [] }) as unknown as GalleyDocument;
