/**
 * poppler's pdftotext, where the machine has it: the speed baseline (bench/speed.ts) and the maker of
 * the `pdftotext -layout` dumps the evaluation reads (bench/eval.ts). Never needed by Galley itself.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export function hasPdftotext(): boolean {
  const r = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' });
  return r.error === undefined && r.status === 0;
}

/** pdftotext takes well under a second a corpus page; one that hangs is stopped after this. */
export const PDFTOTEXT_TIMEOUT_MS = 60_000;

/** The input name of a page's `pdftotext -layout` dump (made here: the corpus has none). */
export const LAYOUT_INPUT = 'page.layout.txt';

/**
 * A copy of `corpus` in a temporary folder with, for each page with a PDF, its truth, its `page.raw.txt`
 * (the scorer finds line-end hyphen sites there) and `page.layout.txt` made by `pdftotext -layout`.
 * Returns the folder (under a name ending in the corpus's own, as the tables print it).
 */
export function layoutCorpus(corpus: string): string {
  const out = join(mkdtempSync(join(tmpdir(), 'galley-layout-')), basename(corpus));
  for (const id of readdirSync(corpus).sort()) {
    const pdf = join(corpus, id, 'page.pdf');
    if (!existsSync(pdf) || !existsSync(join(corpus, id, 'truth.json'))) continue;
    const dir = join(out, id);
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(corpus, id, 'truth.json'), join(dir, 'truth.json'));
    if (existsSync(join(corpus, id, 'page.raw.txt'))) copyFileSync(join(corpus, id, 'page.raw.txt'), join(dir, 'page.raw.txt'));
    const r = spawnSync('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 64 * 1024 * 1024, timeout: PDFTOTEXT_TIMEOUT_MS });
    if (r.status === 0) writeFileSync(join(dir, LAYOUT_INPUT), r.stdout);
    else process.stderr.write(`eval: pdftotext -layout failed on ${pdf} (${r.error?.message ?? `exit ${r.status}`}): the page is scored as missing\n`);
  }
  return out;
}
