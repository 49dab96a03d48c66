/** JSON writer: the document as `Output` (see schema.ts). */
import type { Block, GalleyDocument, Source } from '../../model/types.js';
import { joinLines } from '../../text/join.js';
import { VERSION } from '../../version.js';
import type { Output } from './schema.js';

type BlockPart = Output['articles'][number]['blocks'][number];
type CaptionPart = Output['articles'][number]['captions'][number];

export function toOutput(doc: GalleyDocument): Output {
  return outputWith(doc, doc.messages.map((m) => ({ ...m })));
}

/**
 * The output with these messages: toOutput gives copies (the caller owns what it is handed), writeJson
 * the document's own (serialised at once and let go: the text is the same, as JSON reads a copy's keys
 * in the original's order).
 */
function outputWith(doc: GalleyDocument, messages: Output['messages']): Output {
  return {
    galley: VERSION,
    source: { name: doc.name, format: doc.format },
    articles: doc.articles.map((a) => ({
      headline: a.headline,
      deck: a.deck,
      byline: a.byline,
      dateline: a.dateline,
      credit: a.credit,
      blocks: a.blocks.map((b) => withConfidence<BlockPart>({ type: b.type, text: b.text, sources: sourcesOf(b.blocks) }, b.blocks)),
      captions: a.captions.map((c) => withConfidence<CaptionPart>({ text: c.text, credit: c.credit, sources: sourcesOf(c.blocks) }, c.blocks)),
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
    messages,
  };
}

/** A page block as output: the optional fields set only when the block has them, in this order (as spreads of them gave). */
function blockOut(b: Block): Output['pages'][number]['blocks'][number] {
  const out: Output['pages'][number]['blocks'][number] = { kind: b.kind, text: joinLines(b.lines), source: b.source };
  if (b.box) out.box = b.box;
  if (b.decision) out.decision = b.decision;
  if (b.furnitureType) out.furnitureType = b.furnitureType;
  return out;
}

/**
 * The part with the least sure of the decisions that made it as its `confidence` (a paragraph joined
 * from pieces is as sure as its weakest piece), added last; none when no block has a decision. Set on
 * the part itself rather than spread in from an object of its own (`...{ confidence }`): the same keys
 * in the same order, without an object and a spread per part.
 */
function withConfidence<T extends { confidence?: number }>(part: T, blocks: readonly Block[]): T {
  let min = Infinity;
  for (const b of blocks) {
    const c = b.decision?.confidence;
    if (c !== undefined && c < min) min = c;
  }
  if (min !== Infinity) part.confidence = min;
  return part;
}

function sourcesOf(blocks: readonly Block[]): Source[] {
  return blocks.map((b) => b.source);
}

export function writeJson(doc: GalleyDocument): string {
  return `${JSON.stringify(outputWith(doc, doc.messages), null, 1)}\n`;
}
