/**
 * The PDF memory row of `npm run bench` (issue 4: "memory flat across a 200-page document"). Run by
 * bench/speed.ts in a process of its own, so that its figures are this one document's:
 *
 *   node --expose-gc dist/bench/pdf-memory.js --pdf FILE [--at 20,100,200]
 *
 * Runs the whole pipeline on FILE (the PDF reader, the default transforms, the JSON writer: what
 * `restoreAsync` + `writeJson` do, with the reader's page callback to sample on) and prints, as JSON,
 * the process's RSS and this thread's heap after a full garbage collection, after each page of
 * --at, after the transforms and after the JSON write; and the run's wall and CPU time (the samples'
 * collections included). pdf.js's worker thread counts in the RSS only.
 */
import { readFileSync } from 'node:fs';
import { defaultTransforms } from '../src/pipeline.js';
import { readPdf } from '../src/readers/pdf/index.js';
import { writeJson } from '../src/writers/index.js';
import { parseOptions } from './lib/args.js';

const USAGE = 'usage: node dist/bench/pdf-memory.js --pdf FILE [--at 20,100,200]   (with node --expose-gc: heap after a full collection)';

export interface MemorySample {
  /** `page N`, `transforms`, `json`. */
  at: string;
  rssMiB: number;
  heapUsedMiB: number;
}

export interface MemoryReport {
  pages: number;
  samples: MemorySample[];
  seconds: number;
  cpuSeconds: number;
  /** False when run without --expose-gc: heap figures then include garbage. */
  collected: boolean;
}

function sample(at: string): MemorySample {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return { at, rssMiB: m.rss / 1048576, heapUsedMiB: m.heapUsed / 1048576 };
}

async function main(): Promise<number> {
  const parsed = parseOptions('pdf-memory', USAGE, { pdf: { type: 'string' }, at: { type: 'string', default: '20,100,200' } });
  if ('exit' in parsed) return parsed.exit;
  const file = parsed.values.pdf;
  const at = new Set(parsed.values.at.split(',').map(Number));
  if (!file || [...at].some((n) => !Number.isInteger(n) || n < 1)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const bytes = readFileSync(file);
  const samples: MemorySample[] = [];
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let pages = 0;
  const doc = await readPdf(bytes, file, {
    onPage: (n) => {
      pages = n;
      if (at.has(n)) samples.push(sample(`page ${n}`));
    },
  });
  for (const step of defaultTransforms()) step.run(doc);
  samples.push(sample('transforms'));
  const json = writeJson(doc);
  samples.push(sample('json'));
  const cpu = process.cpuUsage(cpu0);
  const report: MemoryReport = {
    pages,
    samples,
    seconds: (performance.now() - t0) / 1000,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    collected: typeof (globalThis as { gc?: unknown }).gc === 'function',
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
  return json.length > 0 ? 0 : 1;
}

process.exitCode = await main();
