/**
 * The line-end decision: add up the votes of every piece of evidence
 * (./evidence/, in file order) for `join`, `hyphen` and `dash`; the option
 * with the most points wins, and the margin over the runner-up gives the
 * confidence. Pure: the structure transform calls `decideLineEnd` again when it
 * rejoins two halves of a paragraph that an interruption had separated.
 */
import type { Line } from '../../model/types.js';
import { EM_DASH } from '../../text/chars.js';
import type { DehyphenateContext } from './context.js';
import { siteFacts } from './facts.js';
import { siteOfLines, type LineEndSite } from './site.js';
import { address, caseMismatch, digits, oneLetter, openingPunctuation } from './evidence/01-form.js';
import { documentForms } from './evidence/02-document.js';
import { knownWord, wordParts } from './evidence/03-lexicon.js';
import { liangBreak } from './evidence/04-patterns.js';
import { compoundPrefix, nameContext, sameVowelPrefix } from './evidence/05-compounds.js';
import { closedClassRight } from './evidence/06-dash.js';
import { spellingTrust } from './evidence/08-ocr-confidence.js';
import { ocrJoined } from './evidence/07-ocr.js';
import type { Evidence, LineEndOption, Vote } from './evidence/types.js';

export type { LineEndOption, Vote } from './evidence/types.js';

/**
 * Before any evidence, a line-end hyphen is a break hyphen: on the dev pages
 * 747 of 774 line-end hyphens are. The prior only decides when nothing else speaks.
 */
export const JOIN_PRIOR = 0.5;

/**
 * Every piece of evidence, in the order it is listed in messages, with what it
 * reads. `spelling` evidence reads the letters of the two halves (dictionary,
 * word frequencies, break points, the document's vocabulary) and is worth less
 * where the OCR doubts them (evidence/08-ocr-confidence.ts); `form` evidence
 * (digits, addresses, opening punctuation, case, one-letter fragments, names in
 * context, the OCR's own joined form) is not scaled.
 */
const EVIDENCE_READS: ReadonlyArray<readonly [Evidence, 'form' | 'spelling']> = [
  [digits, 'form'],
  [address, 'form'],
  [openingPunctuation, 'form'],
  [caseMismatch, 'form'],
  [oneLetter, 'form'],
  [documentForms, 'spelling'],
  [knownWord, 'spelling'],
  [wordParts, 'spelling'],
  [liangBreak, 'spelling'],
  [compoundPrefix, 'spelling'],
  [sameVowelPrefix, 'spelling'],
  [nameContext, 'form'],
  [closedClassRight, 'spelling'],
  [ocrJoined, 'form'],
];

export const EVIDENCE: ReadonlyArray<Evidence> = EVIDENCE_READS.map(([e]) => e);
export const SPELLING_EVIDENCE: ReadonlySet<Evidence> = new Set(EVIDENCE_READS.filter(([, reads]) => reads === 'spelling').map(([e]) => e));

/** Evidence points (prior excluded) the winning option needs to `fit`. */
export const FIT_MIN = 2;
/** Confidence ceiling of a decision that does not fit. */
export const UNFIT_CONFIDENCE = 0.6;

export const RULE_IDS: Readonly<Record<LineEndOption, string>> = {
  join: 'dehyphenate/join',
  hyphen: 'dehyphenate/keep-hyphen',
  dash: 'dehyphenate/dash',
};

export interface LineEndDecision {
  join: LineEndOption;
  rule: string;
  /**
   * 0.5 (a coin toss) … 1 (no doubt): the logistic of the winner's margin over
   * the runner-up, at most UNFIT_CONFIDENCE when the decision does not `fit`.
   */
  confidence: number;
  /**
   * Does the right line plausibly continue the left one? False when the winner
   * rests on less than FIT_MIN points of evidence (`distin-`/`for`: no word, no
   * compound, no dash): a sign that the lines are not neighbours in the text
   * (columns interleaved by the extractor), for reflow to weigh.
   */
  fits: boolean;
  scores: Record<LineEndOption, number>;
  votes: Vote[];
  /** `docu-⏎mentary` */
  before: string;
  /** `documentary`, `So-young`, `Moscow — he` */
  after: string;
  site: LineEndSite;
}

/** Decide one site. */
export function decideSite(site: LineEndSite, ctx: DehyphenateContext): LineEndDecision {
  const facts = siteFacts(site, ctx);
  const votes: Vote[] = [{ option: 'join', weight: JOIN_PRIOR, why: 'prior' }];
  const trust = spellingTrust(site.ocrConfidence);
  for (const evidence of EVIDENCE) {
    for (const v of evidence(facts, ctx)) {
      if (trust < 1 && SPELLING_EVIDENCE.has(evidence)) {
        votes.push({ ...v, weight: round2(v.weight * trust) || 0, why: `${v.why} (OCR confidence ${round2(site.ocrConfidence!)})` });
      } else votes.push(v);
    }
  }
  const scores: Record<LineEndOption, number> = { join: 0, hyphen: 0, dash: 0 };
  for (const v of votes) scores[v.option] += v.weight;
  // The highest score wins; on a tie the first of join, hyphen, dash.
  let best: LineEndOption = 'join';
  if (scores.hyphen > scores[best]) best = 'hyphen';
  if (scores.dash > scores[best]) best = 'dash';
  const runnerUp = best === 'join' ? Math.max(scores.hyphen, scores.dash) : best === 'hyphen' ? Math.max(scores.join, scores.dash) : Math.max(scores.join, scores.hyphen);
  const margin = scores[best] - runnerUp;
  const fits = scores[best] - (best === 'join' ? JOIN_PRIOR : 0) >= FIT_MIN;
  const confidence = round2(1 / (1 + Math.exp(-margin)));
  return {
    join: best,
    rule: RULE_IDS[best],
    confidence: fits ? confidence : Math.min(confidence, UNFIT_CONFIDENCE),
    fits,
    scores,
    votes,
    before: `${site.leftToken}⏎${site.rightWord}`,
    after: rendered(site, best),
    site,
  };
}

/**
 * Decide how `left` continues into `right` when `left` ends in `x-`; null when it
 * does not (or `right` has no text). Does not change the lines.
 */
export function decideLineEnd(left: Line, right: Line, ctx: DehyphenateContext): LineEndDecision | null {
  const site = siteOfLines(left, right);
  return site ? decideSite(site, ctx) : null;
}

function rendered(site: LineEndSite, option: LineEndOption): string {
  switch (option) {
    case 'join':
      return site.leftCore + site.rightWord;
    case 'hyphen':
      return `${site.leftCore}-${site.rightWord}`;
    case 'dash':
      return `${site.leftCore} ${EM_DASH} ${site.rightWord}`;
  }
}

/** Evidence that spoke, for a message: `known-word +2.5, legal-break +1`. */
export function describeVotes(votes: readonly Vote[]): string {
  return votes
    .filter((v) => v.why !== 'prior')
    .map((v) => `${v.why} ${v.weight >= 0 ? '+' : ''}${v.weight} ${v.option}`)
    .join(', ');
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
