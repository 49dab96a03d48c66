/**
 * The example page (../shared/examples/seed-page.txt, loaded at run time and never
 * copied): every flattened dash the issue lists is restored, every compound it lists
 * is kept, and each repair has an `--explain` line with its rule, column and confidence.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { formatMessage } from '../../../src/model/messages.js';
import { repair, sharedPath } from './helpers.js';

const SEED = sharedPath('examples', 'seed-page.txt') ?? '';
const present = SEED !== '';

/** Flattened dashes on the page: `left-right` as printed. */
const REPAIRS = [
  'heroes-all',
  'power-left',
  'forces-backed',
  'Beijing-fought',
  'Moscow-he',
  'Il-father',
  'Un-was',
  'Stalingrad-now',
  'Volgograd-while',
  'identities-as',
];
/** Compounds on the page (inside a line) that keep their hyphen. */
const COMPOUNDS = ['US-led', 'inter-Korean', 'Seung-min', 'Korean-language', 'Jae-in'];

test('seed page: every listed flattened dash is restored, with an explain line', { skip: !present && 'seed page not present' }, () => {
  const source = readFileSync(SEED, 'utf8');
  const { doc, text } = repair(source);
  const sourceLines = source.split(/\r?\n/u);
  for (const pair of REPAIRS) {
    const [left, right] = pair.split('-') as [string, string];
    assert.ok(text.includes(`${left} — ${right}`), `${pair} restored`);
    assert.ok(!text.includes(pair), `${pair} no longer in the text`);
    const m = doc.messages.find((x) => x.rule === 'dashes/flattened' && x.before?.includes(pair));
    assert.ok(m, `a dashes/flattened message for ${pair}`);
    assert.ok(m.confidence !== undefined && m.confidence >= 0.8, `${pair} confidence ${m.confidence}`);
    // The column points at the hyphen in the source line.
    const span = m.source?.span;
    assert.ok(span, `${pair} has a source span`);
    assert.equal(sourceLines[span.start.line - 1]![span.start.column - 1], '-', `${pair} column`);
    const line = formatMessage('seed-page.txt', m);
    assert.match(line, /^seed-page\.txt:\d+:\d+ {2}info {2}flattened dash restored .*dashes\/flattened$/u);
  }
});

test('seed page: listed compounds keep their hyphen', { skip: !present && 'seed page not present' }, () => {
  const { text } = repair(readFileSync(SEED, 'utf8'));
  for (const c of COMPOUNDS) assert.ok(text.includes(c), `${c} kept`);
  // Line-end hyphens are left to dehyphenation (`So-` / `young`, `cov-` / `eted`).
  assert.ok(text.includes('So-\n'), 'line-end So- untouched');
});

test('seed page: spaced hyphen and closed-up credit dash are normalised, nothing else changes', { skip: !present && 'seed page not present' }, () => {
  const source = readFileSync(SEED, 'utf8');
  const { doc, text } = repair(source);
  assert.ok(text.includes('rule — a legacy'));
  assert.ok(text.includes('” — AFP'));
  const rules = new Set(doc.messages.filter((m) => m.rule.startsWith('dashes/')).map((m) => m.rule));
  assert.deepEqual([...rules].sort(), ['dashes/flattened', 'dashes/space-em-dash', 'dashes/spaced-hyphen']);
  assert.equal(doc.messages.filter((m) => m.rule === 'dashes/flattened').length, REPAIRS.length);
});
