import type { Message } from '../../../model/messages.js';
import type { BlockKind, FurnitureType } from '../../../model/types.js';
import type { UnitInfo } from '../units.js';

/** What a rule decided about one unit. */
export interface Verdict {
  kind: BlockKind;
  /** Rule id, e.g. `classify/byline`. */
  rule: string;
  confidence: number;
  evidence: string;
  furnitureType?: FurnitureType;
}

/** What rules may look at besides the unit: the page's other units and the verdicts so far. */
export interface PageContext {
  units: UnitInfo[];
  verdicts: Array<Verdict | undefined>;
  /** Repairs a rule made to text it did not classify (warnings for the document's messages). */
  repairs?: Message[];
}

export function verdict(kind: BlockKind, rule: string, confidence: number, evidence: string, furnitureType?: FurnitureType): Verdict {
  const v: Verdict = { kind, rule, confidence, evidence };
  if (furnitureType) v.furnitureType = furnitureType;
  return v;
}
