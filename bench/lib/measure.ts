/** Timing and memory helpers of the speed benchmark. */

export interface Timing {
  pages: number;
  bytes: number;
  seconds: number;
  pagesPerSecond: number;
  /**
   * CPU time of this process over the batch (user + system, all threads), and the pages per CPU
   * second: steadier than wall time on a shared machine, where other processes take turns on the core.
   */
  cpuSeconds: number;
  pagesPerCpuSecond: number;
  mbPerSecond: number;
  /** Per-page latency, milliseconds. */
  p50: number;
  p95: number;
}

/** Peak resident set size of the process so far, MiB (from the kernel's maxRSS). */
export function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

export function currentRssMiB(): number {
  return process.memoryUsage().rss / (1024 * 1024);
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

export function summarise(latenciesMs: number[], bytes: number, totalMs: number, cpuMs = totalMs): Timing {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  const seconds = totalMs / 1000;
  const cpuSeconds = cpuMs / 1000;
  return {
    pages: latenciesMs.length,
    bytes,
    seconds,
    pagesPerSecond: seconds > 0 ? latenciesMs.length / seconds : 0,
    cpuSeconds,
    pagesPerCpuSecond: cpuSeconds > 0 ? latenciesMs.length / cpuSeconds : 0,
    mbPerSecond: seconds > 0 ? bytes / (1024 * 1024) / seconds : 0,
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
  };
}

/** Time `work` once per item, sequentially; `work` returns the bytes it consumed. Samples RSS every `sampleEvery` items. */
export async function timeEach<T>(items: readonly T[], work: (item: T) => number | Promise<number>, sampleEvery = 25): Promise<{ timing: Timing; peakSampledRssMiB: number }> {
  const latencies: number[] = [];
  let bytes = 0;
  let peak = currentRssMiB();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < items.length; i++) {
    const s = performance.now();
    bytes += await work(items[i]!);
    latencies.push(performance.now() - s);
    if (i % sampleEvery === 0) peak = Math.max(peak, currentRssMiB());
  }
  const total = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  peak = Math.max(peak, currentRssMiB());
  return { timing: summarise(latencies, bytes, total, (cpu.user + cpu.system) / 1000), peakSampledRssMiB: peak };
}

/**
 * Time several kinds of `work` on the same items, interleaved: for each item every work runs once,
 * the first in turn rotating, so that warm-up, garbage collection and the load of a shared machine
 * fall on all of them alike (timed one batch after the other, the later batch ran faster).
 * Latencies and CPU time are summed per call; RSS is sampled as in `timeEach`.
 */
export async function timeInterleaved<T>(
  items: readonly T[],
  works: ReadonlyArray<(item: T) => number | Promise<number>>,
  sampleEvery = 25,
): Promise<{ timings: Timing[]; peakSampledRssMiB: number }> {
  const latencies: number[][] = works.map(() => []);
  const cpuMs = works.map(() => 0);
  const bytes = works.map(() => 0);
  let peak = currentRssMiB();
  for (let i = 0; i < items.length; i++) {
    for (let k = 0; k < works.length; k++) {
      const w = (i + k) % works.length;
      const c = process.cpuUsage();
      const s = performance.now();
      bytes[w] = bytes[w]! + (await works[w]!(items[i]!));
      latencies[w]!.push(performance.now() - s);
      const used = process.cpuUsage(c);
      cpuMs[w] = cpuMs[w]! + (used.user + used.system) / 1000;
    }
    if (i % sampleEvery === 0) peak = Math.max(peak, currentRssMiB());
  }
  peak = Math.max(peak, currentRssMiB());
  const timings = works.map((_, w) => summarise(latencies[w]!, bytes[w]!, latencies[w]!.reduce((a, b) => a + b, 0), cpuMs[w]));
  return { timings, peakSampledRssMiB: peak };
}
