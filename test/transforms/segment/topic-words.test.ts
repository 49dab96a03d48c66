/**
 * Segment: contentWords (./topic.ts) is read for every story on a page, so it is written as one exec scan;
 * it must give the same map (keys, values and order) as the plain definition: TOKEN's matches, a
 * possessive 's removed, case-folded, stop words and words under three letters left out, capitalised
 * when any occurrence is. Checked on real text (corpus pages when present) and on edge cases.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { contentWords } from '../../../src/transforms/segment/topic.js';

const STOP = new Set(
  (
    'the a an and or but of in on at to for with by from as into over after before is are was were be been being has have had ' +
    'this that these those it its his her their our your he she they we you i who which what when where while during about than ' +
    'then there here not no more most some such also only other new one two first said says will would can could may might should ' +
    'all any each many much very up out so if do does did just like over'
  ).split(' '),
);
function reference(text: string): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) {
    const w = m[0].replace(/['’]s$/u, '');
    const lw = w.toLowerCase();
    if (lw.length < 3 || STOP.has(lw)) continue;
    const cap = w[0] !== w[0]!.toLowerCase();
    out.set(lw, (out.get(lw) ?? false) || cap);
  }
  return out;
}
const same = (text: string): void => assert.deepEqual([...contentWords(text)], [...reference(text)], text.slice(0, 60));

test('contentWords: edge cases give the plain definition\'s map', () => {
  for (const t of [
    "Gordon's tomb, Gordon’s grave; the Tsar's men", // possessives, straight and curly
    "'s s's x's ’s Ms's", // possessive marks with little or nothing before them
    'İstanbul İİ ÉCOLE école Øhav øhav', // letters whose lower case is longer, accented capitals
    '𝐀𝐁𝐂 abc 𝒳yz 日本語 ١٢٣ 2,000 10,000-strong self-reported', // astral letters, other scripts and digits
    'the THE The and AND said Said', // stop words in any case
    'Fort Lee fort lee FORT', // a word capitalised in one place only
    '',
  ])
    same(t);
});

const CORPUS = '../shared/corpus';
test('contentWords: every corpus text layer gives the plain definition\'s map', { skip: !existsSync(CORPUS) }, () => {
  for (const c of ['dev', 'dev2']) {
    if (!existsSync(`${CORPUS}/${c}`)) continue;
    for (const id of readdirSync(`${CORPUS}/${c}`)) {
      for (const input of ['page.raw.txt', 'page.pdfminer.txt', 'page.txt']) {
        const f = `${CORPUS}/${c}/${id}/${input}`;
        if (existsSync(f)) for (const para of readFileSync(f, 'utf8').split(/\n\s*\n/u)) same(para);
      }
    }
  }
});
