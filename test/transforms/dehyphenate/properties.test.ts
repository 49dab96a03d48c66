/**
 * Properties over generated pages: no decision is silent, decisions only set
 * `line.join`, and in-line restorations only insert a hyphen or a dash.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readText } from '../../../src/readers/text/index.js';
import { createDehyphenate } from '../../../src/transforms/dehyphenate/index.js';
import { endsInHyphen } from '../../../src/transforms/dehyphenate/site.js';

/** Words as pages have them: plain, capitalised, closed-up compounds, numbers, broken halves, dashes. */
const WORDS = ['the', 'docu-', 'mentary', 'So-', 'young', 'Kim', 'US-', 'led', 'selfreported', '14-yearold', 'outsidea', 'he', 'was', 'Moscow-', '201-592-', '4699', '—', '“Goodbye', 'cov-', 'eted,', 'x-', 'EDUCA-', 'TION'];
const line = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' '));
/** Pages long enough (≥ 40 lines) for the already-dehyphenated test to go either way. */
const page = fc
  .array(fc.oneof(line, fc.constant('')), { minLength: 1, maxLength: 60 })
  .map((ls) => ls.join('\n'))
  .filter((t) => t.trim() !== ''); // an empty file is refused by the reader

test('every line-end hyphen gets one decision message and a join (or a no-continuation message)', () => {
  fc.assert(
    fc.property(page, (text) => {
      const doc = readText(new TextEncoder().encode(text), 'gen.txt');
      createDehyphenate()(doc);
      const lines = doc.pages.flatMap((p) => p.blocks.flatMap((b) => b.lines));
      const decisions = doc.messages.filter((m) => /^dehyphenate\/(join|keep-hyphen|dash|no-continuation)$/.test(m.rule));
      const sites = lines.filter((l) => endsInHyphen(l.text));
      assert.equal(decisions.length, sites.length);
      for (const l of sites) {
        const at = l.source.span!.start.line;
        const mine = decisions.filter((m) => m.source?.span?.start.line === at);
        assert.equal(mine.length, 1);
        if (mine[0]!.rule !== 'dehyphenate/no-continuation') assert.ok(l.join === 'join' || l.join === 'hyphen' || l.join === 'dash');
        // The message points at the hyphen itself.
        assert.equal(l.original[mine[0]!.source!.span!.start.column - 1], '-');
      }
    }),
    { numRuns: 150 },
  );
});

test('text in = text out: only inserted hyphens and dashes, each with its message; lines move only with a message', () => {
  fc.assert(
    fc.property(page, (text) => {
      const doc = readText(new TextEncoder().encode(text), 'gen.txt');
      const lines = doc.pages.flatMap((p) => p.blocks.flatMap((b) => b.lines));
      const before = new Map(lines.map((l) => [l, l.text]));
      createDehyphenate()(doc);
      const after = doc.pages.flatMap((p) => p.blocks.flatMap((b) => b.lines));
      assert.equal(after.length, lines.length, 'no line lost or added');
      const restorations = doc.messages.filter((m) => m.rule.startsWith('dehyphenate/restore'));
      let inserted = 0;
      for (const l of after) {
        const was = before.get(l);
        assert.ok(was !== undefined, 'every line is one of the input lines');
        if (was === l.text) continue;
        assert.equal(l.text.replace(/ — (?=\p{Ll})/gu, '').replace(/-/g, ''), was.replace(/-/g, ''));
        inserted++;
      }
      assert.ok(restorations.length >= inserted);
      // A line out of its printed place is one of a recorded swap (rules/swapped-piece.ts: two lines trade places).
      const moved = after.filter((l, i) => l !== lines[i]).length;
      assert.equal(moved, 2 * doc.messages.filter((m) => m.rule === 'dehyphenate/swapped-piece').length);
    }),
    { numRuns: 150 },
  );
});

test('hostile input: very long tokens around a line-end hyphen are decided like any other', () => {
  const long = 'a'.repeat(50_000);
  const doc = readText(new TextEncoder().encode(`${long}!b-\n${long}${'”'.repeat(10_000)}\n${long}-\n${long}\nselfreported${long}`), 'hostile.txt');
  createDehyphenate()(doc);
  const decisions = doc.messages.filter((m) => m.rule.startsWith('dehyphenate/'));
  assert.equal(decisions.length, 2);
  const lines = doc.pages[0]!.blocks[0]!.lines;
  assert.ok(lines[0]!.join && lines[2]!.join);
  assert.equal(lines[4]!.text, `selfreported${long}`);
});
