/**
 * A headline read away from its text: when several heads are printed one after another and their
 * bodies follow as one run (./topic.ts), a head whose words no paragraph of the run repeats may have
 * its text printed elsewhere on the page (an extractor read the head out of its box, with its
 * neighbour's). Its lead is then the paragraph, inside another story's text, that opens with the
 * headline itself (`Vava’u` … `Vava’u is a group of more than 50 islands in Tonga…`): a story's first
 * sentence names its subject, and a paragraph in the middle of another story seldom opens with the
 * exact words of a different story's headline.
 */
import { itemText, type Item, type Story } from './story.js';
import { isWord } from '../../lexicon/index.js';
import { contentWords } from './topic.js';

/** Where a lead was found: the story that holds it and the item's index there. */
export interface LeadAt {
  story: Story;
  index: number;
  item: Item;
}

/** Letters and digits, as the comparisons below see them (curly and straight apostrophes are one mark). */
const fold = (s: string): string => s.toLowerCase().replace(/[’‘]/gu, "'");

/** Does the paragraph open with the headline's words, the headline ending on a word boundary? */
export function opensWith(text: string, headline: string): boolean {
  const h = fold(headline.replace(/(?<![\s.:;,!?])[\s.:;,!?]+$/u, '').trim());
  if (!h) return false;
  const t = fold(text.trimStart());
  return t.startsWith(h) && !/^[\p{L}\p{N}]/u.test(t.slice(h.length));
}

/**
 * The one paragraph outside `skip` that opens with `headline` and is not the first item of its story
 * (a story's own first paragraph naming a head is that story's lead); null when none or several.
 */
/**
 * Can a paragraph opening with this head be taken for its lead? A head of one common word (`Police`,
 * `Weather`) opens ordinary sentences of any story: only a head of several content words, or a name no
 * dictionary holds (`Vava’u`), says so.
 */
export function leadNamingHead(headline: string): boolean {
  const words = [...contentWords(headline).keys()];
  return words.length > 1 || (words.length === 1 && !isWord(words[0]!));
}

export function leadElsewhere(stories: readonly Story[], skip: ReadonlySet<Story>, headline: string): LeadAt | null {
  if (!leadNamingHead(headline)) return null;
  let found: LeadAt | null = null;
  for (const story of stories) {
    if (skip.has(story)) continue;
    for (let index = 1; index < story.items.length; index++) {
      const it: Item = story.items[index]!;
      if (it.kind !== 'paragraph' || !opensWith(itemText(it), headline)) continue;
      if (found) return null;
      found = { story, index, item: it };
    }
  }
  return found;
}
