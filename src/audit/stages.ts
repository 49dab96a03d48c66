/**
 * Which pipeline step lost (or invented) text: the input is read, then the
 * default transforms run one at a time, and after each the page model's text
 * (and, once articles exist, the output's) is accounted for against the input.
 * For tests and for reporting a loss to the transform that caused it.
 */
import type { GalleyDocument } from '../model/types.js';
import { defaultTransforms, detectFormat, read, type RestoreInput, type RestoreOptions } from '../pipeline.js';
import { accountFor, compareText, pageModelUnits, type Account } from './account.js';

export interface StageFinding {
  /** `read`, or the name of the transform after which the text no longer adds up. */
  step: string;
  /** Whose text was wrong after that step: the page model's blocks, or the output's articles and furniture. */
  where: 'page model' | 'output';
  account: Account;
}

/** Run the pipeline step by step on `input`; the first step whose result fails the audit, or null. */
export function findTextLoss(input: RestoreInput, text: string, options: RestoreOptions = {}): StageFinding | null {
  const doc: GalleyDocument = read(options.format ?? detectFormat(input.name, input.bytes), input);
  const check = (step: string): StageFinding | null => {
    const pages = compareText(text, pageModelUnits(doc), doc.messages);
    if (!pages.ok) return { step, where: 'page model', account: pages };
    if (doc.articles.length === 0 && doc.furniture.length === 0) return null;
    const out = accountFor(doc, text);
    return out.ok ? null : { step, where: 'output', account: out };
  };
  const first = check('read');
  if (first) return first;
  for (const step of defaultTransforms(options)) {
    step.run(doc);
    const found = check(step.name);
    if (found) return found;
  }
  return null;
}
