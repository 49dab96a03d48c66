/** JSON writer: the document as `Output` (see schema.ts). */
import type { Block, GalleyDocument, Source } from '../../model/types.js';
import { joinLines } from '../../text/join.js';
import { VERSION } from '../../version.js';
import type { Output } from './schema.js';

export function toOutput(doc: GalleyDocument): Output {
  return {
    galley: VERSION,
    source: { name: doc.name, format: doc.format },
    articles: doc.articles.map((a) => ({
      headline: a.headline,
      deck: a.deck,
      byline: a.byline,
      dateline: a.dateline,
      credit: a.credit,
      blocks: a.blocks.map((b) => ({ type: b.type, text: b.text, sources: sourcesOf(b.blocks), ...confidenceOf(b.blocks) })),
      captions: a.captions.map((c) => ({ text: c.text, credit: c.credit, sources: sourcesOf(c.blocks), ...confidenceOf(c.blocks) })),
      pages: a.pages,
      ...(a.decision ? { decision: a.decision } : {}),
    })),
    furniture: doc.furniture.map((f) => ({ type: f.type, text: f.text, source: f.source })),
    pages: doc.pages.map((p) => ({
      number: p.number,
      ...(p.width !== undefined ? { width: p.width } : {}),
      ...(p.height !== undefined ? { height: p.height } : {}),
      blocks: p.blocks.map(blockOut),
    })),
    messages: doc.messages.map((m) => ({ ...m })),
  };
}

function blockOut(b: Block): Output['pages'][number]['blocks'][number] {
  return {
    kind: b.kind,
    text: joinLines(b.lines),
    source: b.source,
    ...(b.box ? { box: b.box } : {}),
    ...(b.decision ? { decision: b.decision } : {}),
    ...(b.furnitureType ? { furnitureType: b.furnitureType } : {}),
  };
}

/** The least sure of the decisions that made a part (a paragraph joined from pieces is as sure as its weakest piece). */
function confidenceOf(blocks: readonly Block[]): { confidence?: number } {
  let min = Infinity;
  for (const b of blocks) {
    const c = b.decision?.confidence;
    if (c !== undefined && c < min) min = c;
  }
  return min === Infinity ? {} : { confidence: min };
}

function sourcesOf(blocks: readonly Block[]): Source[] {
  return blocks.map((b) => b.source);
}

export function writeJson(doc: GalleyDocument): string {
  return `${JSON.stringify(toOutput(doc), null, 1)}\n`;
}
