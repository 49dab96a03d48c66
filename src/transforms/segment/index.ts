/**
 * Segment: build articles from classified blocks in reading order.
 * - A headline opens a story; a byline or dateline where the open story
 *   already has one (or has body text) opens a headline-less story.
 * - Deck, byline, dateline, paragraphs, subheads and the sign-off go to the
 *   open story; a paragraph piece that `continues` (../reflow) is appended to
 *   the paragraph it carries on.
 * - Headlines printed one after another with their bodies following as one
 *   run (stories side by side) share that run out by topic (./topic.ts); a head
 *   the run never names takes instead the paragraph elsewhere that opens with it (./lead.ts).
 * - On a page of many short items, a short line set centred over its column in
 *   capitals (or title case with a full stop) heads an item of its own (./items.ts).
 * - Body text no head opened goes to the one story whose headline it names (./orphans.ts).
 * - Captions go to the story they share most names and words with (./attach.ts).
 *   A photographer's credit (`NAME/AGENCY`) goes to the caption under it, else to the one
 *   right before it, else to furniture (a guess at the page's one caption without a credit paired
 *   credits two stories away, and was removed).
 * - Furniture, kickers, jump lines, pull quotes, adverts and bylines' job
 *   titles go to `doc.furniture`.
 * Nothing is dropped: a field printed twice is kept in the text, with a message.
 */
import type { Article, Block, GalleyDocument, Page } from '../../model/types.js';
import { joinLines } from '../../text/join.js';
import type { Transform } from '../types.js';
import { attachCaptions, type PendingCaption } from './attach.js';
import { bylineName, cleanCredit } from './fields.js';
import { contentWords, headsInRun, labelByTopic, opensStory } from './topic.js';
import { leadElsewhere, type LeadAt } from './lead.js';
import { rehomeOrphans } from './orphans.js';
import { joinByContinuity } from './continuity.js';
import { itemDecks, itemHeads, ITEM_HEADLINE_MAX_WORDS } from './items.js';
import { sideBySideHeads } from './side-by-side-heads.js';
import { advert, finish, hasBody, itemText, itemWords, newStory, wordCount, SECTION_HEAD_MAX_WORDS, SECTION_NAME, type Item, type ItemKind, type Story } from './story.js';
import { CREDIT_ABOVE } from '../classify/patterns.js';
import { sourceGap } from '../classify/units.js';
import { stackedUnder } from './stacked.js';

export function createSegment(): Transform {
  return (doc: GalleyDocument) => {
    doc.articles = [];
    doc.furniture = [];
    for (const page of doc.pages) segmentPage(page, doc);
    allFurnitureWarning(doc);
  };
}

/**
 * A document whose every text went to furniture (a page of running heads and folios only, or text a
 * page repeats on every page): the Markdown, which leaves furniture out, would be empty with no word
 * said. One warning names how much was set apart and how to see it.
 */
function allFurnitureWarning(doc: GalleyDocument): void {
  if (doc.articles.length > 0 || doc.furniture.length === 0) return;
  const n = doc.furniture.length;
  doc.messages.push({
    rule: 'segment/all-furniture',
    severity: 'warning',
    text: `no story found: all ${n} text item${n === 1 ? '' : 's'} of the document went to page furniture (running heads, folios, adverts…); Markdown and plain text leave furniture out: see it with --furniture (Markdown) or --format json`,
    source: doc.furniture[0]!.source,
  });
}

/** Item heads and decks (./items.ts) are confident only as a page-wide pattern of several heads. */
export const ITEM_HEAD_CONFIDENCE = 0.7;

/**
 * The page model says what the articles say: a block segment makes an item head (or its deck)
 * takes that kind, with the decision's rule and evidence, so `pages[].blocks` agree with `articles`.
 */
function reclassify(block: Block, kind: 'headline' | 'subhead' | 'deck', why: string, rule = 'segment/item-head'): void {
  block.kind = kind;
  block.decision = { rule, confidence: ITEM_HEAD_CONFIDENCE, evidence: why };
}

/** A headline part that stops on a particle, a comma or a colon goes on in the next box. */
const OPEN_HEAD_END = /(?:[,:;—-]|\b(?:a|an|the|of|in|on|at|to|for|and|or|but|with|by|from|as))$/iu;


function segmentPage(page: Page, doc: GalleyDocument): void {
  const stories: Story[] = [];
  const captions: PendingCaption[] = [];
  let current: Story | null = null;
  let lastParagraph: Item | null = null;
  let prevKind = '';
  let prevBlock: Block | null = null;
  let creditAbove: Block | null = null;
  // The caption read right before the pending photographer's credit, with no credit of its own (creditReadAfter).
  let creditAboveBefore: PendingCaption | null = null;
  // A photographer's credit no caption followed: the caption read right before it takes it, else it is furniture.
  const dropCreditAbove = (): void => {
    if (!creditAbove) return;
    const c = creditReadAfter(creditAboveBefore);
    if (c) {
      c.credit = cleanCredit(joinLines(creditAbove.lines));
      c.creditBlock = creditAbove;
      doc.messages.push({ rule: 'segment/credit-after-caption', severity: 'info', text: `the photographer's credit "${c.credit}" has no caption under it: it is that of the caption read right before it`, source: creditAbove.source, confidence: 0.6 });
    } else doc.furniture.push({ type: 'other', text: joinLines(creditAbove.lines), source: creditAbove.source });
    creditAbove = null;
    creditAboveBefore = null;
  };
  const start = (block: Block, why: string): Story => {
    const s = newStory(page.number);
    stories.push(s);
    current = s;
    lastParagraph = null;
    s.article.decision = { rule: 'segment/new-article', confidence: block.decision?.confidence ?? 0.7, evidence: why };
    doc.messages.push({ rule: 'segment/new-article', severity: 'info', text: `new story: ${why}`, source: block.source });
    return s;
  };
  const body = (block: Block, kind: ItemKind): void => {
    let s: Story = current ?? start(block, 'body text before any headline');
    if (s.closed && (kind === 'paragraph' || kind === 'dateline')) s = start(block, 'body text after a sign-off');
    const item: Item = { kind, blocks: [block] };
    s.items.push(item);
    if (kind === 'paragraph') lastParagraph = item;
  };
  const heads = itemHeads(page);
  const decks = itemDecks(page, heads);
  // An item head opens an item; heads printed one under another with no body between are one headline.
  const itemHead = (block: Block, why: string): void => {
    const cur = current as Story | null;
    const text = joinLines(block.lines);
    const headline = cur?.article.headline;
    if (cur && headline && prevKind === 'headline' && !hasBody(cur) && !cur.article.byline && !cur.article.deck) {
      if (wordCount(headline) + wordCount(text) <= ITEM_HEADLINE_MAX_WORDS) {
        cur.article.headline = `${headline} ${text}`;
        reclassify(block, 'headline', why);
        doc.messages.push({ rule: 'segment/item-head', severity: 'info', text: `item head continues the headline above: ${why}`, source: block.source });
      } else {
        reclassify(block, 'subhead', `${why}; too long to join the headline above`);
        body(block, 'subhead');
      }
      return;
    }
    reclassify(block, 'headline', why);
    const s = start(block, `item head ${why}`);
    s.article.headline = text;
    s.headed = true;
  };
  for (const block of page.blocks) {
    const why = heads.get(block);
    if (why !== undefined) {
      itemHead(block, why);
      prevKind = 'headline';
      prevBlock = block;
      continue;
    }
    const deckWhy = decks.get(block);
    const open = current as Story | null;
    if (deckWhy !== undefined && open && open.article.headline && !open.article.deck && !hasBody(open)) {
      open.article.deck = joinLines(block.lines);
      reclassify(block, 'deck', deckWhy, 'segment/item-deck');
      doc.messages.push({ rule: 'segment/item-deck', severity: 'info', text: `deck: ${deckWhy}`, source: block.source });
      prevKind = 'deck';
      prevBlock = block;
      continue;
    }
    const kind = block.kind;
    switch (kind) {
      case 'headline': {
        const cur = current as Story | null;
        // One headline over two units when no blank line parts them (a headline cut at its line ends; with boxes,
        // the second set right under the first: ./stacked.ts),
        // or when the first stops mid-phrase or the second starts in lower case; two complete heads
        // in boxes of their own are two stories printed side by side.
        const text = joinLines(block.lines);
        const stacked = prevBlock !== null && sourceGap(prevBlock, block) && stackedUnder(prevBlock, block);
        const adjacent = prevBlock !== null && (!sourceGap(prevBlock, block) || stacked);
        const continued = cur?.article.headline && (adjacent || OPEN_HEAD_END.test(cur.article.headline) || /^[^\p{L}]*\p{Ll}/u.test(text));
        if (cur && prevKind === 'headline' && continued && !hasBody(cur) && !cur.article.byline && !cur.article.deck) {
          cur.article.headline = `${cur.article.headline ?? ''} ${joinLines(block.lines)}`.trim();
          if (stacked) {
            doc.messages.push({ rule: 'segment/headline-stacked', severity: 'info', text: `"${text}" set right under the headline, same edge and type size: its next line`, source: block.source, confidence: 0.8 });
          }
          break;
        }
        // A "headline" of one or two words (SECTION_HEAD_MAX_WORDS) printed between running-head furniture with
        // nothing under it is the section's name. Only when the story holds nothing but that headline: its text
        // is all that moves to furniture, so a dateline or sign-off item under it is never thrown away.
        if (cur && cur.afterFurniture && prevKind === 'furniture' && cur.items.length === 0 && !cur.article.byline && !cur.article.deck && wordCount(cur.article.headline ?? '') <= SECTION_HEAD_MAX_WORDS && SECTION_NAME.test(cur.article.headline ?? '')) {
          stories.splice(stories.indexOf(cur), 1);
          const source = cur.headBlock?.source ?? block.source;
          doc.furniture.push({ type: 'section', text: cur.article.headline ?? '', source });
          doc.messages.push({ rule: 'segment/section-head', severity: 'info', text: `"${cur.article.headline}" printed between page furniture with no story under it: section name`, source, confidence: 0.6 });
        }
        const s = start(block, `headline "${joinLines(block.lines)}"`);
        s.article.headline = joinLines(block.lines);
        s.headed = true;
        s.afterFurniture = prevKind === 'furniture';
        s.headBlock = block;
        break;
      }
      case 'deck': {
        const cur = current as Story | null;
        if (cur && !cur.article.deck && !hasBody(cur)) {
          cur.article.deck = joinLines(block.lines);
          cur.headed = true;
        } else body(block, 'paragraph');
        break;
      }
      case 'byline': {
        let cur = current as Story | null;
        if (!cur || cur.article.byline || hasBody(cur)) cur = start(block, 'a byline after body text');
        const { name, title } = bylineName(block);
        cur.article.byline = name;
        cur.headed = true;
        if (title) doc.furniture.push({ type: 'other', text: title, source: block.source });
        break;
      }
      case 'dateline':
      case 'subhead':
      case 'signoff':
        body(block, kind);
        if (kind === 'signoff' && current) (current as Story).closed = true;
        break;
      case 'paragraph':
      case 'text': {
        if (block.continues && lastParagraph) {
          (lastParagraph as Item).blocks.push(block);
          break;
        }
        body(block, 'paragraph');
        break;
      }
      case 'caption': {
        const c: PendingCaption = { block, text: joinLines(block.lines), credit: null, creditBlock: null, near: current ? (current as Story).article : null, inHead: current !== null && (current as Story).article.headline !== null && !hasBody(current as Story), order: captions.length };
        if (creditAbove) {
          c.credit = cleanCredit(joinLines(creditAbove.lines));
          c.creditBlock = creditAbove;
          c.creditFromAbove = true;
          creditAbove = null;
          creditAboveBefore = null;
        }
        captions.push(c);
        break;
      }
      case 'caption-credit': {
        const last = captions[captions.length - 1];
        const text = joinLines(block.lines);
        if (CREDIT_ABOVE.test(text)) {
          // A photographer's credit is printed between the photo and its caption: it goes to the caption below.
          dropCreditAbove();
          creditAbove = block;
          creditAboveBefore = prevKind === 'caption' && last && !last.credit ? last : null;
        } else if (last && (!last.credit || last.creditFromAbove) && creditFollows(prevKind)) {
          // A credit printed after the caption is its own; a photographer's credit it held from above goes on to the next.
          // Printed after body text, it is not the credit of a caption further up (a probe page: a caption's
          // credit under the next story's caption, set as running text, took the first caption's credit).
          if (last.creditFromAbove) {
            creditAbove = last.creditBlock;
            creditAboveBefore = null;
          }
          last.credit = cleanCredit(text);
          last.creditBlock = block;
          last.creditFromAbove = false;
        } else doc.furniture.push({ type: 'other', text: joinLines(block.lines), source: block.source });
        break;
      }
      case 'furniture':
      case 'kicker':
      case 'jump':
      case 'pullquote':
      case 'advert':
        doc.furniture.push({ type: block.furnitureType ?? 'other', text: joinLines(block.lines), source: block.source });
        break;
    }
    prevKind = kind;
    prevBlock = block;
  }
  dropCreditAbove();
  shareRunsByTopic(stories, doc, page);
  sideBySideHeads(stories, page, doc);
  const kept = heads.size ? stories : joinByContinuity(rehomeOrphans(stories, doc, page), doc, page);
  const articles: Article[] = [];
  for (const s of kept) {
    finish(s, doc);
    if (heads.size && advert(s.article, doc)) continue;
    if (s.article.blocks.length || s.article.headline || s.article.deck || s.article.byline || s.article.credit || s.article.dateline) articles.push(s.article);
  }
  attachCaptions(articles, captions, page.number, doc.messages);
  for (const a of articles) doc.articles.push(a);
}

/** Kinds of story text: a credit printed right after one is no caption's trailing credit. */
const STORY_TEXT = new Set(['paragraph', 'text', 'subhead', 'headline', 'deck', 'byline', 'dateline', 'signoff']);

/** May a credit printed after an item of this kind be the last caption's own? Not after story text. */
function creditFollows(prevKind: string): boolean {
  return !STORY_TEXT.has(prevKind);
}

/**
 * The caption that takes a photographer's credit (`NAME/AGENCY`) no caption was read under: the one read right
 * before it, when it has no credit of its own. Such a credit is printed between its photo and its caption, so its
 * caption is beside it; an extractor that reads the caption first (d2_003 pdfminer: `Port of Refuge Harbor at
 * Neiafu` ⏎ `FATIMA SILVA/EPA` ⏎ running text) puts it right before. A caption still without a credit when the
 * credit's place is decided (no caption came under the credit) has no other claim on it.
 */
function creditReadAfter(before: PendingCaption | null): PendingCaption | null {
  return before && !before.credit ? before : null;
}

/**
 * The byline a head whose text is elsewhere (./lead.ts) holds, when it belongs to the run's story instead: a byline
 * is printed between a story's head and its first paragraph, so one read after the group's last head, right above
 * the run, is the byline of the story that takes the run's first paragraph (d2_003 pdfminer: `By Daniel Reyes`
 * under `Vava’u`, over the Warhol story's text) when that story has none of its own. Null otherwise.
 */
function runByline(group: readonly Story[], h: number, firstLabel: number | undefined): string | null {
  if (h !== group.length - 1 || firstLabel === undefined || firstLabel === h) return null;
  const byline = group[h]!.article.byline;
  return byline && !group[firstLabel]!.article.byline ? byline : null;
}

/**
 * Stories whose heads were printed one after another (no body between) share the body run
 * that follows the last of them, by topic.
 */
function shareRunsByTopic(stories: Story[], doc: GalleyDocument, page: Page): void {
  let i = 0;
  while (i < stories.length) {
    let j = i;
    while (j < stories.length - 1 && stories[j]!.headed && !hasBody(stories[j]!) && !stories[j]!.closed) j++;
    if (j > i && hasBody(stories[j]!)) {
      const group = stories.slice(i, j + 1);
      const run = stories[j]!.items;
      const paragraphs = run.map((it, k) => (it.kind === 'paragraph' ? k : -1)).filter((k) => k >= 0);
      // Each block's lines joined, the blocks joined by a space: for an item of one block, its own text (./story.ts
      // itemText), whose words are kept with it (itemWords: read here once, again by continuity and orphans).
      const texts = paragraphs.map((k) => (run[k]!.blocks.length === 1 ? itemText(run[k]!) : run[k]!.blocks.map((b) => joinLines(b.lines)).join(' ')));
      const heads = group.map((s) => [s.article.headline, s.article.deck].filter(Boolean).join(' '));
      // (A paragraph of several blocks has no item cache: its words are kept here, for headsInRun and labelByTopic both.)
      const read = new Array<Map<string, boolean> | undefined>(paragraphs.length);
      const wordsOf = (n: number): Map<string, boolean> =>
        (read[n] ??= run[paragraphs[n]!]!.blocks.length === 1 ? itemWords(run[paragraphs[n]!]!) : contentWords(texts[n]!));
      // A head no paragraph of the run names, whose lead is elsewhere on the page (./lead.ts), takes its lead, not a share.
      const inRun = headsInRun(heads, paragraphs.length, wordsOf);
      const away = new Map<number, LeadAt>();
      if (inRun.length > 0 && inRun.length < group.length) {
        const skip = new Set(group);
        for (let h = 0; h < group.length; h++) {
          const headline = group[h]!.article.headline;
          const lead = !inRun.includes(h) && headline ? leadElsewhere(stories, skip, headline) : null;
          if (lead) away.set(h, lead);
        }
      }
      const sharing = group.map((_, h) => h).filter((h) => !away.has(h));
      // A paragraph a dateline opens (or follows) is its story's first: the story's share starts there.
      const opens = new Set<number>();
      paragraphs.forEach((k, n) => {
        if (n > 0 && opensStory(run[k - 1]?.kind, texts[n]!)) opens.add(n);
      });
      const labels = labelByTopic(texts, sharing.map((h) => heads[h]!), wordsOf, opens).map((l) => sharing[l]!);
      // Every item takes the label of its paragraph; subheads and datelines that of the next paragraph, sign-offs of the one before.
      const itemLabel = new Array<number>(run.length).fill(-1);
      paragraphs.forEach((k, n) => (itemLabel[k] = labels[n]!));
      for (let k = run.length - 1, next = labels[labels.length - 1] ?? group.length - 1; k >= 0; k--) {
        if (itemLabel[k]! >= 0) next = itemLabel[k]!;
        else if (run[k]!.kind !== 'signoff') itemLabel[k] = next;
      }
      for (let k = 0, prev = itemLabel.find((l) => l >= 0) ?? 0; k < run.length; k++) {
        if (itemLabel[k]! >= 0) prev = itemLabel[k]!;
        else itemLabel[k] = prev;
      }
      // The heads before the last keep what they already hold (a dateline or deck under the head): nothing is dropped.
      stories[j]!.items = [];
      run.forEach((it, k) => group[itemLabel[k]!]!.items.push(it));
      for (const [h, lead] of away) {
        // Found by reference: an earlier move may have shifted the story's items (or taken this one).
        const at = lead.story.items.indexOf(lead.item);
        if (at < 0) continue;
        const item = lead.story.items.splice(at, 1)[0];
        group[h]!.items.push(item!);
        const byline = runByline(group, h, labels[0]);
        if (byline) {
          group[labels[0]!]!.article.byline = byline;
          group[h]!.article.byline = null;
          doc.messages.push({ rule: 'segment/lead-elsewhere', severity: 'info', text: `the byline "${byline}" read between the headline "${group[h]!.article.headline}" and the run is that of the run's first paragraph's story "${group[labels[0]!]!.article.headline}"`, source: item!.blocks[0]!.source ?? { page: page.number }, confidence: 0.6 });
        }
        doc.messages.push({
          rule: 'segment/lead-elsewhere',
          severity: 'info',
          text: `no paragraph under the headline "${group[h]!.article.headline}" names it, and a paragraph in the story "${lead.story.article.headline ?? '(no headline)'}" opens with it: that paragraph is its lead, moved to it`,
          source: item!.blocks[0]!.source ?? { page: page.number },
          confidence: 0.6,
        });
      }
      doc.messages.push({
        rule: 'segment/topic',
        severity: 'info',
        text: `${group.length} stories printed head after head: their body run shared out by shared words`,
        source: { page: page.number },
        confidence: 0.6,
      });
    }
    i = j + 1;
  }
}
