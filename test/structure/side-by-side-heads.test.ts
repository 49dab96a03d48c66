/**
 * Heads of side-by-side stories printed one after the other (src/transforms/segment/side-by-side-heads.ts).
 * pdftotext's default mode prints a row of heads before the bodies under them; read in order, the first
 * head closed the story above as a subhead and the second headed the first body. Real pages (CC BY-SA):
 * dev014 page.txt (`Over 900 asylum seekers rescued off Indonesian coast` ⏎⏎ `Sydfynske Øhav: Walk` ⏎⏎
 * two bylines ⏎⏎ the asylum story ⏎⏎ the walk) and dev007 page.txt (`The Onion: The headlines` ⏎⏎
 * `Otto Jespersen` ⏎⏎ a byline ⏎⏎ the interview ⏎⏎ the linguist's life).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { restore } from '../../src/pipeline.js';
import { toOutput } from '../../src/writers/json/index.js';
import { sharedFile } from './helpers.js';

function articles(id: string, input: string) {
  const path = sharedFile('corpus', 'dev', id, input);
  if (!path) return null;
  const doc = restore({ name: path, bytes: readFileSync(path) });
  return { out: toOutput(doc), messages: doc.messages.filter((m) => m.rule === 'segment/side-by-side-heads') };
}

test('dev014 page.txt: each of two heads printed in a row heads the story that names it', (t) => {
  const r = articles('dev014', 'page.txt');
  if (!r) return t.skip('corpus not present');
  const arts = r.out.articles ?? [];
  const asylum = arts.find((a) => a.blocks.some((b) => b.text.includes('fishermen rescued over 700 asylum seekers')));
  const walk = arts.find((a) => a.blocks.some((b) => b.text.includes('The archipelago trail')));
  assert.equal(asylum?.headline, 'Over 900 asylum seekers rescued off Indonesian coast');
  assert.equal(walk?.headline, 'Sydfynske Øhav: Walk');
  // The first head no longer closes the story above as a subhead.
  assert.ok(!arts.some((a) => a.blocks.some((b) => b.type === 'subhead' && b.text.startsWith('Over 900 asylum'))));
  assert.equal(r.messages.length, 1);
});

test('dev007 page.txt: the interview gets its own head, the story after it the linguist’s name', (t) => {
  const r = articles('dev007', 'page.txt');
  if (!r) return t.skip('corpus not present');
  const arts = r.out.articles ?? [];
  const interview = arts.find((a) => a.blocks.some((b) => b.text.includes('always have a Britney Spears story')));
  assert.equal(interview?.headline, 'The Onion: The headlines');
  assert.ok(arts.some((a) => a.headline === 'Otto Jespersen' && a !== interview));
});

test('a subhead that shares its own story’s words stays a subhead (dev, every other input: no swap)', (t) => {
  for (const [id, input] of [['dev014', 'page.raw.txt'], ['dev007', 'page.pdfminer.txt'], ['dev001', 'page.txt'], ['dev012', 'page.txt']] as const) {
    const r = articles(id, input);
    if (!r) return t.skip('corpus not present');
    assert.equal(r.messages.length, 0, `${id} ${input}`);
  }
});
