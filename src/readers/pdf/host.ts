/**
 * The caller's side of the PDF worker (./worker.ts): open a document, ask for
 * one page at a time, and enforce the time limits. pdf.js works through long
 * chains of promise callbacks, during which no timer of the thread running it
 * fires; running it in its own thread is what makes a per-page time limit
 * (and "never a hang") possible: a page over the limit ends the worker, a new
 * one reopens the document and carries on with the next page.
 */
import { Worker } from 'node:worker_threads';
import type { HostMessage, OpenFailure, RawPage, WorkerMessage } from './protocol.js';

/** Time one page may take (parse + operator list). The 40-page dev PDFs need < 0.1 s a page; 20 s is a broken page. */
export const PAGE_TIME_LIMIT_MS = 20_000;
/** Time to open a document (xref, trailer, page tree; a damaged xref is rebuilt by scanning the file). */
export const OPEN_TIME_LIMIT_MS = 60_000;
/** Heap of the worker thread. A page that needs more (a pathological content stream) fails alone. */
export const WORKER_HEAP_LIMIT_MB = 2048;
/**
 * Memory reading one page may add to the process. The heap
 * limit above does not cover ArrayBuffers, where pdf.js inflates streams: a
 * 2 MB PDF whose content stream inflates to 2 GB of spaces took the process to
 * 6.3 GB. Corpus pages add under 100 MB and a 76 MB content stream of 1.5
 * million text shows about 700 MB; a page past this limit is stopped and
 * skipped like one over the time limit, and the worker's memory is freed.
 */
export const REQUEST_MEMORY_LIMIT_MB = 1536;
/** How often the memory of a running request is checked. Inflating grows by at most a few hundred MB in this time. */
export const MEMORY_POLL_MS = 50;

/**
 * pdf.js keeps every font it has parsed for the whole document (`page.cleanup()` does not free
 * them), about 70 KB a font on the corpus pages. A document merged from separate files brings new
 * fonts with every page: 200 pages of the 30 corpus PDFs (1,257 fonts) took the worker's heap +
 * external memory, after garbage collection, from 50 MB at page 20 to 131 MB at page 200
 * (WORKER_RECYCLE_HEAP_MB never fired). So once the pages have used more than this many fonts
 * since the last time, the worker empties pdf.js's document caches (worker.ts emptyCaches): then
 * 50 → 66 MB, and process RSS at page 200 413 → 340 MB (both with the worker's garbage collected
 * after each page). Emptying them more often costs CPU when pages share their fonts, which are
 * parsed again: the same 30 pages repeated to 200 with shared fonts (192 of them) took ≈ 5 s more
 * CPU emptied after every page. A document made as one file shares its fonts across pages (each
 * counts once) and is not emptied unless it uses more than 256; pages merged from separate files
 * are emptied every ~40 pages (≈ 18 MB of fonts at most).
 */
export const MAX_CACHED_FONTS = 256;

/**
 * What pdf.js keeps besides fonts (parsed objects, page dictionaries: ≈ 40 KB a page on the
 * corpus pages) still grows with the pages read. Past this many MB the
 * worker is ended after the page and a new one reopens the document for the
 * next: memory stays bounded over long documents, at the price of parsing shared
 * fonts again.
 */
export const WORKER_RECYCLE_HEAP_MB = 256;

export type PageOutcome =
  | { ok: true; page: RawPage }
  | { ok: false; number: number; reason: 'failed' | 'timeout' | 'crashed'; message: string };

export interface OpenOutcome {
  pages: number;
  encrypted: boolean;
}

export class OpenError extends Error {
  constructor(
    readonly failure: OpenFailure | 'timeout' | 'crashed',
    message: string,
  ) {
    super(message);
  }
}

export interface PdfHostOptions {
  password?: string;
  pageTimeLimitMs?: number;
  openTimeLimitMs?: number;
  /** Heap (MB) above which the worker is restarted between pages; default WORKER_RECYCLE_HEAP_MB. */
  recycleHeapMb?: number;
  /** Memory (MB) reading one page may add to the process before it is stopped; default REQUEST_MEMORY_LIMIT_MB. */
  memoryLimitMb?: number;
  /** Fonts the pages may load before pdf.js's document caches are emptied; default MAX_CACHED_FONTS (0: after every page that uses a font). */
  maxCachedFonts?: number;
}

/** One open document in a worker thread. Always `close()` it. */
export class PdfHost {
  private worker: Worker | null = null;
  private waiter: { resolve: (m: WorkerMessage) => void; reject: (e: Error) => void } | null = null;
  private readonly pageLimit: number;
  private readonly openLimit: number;
  private readonly recycleBytes: number;
  private readonly memoryLimitMb: number;
  /** How many times the worker was ended to free pdf.js's memory. */
  recycled = 0;
  /** How many times pdf.js's document caches (fonts…) were emptied after a page (MAX_CACHED_FONTS). */
  cachesEmptied = 0;

  private constructor(
    private readonly bytes: Uint8Array,
    private readonly options: PdfHostOptions,
  ) {
    this.pageLimit = options.pageTimeLimitMs ?? PAGE_TIME_LIMIT_MS;
    this.openLimit = options.openTimeLimitMs ?? OPEN_TIME_LIMIT_MS;
    this.recycleBytes = (options.recycleHeapMb ?? WORKER_RECYCLE_HEAP_MB) * 1024 * 1024;
    this.memoryLimitMb = options.memoryLimitMb ?? REQUEST_MEMORY_LIMIT_MB;
  }

  /** Start a worker and open the document; throws OpenError when it cannot be opened. */
  static async open(bytes: Uint8Array, options: PdfHostOptions = {}): Promise<{ host: PdfHost; info: OpenOutcome }> {
    const host = new PdfHost(bytes, options);
    try {
      const info = await host.start();
      return { host, info };
    } catch (e) {
      await host.close();
      throw e;
    }
  }

  /** Read one page (1-based). Never throws: failures, time-outs and crashes are outcomes. */
  async page(number: number): Promise<PageOutcome> {
    try {
      if (!this.worker) await this.start();
      const reply = await this.request({ type: 'page', number }, this.pageLimit);
      if (reply.type === 'page') {
        if (reply.cachesEmptied) this.cachesEmptied++;
        if (reply.heapUsed > this.recycleBytes) {
          this.recycled++;
          await this.close(false);
        }
        return { ok: true, page: reply.page };
      }
      if (reply.type === 'page-failed') return { ok: false, number, reason: 'failed', message: reply.message };
      return { ok: false, number, reason: 'failed', message: `unexpected reply ${reply.type}` };
    } catch (e) {
      const timeout = e instanceof TimeoutError;
      await this.stopWorker();
      return { ok: false, number, reason: timeout ? 'timeout' : 'crashed', message: (e as Error).message };
    }
  }

  /**
   * Close the document. A healthy worker is kept for the next document
   * (`keep`, the default): pdf.js stays loaded and its code compiled, which
   * saves ≈0.4 s a file when many small PDFs are read in one process. The
   * worker is parked at once, closing the document while the caller goes on
   * (restructuring the page it was given); the next document takes it when
   * it has said `closed` (see takeParkedWorker), or a fresh one.
   */
  async close(keep = true): Promise<void> {
    if (keep && this.worker) {
      const w = this.worker;
      this.worker = null;
      this.waiter = null;
      this.detach(w);
      parkWorker(w);
      return;
    }
    if (this.worker) {
      try {
        await this.request({ type: 'close' }, CLOSE_TIME_LIMIT_MS);
      } catch {
        // ending the thread below is enough
      }
    }
    await this.stopWorker();
  }

  private readonly onMessage = (m: WorkerMessage): void => this.settle((w) => w.resolve(m));
  private readonly onError = (e: Error): void => this.settle((w) => w.reject(e));
  private readonly onExit = (code: number): void => this.settle((w) => w.reject(new Error(`the PDF worker stopped (exit code ${code})`)));

  /** Detach this host's listeners (only ours: Node's own listeners on a Worker keep its port working). */
  private detach(w: Worker): void {
    w.off('message', this.onMessage);
    w.off('error', this.onError);
    w.off('exit', this.onExit);
  }

  private async start(): Promise<OpenOutcome> {
    this.worker = (await takeParkedWorker()) ?? spawnWorker();
    this.worker.ref();
    this.worker.on('message', this.onMessage);
    this.worker.on('error', this.onError);
    this.worker.on('exit', this.onExit);
    let reply: WorkerMessage;
    try {
      const maxCachedFonts = this.options.maxCachedFonts ?? MAX_CACHED_FONTS;
      reply = await this.request({ type: 'open', bytes: this.bytes, maxCachedFonts, ...(this.options.password !== undefined ? { password: this.options.password } : {}) }, this.openLimit);
    } catch (e) {
      // the worker is still busy (or dead): end it now rather than wait for it to answer a close
      await this.stopWorker();
      throw new OpenError(e instanceof TimeoutError ? 'timeout' : 'crashed', (e as Error).message);
    }
    if (reply.type === 'open-failed') throw new OpenError(reply.failure, reply.message);
    if (reply.type !== 'opened') throw new OpenError('other', `unexpected reply ${reply.type}`);
    return { pages: reply.pages, encrypted: reply.encrypted };
  }

  private settle(fn: (w: NonNullable<PdfHost['waiter']>) => void): void {
    const w = this.waiter;
    this.waiter = null;
    if (w) fn(w);
  }

  private request(message: HostMessage, limitMs: number): Promise<WorkerMessage> {
    const worker = this.worker;
    if (!worker) return Promise.reject(new Error('the PDF worker is not running'));
    return new Promise<WorkerMessage>((resolve, reject) => {
      const timer = setTimeout(() => {
        clearInterval(watch);
        this.waiter = null;
        reject(new TimeoutError(`no answer within ${limitMs / 1000} s`));
      }, limitMs);
      // Pages only: opening also loads pdf.js into a fresh worker (100–200 MB), which is not the document's doing.
      // (Reading the RSS costs a system call that waits while the worker maps or frees memory: only for pages.)
      const page = message.type === 'page';
      const start = page ? process.memoryUsage.rss() : 0;
      const limitBytes = this.memoryLimitMb * 1024 * 1024;
      const watch = setInterval(() => {
        if (!page || process.memoryUsage.rss() - start <= limitBytes) return;
        clearTimeout(timer);
        clearInterval(watch);
        this.waiter = null;
        reject(new Error(`it needed more than ${this.memoryLimitMb} MB of memory (a compressed stream that inflates without end, or a pathological page)`));
      }, MEMORY_POLL_MS);
      this.waiter = {
        resolve: (m) => {
          clearTimeout(timer);
          clearInterval(watch);
          resolve(m);
        },
        reject: (e) => {
          clearTimeout(timer);
          clearInterval(watch);
          reject(e);
        },
      };
      worker.postMessage(message);
    });
  }

  private async stopWorker(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    this.waiter = null;
    if (w) {
      this.detach(w);
      w.on('error', ignore);
      await w.terminate();
    }
  }
}

class TimeoutError extends Error {}

/** A parked worker is ended after this long unused (it holds pdf.js, ≈100 MB). */
export const PARKED_WORKER_MS = 10_000;
/** A worker that has not closed its document within this time is ended, not reused. */
export const CLOSE_TIME_LIMIT_MS = 5_000;

/** The parked worker; `closed` settles true when it has closed its document, false when it failed to. */
let parked: { worker: Worker; closed: Promise<boolean>; timer: NodeJS.Timeout; onExit: () => void } | null = null;

function ignore(): void {}

/**
 * Keep one idle worker for the next document; it does not keep the process alive. It is asked to
 * close its document now, and is only handed out once it has (takeParkedWorker).
 */
function parkWorker(worker: Worker): void {
  if (parked) {
    worker.on('error', ignore);
    void worker.terminate();
    return;
  }
  const onExit = (): void => {
    if (parked?.worker === worker) parked = null;
  };
  worker.on('error', ignore);
  worker.on('exit', onExit);
  worker.unref();
  const closed = new Promise<boolean>((resolve) => {
    const done = (ok: boolean): void => {
      clearTimeout(limit);
      worker.off('message', onMessage);
      worker.off('exit', onDead);
      resolve(ok);
    };
    const onMessage = (m: WorkerMessage): void => done(m.type === 'closed');
    const onDead = (): void => done(false);
    const limit = setTimeout(() => done(false), CLOSE_TIME_LIMIT_MS);
    limit.unref();
    worker.on('message', onMessage);
    worker.on('exit', onDead);
  });
  worker.postMessage({ type: 'close' } satisfies HostMessage);
  const timer = setTimeout(() => {
    if (parked?.worker === worker) parked = null;
    void worker.terminate();
  }, PARKED_WORKER_MS);
  timer.unref();
  parked = { worker, closed, timer, onExit };
}

/** The parked worker once it has closed its document; null when there is none or it could not close (it is ended). */
async function takeParkedWorker(): Promise<Worker | null> {
  if (!parked) return null;
  const { worker, closed, timer, onExit } = parked;
  parked = null;
  clearTimeout(timer);
  if (!(await closed)) {
    void worker.terminate();
    return null;
  }
  worker.off('error', ignore);
  worker.off('exit', onExit);
  return worker;
}

/** The worker runs the compiled worker.js; from TypeScript sources (tsx), the .ts file through tsx's loader. */
function spawnWorker(): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const url = new URL(fromSource ? './worker.ts' : './worker.js', import.meta.url);
  const resourceLimits = { maxOldGenerationSizeMb: WORKER_HEAP_LIMIT_MB };
  if (!fromSource) return new Worker(url, { resourceLimits });
  // tsx is resolved here, from this package: an eval'd worker would resolve it from the current folder, where it may not be.
  const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((api) => { api.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(boot, { eval: true, resourceLimits });
}
