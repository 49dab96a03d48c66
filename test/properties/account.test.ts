/** The text audit (src/audit): what it lets through and what it catches, one row per phenomenon. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareText, accountFor, describeAccount, auditWords } from '../../src/audit/index.js';
import type { Message } from '../../src/model/messages.js';
import { restore } from '../../src/pipeline.js';

const msg = (before: string, after: string): Message => ({ rule: 'test/rule', severity: 'info', text: 'test', before, after });

test('words: letters and digits, NFKC, invisible characters removed, case folded', () => {
  assert.deepEqual(auditWords('The \ufb01sh—US-led 12\u00a0co\u00adop “So-young”'), ['the', 'fish', 'us', 'led', '12', 'coop', 'so', 'young']);
});

const allowed: Array<[string, string, string[], Message[], number?]> = [
  ['identical text', 'The cat sat.', ['The cat sat.'], []],
  ['reordered units', 'one two\n\nthree four', ['three four', 'one two'], []],
  ['line-end hyphen joined', 'the docu-\nmentary ran', ['the documentary ran'], []],
  ['soft hyphen joined', 'the docu\u00ad\nmentary ran', ['the documentary ran'], []],
  ['word broken over three lines', 'an extra-\nordi-\nnary day', ['an extraordinary day'], []],
  ['drop cap', 'A s the sun rose', ['As the sun rose'], []],
  ['compound restored from a wrong join', 'a selfreported case', ['a self-reported case'], []],
  ['dash restored', 'heroes-all of them', ['heroes — all of them'], []],
  ['byline label', 'By Jane Doe\n\nText here.', ['Jane Doe', 'Text here.'], [], 1],
  ['dropped line recorded by a message', 'Text here.\n\nJUNK 123', ['Text here.'], [msg('JUNK 123', '')]],
  ['word changed by a message', 'the c0uncil met', ['the council met'], [msg('c0uncil', 'council')]],
];

for (const [what, input, units, messages, bylines] of allowed) {
  test(`allowed: ${what}`, () => {
    const a = compareText(input, units, messages, bylines ?? 0);
    assert.ok(a.ok, describeAccount(a));
  });
}

const caught: Array<[string, string, string[], Message[], string[], string[]]> = [
  ['a paragraph dropped', 'First para.\n\nSecond para here.', ['First para.'], [], ['here', 'para', 'second'], []],
  ['a word duplicated', 'one two three', ['one two two three'], [], [], ['two']],
  ['a word invented', 'Jane Doe\nJohn Roe', ['Jane Doe and John Roe'], [], [], ['and']],
  ['a dateline dropped', 'NEW YORK, May 19 — The city woke.', ['The city woke.'], [], ['19', 'may', 'new', 'york'], []],
  ['a byline label without a byline', 'By the river', ['the river'], [], ['by'], []],
  ['a message that explains something else', 'Alpha beta gamma', ['Alpha gamma'], [msg('delta', '')], ['beta'], []],
];

for (const [what, input, units, messages, lost, added] of caught) {
  test(`caught: ${what}`, () => {
    const a = compareText(input, units, messages);
    assert.equal(a.ok, false);
    assert.deepEqual(a.lost.map((w) => w.word).sort(), lost);
    assert.deepEqual(a.added.map((w) => w.word).sort(), added);
  });
}

test('accountFor reads a document: its output’s articles and furniture against the input bytes', () => {
  const text = 'CITY HALL VOTES\n\nThe council met on Tuesday and voted to keep the\nlibrary open.\n';
  const bytes = new TextEncoder().encode(text);
  const doc = restore({ name: 'x.txt', bytes });
  assert.ok(accountFor(doc, bytes).ok, describeAccount(accountFor(doc, bytes)));
  assert.ok(accountFor(doc).ok, 'without the input, the lines as read are the reference');
  for (const a of doc.articles) a.blocks = [];
  const broken = accountFor(doc, bytes);
  assert.equal(broken.ok, false);
  assert.ok(broken.lost.some((w) => w.word === 'library'));
});
