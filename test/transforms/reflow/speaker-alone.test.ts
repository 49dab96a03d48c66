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

// On a page that prints no interview (no label opens a line with words after it, no label recurs), a
// name on its colon in a box of its own heads a section: a travel page's `Getting There:` (made-up
// page in the style of the corpus's pdfminer text).
test('on a page with no interview, a heading on a colon in its own box stays a subhead', () => {
  const text = [
    'The  festival  returns  to  the  old  harbour  this  weekend  with  music,  food  and  a',
    'market  on  the  quay,  and  the  organisers  expect  more  visitors  than  last  year.',
    '',
    'Getting There:',
    '',
    'Buses  run  every  ten  minutes  from  the  central  station  to  the  harbour  gate,  and',
    'there  is  parking  for  bicycles  beside  the  old  customs  house  on  the  quay.',
    '',
    'Where To Eat:',
    '',
    'The  fish  restaurants  on  the  quay  are  open  until  midnight,  and  the  market  sells',
    'bread,  cheese  and  smoked  fish  from  the  islands  until  late  in  the  evening.',
    '',
  ].join('\n');
  const doc = restore({ name: 'page.pdfminer.txt', bytes: new TextEncoder().encode(text) });
  const blocks = doc.articles.flatMap((a) => a.blocks.map((b) => [b.type, squash(b.text)]));
  assert.ok(blocks.some(([k, t]) => k === 'subhead' && t === squash('Getting There:')), JSON.stringify(blocks));
  assert.ok(blocks.some(([k, t]) => k === 'paragraph' && t!.startsWith(squash('Buses run every'))), JSON.stringify(blocks));
});
