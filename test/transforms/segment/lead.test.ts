/**
 * Segment: a headline read away from its text takes the paragraph elsewhere on the page that opens with it
 * (./lead.ts), the byline over the run goes to the run's story, and a photographer's credit no caption was
 * read under goes to the caption read right before it. Real case: d2_003 as pdfminer extracts it (the head
 * `Vava’u` read between the Warhol story's head and byline; its text, caption and credit after the Otto
 * Jespersen story's head). Corpus tests skip when ../shared/corpus is not beside the clone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { restore } from '../../../src/pipeline.js';
import { toOutput } from '../../../src/writers/json/index.js';
import { leadElsewhere, opensWith } from '../../../src/transforms/segment/lead.js';
import { headsInRun, contentWords } from '../../../src/transforms/segment/topic.js';
import { newStory, type Story } from '../../../src/transforms/segment/story.js';
import type { Block } from '../../../src/model/types.js';

const d2003 = '../shared/corpus/dev2/d2_003/page.pdfminer.txt';

test('d2_003 pdfminer: `Vava’u` gets its own paragraph, caption and credit; the byline stays with the Warhol story', { skip: !existsSync(d2003) }, () => {
  const doc = restore({ name: d2003, bytes: readFileSync(d2003) });
  const out = toOutput(doc);
  const vavau = out.articles.find((a) => a.headline === 'Vava’u');
  assert.ok(vavau, 'a Vava’u article');
  assert.match(vavau.blocks[0]?.text ?? '', /^Vava’u is a group of more than 50 islands/u);
  assert.ok(!vavau.blocks.some((b) => /Silver Clouds/u.test(b.text)), 'no paragraph of the Warhol story taken by force');
  assert.equal(vavau.byline, null);
  const otto = out.articles.find((a) => a.headline === 'Otto Jespersen')!;
  assert.ok(!otto.blocks.some((b) => /^Vava’u/u.test(b.text)), 'the lead left the Otto Jespersen story');
  const warhol = out.articles.find((a) => a.headline?.startsWith('Warhol’s photo legacy'))!;
  assert.equal(warhol.byline, 'Daniel Reyes');
  assert.ok(warhol.blocks.some((b) => /Silver Clouds/u.test(b.text)));
  const cap = vavau.captions.find((c) => c.text === 'Port of Refuge Harbor at Neiafu');
  assert.ok(cap, JSON.stringify(out.articles.map((a) => a.captions.map((c) => c.text))));
  assert.equal(cap.credit, 'FATIMA SILVA/EPA');
  assert.ok(doc.messages.some((m) => m.rule === 'segment/lead-elsewhere' && m.text.includes('Vava’u')));
  assert.ok(doc.messages.some((m) => m.rule === 'segment/credit-after-caption' && m.text.includes('FATIMA SILVA/EPA')));
  assert.ok(doc.messages.some((m) => m.rule === 'classify/caption-before-credit'));
});

test('opensWith: the headline on a word boundary, either apostrophe', () => {
  assert.ok(opensWith('Vava’u is a group of islands', 'Vava’u'));
  assert.ok(opensWith("Vava'u is a group of islands", 'Vava’u'));
  assert.ok(!opensWith('Vava’ula is elsewhere', 'Vava’u'));
  assert.ok(!opensWith('The islands of Vava’u', 'Vava’u'));
});

const block = (text: string): Block => ({ kind: 'paragraph', lines: [{ text, original: text, source: { page: 1 } }], source: { page: 1 } });
function story(headline: string | null, ...paragraphs: string[]): Story {
  const s = newStory(1);
  if (headline) {
    s.article.headline = headline;
    s.headed = true;
  }
  s.items = paragraphs.map((p) => ({ kind: 'paragraph' as const, blocks: [block(p)] }));
  return s;
}

test('leadElsewhere: never a story’s own first paragraph, and nothing when two paragraphs open with the head', () => {
  const a = story('Otto Jespersen', 'Vava’u is where he never went.', 'He was born in Randers.');
  assert.equal(leadElsewhere([a], new Set(), 'Vava’u'), null, 'the first paragraph is the story’s own lead');
  const b = story('Otto Jespersen', 'He was born in Randers.', 'Vava’u is a group of islands.');
  const found = leadElsewhere([b], new Set(), 'Vava’u');
  assert.equal(found?.index, 1);
  assert.equal(leadElsewhere([b], new Set([b]), 'Vava’u'), null, 'the group’s own stories are skipped');
  const c = story('Tonga', 'The kingdom lies east of Fiji.', 'Vava’u is the northern group.');
  assert.equal(leadElsewhere([b, c], new Set(), 'Vava’u'), null, 'two candidates: no evidence which');
});

test('headsInRun: a head none of whose words the run repeats is not in it; a byline-only head always is', () => {
  const items = ['Kevin Allton, a USI instructor, said Warhol was a legend.', 'Allton had seen the Silver Clouds.'];
  const words = items.map(contentWords);
  assert.deepEqual(headsInRun(['Warhol’s photo legacy', 'Vava’u', ''], items.length, (n) => words[n]!), [0, 2]);
});

const d2006 = '../shared/corpus/dev2/d2_006/page.pdfminer.txt';

test('d2_006 pdfminer: a photographer\'s credit read mid-column goes to the page\'s one caption without a credit', { skip: !existsSync(d2006) }, () => {
  const doc = restore({ name: d2006, bytes: readFileSync(d2006) });
  const out = toOutput(doc);
  const caps = out.articles.flatMap((a) => a.captions);
  const cap = caps.find((c) => c.text.startsWith('An undated handout photograph of Nature Climate Change'));
  assert.equal(cap?.credit, 'SAMUEL ADEYEMI/AP', JSON.stringify(caps));
  assert.ok(!out.furniture.some((f) => f.text === 'SAMUEL ADEYEMI/AP'), 'not left as furniture');
  assert.ok(caps.some((c) => c.text.startsWith('File picture of Construction Grammar') && c.credit === 'AP'), 'the other captions keep theirs');
  assert.ok(doc.messages.some((m) => m.rule === 'segment/credit-sole-caption'));
});
