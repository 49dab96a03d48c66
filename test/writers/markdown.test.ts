/** Markdown writer on real pages: the parts of a story in an editor's order, furniture only on request. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeMarkdown } from '../../src/writers/markdown.js';
import { run } from '../structure/helpers.js';
import { GALOIS_RAW, GORDON_PDFMINER } from '../structure/fixtures.js';

test('markdown: headline, deck, byline/dateline line, subhead, paragraphs, caption with credit, sign-off', () => {
  const { doc } = run(GORDON_PDFMINER, 'dev003.pdfminer.txt');
  const md = writeMarkdown(doc);
  const lines = md.split('\n').filter(Boolean);
  assert.equal(lines[0], '## Patrick Gordon');
  assert.match(lines[1]!, /^\*Patrick Gordon was a 17th Century General .*Peter the Great\.\*$/);
  assert.equal(lines[2], '**By James Mensah · MOSCOW, July 3**');
  assert.match(md, /^### Life$/m);
  assert.match(md, /^Leopold|^Patrick Leopold Gordon of Auchleuchries/m);
  assert.match(md, /^- \*Caption:\* Gordon’s alleged tomb at Vvedenskoye Cemetery in Moscow\. \(AFP\)$/m);
  assert.match(md, /^— AFP$/m);
  // The sign-off closes the story text; the caption list follows it.
  assert.ok(md.indexOf('— AFP') < md.indexOf('*Caption:*'));
  // Furniture is left out unless asked for.
  assert.doesNotMatch(md, /Harbour Daily Post|harbourdailypost/);
  const withFurniture = writeMarkdown(doc, { furniture: true });
  assert.match(withFurniture, /\*\*Page furniture\*\*/);
  assert.match(withFurniture, /- header: Harbour Daily Post July 3, 2010/);
  assert.match(withFurniture, /- footer: harbourdailypost\.example/);
});

test('markdown: one section per story, in reading order', () => {
  const { doc } = run(GALOIS_RAW, 'dev007.raw.txt');
  const md = writeMarkdown(doc);
  const heads = md.split('\n').filter((l) => l.startsWith('## '));
  assert.deepEqual(heads, ['## Phoenix', '## Évariste Galois']);
  assert.match(md, /^### UNDERSTAND$/m);
  assert.match(md, /^— Agencies$/m);
  assert.match(md, /^\*\*By NADIA NAKAMURA · PHOENIX, May 19\*\*$/m);
});

test('markdown: text that reads as markup is escaped', () => {
  const { doc } = run('Warhol’s photo legacy\n\nBy Jane Doe\n\n1. *Not* a list — and [not] a link, said the curator of the show.\n', 'escape.txt');
  const md = writeMarkdown(doc);
  assert.match(md, /^1\\\. \\\*Not\\\* a list — and \[not\] a link/m);
});

test('markdown: brackets stay readable; only a bracket that would make a link is escaped', () => {
  const { doc } = run(
    'Warhol’s photo legacy\n\nBy Jane Doe\n\n“We [the curators] chose them,” she said, pointing at [photo](http://x.example) and [a]: b.\n',
    'brackets.txt',
  );
  const md = writeMarkdown(doc);
  assert.match(md, /“We \[the curators\] chose them,”/);
  assert.match(md, /\[photo\\\]\(http:\/\/x\.example\) and \[a\\\]: b\./);
});
