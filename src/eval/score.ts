/**
 * One page scored: the raw counts of every metric (so pages can be summed,
 * micro-averaged), then the summary figures per page and for the TOTAL.
 */
import { articleTextParts, paragraphUnits, textChunks, type EvalDoc, type ParagraphUnit, type Prediction, type PredictionKind } from './documents.js';
import { bagOf, tokens } from './normalise.js';
import { hyphenSites, scoreHyphens, type HyphenCounts } from './hyphens.js';
import { dashCounts, leakCounts, paragraphCounts, wordCounts, type AccCounts, type F1Counts, type LeakCounts } from './text-metrics.js';
import { structureCounts, type StructureCounts } from './structure-metrics.js';

/** A TOTAL over JSON and flat-text pages is `mixed` (structure metrics are then left out). */
export type RunKind = PredictionKind | 'mixed';

/** Raw counts of one page (or, summed, of a run). Structure counts exist for JSON (and missing) predictions only. */
export interface PageCounts extends Partial<StructureCounts> {
  id: string;
  kind: RunKind;
  word: F1Counts;
  hyph: HyphenCounts | null;
  dash: AccCounts;
  para: F1Counts;
  order: AccCounts;
  leak: LeakCounts;
}

/**
 * Score one page. `rawText` is the page's raw extraction (page.raw.txt, else
 * page.txt) used to find line-end hyphen sites; null when there is none.
 */
export function scorePage(id: string, truth: EvalDoc, rawText: string | null, pred: Prediction): PageCounts {
  const truthUnits = truth.articles.flatMap(articleTextParts);
  const truthTokens = truthUnits.flatMap(tokens);
  const truthBag = bagOf(truthTokens);
  let predUnits: string[];
  let predParas: ParagraphUnit[];
  if (pred.kind === 'txt') {
    predUnits = textChunks(pred.text);
    predParas = predUnits.map((text) => ({ text, article: 0, body: true }));
  } else {
    predUnits = pred.doc.articles.flatMap(articleTextParts);
    predParas = paragraphUnits(pred.doc);
  }
  const predTokens = predUnits.flatMap(tokens);
  const { para, order } = paragraphCounts(paragraphUnits(truth), predParas);
  const counts: PageCounts = {
    id,
    kind: pred.kind,
    word: wordCounts(truthTokens, predTokens),
    hyph: rawText === null ? null : scoreHyphens(hyphenSites(rawText, truthBag), truthBag, bagOf(predTokens)),
    dash: dashCounts(truthUnits, predUnits),
    para,
    order,
    leak: leakCounts(truth.furniture, truthUnits, predUnits),
  };
  if (pred.kind === 'txt') return counts;
  return { ...counts, ...structureCounts(truth, pred.doc) };
}

type CountKey = 'word' | 'hyph' | 'dash' | 'para' | 'order' | 'leak' | keyof StructureCounts;
const TEXT_KEYS: CountKey[] = ['word', 'hyph', 'dash', 'para', 'order', 'leak'];
const STRUCTURE_KEYS: CountKey[] = ['article', 'headline', 'byline', 'credit', 'subhead', 'caption'];

/** Sum of the pages' counts (micro-average). Missing pages do not decide the kind of the run. */
export function total(pages: readonly PageCounts[]): PageCounts {
  const kinds = pages.map((p) => p.kind).filter((k) => k !== 'missing');
  const kind: RunKind = kinds.length === 0 ? 'missing' : kinds.every((k) => k === 'json') ? 'json' : kinds.includes('json') ? 'mixed' : 'txt';
  const sum: Record<string, Record<string, number>> = {};
  const add = (key: CountKey): void => {
    const have = pages.map((p) => p[key] as Record<string, number> | null | undefined).filter((c): c is Record<string, number> => !!c);
    if (have.length === 0) return;
    const out: Record<string, number> = {};
    for (const field of Object.keys(have[0]!)) out[field] = have.reduce((s, c) => s + (c[field] ?? 0), 0);
    sum[key] = out;
  };
  TEXT_KEYS.forEach(add);
  if (kind === 'json' || kind === 'missing') STRUCTURE_KEYS.forEach(add);
  return { id: 'TOTAL', kind, hyph: null, ...sum } as unknown as PageCounts;
}

/** The summary figures of a page or a total, named as in the scorer's JSON. `null`: nothing of that kind. */
export interface Summary {
  id: string;
  kind: RunKind;
  word_f1: number;
  hyphen_acc: number | null;
  hyphen_sites: number;
  compound_acc: number | null;
  compound_sites: number;
  false_joins: number;
  dash_acc: number | null;
  dash_sites: number;
  para_p: number;
  para_r: number;
  para_f1: number;
  order_acc: number | null;
  furniture_leak: number | null;
  article_f1?: number;
  headline_acc?: number | null;
  subhead_f1?: number;
  caption_f1?: number;
  caption_attach_acc?: number | null;
  credit_acc?: number | null;
  byline_acc?: number | null;
}

/** Precision, recall, F1; with nothing predicted precision is 1 only if there was nothing to find. */
export function f1(c: F1Counts): { p: number; r: number; f1: number } {
  const p = c.np ? c.tp / c.np : c.nt ? 0 : 1;
  const r = c.nt ? c.tp / c.nt : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

const fraction = (ok: number, n: number): number | null => (n ? ok / n : null);

export function summarize(c: PageCounts): Summary {
  const para = f1(c.para);
  const s: Summary = {
    id: c.id,
    kind: c.kind,
    word_f1: f1(c.word).f1,
    hyphen_acc: c.hyph ? fraction(c.hyph.correct, c.hyph.n) : null,
    hyphen_sites: c.hyph ? c.hyph.n : 0,
    compound_acc: c.hyph ? fraction(c.hyph.cOk, c.hyph.cn) : null,
    compound_sites: c.hyph ? c.hyph.cn : 0,
    false_joins: c.hyph ? c.hyph.falseJoins : 0,
    dash_acc: fraction(c.dash.ok, c.dash.n),
    dash_sites: c.dash.n,
    para_p: para.p,
    para_r: para.r,
    para_f1: para.f1,
    order_acc: c.order ? fraction(c.order.ok, c.order.n) : null,
    furniture_leak: fraction(c.leak.leaked, c.leak.n),
  };
  if (c.article && c.headline && c.subhead && c.caption && c.credit && c.byline) {
    s.article_f1 = f1(c.article).f1;
    s.headline_acc = fraction(c.headline.ok, c.headline.n);
    s.subhead_f1 = f1(c.subhead).f1;
    s.caption_f1 = f1(c.caption).f1;
    s.caption_attach_acc = fraction(c.caption.attach, c.caption.tp);
    s.credit_acc = fraction(c.credit.ok, c.credit.n);
    s.byline_acc = fraction(c.byline.ok, c.byline.n);
  }
  return s;
}
