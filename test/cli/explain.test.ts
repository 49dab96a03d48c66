/** `--explain`: every message and decision on stderr, one per line, in the format docs/cli.md gives. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { galley, tempDir } from './harness.js';
import { sharedDir } from '../../bench/lib/paths.js';

/**
 * FILE:LINE:COL (or FILE:pPAGE[@x0,y0,x1,y1][#id])  SEVERITY  TEXT[  "BEFORE" → "AFTER"][ (CONFIDENCE)]  RULE
 */
const LINE = /^(?<file>.+?):(?:(?<line>\d+):(?<col>\d+)|p(?<page>\d+)(?:@-?\d+(?:,-?\d+){3})?(?:#\S+)?)  (?<severity>info|warning|error)  (?<text>.+?)  (?<rule>[a-z0-9-]+(?:\/[a-z0-9-]+)+)$/;

test('a repaired character is explained at its line and column', () => {
  const dir = tempDir();
  // NO-BREAK SPACE at line 2, column 9; LATIN SMALL LIGATURE FI at line 3, column 5
  writeFileSync(join(dir, 'x.txt'), 'A HEADLINE\nFish and\u00a0chips today\nthe \ufb01sh was fresh\n');
  const r = galley(['x.txt', '--explain'], { cwd: dir });
  assert.equal(r.code, 0);
  const lines = r.stderr.trimEnd().split('\n');
  for (const l of lines) assert.match(l, LINE);
  const nbsp = lines.find((l) => l.includes('NO-BREAK SPACE'));
  assert.ok(nbsp, r.stderr);
  assert.equal(nbsp.match(LINE)!.groups!.rule, 'reader/characters');
  assert.ok(nbsp.startsWith('x.txt:2:9  info  '), nbsp);
  assert.ok(nbsp.includes('"\u00a0" → " "'), nbsp);
  const lig = lines.find((l) => l.includes('"\ufb01" → "fi"'));
  assert.ok(lig?.startsWith('x.txt:3:5  info  '), lig);
  // --explain does not change the output
  assert.equal(r.stdout, galley(['x.txt'], { cwd: dir }).stdout);
});

const page = join(sharedDir(), 'corpus', 'dev', 'dev001', 'page.pdfminer.txt');

test('on a real page every line has the format, in source order', { skip: existsSync(page) ? false : 'needs ../shared' }, () => {
  const r = galley([page, '--explain', '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stderr.trimEnd().split('\n');
  assert.ok(lines.length > 5, 'a real page has repairs and decisions to explain');
  let last = [0, 0, 0];
  for (const l of lines) {
    const m = l.match(LINE);
    assert.ok(m, `not in the --explain format: ${l}`);
    assert.equal(m.groups!.file, page);
    const here = [Number(m.groups!.page ?? 1), Number(m.groups!.line ?? 0), Number(m.groups!.col ?? 0)];
    if (m.groups!.line) {
      assert.ok(here[1]! > last[1]! || (here[1] === last[1] && here[2]! >= last[2]!), `out of order: ${l}`);
      last = here;
    }
  }
  // every message of the JSON output is among the lines
  const out = JSON.parse(r.stdout) as { messages: Array<{ rule: string }> };
  assert.ok(lines.length >= out.messages.length);
  for (const rule of new Set(out.messages.map((m) => m.rule))) assert.ok(lines.some((l) => l.endsWith(`  ${rule}`)), rule);
});

test('--explain escapes DEL and C1 control characters (a raw U+009B is a terminal escape), as JSON does C0', async () => {
  const { formatMessage } = await import('../../src/model/messages.js');
  const line = formatMessage('p.txt', { rule: 'reader/characters', severity: 'info', text: 'normalised control character U+009B \x9b', before: '\x9b31m\x7f\x1b', after: '', source: { page: 1 } });
  assert.equal(line, 'p.txt:p1  info  normalised control character U+009B \\u009b  "\\u009b31m\\u007f\\u001b" → ""  reader/characters');
  assert.doesNotMatch(line, /[\x00-\x1f\x7f-\x9f]/);
});
