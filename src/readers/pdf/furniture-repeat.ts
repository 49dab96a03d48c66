/**
 * Furniture by repetition across the pages of one document: a short block
 * near the top or bottom edge whose text (digits masked, so folios and dates
 * match) comes back at about the same height on other pages is a running
 * head, foot or folio, whatever its size. Runs on the page model once every
 * page is read.
 */
import type { Block, Page } from '../../model/types.js';
import type { Message } from '../../model/messages.js';
import { joinLines } from '../../text/join.js';
import { furnitureType } from './layout/furniture.js';

/** Blocks starting or ending within this share of the page height from an edge are candidates. */
export const REPEAT_BAND_SHARE = 0.15;
/** …of at most this many lines. */
export const REPEAT_MAX_LINES = 2;
/** The same text must come back within this share of the page height of the same place. */
export const REPEAT_HEIGHT_SHARE = 0.02;
/** On at least this many pages (2 in documents of up to 4 pages, 3 in longer ones). */
export function repeatMinPages(pageCount: number): number {
  return pageCount <= 4 ? 2 : 3;
}

interface Candidate {
  page: Page;
  block: Block;
  key: string;
  where: 'top' | 'bottom';
  y: number;
}

export function markRepeatedFurniture(pages: readonly Page[], messages: Message[]): number {
  const withText = pages.filter((p) => p.blocks.length > 0);
  if (withText.length < 2) return 0;
  const candidates: Candidate[] = [];
  for (const page of withText) {
    const h = page.height ?? 0;
    if (!h) continue;
    for (const block of page.blocks) {
      if (!block.box || block.lines.length > REPEAT_MAX_LINES) continue;
      const where = block.box.y1 <= REPEAT_BAND_SHARE * h ? 'top' : block.box.y0 >= (1 - REPEAT_BAND_SHARE) * h ? 'bottom' : null;
      if (!where) continue;
      const key = maskText(joinLines(block.lines));
      if (!key) continue;
      candidates.push({ page, block, key, where, y: where === 'top' ? block.box.y0 / h : block.box.y1 / h });
    }
  }
  const byKey = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const list = byKey.get(`${c.where}|${c.key}`) ?? [];
    list.push(c);
    byKey.set(`${c.where}|${c.key}`, list);
  }
  const min = repeatMinPages(withText.length);
  let marked = 0;
  for (const list of byKey.values()) {
    for (const c of list) {
      const near = list.filter((o) => Math.abs(o.y - c.y) <= REPEAT_HEIGHT_SHARE);
      const pagesSeen = [...new Set(near.map((o) => o.page.number))].sort((a, b) => a - b);
      if (pagesSeen.length < min) continue;
      const evidence = `same text at the same height on pages ${listPages(pagesSeen)}`;
      if (c.block.kind === 'furniture') {
        c.block.decision = { rule: 'pdf/furniture-repeated', confidence: 0.95, evidence: `${c.block.decision?.evidence ?? ''}; ${evidence}`.replace(/^; /, '') };
        continue;
      }
      c.block.kind = 'furniture';
      c.block.furnitureType = furnitureType(joinLines(c.block.lines), c.where);
      c.block.decision = { rule: 'pdf/furniture-repeated', confidence: 0.9, evidence };
      messages.push({ rule: 'pdf/furniture-repeated', severity: 'info', text: `running ${c.block.furnitureType} found by repetition (${evidence})`, source: c.block.source });
      marked++;
    }
  }
  return marked;
}

/**
 * Pages named in a repetition message. Every repeated block gets a message, so
 * listing every page in each made the messages grow with the square of the
 * page count (a 10,000-page PDF: over 500 MB of JSON, then a crash); past this
 * many pages the list is cut and the count given. A 40-page issue's running
 * head still lists its pages in full.
 */
export const MAX_PAGES_LISTED = 50;

/** `1, 2, 3` — or, past MAX_PAGES_LISTED, the first of them then `… and N more`. */
export function listPages(pages: readonly number[]): string {
  if (pages.length <= MAX_PAGES_LISTED) return pages.join(', ');
  return `${pages.slice(0, MAX_PAGES_LISTED).join(', ')} … and ${pages.length - MAX_PAGES_LISTED} more`;
}

/** Lower case, digits masked, spaces collapsed: `Page 12 | Tuesday, May 3` and `Page 13 | Wednesday, May 4` still differ by the weekday. */
export function maskText(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}
