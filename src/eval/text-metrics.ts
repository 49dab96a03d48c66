/**
 * Text-level metrics, for JSON and flat-text predictions alike: word bag
 * (word_f1), dash triples (dash_acc), paragraphs (para_f1), reading order
 * (order_acc) and furniture leaks (furniture_leak).
 */
import { type Bag, bagOf, DASH, overlap, norm, tokens } from './normalise.js';
import { matchStrings } from './similarity.js';
import type { EvalFurniture, ParagraphUnit } from './documents.js';

/** Paragraphs match when 1 − Levenshtein/maxlen of their normalised text reaches this. */
export const PARAGRAPH_SIMILARITY = 0.95;

export interface F1Counts {
  /** true positives, predicted items, truth items */
  tp: number;
  np: number;
  nt: number;
}

export interface AccCounts {
  n: number;
  ok: number;
}

/** Bag-of-tokens overlap between all truth and all predicted article text. */
export function wordCounts(truthTokens: readonly string[], predTokens: readonly string[]): F1Counts {
  return { tp: overlap(bagOf(truthTokens), bagOf(predTokens)), np: predTokens.length, nt: truthTokens.length };
}

/** (previous word, next word) of every dash between two words, within each text unit. */
export function dashTriples(units: readonly string[]): string[] {
  const out: string[] = [];
  for (const u of units) {
    const t = tokens(u);
    for (let i = 1; i < t.length - 1; i++) {
      if (t[i] === DASH && t[i - 1] !== DASH && t[i + 1] !== DASH) out.push(`${t[i - 1]}\u0001${t[i + 1]}`);
    }
  }
  return out;
}

/** Truth dash triples found in the prediction (count-aware). */
export function dashCounts(truthUnits: readonly string[], predUnits: readonly string[]): AccCounts {
  const truth = dashTriples(truthUnits);
  return { n: truth.length, ok: overlap(bagOf(truth), bagOf(dashTriples(predUnits))) };
}

export interface ParagraphResult {
  para: F1Counts;
  order: AccCounts;
}

/**
 * Paragraph matching (one-to-one, similarity ≥ PARAGRAPH_SIMILARITY), then the
 * reading order of matched consecutive body paragraphs of each truth article:
 * both in the same predicted article, the second after the first.
 */
export function paragraphCounts(truthUnits: readonly ParagraphUnit[], predUnits: readonly ParagraphUnit[]): ParagraphResult {
  const truth = truthUnits.map((u) => ({ ...u, n: norm(u.text) }));
  const pred = predUnits.map((u) => ({ ...u, n: norm(u.text) })).filter((u) => u.n);
  const matches = matchStrings(
    truth.map((u) => u.n),
    pred.map((u) => u.n),
    PARAGRAPH_SIMILARITY,
  );
  const truthToPred = new Map(matches.map((m) => [m.truth, m.pred]));
  const order: AccCounts = { n: 0, ok: 0 };
  for (let i = 0; i + 1 < truth.length; i++) {
    const t1 = truth[i]!;
    const t2 = truth[i + 1]!;
    if (!t1.body || !t2.body || t1.article !== t2.article) continue;
    const a = truthToPred.get(i);
    const b = truthToPred.get(i + 1);
    if (a === undefined || b === undefined) continue;
    order.n++;
    if (pred[a]!.article === pred[b]!.article && b > a) order.ok++;
  }
  return { para: { tp: matches.length, np: pred.length, nt: truth.length }, order };
}

/** Tokens of all units, each unit followed by a separator no token can equal. */
function sequenceOf(units: readonly string[]): string[] {
  const out: string[] = [];
  // A loop, not push(...tokens): a spread of a very long unit overflows the call stack.
  for (const u of units) {
    for (const t of tokens(u)) out.push(t);
    out.push('\u0000');
  }
  return out;
}

/** Occurrences of `needle` as a contiguous run of `hay`. */
export function countSequence(hay: readonly string[], needle: readonly string[]): number {
  if (needle.length === 0) return 0;
  let count = 0;
  for (let i = 0; i + needle.length <= hay.length; i++) {
    let k = 0;
    while (k < needle.length && hay[i + k] === needle[k]) k++;
    if (k === needle.length) count++;
  }
  return count;
}

export interface LeakCounts {
  n: number;
  leaked: number;
}

/** Furniture strings whose token sequence occurs more often in the predicted than in the truth article text. */
export function leakCounts(furniture: readonly EvalFurniture[], truthUnits: readonly string[], predUnits: readonly string[]): LeakCounts {
  const truthSeq = sequenceOf(truthUnits);
  const predSeq = sequenceOf(predUnits);
  const items = furniture.filter((f) => f.text && tokens(f.text).length > 0);
  let leaked = 0;
  for (const f of items) {
    const ft = tokens(f.text);
    if (countSequence(predSeq, ft) > countSequence(truthSeq, ft)) leaked++;
  }
  return { n: items.length, leaked };
}

export type { Bag };
