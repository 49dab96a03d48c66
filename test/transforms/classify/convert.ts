/** Shared by the classify tests: a text page through the whole pipeline, and the kinds they look at. */
import { restore } from '../../../src/pipeline.js';
import { toOutput } from '../../../src/writers/json/index.js';

export function convert(text: string, name = 'page.raw.txt') {
  const doc = restore({ name, bytes: new TextEncoder().encode(text) });
  const out = toOutput(doc);
  return {
    doc,
    out,
    subheads: out.articles.flatMap((a) => a.blocks.filter((b) => b.type === 'subhead').map((b) => b.text)),
    headlines: out.articles.map((a) => a.headline),
    other: out.furniture.filter((f) => f.type === 'other').map((f) => f.text),
    credits: out.articles.flatMap((a) => (a.captions ?? []).map((c) => c.credit)),
  };
}
