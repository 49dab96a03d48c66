/**
 * The pair bonus (src/transforms/dashes/pairs.ts) on the paired aside its file comment quotes
 * (`Ruiz-mother of the current director Eva Ruiz-was`): an opener takes the bonus of a confident
 * closer whatever its own evidence, as long as that is not below every partner's minimum; where no
 * neighbour can give a bonus, none is given, and the text between them is not read at all.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readText } from '../../../src/readers/text/index.js';
import { pageFlow, type Flow } from '../../../src/transforms/dashes/flow.js';
import { pairBonuses, PAIR_MIN_OWN, W_PAIR_CONFIDENT } from '../../../src/transforms/dashes/pairs.js';
import { DASH_THRESHOLD } from '../../../src/transforms/dashes/index.js';

/** The page's flow, with a count of the `between` reads. */
function flowOf(text: string): { flow: Flow; reads: () => number } {
  const flow = pageFlow(readText(new TextEncoder().encode(`${text}\n`), 't.txt').pages[0]!);
  let n = 0;
  const between: Flow['between'] = (a, b, limit) => (n++, flow.between(a, b, limit));
  return { flow: { ...flow, between }, reads: () => n };
}

const ASIDE = 'The painting was given by Ruiz-mother of the current director Eva Ruiz-was shown in the hall.';

test('pair bonus: an opener with no evidence of its own takes a confident closer\'s bonus', () => {
  const { flow } = flowOf(ASIDE);
  assert.equal(flow.candidates.length, 2);
  const least = Math.min(...Object.values(PAIR_MIN_OWN));
  assert.deepEqual(pairBonuses(flow, [least, DASH_THRESHOLD], DASH_THRESHOLD)[0], W_PAIR_CONFIDENT);
});

test('pair bonus: where no neighbour can give one, none, and the text between is not read', () => {
  const least = Math.min(...Object.values(PAIR_MIN_OWN));
  // An opener below every partner's minimum, before a confident closer (who looks back at no dash).
  const below = flowOf(ASIDE);
  assert.deepEqual(pairBonuses(below.flow, [least - 1, DASH_THRESHOLD], DASH_THRESHOLD), [0, 0]);
  assert.equal(below.reads(), 0);
  // Two hyphens with no evidence of their own, or a hint only (most candidates): no confident partner.
  const hints = flowOf(ASIDE);
  assert.deepEqual(pairBonuses(hints.flow, [least, 1], DASH_THRESHOLD), [0, 0]);
  assert.equal(hints.reads(), 0);
});
