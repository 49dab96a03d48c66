/**
 * The dev corpora (../shared/corpus, read at run time): no line-end decision is
 * silent, and the decisions agree with the truth files as well as they did
 * when docs/dehyphenation.md was written (a regression guard, not a target).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCorpora } from '../../../bench/lib/paths.js';
import { readText } from '../../../src/readers/text/index.js';
import { createDehyphenate } from '../../../src/transforms/dehyphenate/index.js';
import { endsInHyphen, lineEndSite } from '../../../src/transforms/dehyphenate/site.js';
import { forEachToken } from '../../../src/lexicon/tokens.js';
import type { GalleyDocument, Line } from '../../../src/model/types.js';

const CORPORA = defaultCorpora();
const INPUTS = ['page.raw.txt', 'page.pdfminer.txt', 'page.txt'];
const DECISION_RULES = new Set(['dehyphenate/join', 'dehyphenate/keep-hyphen', 'dehyphenate/dash', 'dehyphenate/no-continuation']);

function pages(corpus: string): string[] {
  return readdirSync(corpus).filter((id) => existsSync(join(corpus, id, 'truth.json'))).sort();
}

function run(file: string): GalleyDocument {
  const doc = readText(readFileSync(file), file);
  createDehyphenate()(doc);
  return doc;
}

function allLines(doc: GalleyDocument): Line[] {
  return doc.pages.flatMap((p) => p.blocks.flatMap((b) => b.lines));
}

test('every line-end hyphen of every dev page has its decision message', { skip: CORPORA.length === 0 }, () => {
  let sites = 0;
  for (const corpus of CORPORA) {
    for (const id of pages(corpus)) {
      for (const input of INPUTS) {
        const file = join(corpus, id, input);
        if (!existsSync(file)) continue;
        const doc = run(file);
        const byLine = new Map<number, number>();
        for (const m of doc.messages) {
          if (!DECISION_RULES.has(m.rule)) continue;
          const at = m.source?.span?.start.line ?? -1;
          byLine.set(at, (byLine.get(at) ?? 0) + 1);
        }
        for (const line of allLines(doc)) {
          if (!endsInHyphen(line.text)) continue;
          sites++;
          const at = line.source.span!.start.line;
          assert.equal(byLine.get(at), 1, `${id}/${input}:${at} ${line.text}`);
          assert.ok(line.join !== undefined || doc.messages.some((m) => m.rule === 'dehyphenate/no-continuation' && m.source?.span?.start.line === at));
        }
      }
    }
  }
  assert.ok(sites > 1000, `${sites} sites`);
});

/** Lower-cased tokens of every text field of a truth file. */
function truthTokens(file: string): Set<string> {
  const truth = JSON.parse(readFileSync(file, 'utf8')) as {
    articles: Array<Record<string, unknown> & { blocks: Array<{ text: string }>; captions: Array<{ text: string; credit: string | null }> }>;
  };
  const out = new Set<string>();
  const add = (s: unknown) => typeof s === 'string' && forEachToken(s, (w) => out.add(w.toLowerCase()));
  for (const a of truth.articles) {
    for (const k of ['headline', 'deck', 'byline', 'dateline', 'credit']) add(a[k]);
    for (const b of a.blocks) add(b.text);
    for (const c of a.captions) {
      add(c.text);
      add(c.credit);
    }
  }
  return out;
}

/**
 * Decisions on page.raw.txt (every typeset line break kept) against the truth:
 * a site is a broken word when the truth has `ab` and not `a-b`, a compound when it has `a-b`.
 */
function agreement(corpus: string): { words: number; wordsOk: number; compounds: number; compoundsOk: number } {
  const r = { words: 0, wordsOk: 0, compounds: 0, compoundsOk: 0 };
  for (const id of pages(corpus)) {
    const file = join(corpus, id, 'page.raw.txt');
    if (!existsSync(file)) continue;
    const truth = truthTokens(join(corpus, id, 'truth.json'));
    const doc = run(file);
    const lines = allLines(doc);
    for (let i = 0; i + 1 < lines.length; i++) {
      const site = lineEndSite(lines[i]!.text, lines[i + 1]!.text);
      if (!site || !lines[i]!.join) continue;
      const a = site.leftPart.toLowerCase();
      const b = site.rightPart.toLowerCase();
      if (truth.has(`${a}-${b}`)) {
        r.compounds++;
        if (lines[i]!.join === 'hyphen') r.compoundsOk++;
      } else if (truth.has(a + b)) {
        r.words++;
        if (lines[i]!.join === 'join') r.wordsOk++;
      }
    }
  }
  return r;
}

/**
 * Agreement reached when the docs were written (docs/dehyphenation.md), less a
 * small margin. On dev the six misses are compounds whose closed form is a
 * dictionary word (`post-modern`, `ground-breaking`), joined as a dictionary would.
 */
const FLOOR: Record<string, { words: number; compounds: number }> = {
  dev: { words: 0.99, compounds: 0.6 },
  dev2: { words: 0.99, compounds: 0.9 },
};

for (const corpus of CORPORA) {
  const name = corpus.split(/[\\/]/).pop()!;
  test(`decisions agree with the truth on ${name}/*/page.raw.txt`, () => {
    const r = agreement(corpus);
    assert.ok(r.words > 400 && r.compounds > 10, JSON.stringify(r));
    const floor = FLOOR[name] ?? { words: 0.99, compounds: 0.6 };
    assert.ok(r.wordsOk / r.words >= floor.words, `broken words ${r.wordsOk}/${r.words}`);
    assert.ok(r.compoundsOk / r.compounds >= floor.compounds, `compounds ${r.compoundsOk}/${r.compounds}`);
  });
}
