/**
 * Markdown writer: one section per article (headline as `##`, deck in italics,
 * byline/dateline line, subheads as `###`, paragraphs, captions as a list with
 * credits, sign-off at the end); furniture omitted unless asked for.
 * One handler per article part, in a typed map, so a new block type fails to
 * compile until it is handled here.
 */
import type { Article, ArticleBlock, GalleyDocument } from '../model/types.js';

export interface MarkdownOptions {
  furniture?: boolean;
}

const blockHandlers: { [K in ArticleBlock['type']]: (b: ArticleBlock) => string } = {
  paragraph: (b) => escapeMd(b.text),
  subhead: (b) => `### ${escapeMd(b.text)}`,
};

export function writeMarkdown(doc: GalleyDocument, options: MarkdownOptions = {}): string {
  const parts: string[] = [];
  doc.articles.forEach((a, i) => parts.push(article(a, i + 1)));
  if (options.furniture && doc.furniture.length > 0) {
    parts.push(['---', '', '**Page furniture**', '', ...doc.furniture.map((f) => `- ${f.type}: ${escapeMd(f.text)}`)].join('\n'));
  }
  return parts.join('\n\n') + (parts.length ? '\n' : '');
}

function article(a: Article, n: number): string {
  const out: string[] = [];
  out.push(`## ${a.headline ? escapeMd(a.headline) : `Untitled story ${n}`}`);
  if (a.deck) out.push(`*${escapeMd(a.deck)}*`);
  const meta = [a.byline ? `By ${a.byline}` : '', a.dateline ?? ''].filter(Boolean).join(' · ');
  if (meta) out.push(`**${escapeMd(meta)}**`);
  for (const b of a.blocks) out.push(blockHandlers[b.type](b));
  if (a.credit) out.push(`— ${escapeMd(a.credit)}`);
  if (a.captions.length > 0) {
    out.push(
      a.captions
        .map((c) => `- *Caption:* ${escapeMd(c.text)}${c.credit ? ` (${escapeMd(c.credit)})` : ''}`)
        .join('\n'),
    );
  }
  return out.join('\n\n');
}

/**
 * Escape what Markdown would read as markup: emphasis, code, HTML and autolinks
 * anywhere; lists, headings and quotes at the start of a line. Brackets are
 * common in news text ("[the minister] said") and are left alone unless a
 * link could form: CommonMark links, images and reference definitions all need
 * a `]` followed by `(`, `[` or `:`, so escaping that `]` is enough.
 */
export function escapeMd(s: string): string {
  return s
    .replace(/([\\*_`<>])/g, '\\$1')
    .replace(/\](?=[([:])/g, '\\]')
    .replace(/^(\d+)([.)])(\s)/, '$1\\$2$3')
    .replace(/^(#+\s|[-+]\s|>)/, '\\$1');
}
