/**
 * Evidence for a line-end decision: each piece of evidence is a small function
 * that looks at the site's facts and casts weighted votes (log-odds-like
 * points) for `join`, `hyphen` or `dash`; a negative weight speaks against an
 * option. decide.ts adds the votes up.
 */
import type { DehyphenateContext } from '../context.js';
import type { SiteFacts } from '../facts.js';

export type LineEndOption = 'join' | 'hyphen' | 'dash';

export interface Vote {
  option: LineEndOption;
  weight: number;
  /** Short name of the evidence, listed in the message (`known-word`, `illegal-break`). */
  why: string;
}

export type Evidence = (facts: SiteFacts, ctx: DehyphenateContext) => Vote[];

export const vote = (option: LineEndOption, weight: number, why: string): Vote => ({ option, weight, why });
