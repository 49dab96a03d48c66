/**
 * Structure metrics, for JSON predictions only: articles (article_f1),
 * headlines, bylines, agency and caption credits, subheads, captions and
 * caption attachment. Articles are matched first; the per-article fields are
 * judged on the matched article.
 */
import { norm, tokens } from './normalise.js';
import { greedyOneToOne, matchStrings, similarity, type Match } from './similarity.js';
import type { EvalArticle, EvalDoc } from './documents.js';
import type { AccCounts, F1Counts } from './text-metrics.js';

/** Articles match when the Jaccard similarity of their body-token sets reaches this. */
export const ARTICLE_JACCARD = 0.5;
/** Headlines, subheads and captions match at this normalised similarity. */
export const FIELD_SIMILARITY = 0.9;

export interface StructureCounts {
  article: F1Counts;
  headline: AccCounts;
  byline: AccCounts;
  credit: AccCounts;
  subhead: F1Counts;
  caption: F1Counts & { attach: number };
}

/** Body tokens of an article; for a photo-only story (no body), its caption tokens. */
function bodySet(a: EvalArticle): Set<string> {
  const body = a.blocks.flatMap((b) => (b.text ? tokens(b.text) : []));
  if (body.length > 0) return new Set(body);
  return new Set(a.captions.flatMap((c) => (c.text ? tokens(c.text) : [])));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  const union = a.size + b.size - inter;
  return union ? inter / union : 0;
}

/** Truth article index → predicted article index, one-to-one, best Jaccard first. */
export function matchArticles(truth: readonly EvalArticle[], pred: readonly EvalArticle[]): Map<number, number> {
  const ts = truth.map(bodySet);
  const ps = pred.map(bodySet);
  const pairs: Match[] = [];
  ts.forEach((t, i) =>
    ps.forEach((p, j) => {
      const score = jaccard(t, p);
      if (score >= ARTICLE_JACCARD) pairs.push({ truth: i, pred: j, score });
    }),
  );
  return new Map(greedyOneToOne(pairs).map((m) => [m.truth, m.pred]));
}

/** Credit normalisation: dashes, punctuation and the words photo(s)/by/image(s)/picture(s) ignored (`AFP photos` = `(AFP)`). */
export function normCredit(s: unknown): string {
  if (!s) return '';
  return norm(s)
    .replace(/\u2014/g, ' ')
    .replace(/\b(photos?|photo by|by|images?|pictures?)\b/g, ' ')
    .replace(/[^\p{L}\p{N} ]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Name normalisation for bylines: a leading `by`, case and punctuation ignored. */
export function normName(s: unknown): string {
  return norm(s)
    .replace(/^by\s+/, '')
    .replace(/[^\p{L}\p{N} ]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const subheadsOf = (doc: EvalDoc): string[] =>
  doc.articles.flatMap((a) => a.blocks.filter((b) => b.type === 'subhead' && b.text).map((b) => norm(b.text)));

interface CaptionItem {
  text: string;
  article: number;
  credit: unknown;
}

const captionsOf = (doc: EvalDoc): CaptionItem[] =>
  doc.articles.flatMap((a, article) => a.captions.filter((c) => c.text).map((c) => ({ text: norm(c.text), article, credit: c.credit || null })));

export function structureCounts(truth: EvalDoc, pred: EvalDoc): StructureCounts {
  const TA = truth.articles;
  const PA = pred.articles;
  const a2p = matchArticles(TA, PA);
  const headline: AccCounts = { n: 0, ok: 0 };
  const byline: AccCounts = { n: 0, ok: 0 };
  const credit: AccCounts = { n: 0, ok: 0 };
  TA.forEach((a, i) => {
    const j = a2p.get(i);
    const p = j === undefined ? null : PA[j]!;
    if (a.headline) {
      headline.n++;
      if (p?.headline && similarity(norm(a.headline), norm(p.headline), FIELD_SIMILARITY) >= FIELD_SIMILARITY) headline.ok++;
    }
    if (a.byline) {
      byline.n++;
      if (p?.byline && normName(a.byline) === normName(p.byline)) byline.ok++;
    }
    if (a.credit) {
      credit.n++;
      if (p?.credit && normCredit(a.credit) === normCredit(p.credit)) credit.ok++;
    }
  });
  const ts = subheadsOf(truth);
  const ps = subheadsOf(pred);
  const subhead: F1Counts = { tp: matchStrings(ts, ps, FIELD_SIMILARITY).length, np: ps.length, nt: ts.length };
  const tc = captionsOf(truth);
  const pc = captionsOf(pred);
  const matches = matchStrings(
    tc.map((c) => c.text),
    pc.map((c) => c.text),
    FIELD_SIMILARITY,
  );
  let attach = 0;
  const matched = new Set<number>();
  for (const m of matches) {
    const t = tc[m.truth]!;
    const p = pc[m.pred]!;
    matched.add(m.truth);
    if (a2p.get(t.article) === p.article) attach++;
    if (t.credit) {
      credit.n++;
      if (p.credit && normCredit(t.credit) === normCredit(p.credit)) credit.ok++;
    }
  }
  // a caption credit counts as wrong when its caption is unmatched
  tc.forEach((t, i) => {
    if (t.credit && !matched.has(i)) credit.n++;
  });
  return {
    article: { tp: a2p.size, np: PA.length, nt: TA.length },
    headline,
    byline,
    credit,
    subhead,
    caption: { tp: matches.length, np: pc.length, nt: tc.length, attach },
  };
}
