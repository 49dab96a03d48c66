/**
 * The seed page (../shared/examples/seed-page.txt, copyrighted: read at run
 * time, never copied here): every line-end hyphen resolved as an editor would,
 * and the compounds printed inside lines left intact.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from '../../../bench/lib/paths.js';
import { readText } from '../../../src/readers/text/index.js';
import { createDehyphenate } from '../../../src/transforms/dehyphenate/index.js';
import { joinLines } from '../../../src/text/join.js';
import { endsInHyphen } from '../../../src/transforms/dehyphenate/site.js';

const SEED = join(sharedDir(), 'examples', 'seed-page.txt');

/** Each site as `before` → `after` (the message's), as an editor resolves it. */
const SITES: Array<[string, string]> = [
  ['cov-⏎eted', 'coveted'],
  ['documen-⏎tary', 'documentary'],
  ['docu-⏎mentary', 'documentary'],
  ['des-⏎tined', 'destined'],
  ['So-⏎young', 'So-young'],
  ['develop-⏎ing', 'developing'],
  ['signifi-⏎cant', 'significant'],
  ['produc-⏎tions', 'productions'],
  ['follow-⏎ing', 'following'],
  ['tak-⏎en', 'taken'],
  ['giv-⏎ing', 'giving'],
  ['dead-⏎locked', 'deadlocked'],
];

/** Compounds printed inside lines: no rule may touch them. */
const INTACT = ['US-led', 'inter-Korean', 'Lee Seung-min', 'Moon Jae-in', 'Korean-language'];

test('seed page: every line-end hyphen resolved as an editor would', { skip: !existsSync(SEED) }, () => {
  const doc = readText(readFileSync(SEED), 'seed-page.txt');
  createDehyphenate()(doc);
  const decided = doc.messages.filter((m) => m.rule.startsWith('dehyphenate/'));
  const pairs = decided.map((m) => [m.before, m.after]);
  for (const [before, after] of SITES) {
    assert.ok(pairs.some(([b, a]) => b === before && a === after), `${before} → ${after}; got ${JSON.stringify(pairs)}`);
  }
  // Every site on the page has one decision; `docu-`/`mentary` occurs twice.
  const sites = doc.pages.flatMap((p) => p.blocks.flatMap((b) => b.lines)).filter((l) => endsInHyphen(l.text));
  assert.equal(decided.length, sites.length);
  assert.equal(sites.length, SITES.length + 1);
  // So-young kept with some confidence, the words joined with more.
  const soYoung = decided.find((m) => m.before === 'So-⏎young')!;
  assert.equal(soYoung.rule, 'dehyphenate/keep-hyphen');
  for (const m of decided.filter((d) => d.rule === 'dehyphenate/join')) assert.ok((m.confidence ?? 0) >= 0.9, `${m.before} ${m.confidence}`);
  // The text as written out: joined words present, no broken half left, compounds intact.
  const text = doc.pages.flatMap((p) => p.blocks.map((b) => joinLines(b.lines))).join('\n');
  for (const [, after] of SITES) assert.ok(text.includes(after), after);
  for (const half of ['cov-', 'docu-', 'documen-', 'des-', 'develop-', 'signifi-', 'produc-', 'follow-', 'tak-', 'giv-', 'dead-']) {
    assert.ok(!text.includes(` ${half}`), `broken half ${half} left`);
  }
  for (const compound of INTACT) assert.ok(text.includes(compound), `${compound} intact`);
  assert.ok(!doc.messages.some((m) => m.rule === 'dehyphenate/restore-compound' || m.rule === 'dehyphenate/restore-dash'));
});
