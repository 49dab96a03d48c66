/**
 * classify/geometry/large-headline on real corpus PDFs (CC BY-SA; skipped
 * when ../shared/corpus is not beside the clone).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { restoreAsync } from '../../../../src/pipeline.js';
import { joinLines } from '../../../../src/text/join.js';

const run = async (file: string) => restoreAsync({ name: file, bytes: new Uint8Array(readFileSync(file)) });
const dev = (id: string): string => `../shared/corpus/dev/${id}/page.pdf`;

test('a headline wrapped over six narrow lines of large type, over a byline, is a headline', { skip: !existsSync(dev('dev009')) }, async () => {
  const doc = await run(dev('dev009'));
  const b = doc.pages[0]!.blocks.find((x) => joinLines(x.lines).startsWith('After visa snags, all-girl'));
  assert.equal(b?.kind, 'headline');
  assert.equal(b?.decision?.rule, 'classify/geometry/large-headline');
  assert.match(b?.decision?.evidence ?? '', /^6 line\(s\) in 13\.9 pt \(body 8\.5 pt\) right over a byline$/);
  assert.ok(doc.articles.some((a) => a.headline?.startsWith('After visa snags') && a.byline !== null));
});

test('a two-line deck in large type between a headline and a byline stays the text rules’ (a deck)', { skip: !existsSync(dev('dev003')) }, async () => {
  const doc = await run(dev('dev003'));
  const b = doc.pages[0]!.blocks.find((x) => joinLines(x.lines).startsWith('Patrick Gordon was a 17th Century General'));
  assert.ok(b);
  assert.notEqual(b.decision?.rule, 'classify/geometry/large-headline');
  assert.equal(b.kind, 'deck');
});
