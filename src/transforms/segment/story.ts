/**
 * Stories as segment builds them (items of blocks), and how a finished story
 * becomes an article's fields and blocks; an item page's advertisements.
 */
import type { Article, Block, GalleyDocument } from '../../model/types.js';
import { joinLines } from '../../text/join.js';
import { cleanCredit } from './fields.js';
import { insertionCode } from './items.js';
import { contentWords } from './topic.js';

export type ItemKind = 'paragraph' | 'subhead' | 'dateline' | 'signoff' | 'deck';

export interface Item {
  kind: ItemKind;
  blocks: Block[];
}

export interface Story {
  article: Article;
  items: Item[];
  /** The story has a printed head (headline, deck or byline) of its own. */
  headed: boolean;
  /** A sign-off was printed: the story is over. */
  closed: boolean;
  /** Its headline came right after page furniture (running head band). */
  afterFurniture?: boolean;
  /** The block its headline was read from (the source of a section name, when it turns out to be one). */
  headBlock?: Block;
}

/**
 * A section label in the running head: a "headline" of at most this many words (letters, spaces,
 * `&` and `'` only, SECTION_NAME: "Arts & Books", "Children's"; a headline such as "Fort Lee: Buy"
 * printed in the head band has other punctuation and more words), printed between page furniture
 * (paper name or date line before it, date line or section after it), with nothing under it.
 */
export const SECTION_HEAD_MAX_WORDS = 2;
export const SECTION_NAME = /^[\p{L}&' ]+$/u;

export function newStory(page: number): Story {
  return {
    article: { headline: null, deck: null, byline: null, dateline: null, credit: null, blocks: [], captions: [], pages: [page] },
    items: [],
    headed: false,
    closed: false,
  };
}

/**
 * An item's text and content words, kept with the number of blocks they were read from (a piece that continues a
 * paragraph adds one). Kept on the item itself, under a symbol of this module's own (a WeakMap look-up per ask cost more).
 */
const ITEM_CACHE = Symbol('item text');
interface ItemCache {
  blocks: number;
  text: string;
  words?: Map<string, boolean>;
}

function cached(it: Item): ItemCache {
  const slot = it as Item & { [ITEM_CACHE]?: ItemCache };
  let c = slot[ITEM_CACHE];
  if (!c || c.blocks !== it.blocks.length) {
    c = { blocks: it.blocks.length, text: joinLines(it.blocks.length === 1 ? it.blocks[0]!.lines : it.blocks.flatMap((b) => b.lines)) };
    slot[ITEM_CACHE] = c;
  }
  return c;
}

/** An item's text: its blocks' lines joined (finish, orphans and continuity all read it; it is joined once). */
export const itemText = (it: Item): string => cached(it).text;

/**
 * An item's content words (./topic.ts contentWords of its text), read once. A story's words are the union of its
 * parts' in order (./continuity.ts): the same map, in the same order, as the words of the parts' texts joined by spaces.
 */
export function itemWords(it: Item): Map<string, boolean> {
  const c = cached(it);
  return (c.words ??= contentWords(c.text));
}

export const wordCount = (s: string): number => s.split(/\s+/u).filter(Boolean).length;

export const hasBody = (s: Story): boolean => s.items.some((i) => i.kind === 'paragraph' || i.kind === 'subhead');

/** On a page of items, an item with an insertion code (./items.ts) closing or opening one of its printed lines is an advertisement: its text goes to furniture. */
export function advert(a: Article, doc: GalleyDocument): boolean {
  const lines = a.blocks.flatMap((part) => part.blocks.flatMap((b) => b.lines));
  const code = lines.map((l) => insertionCode(l.text)).find((c) => c !== null);
  if (!code) return false;
  const source = a.blocks[0]?.blocks[0]?.source ?? { page: a.pages[0] ?? 1 };
  doc.messages.push({ rule: 'segment/advert', severity: 'info', text: `advertisement "${a.headline ?? ''}": insertion code "${code}"`, source, confidence: 0.8 });
  for (const t of [a.headline, a.deck, a.byline, a.dateline]) if (t) doc.furniture.push({ type: 'other', text: t, source });
  for (const b of a.blocks) doc.furniture.push({ type: 'other', text: b.text, source: b.blocks[0]?.source ?? source });
  for (const c of a.captions) doc.furniture.push({ type: 'other', text: c.text, source });
  if (a.credit) doc.furniture.push({ type: 'other', text: a.credit, source });
  return true;
}

/** Turn a story's items into the article's fields and blocks. */
export function finish(s: Story, doc: GalleyDocument): void {
  const a = s.article;
  let pendingDateline: string | null = null;
  /** The item before was the story's dateline: the dash that ends it may open this paragraph. */
  let afterDateline = false;
  for (const it of s.items) {
    const followsDateline = afterDateline;
    afterDateline = false;
    const text = itemText(it);
    switch (it.kind) {
      case 'dateline': {
        const value = text.replace(/\s*[\u2014\u2013-]+\s*$/u, '');
        if (!a.dateline && !a.blocks.some((b) => b.type === 'paragraph')) {
          a.dateline = value;
          afterDateline = true;
        } else {
          // A second dateline stays in the text of the paragraph it heads.
          pendingDateline = text;
          doc.messages.push({ rule: 'segment/dateline-kept', severity: 'info', text: 'a second dateline in one story kept in its paragraph', source: it.blocks[0]!.source });
        }
        break;
      }
      case 'signoff': {
        if (!a.credit) a.credit = cleanCredit(text);
        else appendToLast(a, text, it.blocks);
        break;
      }
      case 'subhead':
        a.blocks.push({ type: 'subhead', text, blocks: it.blocks });
        break;
      default: {
        // A dateline set apart (`MOSCOW (Reuters)` ⏎ `— Patrick…`): its dash is the dateline's, not the text's.
        const own = followsDateline ? text.replace(LEADING_DASH, '') : text;
        const full: string = pendingDateline ? `${pendingDateline} ${own}` : own;
        pendingDateline = null;
        a.blocks.push({ type: 'paragraph', text: full, blocks: it.blocks });
      }
    }
  }
  if (pendingDateline) a.blocks.push({ type: 'paragraph', text: pendingDateline, blocks: [] });
}

/** The dash that ends a dateline, opening the paragraph after it. */
const LEADING_DASH = /^[\u2014\u2013-]{1,2}\s+(?=\S)/u;

function appendToLast(a: Article, text: string, blocks: Block[]): void {
  const last = a.blocks[a.blocks.length - 1];
  if (last) {
    last.text = `${last.text} ${text}`;
    for (const b of blocks) last.blocks.push(b);
  } else a.blocks.push({ type: 'paragraph', text, blocks });
}
