/**
 * Caption attachment: each caption goes to the story it shares most names and
 * words with (a caption names the people and places of its story); with no
 * such evidence it stays with the story it was printed in. Captions that share
 * nothing with any story but share words with each other are a photo story of
 * their own (a page of pictures with captions and no body).
 */
import type { Article, Block } from '../../model/types.js';

export interface PendingCaption {
  block: Block;
  text: string;
  credit: string | null;
  creditBlock: Block | null;
  /** The story open where the caption was printed (null before the first one). */
  near: Article | null;
  order: number;
}

/** A name (capitalised word) shared with a story counts this much more than a common word. */
export const NAME_WEIGHT = 2;
/** A caption needs at least this score with a story to be attached by words. */
export const MIN_ATTACH_SCORE = 2;

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
/** Short function words carry no topic. */
const STOP = new Set(
  'the a an and or but of in on at to for with by from as into over after before is are was were be been has have had this that these those it its his her their our your who which what when where while during about than then there here not no more most some such also only other new'.split(' '),
);

function words(text: string): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const m of text.matchAll(TOKEN)) {
    const w = m[0].replace(/['’]s$/u, '');
    const lw = w.toLowerCase();
    if (lw.length < 3 || STOP.has(lw)) continue;
    const cap = /^\p{Lu}/u.test(w);
    out.set(lw, (out.get(lw) ?? false) || cap);
  }
  return out;
}

export function attachCaptions(articles: Article[], captions: PendingCaption[], page: number): void {
  if (!captions.length) return;
  const vocab = articles.map((a) => {
    const text = [a.headline ?? '', a.deck ?? '', ...a.blocks.map((b) => b.text)].join(' ');
    return new Set(words(text).keys());
  });
  const orphans: PendingCaption[] = [];
  for (const c of captions) {
    let best = -1;
    let bestScore = 0;
    const cw = words(c.text);
    vocab.forEach((v, i) => {
      let s = 0;
      for (const [w, cap] of cw) if (v.has(w)) s += cap ? NAME_WEIGHT : 1;
      if (s > bestScore) {
        bestScore = s;
        best = i;
      }
    });
    let target: Article | null = null;
    if (bestScore >= MIN_ATTACH_SCORE) target = articles[best]!;
    else if (c.near) target = c.near;
    if (!target) {
      orphans.push(c);
      continue;
    }
    target.captions.push(captionOf(c));
  }
  if (orphans.length) {
    const photo: Article = { headline: null, deck: null, byline: null, dateline: null, credit: null, blocks: [], captions: [], pages: [page] };
    for (const c of orphans) photo.captions.push(captionOf(c));
    photo.decision = { rule: 'segment/photo-story', confidence: 0.6, evidence: 'captions sharing no words with any story' };
    articles.unshift(photo);
  }
}

function captionOf(c: PendingCaption): Article['captions'][number] {
  return { text: c.text, credit: c.credit, blocks: c.creditBlock ? [c.block, c.creditBlock] : [c.block] };
}
