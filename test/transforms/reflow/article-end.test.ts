/**
 * An article ending a line (`… We start with the`) is followed by its noun phrase, never by a pronoun, an
 * auxiliary or a conjunction (src/transforms/reflow/pieces.ts ARTICLE_END, NEVER_AFTER_ARTICLE). Real case:
 * d2_002 page.pdfminer.txt lines 241–330 (Wikinews, CC BY 2.5): the answer's column top `Chet Clem: We do
 * everything` ⏎ `backwards here. We start with the` is printed last, after the adverts, and both
 * `headline and then flesh out the` (its rest) and `don’t have writers coming up` (the rest of the next
 * question, `David Shankbone: So you`) start in lower case before it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { run, sharedFile } from '../../structure/helpers.js';
import { neverAfterArticle } from '../../../src/transforms/reflow/pieces.js';

test('words that never follow an article', () => {
  for (const w of ['don’t have writers', 'a number of drafts', 'and then', 'was awarded', 'they said', 'it’s'])
    assert.ok(neverAfterArticle(w), w);
  // Nouns that are closed-class words too, adverbs, and the object pronouns (left out: see pieces.ts).
  for (const w of ['will of the people', 'very first', 'headline and then', 'us the 135th', 'not-so-distant'])
    assert.ok(!neverAfterArticle(w), w);
});

const file = sharedFile('corpus', 'dev2', 'd2_002', 'page.pdfminer.txt');

test('a column ending on `the` goes on into its noun phrase, not into a clause starting `don’t` (d2_002)', { skip: !file }, () => {
  const text = readFileSync(file!, 'utf8').split('\n').slice(240, 330).join('\n');
  const { out } = run(text, 'page.pdfminer.txt');
  const paragraphs = out.articles.flatMap((a) => a.blocks.map((b) => b.text));
  assert.ok(!paragraphs.some((p) => /start with the don’t/.test(p)), paragraphs.join('\n\n'));
  assert.ok(paragraphs.some((p) => /^Chet Clem: We do everything backwards here\. We start with the headline and then flesh out/.test(p)), paragraphs.join('\n\n'));
});
