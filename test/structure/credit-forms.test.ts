/**
 * Photo credits in US papers' styles through the whole pipeline (the patterns have their rows in
 * patterns.test.ts): AP's bracketed `(AP Photo/Matt Rourke)` ends a caption of any length, as a
 * credit naming a photo does; a bare agency in brackets still closes a story as its sign-off.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { restore } from '../../src/pipeline.js';
import { toOutput } from '../../src/writers/json/index.js';

const PARA =
  'High school students in the Riverside district could start their day nearly an hour later next year under a proposal that the school board will consider at its meeting next Tuesday.';

test('a caption ending in (AP Photo/NAME) is a caption with that credit, however long', () => {
  const caption = 'Students arrive at Riverside High School before the first bell on a cold Monday morning in March. (AP Photo/Matt Rourke)';
  const text = `District weighs later start times for high schools\n\nBy Jonas Berg\n\n${PARA}\n\n${caption}\n\n${PARA}\n`;
  const out = toOutput(restore({ name: 'credit.txt', bytes: new TextEncoder().encode(text) }));
  const captions = out.articles.flatMap((a) => a.captions);
  assert.deepEqual(captions.map((c) => [c.text, c.credit]), [['Students arrive at Riverside High School before the first bell on a cold Monday morning in March.', 'AP Photo/Matt Rourke']]);
});

test('a last paragraph ending in a bare (Reuters) keeps it as the story\'s sign-off, not a caption credit', () => {
  const last = 'The board is expected to vote on the plan in May after three public meetings across the district. (Reuters)';
  const text = `District weighs later start times for high schools\n\nBy Jonas Berg\n\n${PARA}\n\n${last}\n`;
  const out = toOutput(restore({ name: 'credit.txt', bytes: new TextEncoder().encode(text) }));
  assert.equal(out.articles.flatMap((a) => a.captions).length, 0);
  assert.equal(out.articles[0]!.credit, 'Reuters');
});

test('a credit printed after body text is not the credit of a caption further up (that caption keeps the credit printed above it)', () => {
  const text = [
    'Storm leaves thousands in the dark',
    'By Jonas Berg',
    PARA,
    'Justin Sullivan/Getty Images',
    'A utility crew repairs a downed power line on Route 9 in Hartford on Thursday.',
    PARA,
    'Museum unveils restored map',
    'By Ana Ruiz',
    'The hand-drawn chart, nearly two meters wide, was discovered in a storage room of a library last year and has been restored.',
    'Hilary Swift for The Harbor Gazette',
    PARA,
  ].join('\n\n');
  const out = toOutput(restore({ name: 'credit.txt', bytes: new TextEncoder().encode(text) }));
  const captions = out.articles.flatMap((a) => a.captions);
  const crew = captions.find((c) => c.text.startsWith('A utility crew'));
  assert.equal(crew?.credit, 'Justin Sullivan/Getty Images', JSON.stringify(captions));
});

test('a line right above a freelance\'s credit (NAME for The Paper) is that photo\'s caption', () => {
  const text = [
    'Museum unveils restored map',
    'By Ana Ruiz',
    'The hand-drawn chart, nearly two meters wide, was found in a storage room of the city library last year, rolled inside a crate of old ledgers.',
    'Restorers spent eleven months cleaning and mending the paper, which had been torn along several folds and stained by water.',
    'Conservator Helen Achebe examines a fragment of the map under a lamp.',
    'Hilary Swift for The Harbor Gazette',
    'The map will be shown to the public from June in a new gallery on the second floor of the museum, the director said on Friday.',
  ];
  // set apart by blank lines, and as pdftotext -raw prints a column: a line a printed line, no blank lines
  const wrap = (t: string): string => (t.length > 40 ? t.match(/.{1,36}(?:\s|$)/gu)!.map((l) => l.trim()).join('\n') : t);
  for (const page of [text.join('\n\n'), text.map(wrap).join('\n')]) {
    const out = toOutput(restore({ name: 'credit.txt', bytes: new TextEncoder().encode(page) }));
    const captions = out.articles.flatMap((a) => a.captions);
    assert.deepEqual(captions.map((c) => [c.text, c.credit]), [['Conservator Helen Achebe examines a fragment of the map under a lamp.', 'Hilary Swift for The Harbor Gazette']], page);
  }
});
