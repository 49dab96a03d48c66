/**
 * Orphan runs: body text that no head opened (printed before any headline on
 * the page, or after a sign-off) is often a column of a story whose head the
 * extractor read later — text-box order puts a story's second column before
 * its first. When the run names every content word of exactly one headline on
 * the page ("Fort Lee is a small town…" and the headline "Fort Lee"), it is
 * that story's, and goes to its end; otherwise it stays a story of its own
 * (a continuation from another page, a notice). A run that starts with a
 * dateline opens a story and is never moved.
 */
import type { GalleyDocument, Page } from '../../model/types.js';
import { contentWords } from './topic.js';
import { opensWithDateline } from '../classify/patterns.js';
import { itemText, itemWords, type Story } from './story.js';

/** A headline must have at least this many content words to claim a run (one word is too common). */
export const ORPHAN_MIN_HEAD_WORDS = 2;

/** The content words of a story's items, in printed order (the words of their texts joined). */
function storyWords(s: Story): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const it of s.items) for (const [w, cap] of itemWords(it)) out.set(w, (out.get(w) ?? false) || cap);
  return out;
}

/** A run that starts with a dateline is a story's first paragraph, not a column carried on: it is left alone. */
function opensStory(s: Story): boolean {
  const first = s.items[0]!;
  return first.kind === 'dateline' || opensWithDateline(itemText(first));
}

/** Move orphan runs into the one story whose headline they name; returns the stories left. */
export function rehomeOrphans(stories: Story[], doc: GalleyDocument, page: Page): Story[] {
  const headed = stories.filter((s) => s.headed && s.article.headline);
  const heads = headed.map((s) => [...contentWords(s.article.headline!).keys()]);
  const out: Story[] = [];
  for (const s of stories) {
    if (s.headed || s.article.headline || s.items.length === 0 || opensStory(s)) {
      out.push(s);
      continue;
    }
    const words = storyWords(s);
    const owners = headed.filter((_, k) => heads[k]!.length >= ORPHAN_MIN_HEAD_WORDS && heads[k]!.every((w) => words.has(w)));
    if (owners.length !== 1) {
      out.push(s);
      continue;
    }
    const owner = owners[0]!;
    // A loop, not push(...items): a spread of a very long run overflows the call stack.
    for (const it of s.items) owner.items.push(it);
    const first = s.items[0]!.blocks[0]!;
    doc.messages.push({
      rule: 'segment/orphan-run',
      severity: 'info',
      text: `body text with no head of its own names every word of the headline "${owner.article.headline}": moved to the end of that story`,
      source: first.source ?? { page: page.number },
      confidence: 0.6,
    });
  }
  return out;
}
