/**
 * Real pages: the dev corpora (../shared/corpus/dev and dev2, when present), read
 * from the line-preserving text layers (pdftotext -raw, pdfminer). Every closed-up
 * hyphen inside a line is labelled from truth.json: a compound when the truth
 * writes `x-y`, a flattened dash when it writes `x — y`. No compound may be broken,
 * and the flattened dashes must be restored (the target is dash_acc ≥ 0.90).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { readText } from '../../../src/readers/text/index.js';
import { createDashes } from '../../../src/transforms/dashes/index.js';
import { pageFlow } from '../../../src/transforms/dashes/flow.js';
import { sharedPath } from './helpers.js';

interface Truth {
  articles: Array<{
    headline: string | null;
    deck: string | null;
    blocks: Array<{ text: string }>;
    captions: Array<{ text: string; credit: string | null }>;
  }>;
}

function truthText(t: Truth): string {
  const parts: string[] = [];
  for (const a of t.articles) {
    if (a.headline) parts.push(a.headline);
    if (a.deck) parts.push(a.deck);
    for (const b of a.blocks) parts.push(b.text);
    for (const c of a.captions) parts.push(c.text);
  }
  return parts.join('\n').normalize('NFKC');
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

const corpora = ['dev', 'dev2'].map((c) => sharedPath('corpus', c)).filter((d): d is string => d !== null);

test('dev corpora: no compound broken, flattened dashes restored', { skip: corpora.length === 0 && 'corpus not present' }, () => {
  let dashes = 0;
  let restored = 0;
  let compounds = 0;
  const broken: string[] = [];
  const missed: string[] = [];
  for (const dir of corpora) {
    for (const id of readdirSync(dir).sort()) {
      const truthFile = join(dir, id, 'truth.json');
      if (!existsSync(truthFile)) continue;
      const truth = truthText(JSON.parse(readFileSync(truthFile, 'utf8')) as Truth);
      for (const input of ['page.raw.txt', 'page.pdfminer.txt']) {
        const file = join(dir, id, input);
        if (!existsSync(file)) continue;
        const doc = readText(readFileSync(file), file);
        const sites = doc.pages.flatMap((p) => pageFlow(p).candidates).map((c) => ({ line: c.line, left: c.left, right: c.right }));
        createDashes()(doc);
        for (const s of sites) {
          const l = s.left.normalize('NFKC');
          const r = s.right.normalize('NFKC');
          const isCompound = truth.includes(`${l}-${r}`);
          const isDash = new RegExp(`${escape(l)}\\S* — \\S*${escape(r)}`, 'u').test(truth);
          const repaired = new RegExp(`${escape(s.left)}\\S* — \\S*${escape(s.right)}`, 'u').test(s.line.text);
          const where = `${id}/${input}: ${s.left}-${s.right}`;
          if (isCompound && !isDash) {
            compounds++;
            if (repaired) broken.push(where);
          } else if (isDash && !isCompound) {
            dashes++;
            if (repaired) restored++;
            else missed.push(where);
          }
        }
      }
    }
  }
  assert.ok(compounds > 100, `labelled compounds found (${compounds})`);
  assert.deepEqual(broken, [], 'compounds broken');
  assert.ok(dashes > 0, 'labelled flattened dashes found');
  assert.ok(restored / dashes >= 0.9, `restored ${restored}/${dashes}; missed: ${missed.join(', ')}`);
});
