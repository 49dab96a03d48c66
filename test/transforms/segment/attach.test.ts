/**
 * Caption attachment by shared words (src/transforms/segment/attach.ts): a word the caption capitalises
 * counts as a name only when the story writes it with a capital too. Real case: d2_001 (CC BY-SA text),
 * whose caption `An undated handout photograph of Basic Education.` was printed in the story about
 * school games and was taken to the story whose text says `After an education at the parish schools`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../../src/model/types.js';
import { attachCaptions, type PendingCaption } from '../../../src/transforms/segment/attach.js';
import { block } from './stories.js';
import { run, sharedFile } from '../../structure/helpers.js';
import { readFileSync } from 'node:fs';

const article = (headline: string, ...paragraphs: string[]): Article => ({
  headline,
  deck: null,
  byline: null,
  dateline: null,
  credit: null,
  blocks: paragraphs.map((text) => ({ type: 'paragraph' as const, text, blocks: [block(text)] })),
  captions: [],
  pages: [1],
});
const caption = (text: string, near: Article): PendingCaption => ({ block: block(text), text, credit: null, creditBlock: null, near, order: 0 });

const GORDON = article(
  'Patrick Gordon',
  'After an education at the parish schools of Cruden and Ellon, at age of fifteen he entered the Jesuit college at Braunsberg.',
);
const GAMES = article(
  'The Use of Cognitive Digital Games in School',
  'Cognitive games involve a number of different games working aspects of human cognition in elementary school children.',
);

test('a title-case caption word the story writes in lower case is no name: the caption stays where it was printed', () => {
  const gordon = structuredClone(GORDON);
  const games = structuredClone(GAMES);
  attachCaptions([gordon, games], [caption('An undated handout photograph of Basic Education.', games)], 1);
  assert.equal(games.captions.length, 1);
  assert.equal(gordon.captions.length, 0);
});

test('a name the story also capitalises still takes the caption to it', () => {
  const gordon = structuredClone(GORDON);
  const games = structuredClone(GAMES);
  attachCaptions([gordon, games], [caption('The parish church at Cruden in a file photo.', games)], 1);
  assert.equal(gordon.captions.length, 1, '`Cruden` is a name in both');
});

test('a caption shares only whole words: a story holding them inside longer words shares nothing', () => {
  // `Braunsberg` and `Jesuit` are in the Gordon story whole; `Braun`, `Jesu` and `Colleg` only as the start
  // of its words (WordLookup finds a word where no letter or digit stands on either side of it).
  const whole = [structuredClone(GORDON), structuredClone(GAMES)];
  attachCaptions(whole, [caption('Braunsberg and its Jesuit college.', whole[1]!)], 1);
  assert.equal(whole[0]!.captions.length, 1, 'whole names are shared');
  const parts = [structuredClone(GORDON), structuredClone(GAMES)];
  attachCaptions(parts, [caption('Braun and Jesu at Colleg.', parts[1]!)], 1);
  assert.equal(parts[1]!.captions.length, 1, 'pieces of words are not: the caption stays where it was printed');
  assert.equal(parts[0]!.captions.length, 0);
});

test('whole page: d2_001 page.raw.txt keeps the school-games caption with its story', (t) => {
  const path = sharedFile('corpus', 'dev2', 'd2_001', 'page.raw.txt');
  if (!path) return t.skip('corpus not present');
  const { out } = run(readFileSync(path, 'utf8'), path);
  const withCaption = out.articles.find((a) => a.captions.some((c) => c.text.includes('Basic Education')));
  assert.ok(withCaption?.headline?.includes('Cognitive Digital Games'), String(withCaption?.headline));
});

// dev008 (CC BY-SA): `A photograph related to Federal University, provided to the newspaper.` printed
// under the byline of the school study, before its text; `university` is in the headline of the story
// about Warhol's photo legacy.
const STUDY = article('The Use of Cognitive Digital Games in School: Contributions to Attention', 'This study presents an experiment related to the attention of children at school.');
const WARHOL = article('Warhol’s photo legacy spread by university exhibits', 'The University of Southern Indiana opened an exhibit of Warhol photographs.');
const FEDERAL = 'A photograph related to Federal University, provided to the newspaper.';

test('a caption printed at a story’s head counts its place as one shared word', () => {
  const study = structuredClone(STUDY);
  const warhol = structuredClone(WARHOL);
  const messages: import('../../../src/model/messages.js').Message[] = [];
  attachCaptions([study, warhol], [{ ...caption(FEDERAL, study), inHead: true }], 1, messages);
  assert.equal(study.captions.length, 1);
  assert.match(messages[0]!.text, /goes to "The Use of Cognitive.*shares related \+ 1 for its place at the story's head/);
});

test('the same caption printed among the study’s paragraphs goes to the story sharing the name', () => {
  const study = structuredClone(STUDY);
  const warhol = structuredClone(WARHOL);
  const messages: import('../../../src/model/messages.js').Message[] = [];
  attachCaptions([study, warhol], [caption(FEDERAL, study)], 1, messages);
  assert.equal(warhol.captions.length, 1);
  assert.match(messages[0]!.rule, /segment\/attach/);
});

test('a caption set inside one story’s columns counts its place as a name (dev009 PDF: the interview’s photo caption)', async (t) => {
  const pdf = sharedFile('corpus', 'dev', 'dev009', 'page.pdf');
  if (!pdf) return t.skip('../shared not present');
  const { restoreAsync } = await import('../../../src/pipeline.js');
  const { toOutput } = await import('../../../src/writers/json/index.js');
  const doc = await restoreAsync({ name: pdf, bytes: readFileSync(pdf) });
  const out = toOutput(doc);
  const holder = out.articles.find((a) => a.captions.some((c) => c.text.startsWith('This exclusive interview features first-hand journalism')));
  // dev009's truth: the caption belongs to the interview, printed in its columns; it shares only `see` with the story below
  assert.match(holder?.headline ?? '', /^The Onion: An interview with/);
  const note = doc.messages.find((m) => m.rule === 'segment/attach' && m.text.startsWith('caption "This exclusive interview'));
  assert.match(note!.text, /for its place inside the story's columns/);
});

test('a caption inside two stories’ regions (stories set around each other) gets no place bonus', () => {
  const box = (x0: number, y0: number, x1: number, y1: number) => ({ x0, y0, x1, y1 });
  const withBox = (a: Article, b: ReturnType<typeof box>): Article => {
    for (const ab of a.blocks) for (const bl of ab.blocks) bl.box = b;
    return a;
  };
  /** The two stories with their regions, a caption printed after `near` with its box under the school story's top. */
  const place = (gordonBottom: number, text: string, near: 'gordon' | 'games'): { gordon: Article; games: Article } => {
    const gordon = withBox(structuredClone(GORDON), box(0, 0, 300, gordonBottom));
    const games = withBox(structuredClone(GAMES), box(0, 200, 300, 600));
    const c = caption(text, near === 'gordon' ? gordon : games);
    c.block.box = box(10, 250, 200, 260);
    attachCaptions([gordon, games], [c], 1);
    return { gordon, games };
  };
  // no shared name, no place (inside both regions): it stays where it was printed
  assert.equal(place(400, 'An undated handout photograph of Basic Education.', 'games').games.captions.length, 1);
  // inside only the school story's region, sharing a word with each story: its place decides
  assert.equal(place(190, 'An undated photograph of a school education.', 'gordon').games.captions.length, 1, 'goes to the story around it, though printed after the other');
  // …but a caption sharing no word with the story around it is not taken by place alone
  assert.equal(place(190, 'An undated handout photograph of Basic Education.', 'gordon').gordon.captions.length, 1);
});
