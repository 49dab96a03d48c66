/**
 * `npm run bench`: speed and memory of Galley's pipeline, in-process, one core.
 *
 * For each input kind (bench/lib/kinds.ts; today: text layers) a batch of at
 * least --pages pages (default 1000: the corpus pages' files repeated) goes
 * through read + restore + structure + JSON write; text pages are also timed
 * without the JSON write (read + restore + structure: issue 3's speed target),
 * as a row of its own, and through the restore alone (read → restore-pieces → restore-columns →
 * dehyphenate → dashes, no structure: issue 2's speed target), a row of its own too. Baselines measured in the same run: (a) reading the
 * same files and splitting them into lines, in-process; (b) `pdftotext -raw`
 * on the corpus PDFs, one process per page, when pdftotext (poppler-utils) is installed (skipped, and said so, if not);
 * for issue 4's ratio (PDF → articles against PDF → text) pdftotext is also run on
 * each PDF of the PDF batch right after Galley reads it (timeInterleaved), so that
 * both figures fall under the same load of a shared machine.
 * Each row gives pages per second of wall time and of this process's CPU time
 * (steadier on a shared machine; not shown for pdftotext, which runs in child processes).
 * Per step (one pass over the distinct files): a PDF's read is split into pdf.js's
 * part (the worker thread: open, operator list, glyph interpretation; timed alone on
 * the same files) and Galley's own layout (the rest of the read).
 * Memory of a long PDF (issue 4: "memory flat across a 200-page document"): the corpus PDFs
 * merged into one of --memory-pages pages (every page its own fonts, as pages merged from
 * separate files are) go through the whole pipeline in a process of their own
 * (bench/pdf-memory.ts), RSS and heap sampled after pages 20, 100 and the last.
 *
 *   node dist/bench/speed.js [--pages N] [--corpus DIR]... [--pdftotext-pages N] [--memory-pages N] [--json]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultTransforms, detectFormat, read, restoreAsync, restoreTransforms } from '../src/pipeline.js';
import { ASYNC_FORMATS, readAsync } from '../src/readers/index.js';
import { PdfHost } from '../src/readers/pdf/host.js';
import { writeJson } from '../src/writers/index.js';
import { batchOf, filesOf, INPUT_KINDS } from './lib/kinds.js';
import { peakRssMiB, timeEach, timeInterleaved, type Timing } from './lib/measure.js';
import { defaultCorpora } from './lib/paths.js';
import { parseOptions } from './lib/args.js';
import { mergePdfs } from './lib/merge-pdfs.js';
import { hasPdftotext } from './lib/pdftotext.js';
import type { MemoryReport } from './pdf-memory.js';

const USAGE = 'usage: node dist/bench/speed.js [--pages N] [--corpus DIR]... [--pdftotext-pages N] [--memory-pages N] [--json]   (npm run bench)';

/** Default batch size: the issue asks for at least 1,000 pages. */
const DEFAULT_PAGES = 1000;
/** pdftotext runs one process per page; this many pages are enough for a stable rate. */
const DEFAULT_PDFTOTEXT_PAGES = 120;
/** The long PDF of the memory row: the 200 pages. */
const DEFAULT_MEMORY_PAGES = 200;

interface Row {
  step: string;
  timing: Timing;
  note?: string;
  /** The work ran in child processes: this process's CPU time says nothing about it (no CPU p/s shown). */
  wallOnly?: boolean;
}

/** Milliseconds per page spent in each step (read, each transform, JSON write), over one pass of the distinct files. */
type StepTimes = Record<string, number>;

/**
 * A PDF's read split in two (ms per page, wall and this process's CPU, all threads): pdf.js in its
 * worker (open, operator list, our glyph interpreter, close: PdfHost alone on the same files) and
 * Galley's own layout and page model (the whole read less that).
 */
interface PdfSplit {
  read: { wall: number; cpu: number };
  pdfjs: { wall: number; cpu: number };
  layout: { wall: number; cpu: number };
}

interface Report {
  node: string;
  steps: Record<string, StepTimes>;
  /** Where a PDF's read goes (see PdfSplit); absent without PDFs. */
  pdfSplit?: PdfSplit;
  corpora: string[];
  rows: Row[];
  /** How many times slower Galley is than reading + splitting lines (per kind). */
  ratios: Record<string, number>;
  peakRssMiB: { beforePipeline: number; afterPipeline: number; sampledDuringPipeline: number };
  /** The long PDF's memory (bench/pdf-memory.ts); absent without PDFs. */
  pdfMemory?: MemoryReport;
  skipped: string[];
}

/** Baseline (a): read the file and split it into lines; the line count keeps the work from being optimised away. */
let lineSink = 0;
function readAndSplit(file: string): number {
  const bytes = readFileSync(file);
  lineSink += new TextDecoder().decode(bytes).split(/\r\n|\n|\r|\f/).length;
  return bytes.length;
}

/** The pipeline: read + restore + structure + JSON write (to a string). */
let outputSink = 0;
async function pipeline(file: string): Promise<number> {
  const bytes = readFileSync(file);
  const doc = await restoreAsync({ name: file, bytes });
  outputSink += writeJson(doc).length;
  return bytes.length;
}

/** Read + restore + structure, no JSON write: the document is built and dropped. */
let blockSink = 0;
async function restoreOnly(file: string): Promise<number> {
  const bytes = readFileSync(file);
  const doc = await restoreAsync({ name: file, bytes });
  blockSink += doc.articles.length;
  return bytes.length;
}

/** Read + the restore steps (restoreTransforms), no structure: the document is built and dropped. */
let restoredSink = 0;
async function restoreStepsOnly(file: string): Promise<number> {
  const bytes = readFileSync(file);
  const format = detectFormat(file, bytes);
  const doc = ASYNC_FORMATS.has(format) ? await readAsync(format, { name: file, bytes }) : read(format, { name: file, bytes });
  for (const step of restoreTransforms()) step.run(doc);
  restoredSink += doc.pages.length;
  return bytes.length;
}

const cpuMs = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

/** pdf.js's part of reading one PDF: the worker alone (PdfHost: open, every page's operator list and glyphs, close). */
async function pdfjsOnly(bytes: Uint8Array): Promise<void> {
  const { host, info } = await PdfHost.open(bytes);
  for (let n = 1; n <= info.pages; n++) outputSink += (await host.page(n)).ok ? 1 : 0;
  await host.close();
}

/**
 * Where the time goes: the pipeline run step by step (the same steps as `restore`), timed per step.
 * For PDFs the read is also split (PdfSplit): each file is read a second time through pdf.js's worker
 * alone, in the same pass.
 */
async function stepTimes(files: readonly string[]): Promise<{ steps: StepTimes; pdfSplit?: PdfSplit }> {
  const total: StepTimes = {};
  const add = (k: string, ms: number): void => {
    total[k] = (total[k] ?? 0) + ms;
  };
  const whole = { wall: 0, cpu: 0 };
  const pdfjs = { wall: 0, cpu: 0 };
  let pdfs = 0;
  for (const file of files) {
    let t = performance.now();
    let c = cpuMs();
    const bytes = readFileSync(file);
    const format = detectFormat(file, bytes);
    const doc = ASYNC_FORMATS.has(format) ? await readAsync(format, { name: file, bytes }) : read(format, { name: file, bytes });
    add('read', performance.now() - t);
    if (format === 'pdf') {
      pdfs++;
      whole.wall += performance.now() - t;
      whole.cpu += cpuMs() - c;
      t = performance.now();
      c = cpuMs();
      await pdfjsOnly(bytes);
      pdfjs.wall += performance.now() - t;
      pdfjs.cpu += cpuMs() - c;
    }
    for (const step of defaultTransforms()) {
      t = performance.now();
      step.run(doc);
      add(step.name, performance.now() - t);
    }
    t = performance.now();
    outputSink += writeJson(doc).length;
    add('json write', performance.now() - t);
  }
  for (const k of Object.keys(total)) total[k] = total[k]! / files.length;
  if (!pdfs) return { steps: total };
  const per = (x: { wall: number; cpu: number }): { wall: number; cpu: number } => ({ wall: x.wall / pdfs, cpu: x.cpu / pdfs });
  const r = per(whole);
  const p = per(pdfjs);
  return { steps: total, pdfSplit: { read: r, pdfjs: p, layout: { wall: r.wall - p.wall, cpu: r.cpu - p.cpu } } };
}

function pdftotextRaw(file: string): number {
  const r = spawnSync('pdftotext', ['-raw', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`pdftotext failed on ${file}: ${String(r.stderr)}`);
  return readFileSync(file).length;
}

/**
 * The memory row: the corpus PDFs merged (pdf.js's page extraction, as in the tests) into one PDF
 * of `pages` pages, read in a process of its own (bench/pdf-memory.ts). Runs last: merging loads
 * pdf.js into this process.
 */
async function pdfMemory(pdfs: readonly string[], pages: number): Promise<MemoryReport> {
  const merged = await mergePdfs(batchOf(pdfs, pages).slice(0, pages).map((f) => new Uint8Array(readFileSync(f))));
  const dir = mkdtempSync(join(tmpdir(), 'galley-bench-'));
  try {
    const file = join(dir, `${pages}-pages.pdf`);
    writeFileSync(file, merged);
    const script = fileURLToPath(new URL('./pdf-memory.js', import.meta.url));
    const at = [...new Set([20, 100, pages])].filter((n) => n <= pages).join(',');
    const r = spawnSync(process.execPath, ['--expose-gc', script, '--pdf', file, '--at', at], { encoding: 'utf8', maxBuffer: 1024 * 1024 });
    if (r.status !== 0) throw new Error(`bench/pdf-memory failed: ${r.stderr}`);
    return JSON.parse(r.stdout) as MemoryReport;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function run(pages: number, corpora: string[], pdftotextPages: number, memoryPages: number): Promise<Report> {
  const rows: Row[] = [];
  const ratios: Record<string, number> = {};
  const steps: Record<string, StepTimes> = {};
  const skipped: string[] = [];
  const before = peakRssMiB();
  let sampled = 0;
  const pdftotext = hasPdftotext();
  let pdfSplitResult: PdfSplit | undefined;
  for (const kind of INPUT_KINDS) {
    const files = filesOf(kind, corpora);
    if (files.length === 0) {
      skipped.push(`${kind.name}: no ${kind.files.join('/')} in the corpora`);
      continue;
    }
    const batch = batchOf(files, Math.min(pages, kind.pages ?? pages));
    // warm-up: every distinct file once (JIT, lexicon loading), not timed
    for (const f of files) await pipeline(f);
    for (const f of files) readAndSplit(f);
    const base = await timeEach(batch, readAndSplit);
    // With the writer and without it, page by page in turn (see timeInterleaved), or the pipeline alone;
    // PDFs in turn with pdftotext on the same file (issue 4's ratio, under the same load).
    const withPdftotext = kind.name === 'pdf' && pdftotext;
    const works = kind.restoreAlone ? [pipeline, restoreOnly, restoreStepsOnly] : [pipeline, restoreOnly];
    const timed = kind.withoutWriter ? await timeInterleaved(batch, works) : withPdftotext ? await timeInterleaved(batch, [pipeline, pdftotextRaw]) : null;
    const galley = timed ? { timing: timed.timings[0]!, peakSampledRssMiB: timed.peakSampledRssMiB } : await timeEach(batch, pipeline);
    sampled = Math.max(sampled, galley.peakSampledRssMiB);
    rows.push({ step: `galley ${kind.name} pipeline`, timing: galley.timing, note: `${files.length} files × ${Math.ceil(batch.length / files.length)}` });
    if (timed && withPdftotext) {
      const t = timed.timings[1]!;
      rows.push({ step: 'pdftotext -raw, same PDFs', timing: t, note: 'one process per page, in turn with the row above', wallOnly: true });
      ratios['pdf-vs-pdftotext'] = galley.timing.seconds / Math.max(t.seconds, 1e-9);
    }
    if (timed && kind.withoutWriter) {
      const restored = timed.timings[1]!;
      rows.push({ step: `galley ${kind.name}, no JSON write`, timing: restored, note: 'read + restore + structure (interleaved with the row above)' });
      ratios[`${kind.name}-no-write`] = restored.seconds / Math.max(base.timing.seconds, 1e-9);
    }
    if (timed && kind.restoreAlone) {
      const restoredAlone = timed.timings[2]!;
      rows.push({ step: `galley ${kind.name} restore (read → dashes)`, timing: restoredAlone, note: 'no structure, no JSON write (interleaved with the rows above)' });
      ratios[`${kind.name}-restore`] = restoredAlone.seconds / Math.max(base.timing.seconds, 1e-9);
    }
    rows.push({ step: `baseline: read + split lines`, timing: base.timing });
    ratios[kind.name] = galley.timing.seconds / Math.max(base.timing.seconds, 1e-9);
    const stepped = await stepTimes(files);
    steps[kind.name] = stepped.steps;
    pdfSplitResult ??= stepped.pdfSplit;
  }
  const after = peakRssMiB();
  if (!pdftotext) skipped.push('pdftotext -raw: pdftotext not installed (apt-get install poppler-utils)');
  else {
    const pdfs = filesOf({ name: 'pdf', files: ['page.pdf'] }, corpora);
    if (pdfs.length === 0) skipped.push('pdftotext -raw: no page.pdf in the corpora');
    else {
      const t = await timeEach(batchOf(pdfs, pdftotextPages), pdftotextRaw);
      rows.push({ step: 'baseline: pdftotext -raw (PDF)', timing: t.timing, note: 'one process per page', wallOnly: true });
      const text = rows.find((r) => r.step === 'galley text pipeline');
      if (text) ratios['pdftotext'] = text.timing.pagesPerSecond / Math.max(t.timing.pagesPerSecond, 1e-9);
      const textNoWrite = rows.find((r) => r.step === 'galley text, no JSON write');
      if (textNoWrite) ratios['pdftotext-no-write'] = textNoWrite.timing.pagesPerSecond / Math.max(t.timing.pagesPerSecond, 1e-9);
    }
  }
  const memoryPdfs = filesOf({ name: 'pdf', files: ['page.pdf'] }, corpora);
  const memory = memoryPdfs.length > 0 ? await pdfMemory(memoryPdfs, memoryPages) : undefined;
  if (!memory) skipped.push('PDF memory: no page.pdf in the corpora');
  return {
    node: process.version,
    steps,
    ...(pdfSplitResult ? { pdfSplit: pdfSplitResult } : {}),
    corpora,
    rows,
    ratios,
    peakRssMiB: { beforePipeline: before, afterPipeline: after, sampledDuringPipeline: sampled },
    ...(memory ? { pdfMemory: memory } : {}),
    skipped,
  };
}

function table(r: Report): string {
  const head = `${'step'.padEnd(36)}${'pages'.padStart(7)}${'seconds'.padStart(9)}${'pages/s'.padStart(10)}${'CPU p/s'.padStart(9)}${'MB/s'.padStart(8)}${'p50 ms'.padStart(8)}${'p95 ms'.padStart(8)}  note`;
  const lines = [`Galley speed benchmark — node ${r.node}, one core, in-process`, head, '-'.repeat(head.length)];
  for (const row of r.rows) {
    const t = row.timing;
    lines.push(
      `${row.step.padEnd(36)}${String(t.pages).padStart(7)}${t.seconds.toFixed(2).padStart(9)}${t.pagesPerSecond.toFixed(1).padStart(10)}${(row.wallOnly ? '-' : t.pagesPerCpuSecond.toFixed(1)).padStart(9)}` +
        `${t.mbPerSecond.toFixed(2).padStart(8)}${t.p50.toFixed(2).padStart(8)}${t.p95.toFixed(2).padStart(8)}  ${row.note ?? ''}`,
    );
  }
  lines.push('');
  for (const [kind, ratio] of Object.entries(r.ratios)) {
    if (kind === 'pdftotext') lines.push(`galley text pipeline vs pdftotext -raw: ${ratio.toFixed(2)}× the pages per second`);
    else if (kind === 'pdf-vs-pdftotext') lines.push(`galley pdf pipeline (PDF → articles) vs pdftotext -raw (PDF → text), same PDFs in turn: ${ratio.toFixed(2)}× the time (issue 4: at most 3×)`);
    else if (kind === 'pdftotext-no-write') lines.push(`galley text read + restore + structure (no JSON write) vs pdftotext -raw: ${ratio.toFixed(2)}× the pages per second`);
    else if (kind.endsWith('-restore')) lines.push(`galley ${kind.slice(0, -'-restore'.length)} restore alone (read → dashes) vs read + split lines: ${ratio.toFixed(1)}× the time`);
    else if (kind.endsWith('-no-write')) lines.push(`galley ${kind.slice(0, -'-no-write'.length)} read + restore + structure (no JSON write) vs read + split lines: ${ratio.toFixed(1)}× the time`);
    else lines.push(`galley ${kind} pipeline vs read + split lines: ${ratio.toFixed(1)}× the time`);
  }
  for (const [kind, times] of Object.entries(r.steps)) {
    const all = Object.values(times).reduce((a, b) => a + b, 0);
    const parts = Object.entries(times).map(([k, ms]) => `${k} ${ms.toFixed(2)}`);
    lines.push(`${kind}: ms per page by step (one pass over the distinct files, ${all.toFixed(1)} ms in all): ${parts.join(', ')}`);
  }
  if (r.pdfSplit) {
    const { read, pdfjs, layout } = r.pdfSplit;
    const f = (x: { wall: number; cpu: number }): string => `${x.wall.toFixed(1)} ms (CPU ${x.cpu.toFixed(1)})`;
    lines.push(`pdf read, ms per page (one pass, wall; CPU of all threads): ${f(read)} = pdf.js in its worker ${f(pdfjs)} + Galley's layout and page model ${f(layout)}`);
  }
  const m = r.peakRssMiB;
  lines.push(`peak RSS: ${m.afterPipeline.toFixed(0)} MiB (maxRSS; ${m.beforePipeline.toFixed(0)} MiB before the pipeline ran; sampled during it: ${m.sampledDuringPipeline.toFixed(0)} MiB)`);
  if (r.pdfMemory) {
    const p = r.pdfMemory;
    const at = p.samples.map((s) => `${s.at} ${s.rssMiB.toFixed(0)} / ${s.heapUsedMiB.toFixed(0)}`).join(', ');
    lines.push(
      `${p.pages}-page PDF memory (the corpus PDFs merged, its own process), RSS / heap MiB${p.collected ? ' (heap after a full collection)' : ''}: ${at}; ` +
        `${p.seconds.toFixed(1)} s, ${(p.pages / p.seconds).toFixed(1)} pages/s (CPU ${(p.pages / p.cpuSeconds).toFixed(1)} p/s)`,
    );
  }
  for (const s of r.skipped) lines.push(`skipped: ${s}`);
  return lines.join('\n');
}

async function mainSpeed(): Promise<number> {
  const parsed = parseOptions('bench', USAGE, {
    pages: { type: 'string', default: String(DEFAULT_PAGES) },
    corpus: { type: 'string', multiple: true },
    'pdftotext-pages': { type: 'string', default: String(DEFAULT_PDFTOTEXT_PAGES) },
    'memory-pages': { type: 'string', default: String(DEFAULT_MEMORY_PAGES) },
    json: { type: 'boolean', default: false },
  });
  if ('exit' in parsed) return parsed.exit;
  const { values } = parsed;
  const pages = Number(values.pages);
  const pdftotextPages = Number(values['pdftotext-pages']);
  const memoryPages = Number(values['memory-pages']);
  if ([pages, pdftotextPages, memoryPages].some((n) => !Number.isInteger(n) || n < 1)) {
    process.stderr.write('bench: --pages, --pdftotext-pages and --memory-pages take a positive whole number\n');
    return 2;
  }
  const corpora = values.corpus ?? defaultCorpora();
  if (corpora.length === 0) {
    process.stderr.write('bench: no corpus found (../shared/corpus/dev); give --corpus DIR\n');
    return 2;
  }
  const report = await run(pages, corpora, pdftotextPages, memoryPages);
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 1)}\n` : `${table(report)}\n`);
  if (lineSink < 0 || outputSink < 0 || blockSink < 0 || restoredSink < 0) process.stdout.write('\n'); // never: keeps the sinks observable
  return 0;
}

process.exitCode = await mainSpeed();
