/**
 * Bylines printed without `By` (AP and many US papers): the names, a comma and a job title
 * (`GRACE PARK, Education Writer`), and a job title of the paper's own beat under a byline
 * (`Transportation Reporter`). The job title is the evidence: a name and a comma alone open many
 * sentences, and capitalised words before a role are a title only beside a byline.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameTitleByline, parseByline, ROLE_TITLE } from '../../src/transforms/classify/patterns.js';
import { restore } from '../../src/pipeline.js';
import { toOutput } from '../../src/writers/json/index.js';

test('a byline without By: names, a comma and a job title', () => {
  const rows: Array<[string, string | null, string | null]> = [
    ['GRACE PARK, Education Writer', 'GRACE PARK', 'Education Writer'],
    ['DANIEL OKORO, Staff Writer', 'DANIEL OKORO', 'Staff Writer'],
    ['Jane Doe and John Roe, Associated Press Writers', 'Jane Doe and John Roe', 'Associated Press Writers'],
    ['Maria Lindqvist, White House Correspondent', 'Maria Lindqvist', 'White House Correspondent'],
    // look-alikes: a name and a comma opening a sentence, a place, a title that is no job
    ['Margaret Hale, the mayor, said the road would open', null, null],
    ['Springfield, Illinois', null, null],
    ['John Smith, Chief Executive', null, null],
    ['Fort Lee, New Jersey', null, null],
  ];
  for (const [text, names, title] of rows) {
    const m = nameTitleByline(text);
    assert.deepEqual(m && [m.names, m.title], names === null ? null : [names, title], text);
    // the writer's byline field takes the names, as for `By NAME, Title`
    if (names) assert.equal(parseByline(text)?.names, names, text);
  }
});

test('a job title: capitalised words before a role (read only beside a byline)', () => {
  for (const t of ['Transportation Reporter', 'Metro Editor', 'Senior Political Correspondent', 'Food Critic']) assert.ok(ROLE_TITLE.test(t), t);
  for (const t of ['Letters to the editor', 'reporter', 'Writer', 'The city council approved the budget']) assert.ok(!ROLE_TITLE.test(t), t);
});

const BODY =
  'The district will hold three public meetings before the board votes in May on whether to push the first bell back by forty minutes, officials said on Monday evening.';

test('pipeline: a name-comma-title byline is the story\'s byline, its title kept out of the text; a beat title under a byline is furniture', () => {
  for (const [byline, want] of [
    ['GRACE PARK, Education Writer', 'GRACE PARK'],
    ['By Jonas Berg\n\nTransportation Reporter', 'Jonas Berg'],
  ]) {
    const text = `District weighs later start times for high schools\n\n${byline}\n\n${BODY}\n\n${BODY}\n`;
    const out = toOutput(restore({ name: 'byline.txt', bytes: new TextEncoder().encode(text) }));
    assert.equal(out.articles.length, 1, byline);
    const a = out.articles[0]!;
    assert.equal(a.headline, 'District weighs later start times for high schools', byline);
    assert.equal(a.byline, want, byline);
    const blocks = JSON.stringify(a.blocks);
    assert.ok(!blocks.includes('Writer') && !blocks.includes('Reporter'), blocks);
  }
});

test('pipeline: a beat title alone between paragraphs, with no byline above it, is not taken for furniture', () => {
  const text = `District weighs later start times for high schools\n\nBy Jonas Berg\n\n${BODY}\n\nThe Ghost Writer\n\n${BODY}\n`;
  const out = toOutput(restore({ name: 'byline.txt', bytes: new TextEncoder().encode(text) }));
  assert.ok(!out.furniture.some((f) => f.text === 'The Ghost Writer'), JSON.stringify(out.furniture));
});

test('pdftotext -raw: a name-comma-title byline on the line before the text (no blank line) is cut off as the byline', () => {
  // the column as pdftotext -raw prints it: a line a printed line, no blank lines (probe page p01)
  const column = BODY.match(/.{1,34}(?:\s|$)/gu)!.map((l) => l.trim()).join('\n');
  const text = `District weighs later start times for high schools\nGRACE PARK, Education Writer\n${column}\n${column}\n`;
  const out = toOutput(restore({ name: 'byline.txt', bytes: new TextEncoder().encode(text) }));
  const a = out.articles.find((x) => x.byline === 'GRACE PARK');
  assert.ok(a, JSON.stringify(out.articles.map((x) => [x.headline, x.byline])));
  assert.ok(!JSON.stringify(a.blocks).includes('Education Writer'), JSON.stringify(a.blocks));
});
