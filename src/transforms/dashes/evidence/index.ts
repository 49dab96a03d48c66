/**
 * Evidence for and against reading a closed-up hyphen as a flattened dash. Each
 * piece is a small function returning its named weight when it fires (0 when not);
 * the candidate's own score is their sum. Positive weights say "dash" (dash.ts),
 * negative "compound" (compound.ts). The paired-dash structure, which needs the
 * neighbours, is in ../pairs.ts.
 *
 * The weights are on a log-odds-like scale: 3 is one decisive piece of evidence
 * (the threshold, see ../rules/03-flattened.ts), 1 a hint that needs company, −3/−4
 * a compound marker that outweighs any single hint.
 */
import type { Candidate } from '../candidate.js';
import {
  adverb,
  closer,
  dateline,
  ender,
  opener,
  particle,
  plural,
  prepositionalPhrase,
  rangeEnd,
  starter,
  timeRange,
  verbal,
} from './dash.js';
import {
  attributive,
  boundFirst,
  capitalRight,
  chain,
  closedForm,
  code,
  compoundHead,
  givenName,
  numberFirst,
  phrasal,
  reduplication,
  unknownRight,
} from './compound.js';

export * from './dash.js';
export * from './compound.js';
export { isPastForm } from './shared.js';

/** One piece of evidence that fired. */
export interface Fired {
  id: string;
  weight: number;
}

/**
 * The word rules, in the order they are reported. The document's own spelling
 * (documentSpelling) is asked only of candidates about to be repaired without
 * strong evidence (see rules/03-flattened.ts): the vocabulary costs a pass over the document.
 */
const RULES: ReadonlyArray<[string, (c: Candidate) => number]> = [
  ['starter', starter],
  ['ender', ender],
  ['adverb', adverb],
  ['time-range', timeRange],
  ['dateline', dateline],
  ['opener', opener],
  ['closer', closer],
  ['range-end', rangeEnd],
  ['plural', plural],
  ['verbal', verbal],
  ['particle', particle],
  ['prepositional', prepositionalPhrase],
  ['bound-first', boundFirst],
  ['number-first', numberFirst],
  ['phrasal', phrasal],
  ['compound-head', compoundHead],
  ['code', code],
  ['capital-right', capitalRight],
  ['given-name', givenName],
  ['unknown-right', unknownRight],
  ['reduplication', reduplication],
  ['chain', chain],
  ['closed-form', closedForm],
  ['attributive', attributive],
];

/** Every piece of word evidence that fires for a candidate (pairs and document spelling aside). */
export function ownEvidence(c: Candidate): Fired[] {
  const out: Fired[] = [];
  for (const [id, rule] of RULES) {
    const weight = rule(c);
    if (weight !== 0) out.push({ id, weight });
  }
  return out;
}

export function total(fired: readonly Fired[]): number {
  let s = 0;
  for (const f of fired) s += f.weight;
  return s;
}
