/**
 * A made-up page in pdftotext's default style (blank lines between blocks) through the whole pipeline:
 * a broken word whose remainder is the next block and another story's remainder that would also make a
 * word (`rea-` ⏎ `son`, `sonable` elsewhere), two columns printed interleaved a line at a time between
 * other stories' lines. Whatever the rules decide, no word may be lost or doubled, and no story's text may
 * end up inside another story's paragraph. (It fails on the reflow rules before the review: `sonable`
 * carried on the board's `rea-`, and the other stories' lines were dealt into the ferry columns.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, squash } from '../../structure/helpers.js';

interface Story {
  head: string;
  body: string[];
}

const STORIES: Story[] = [
  { head: 'School Board Meeting', body: ['The board delayed the vote on the new timetable, and it did so for a reason the members did not want to explain to the parents who had come.'] },
  {
    head: 'Weather Report',
    body: ['Heavy winds may follow on Monday, the forecasters said in their bulletin.', 'Rain is expected over the weekend, and farmers say it is reasonable to expect that the harvest will be delayed by another week.'],
  },
  {
    head: 'New Ferry Timetable',
    body: [
      'The ferry leaves the harbour at six in the morning and reaches the island two hours later, when the market on the square is already open and the fishermen sell their catch.',
      'Tickets are sold at the quay or on board; children under twelve travel free, and bicycles cost a few crowns more. In winter the service runs only twice a week.',
    ],
  },
  { head: 'Council approves budget for next year', body: ['The vote was seven to two after a long debate about the cost of road repairs.'] },
];

const LEFT = ['The ferry leaves the harbour at six', 'in the morning and reaches the is-', 'land two hours later, when the mar-', 'ket on the square is already open', 'and the fishermen sell their catch.'];
const RIGHT = ['Tickets are sold at the quay or on', 'board; children under twelve trav-', 'el free, and bicycles cost a few', 'crowns more. In winter the ser-', 'vice runs only twice a week.'];

/** The page as printed: each entry a block (blank line after it). */
const PRINTED: string[] = [
  'School Board Meeting',
  'The board delayed the vote on the new timetable, and it did so for a rea-',
  'son the members did not want to explain to the parents who had come.',
  'Weather Report',
  'Heavy winds may follow on Monday, the forecasters said in their bulletin.',
  'sonable to expect that the harvest will be delayed by another week.',
  'Rain is expected over the weekend, and farmers say it is rea-',
  'New Ferry Timetable',
  ...LEFT.flatMap((l, i) => [l, RIGHT[i]!]),
  'Council approves budget for next year',
  'The vote was seven to two after a long',
  'debate about the cost of road repairs.',
];

test('a made-up page keeps every word, and each story’s text in its own story', () => {
  const { out } = run(PRINTED.join('\n\n') + '\n');
  const stories = STORIES.map((s) => squash([s.head, ...s.body].join(' ')));
  const texts: string[] = [];
  for (const a of out.articles) {
    for (const t of [a.headline, a.deck, a.byline, a.dateline, a.credit]) if (t) texts.push(t);
    for (const b of a.blocks) texts.push(b.text);
    for (const c of a.captions) texts.push(c.text);
  }
  for (const f of out.furniture) texts.push(f.text);
  // Each output text is a stretch of one story, in order (a headline glued to its story's first line is still one story).
  const used = stories.map(() => 0);
  for (const t of texts) {
    const s = squash(t);
    if (!s) continue;
    const owners = stories.flatMap((st, k) => (st.includes(s) ? [k] : []));
    assert.equal(owners.length, 1, `"${t}" is a stretch of one story's text`);
    used[owners[0]!]! += s.length;
  }
  // No word lost or doubled: each story's letters are all there, once.
  stories.forEach((st, k) => assert.equal(used[k], st.length, `story ${STORIES[k]!.head}: all of its text, once`));
});
