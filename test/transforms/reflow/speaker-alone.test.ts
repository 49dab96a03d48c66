/**
 * A speaker's name alone in a box of its own (`Chet Clem:`, as pdfminer boxes an interview's names apart,
 * d2_008) ends nothing: the words are in the next piece, and the two make one paragraph.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { restore } from '../../../src/pipeline.js';
import { squash } from '../../structure/helpers.js';

const BEFORE = [
  'David Shankbone: In an interview with Terry Gross, Stephen Colbert said of his time at Second City',
  'that they had decided on not doing political humor and, in particular, hackneyed political humor',
  'such as drinking jokes. Do your writers have similar rules of thumb?',
].join('\n');
const ANSWER = [
  'It’s the least amount of fun possible. Nah, I’m kidding. It’s actually more businesslike than you’d',
  'imagine. It’s very much like you are trying to make the room laugh, but these guys have been',
  'writing together for years now, so it takes a lot to make the room laugh.',
].join('\n');

function paragraphs(text: string): string[] {
  const doc = restore({ name: 'page.pdfminer.txt', bytes: new TextEncoder().encode(text) });
  return doc.articles.flatMap((a) => a.blocks.filter((b) => b.type === 'paragraph').map((b) => squash(b.text)));
}

test('a speaker’s name alone in its box goes on with the words in the next box', () => {
  const paras = paragraphs(`${BEFORE}\n\nChet Clem:\n\n${ANSWER}\n`);
  assert.ok(paras.some((p) => p.startsWith(squash('Chet Clem: It’s the least amount of fun'))), JSON.stringify(paras));
});

test('a line ending on a colon that is no name alone keeps its end (a list lead-in)', () => {
  const paras = paragraphs(`${BEFORE}\n\nThe writers gave three reasons for the rule, as follows:\n\n${ANSWER}\n`);
  assert.ok(!paras.some((p) => p.includes(squash('as follows: It’s the least'))), JSON.stringify(paras));
});
