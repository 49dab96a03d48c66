/**
 * Segment, topic split (src/transforms/segment/topic.ts): a dateline opens its story's text, so a paragraph
 * of a shared body run that opens with one (or follows one) is its story's first. Real case: d2_006, two
 * stories printed head after head (`Scientists analyse effects of global warming…`, `Charles J. Fillmore:
 * Cognitive linguistics`); pdfminer reads the science story's later paragraphs, then the Fillmore story
 * from its dateline `CHICAGO, July 5 (Reuters) —`, then the science story's first paragraphs. Read by
 * shared words alone, the Fillmore story (whose words recur more) took nearly the whole run. The texts are
 * the page's own paragraphs, loaded from ../shared/corpus (skipped when it is not beside the clone).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { labelByTopic, opensStory } from '../../src/transforms/segment/topic.js';
import { restore } from '../../src/pipeline.js';
import { toOutput } from '../../src/writers/json/index.js';

const truthFile = '../shared/corpus/dev2/d2_006/truth.json';
const pdfminerFile = '../shared/corpus/dev2/d2_006/page.pdfminer.txt';

interface TruthArticle {
  headline: string;
  dateline: string;
  blocks: Array<{ type: string; text: string }>;
}

function openings(items: readonly string[]): Set<number> {
  const out = new Set<number>();
  items.forEach((t, i) => {
    if (i > 0 && opensStory(undefined, t)) out.add(i);
  });
  return out;
}

test('d2_006: the run shared by two stories printed head after head is split where the dateline opens the second', { skip: !existsSync(truthFile) }, () => {
  const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as { articles: TruthArticle[] };
  const [science, fillmore] = truth.articles as [TruthArticle, TruthArticle];
  const sp = science.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text);
  const fp = fillmore.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text);
  const heads = [science.headline, fillmore.headline];
  // As pdfminer reads the page: the science story's later paragraphs, the Fillmore story from its dateline,
  // then the science story's first two paragraphs (the column read last).
  const run = [...sp.slice(2), `${fillmore.dateline} — ${fp[0]}`, ...fp.slice(1), ...sp.slice(0, 2)];
  const opens = openings(run);
  assert.deepEqual([...opens], [sp.length - 2], 'the dateline opens the Fillmore story’s first paragraph');
  const expected = run.map((_, i) => (i >= sp.length - 2 && i < sp.length - 2 + fp.length ? 1 : 0));
  assert.deepEqual(labelByTopic(run, heads, undefined, opens), expected);
  // Without the dateline's evidence the split is wrong (the case the rule is for).
  assert.notDeepEqual(labelByTopic(run, heads), expected);
});

test('opensStory: a dateline item before the paragraph, or a dateline at its head; not a sentence', () => {
  assert.ok(opensStory('dateline', 'By 1965, Fillmore had come to acknowledge…'));
  assert.ok(opensStory('paragraph', 'CHICAGO, July 5 (Reuters) — By 1965, Fillmore had come to acknowledge…'));
  assert.ok(opensStory(undefined, 'MOSCOW (Reuters) — Patrick Leopold Gordon…'));
  assert.ok(!opensStory('paragraph', 'Moscow — the capital — was quiet.'));
  assert.ok(!opensStory('subhead', 'By 1965, Fillmore had come to acknowledge…'));
});

test('labelByTopic: more openings than stories cannot all be kept, and the labelling is made without them', () => {
  const items = ['Ozone harms wheat crops.', 'WASHINGTON — Ozone harms maize crops.', 'LONDON — Fillmore studied grammar.', 'BERLIN — Fillmore taught grammar.'];
  const labels = labelByTopic(items, ['Ozone and crops', 'Fillmore and grammar'], undefined, new Set([1, 2, 3]));
  assert.deepEqual(labels, labelByTopic(items, ['Ozone and crops', 'Fillmore and grammar']));
  assert.deepEqual(labels, [0, 0, 1, 1]);
});

test('d2_006 pdfminer, whole page: each of the three stories keeps its own text, under its own dateline', { skip: !existsSync(pdfminerFile) }, () => {
  const out = toOutput(restore({ name: pdfminerFile, bytes: readFileSync(pdfminerFile) }));
  const find = (head: string) => out.articles.find((a) => a.headline?.startsWith(head));
  const science = find('Scientists analyse');
  const fillmore = find('Charles J. Fillmore');
  const coron = find('Coron');
  assert.ok(science && fillmore && coron, JSON.stringify(out.articles.map((a) => a.headline)));
  // The dateline's boxes (`July ` ⏎⏎ `CHICAGO, ` ⏎⏎ `5`) put in order, cut as the story's dateline.
  assert.equal(fillmore.dateline, 'CHICAGO, July 5 (Reuters)');
  assert.equal(coron.dateline, 'MANILA, July 5 (Reuters)');
  // The split of the run the two first stories share starts the Fillmore story at its dateline.
  assert.match(fillmore.blocks[0]?.text ?? '', /^By 1965, Fillmore/u);
  assert.ok(!fillmore.blocks.some((b) => /ozone|Massachusetts/u.test(b.text)), 'no paragraph of the science story');
  assert.ok(science.blocks.some((b) => /^A research team from the Massachusetts Institute of Technology/u.test(b.text)));
  assert.ok(science.blocks.some((b) => /^The model does not include .* improve air quality\.”$/u.test(b.text)), 'the paragraph whose quotation a join opened stays whole');
  // `The  first ` boxed alone above its line's rest is that line again: no story opens under `HISTORY`.
  assert.ok(coron.blocks.some((b) => b.type === 'subhead' && b.text === 'HISTORY'));
  assert.ok(coron.blocks.some((b) => /^The first inhabitants of Coron/u.test(b.text)));
  assert.equal(out.articles.length, 3);
});
