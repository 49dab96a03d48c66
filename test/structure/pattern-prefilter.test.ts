/**
 * The cheap tests before the structure patterns (classify/patterns.ts `opensWithDateline`,
 * `datelineIn`, `signoffDashIn`, `signoffParenIn`, `endsOnSignoff`, `holdsWeb`, `isJumpLine`,
 * `datelineBeforeDash`, `captionCueIn`, `closesOnItemMark`; reflow/split.ts `endsOnColon`) only skip a pattern that cannot match: over
 * every line and line pair of the dev corpus texts (../shared/corpus, when present) and hand-made
 * look-alikes (white space beyond ASCII, characters that fold to the patterns' letters), each answers
 * what the pattern alone answers.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CAPTION_CUE,
  captionCueIn,
  closesOnItemMark,
  DASH_START,
  DATELINE,
  DATELINE_ALONE,
  datelineBeforeDash,
  datelineIn,
  endsOnSignoff,
  holdsWeb,
  isJumpLine,
  ITEM_CLOSE,
  JUMP,
  opensWithDateline,
  SIGNOFF_DASH,
  SIGNOFF_PAREN,
  signoffDashIn,
  signoffParenIn,
  WEB,
} from '../../src/transforms/classify/patterns.js';
import { endsOnColon } from '../../src/transforms/reflow/split.js';
import { devTextLines } from './helpers.js';

/** Each cheap path against its pattern, on one text (and the text as the line after `before`). */
function same(text: string, before = ''): void {
  assert.equal(opensWithDateline(text), DATELINE.test(text), text);
  assert.deepEqual(datelineIn(text)?.slice(), DATELINE.exec(text)?.slice(), text);
  assert.deepEqual(signoffDashIn(text)?.slice(), SIGNOFF_DASH.exec(text)?.slice(), text);
  assert.deepEqual(signoffParenIn(text)?.slice(), SIGNOFF_PAREN.exec(text)?.slice(), text);
  assert.equal(endsOnSignoff(text), SIGNOFF_DASH.test(text) || SIGNOFF_PAREN.test(text), text);
  assert.equal(holdsWeb(text), WEB.test(text), text);
  assert.equal(isJumpLine(text), JUMP.test(text), text);
  assert.equal(endsOnColon(text), text.trimEnd().endsWith(':'), text);
  assert.deepEqual(captionCueIn(text)?.slice(), CAPTION_CUE.exec(text)?.slice(), text);
  assert.equal(closesOnItemMark(text), ITEM_CLOSE.test(text), text);
  assert.equal(datelineBeforeDash(before, text), DASH_START.test(text) && DATELINE_ALONE.test(before), `${before} ⏎ ${text}`);
}

test('pattern prefilters: hand-made lines of every form and their look-alikes', () => {
  const rows = [
    'SEOUL, Nov 27 — The talks',
    'NEW YORK, July 17 (AFP)— Stocks',
    '  COPENHAGEN -- The',
    'Moscow — the capital',
    'MOSCOW (Reuters)',
    'no dash in this line',
    '— Patrick Leopold said',
    '(Reuters) — Coron is',
    '\u00a0— a dash after a no-break space',
    '- a hyphen',
    '… friends.”— AFP',
    'male). — AFP',
    '-- Xinhua',
    'the end — AFP\u00a0',
    '… affair. [7] (Agencies)',
    '(Bloomberg)',
    '(Reuters)\u00a0',
    '(Reuters)\t',
    '(Reuters) x',
    'northernledger.example',
    'www.x.com/news',
    'Follow us: the paper',
    'FOLLOW US',
    'Follow uſ on the web', // ſ folds to s under the patterns' case-insensitive flag
    'Read more online at',
    '@thepaper',
    'Sydfynske @hav: Walk',
    'Continued on Page 6',
    'See MICROSOFT, Page A7',
    'From Page 1',
    'Please turn to page 12',
    'THE continued on PAGE 15',
    'Continued from page One',
    'a page turned',
    'Kevin Allton (left) and his wife',
    'the mayor (L) at the opening',
    'Workers are pictured at the site.',
    'A man poses for a photo.',
    'Image: NASA',
    'A photograph related to Westchester County Airport, provided to the newspaper.',
    'Cast members in a scene from the play.',
    'All-Star (2015)',
    'on June 16, 2015',
    'on June 16, 2015 ',
    'This occurs for two reasons:',
    'reasons: ',
    'reasons:\u00a0',
    'reasons:\u2028',
    ':',
    '',
    '   ',
  ];
  for (const text of rows) for (const before of ['', 'MOSCOW (Reuters)', 'MOSCOW', 'Moscow']) same(text, before);
});

const corpusLines = devTextLines();
test('pattern prefilters: every line and line pair of the dev corpus texts', { skip: corpusLines ? false : 'needs ../shared/corpus/dev' }, () => {
  for (const { line, before } of corpusLines!) {
    same(line, before ?? '');
    if (before !== undefined) same(`${before} ${line}`);
  }
  assert.ok(corpusLines!.length > 1000);
});
