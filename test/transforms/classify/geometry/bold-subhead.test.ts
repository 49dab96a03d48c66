/**
 * classify/geometry/bold-subhead on real corpus PDFs (CC BY-SA; skipped when
 * ../shared/corpus is not beside the clone).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { restoreAsync } from '../../../../src/pipeline.js';
import { joinLines } from '../../../../src/text/join.js';
import type { GalleyDocument } from '../../../../src/model/types.js';

const file = '../shared/corpus/dev/dev001/page.pdf';

test('a short line wholly in bold right over roman body text is a subhead, full stop or not', { skip: !existsSync(file) }, async () => {
  const doc: GalleyDocument = await restoreAsync({ name: file, bytes: new Uint8Array(readFileSync(file)) });
  const blocks = doc.pages[0]!.blocks;
  const kindOf = (t: string): string | undefined => blocks.find((b) => joinLines(b.lines) === t)?.kind;
  // dev001: run-in heads in 8 pt bold over 10 pt roman.
  for (const t of ['Respondent race.', 'Demographic variables.', 'Reason for discrimination.']) assert.equal(kindOf(t), 'subhead', t);
  const b = blocks.find((x) => joinLines(x.lines) === 'Respondent race.');
  assert.match(b?.decision?.evidence ?? '', /^wholly bold 8 pt \(body 10 pt\), 1 line\(s\) right over body text in its column$/);
  // A byline in bold (`BY LUCAS NAKAMURA`, over body text too) keeps the byline rule's verdict.
  assert.equal(blocks.find((x) => joinLines(x.lines).startsWith('BY LUCAS'))?.kind, 'byline');
  // Headlines in bold are far larger than the body: not subheads.
  assert.equal(blocks.find((x) => joinLines(x.lines).startsWith('Warhol’s photo legacy'))?.kind, 'headline');
});
