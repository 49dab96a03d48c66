/**
 * Segment: build articles from classified blocks in reading order. A headline
 * opens a story; deck, byline, dateline, paragraphs, subheads and the sign-off
 * go to the open story; captions go to the story they share most names and
 * words with (./attach.ts); furniture, kickers, jump lines, pull quotes and
 * adverts go to `doc.furniture`. A paragraph block that `continues` an earlier
 * one (a column break, see ../reflow) is appended to it.
 */
import type { Article, Block, GalleyDocument, Page } from '../../model/types.js';
import { joinLines } from '../../text/join.js';
import type { Transform } from '../types.js';
import { attachCaptions, type PendingCaption } from './attach.js';
import { bylineName, cleanCredit } from './fields.js';

export function createSegment(): Transform {
  return (doc: GalleyDocument) => {
    doc.articles = [];
    doc.furniture = [];
    for (const page of doc.pages) segmentPage(page, doc);
  };
}

function emptyArticle(page: number): Article {
  return { headline: null, deck: null, byline: null, dateline: null, credit: null, blocks: [], captions: [], pages: [page] };
}

function segmentPage(page: Page, doc: GalleyDocument): void {
  const articles: Article[] = [];
  const captions: PendingCaption[] = [];
  let current: Article | null = null;
  /** Has the open story any body yet? A headline after body text opens a new story. */
  const open = (): Article => {
    if (!current) {
      current = emptyArticle(page.number);
      articles.push(current);
      doc.messages.push({ rule: 'segment/new-article', severity: 'info', text: 'story without a headline', source: page.blocks[0]?.source });
    }
    return current;
  };
  let lastParagraph: { article: Article; index: number } | null = null;
  for (const block of page.blocks) {
    const text = joinLines(block.lines);
    switch (block.kind) {
      case 'headline': {
        if (current && !current.blocks.length && !current.byline && current.headline && !current.deck) {
          // Two headline units in a row: one headline over two boxes.
          current.headline = `${current.headline} ${text}`;
          break;
        }
        current = emptyArticle(page.number);
        current.headline = text;
        current.decision = { rule: 'segment/new-article', confidence: block.decision?.confidence ?? 0.8, evidence: 'a headline opens a story' };
        articles.push(current);
        doc.messages.push({ rule: 'segment/new-article', severity: 'info', text: `story "${text}"`, source: block.source });
        lastParagraph = null;
        break;
      }
      case 'deck': {
        const a = open();
        a.deck = a.deck ? `${a.deck} ${text}` : text;
        break;
      }
      case 'byline': {
        const a: Article = current && !current.blocks.length ? current : open();
        const { name, title } = bylineName(block);
        a.byline = a.byline ? `${a.byline} and ${name}` : name;
        if (title) doc.furniture.push({ type: 'other', text: title, source: block.source });
        break;
      }
      case 'dateline': {
        open().dateline = text.replace(/\s*[—–-]+\s*$/u, '');
        break;
      }
      case 'signoff': {
        open().credit = cleanCredit(text);
        break;
      }
      case 'subhead': {
        open().blocks.push({ type: 'subhead', text, blocks: [block] });
        break;
      }
      case 'paragraph':
      case 'text': {
        if (block.continues && lastParagraph) {
          const target = lastParagraph.article.blocks[lastParagraph.index]!;
          target.blocks.push(block);
          target.text = joinLines(target.blocks.flatMap((b) => b.lines));
          break;
        }
        const a = open();
        a.blocks.push({ type: 'paragraph', text, blocks: [block] });
        lastParagraph = { article: a, index: a.blocks.length - 1 };
        break;
      }
      case 'caption': {
        captions.push({ block, text, credit: null, near: current, order: captions.length });
        break;
      }
      case 'caption-credit': {
        const last = captions[captions.length - 1];
        const credit = cleanCredit(text);
        if (last && !last.credit) last.credit = credit;
        else doc.furniture.push({ type: 'other', text, source: block.source });
        break;
      }
      case 'furniture':
      case 'kicker':
      case 'jump':
      case 'pullquote':
      case 'advert': {
        doc.furniture.push({ type: block.furnitureType ?? 'other', text, source: block.source });
        break;
      }
    }
  }
  attachCaptions(articles, captions, page.number);
  for (const a of articles) if (a.blocks.length || a.captions.length || a.headline) doc.articles.push(a);
}

export type { Block };
