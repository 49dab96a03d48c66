/**
 * `npm run eval`: Galley over the dev corpora, scored by the reference scorer.
 * For each corpus (../shared/corpus/dev, then dev2, when present) and each
 * text input (page.pdfminer.txt, page.raw.txt, page.txt, and page.layout.txt — each page's PDF
 * through `pdftotext -layout`, made in a temporary copy of the corpus when pdftotext is on the
 * machine), predictions are made
 * in-process with the library and written to a temporary folder as JSON, then
 * ../shared/bench/score.mjs is run on them as a child process and its own
 * table is printed. A summary of the TOTAL rows follows.
 *
 *   node dist/bench/eval.js [--corpus DIR]... [--input NAME]... [--keep DIR] [--json]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { restoreAsync } from '../src/pipeline.js';
import { writeJson } from '../src/writers/index.js';
import { defaultCorpora, scorerPath } from './lib/paths.js';
import { parseOptions } from './lib/args.js';
import { hasPdftotext, LAYOUT_INPUT, layoutCorpus } from './lib/pdftotext.js';

const USAGE = 'usage: node dist/bench/eval.js [--corpus DIR]... [--input NAME]... [--keep DIR] [--json]   (npm run eval)';

/** The text layers of each page, as in ../shared/corpus/README.md. */
export const EVAL_INPUTS = ['page.pdfminer.txt', 'page.raw.txt', 'page.txt'] as const;

interface Run {
  corpus: string;
  input: string;
  pages: number;
  failures: string[];
  /** The scorer's TOTAL row ({id, kind, word_f1, ...}). */
  total: Record<string, unknown> | null;
  seconds: number;
}

/** Make one JSON prediction per page of `corpus` for `input` into `predDir`; failures are returned, not written. */
async function predict(corpus: string, input: string, predDir: string): Promise<{ pages: number; failures: string[] }> {
  let pages = 0;
  const failures: string[] = [];
  for (const id of readdirSync(corpus).sort()) {
    const file = join(corpus, id, input);
    if (!existsSync(join(corpus, id, 'truth.json')) || !existsSync(file)) continue;
    pages++;
    try {
      const doc = await restoreAsync({ name: file, bytes: readFileSync(file) });
      writeFileSync(join(predDir, `${id}.json`), writeJson(doc));
    } catch (e) {
      failures.push(`${id}: ${(e as Error).message}`);
    }
  }
  return { pages, failures };
}

async function evaluate(corpus: string, input: string, keep: string | undefined, quietTable: boolean): Promise<Run> {
  const predDir = keep ? join(keep, `${basename(corpus)}-${input}`) : mkdtempSync(join(tmpdir(), 'galley-eval-'));
  mkdirSync(predDir, { recursive: true });
  const t0 = performance.now();
  const { pages, failures } = await predict(corpus, input, predDir);
  const seconds = (performance.now() - t0) / 1000;
  const jsonOut = join(predDir, '..', `.${basename(predDir)}.score.json`);
  const r = spawnSync(process.execPath, [scorerPath(), '--truth', corpus, '--pred', predDir, '--out', jsonOut], { encoding: 'utf8' });
  if (!quietTable) {
    process.stdout.write(`\n== ${basename(corpus)} / ${input}: ${pages} pages, predicted in ${seconds.toFixed(2)} s${failures.length ? `, ${failures.length} failed` : ''}\n`);
    for (const f of failures) process.stdout.write(`   FAILED ${f}\n`);
    process.stdout.write(r.stdout);
  }
  if (r.stderr) process.stderr.write(r.stderr);
  let total: Record<string, unknown> | null = null;
  if (r.status === 0 && existsSync(jsonOut)) {
    total = (JSON.parse(readFileSync(jsonOut, 'utf8')) as { total: Record<string, unknown> }).total;
    rmSync(jsonOut, { force: true });
  }
  if (!keep) rmSync(predDir, { recursive: true, force: true });
  return { corpus: basename(corpus), input, pages, failures, total, seconds };
}

const SUMMARY_COLUMNS = ['word_f1', 'hyphen_acc', 'dash_acc', 'para_f1', 'order_acc', 'article_f1', 'headline_acc', 'subhead_f1', 'caption_f1', 'caption_attach_acc', 'credit_acc', 'byline_acc', 'furniture_leak', 'false_joins'] as const;
const HEADERS = ['word', 'hyph', 'dash', 'para', 'order', 'art', 'head', 'subh', 'capt', 'attch', 'cred', 'byln', 'leak', 'fjoin'];

function summary(runs: readonly Run[]): string {
  const fmt = (v: unknown, k: string): string => (typeof v !== 'number' ? '-' : k === 'false_joins' ? String(v) : v.toFixed(3).replace(/^0/, ' '));
  const lines = [`${'TOTAL of'.padEnd(26)}${HEADERS.map((h) => h.padStart(6)).join('')}`];
  for (const r of runs) {
    const label = `${r.corpus} / ${r.input}`.padEnd(26);
    lines.push(label + (r.total ? SUMMARY_COLUMNS.map((k) => fmt(r.total![k], k).padStart(6)).join('') : '  scorer failed'));
  }
  return lines.join('\n');
}

async function mainEval(): Promise<number> {
  const parsed = parseOptions('eval', USAGE, {
    corpus: { type: 'string', multiple: true },
    input: { type: 'string', multiple: true },
    keep: { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  if ('exit' in parsed) return parsed.exit;
  const { values } = parsed;
  const corpora = values.corpus ?? defaultCorpora();
  if (corpora.length === 0) {
    process.stderr.write('eval: no corpus found (../shared/corpus/dev); give --corpus DIR\n');
    return 2;
  }
  if (!existsSync(scorerPath())) {
    process.stderr.write(`eval: the scorer is missing: ${scorerPath()}\n`);
    return 2;
  }
  const pdftotext = hasPdftotext();
  const inputs = values.input ?? [...EVAL_INPUTS, ...(pdftotext ? [LAYOUT_INPUT] : [])];
  const runs: Run[] = [];
  for (const corpus of corpora) {
    for (const input of inputs) {
      // The corpus has no layout dumps: made from its PDFs in a temporary copy (and removed after).
      const made = input === LAYOUT_INPUT && !readdirSync(corpus).some((id) => existsSync(join(corpus, id, LAYOUT_INPUT)));
      if (made && !pdftotext) {
        process.stderr.write(`eval: ${LAYOUT_INPUT} is made with pdftotext -layout, which is not on this machine: skipped\n`);
        continue;
      }
      const dir = made ? layoutCorpus(corpus) : corpus;
      try {
        runs.push(await evaluate(dir, input, values.keep, values.json));
      } finally {
        if (made) rmSync(join(dir, '..'), { recursive: true, force: true });
      }
    }
  }
  if (values.json) process.stdout.write(`${JSON.stringify({ runs }, null, 1)}\n`);
  else process.stdout.write(`\n${summary(runs)}\n`);
  return runs.some((r) => r.failures.length > 0 || r.total === null) ? 1 : 0;
}

process.exitCode = await mainEval();
