/**
 * Rule 3, `dashes/flattened`: a closed-up hyphen between words that is a flattened
 * em dash (`pupils-all of them`, `Park Min Ho-brother of … Su-was`) becomes a spaced
 * dash; real compounds (`US-led`, `Moon Jae-in`, `year-old`) keep their hyphen.
 * The decision sums the candidate's own evidence (../evidence/) and the pair
 * bonus (../pairs.ts) and repairs at or above the threshold. Candidates with some
 * dash evidence that stay below it are recorded as `dashes/kept`, so `--explain`
 * shows why a hyphen was left.
 */
import type { Vocabulary } from '../../../lexicon/index.js';
import type { Message } from '../../../model/messages.js';
import type { Candidate } from '../candidate.js';
import { beforeAfter } from '../context.js';
import { sourceAt, spacedDash, type Edit } from '../edits.js';
import { documentSpelling, ownEvidence, strong, total, type Fired } from '../evidence/index.js';
import type { Flow } from '../flow.js';
import { pairBonuses } from '../pairs.js';

/**
 * Score at which a hyphen is read as a dash: one decisive piece of evidence
 * (a dash starter, an opening quote, a closing bracket) or two hints that agree
 * (a pair of plural + verb-form hints), with no compound marker against it.
 */
export const DASH_THRESHOLD = 3;
/**
 * Confidence is a logistic function of the score, centred here: at the
 * threshold (3) it is 0.82, at 4 0.92, at 6 0.99; a kept hyphen scoring 2 had 0.62.
 */
export const CONFIDENCE_MIDPOINT = 1.5;
/** Kept candidates scoring at least this are recorded (near misses worth explaining). */
export const KEPT_REPORT_MIN = 1;

export function dashProbability(score: number): number {
  return 1 / (1 + Math.exp(-(score - CONFIDENCE_MIDPOINT)));
}

export interface FlattenedDecision {
  candidate: Candidate;
  fired: Fired[];
  score: number;
  repair: boolean;
}

/**
 * Score every candidate of a page's flow. `vocabulary` gives the document's own
 * spellings; it is called only for candidates that would be repaired on word and
 * pair evidence alone without any strong (grammatical) evidence.
 */
export function decideFlattened(
  flow: Flow,
  vocabulary: () => Vocabulary | undefined,
  threshold = DASH_THRESHOLD,
): FlattenedDecision[] {
  const fired = flow.candidates.map((c) => ownEvidence(c));
  const own = fired.map(total);
  const pairs = pairBonuses(flow, own, threshold);
  return flow.candidates.map((candidate, i) => {
    const f = pairs[i]! > 0 ? [...fired[i]!, { id: 'pair', weight: pairs[i]! }] : fired[i]!;
    let score = own[i]! + pairs[i]!;
    if (score >= threshold && !strong(candidate)) {
      const doc = documentSpelling(candidate, vocabulary());
      if (doc !== 0) {
        f.push({ id: 'document', weight: doc });
        score += doc;
      }
    }
    return { candidate, fired: f, score, repair: score >= threshold };
  });
}

function describe(fired: readonly Fired[]): string {
  return fired.map((f) => `${f.id} ${f.weight > 0 ? '+' : ''}${f.weight}`).join(', ');
}

/** The edit for a repaired candidate. */
export function flattenedEdit(d: FlattenedDecision): Edit {
  const { line, at } = d.candidate;
  const text = line.text;
  const replacement = spacedDash(text, at, at + 1);
  return {
    start: at,
    end: at + 1,
    replacement,
    at,
    rule: 'dashes/flattened',
    severity: 'info',
    text: `flattened dash restored (${describe(d.fired)})`,
    ...beforeAfter(text, at, at + 1, replacement),
    confidence: round(dashProbability(d.score)),
  };
}

/** The message for a candidate kept as a hyphen despite some dash evidence. */
export function keptMessage(d: FlattenedDecision): Message {
  const { line, at, token } = d.candidate;
  return {
    rule: 'dashes/kept',
    severity: 'info',
    text: `hyphen kept as a compound (${describe(d.fired)}; score ${d.score} below threshold)`,
    source: sourceAt(line, at),
    before: token,
    after: token,
    confidence: round(1 - dashProbability(d.score)),
  };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
