/**
 * A list's last item, opened by its conjunction right after an item (`physical disability;` ⏎ `and other.`),
 * carries on the list: no piece broken elsewhere is carried on into it (src/transforms/reflow/links.ts
 * `closesList`). Real case: a short excerpt of dev001 page.pdfminer.txt (CC BY text).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { GalleyDocument } from '../../../src/model/types.js';
import { restore } from '../../../src/pipeline.js';

const run = (text: string): GalleyDocument => restore({ name: 't.txt', bytes: new TextEncoder().encode(text) });
const paragraphs = (doc: GalleyDocument): string[] => doc.articles.flatMap((a) => a.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text));

test('a list’s last item stays the list’s, not the end of a sentence broken before it (dev001 excerpt)', () => {
  const doc = run(
    [
      'Even so, estimates of the preva-',
      'lence of perceived discrimina-',
      'tion remains rare (see [13 –',
      '14]). At least one prior study',
      'by Kessler and colleagues [15],',
      'however, using measures of',
      'perceived discrimination in',
      '',
      'religion;',
      'height or weight;',
      'sexual orientation;',
      'education or income;',
      'physical disability;',
      'and other.',
      'The following categories from',
      'the original questionnaire were',
      'collapsed into one category for',
      'the analysis: race; ancestry',
      'or national origin; and shade',
      'of skin color.',
      '',
    ].join('\n'),
  );
  const paras = paragraphs(doc);
  assert.ok(paras.includes('and other.'), paras.join(' | '));
  assert.ok(!paras.some((t) => t.endsWith('discrimination in and other.')), paras.join(' | '));
});
