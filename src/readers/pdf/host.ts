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
 * pdf.js keeps every object it has parsed (fonts, resources) for the whole
 * document, so its heap grows with the pages read. Past this many MB the
 * worker is ended after the page and a new one reopens the document for the
 * next: memory stays flat over long documents, at the price of parsing shared
 * fonts again (200 dev pages: heap 40–80 MB a page run, one restart per ~60 pages).
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
}

/** One open document in a worker thread. Always `close()` it. */
export class PdfHost {
  private worker: Worker | null = null;
  private waiter: { resolve: (m: WorkerMessage) => void; reject: (e: Error) => void } | null = null;
  private readonly pageLimit: number;
  private readonly openLimit: number;
  private readonly recycleBytes: number;
  /** How many times the worker was ended to free pdf.js's memory. */
  recycled = 0;

  private constructor(
    private readonly bytes: Uint8Array,
    private readonly options: PdfHostOptions,
  ) {
    this.pageLimit = options.pageTimeLimitMs ?? PAGE_TIME_LIMIT_MS;
    this.openLimit = options.openTimeLimitMs ?? OPEN_TIME_LIMIT_MS;
    this.recycleBytes = (options.recycleHeapMb ?? WORKER_RECYCLE_HEAP_MB) * 1024 * 1024;
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
        if (reply.heapUsed > this.recycleBytes) {
          this.recycled++;
          await this.close();
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

  async close(): Promise<void> {
    if (this.worker) {
      try {
        await this.request({ type: 'close' }, 5_000);
      } catch {
        // ending the thread below is enough
      }
    }
    await this.stopWorker();
  }

  private async start(): Promise<OpenOutcome> {
    this.worker = spawnWorker();
    this.worker.on('message', (m: WorkerMessage) => this.settle((w) => w.resolve(m)));
    this.worker.on('error', (e: Error) => this.settle((w) => w.reject(e)));
    this.worker.on('exit', (code) => this.settle((w) => w.reject(new Error(`the PDF worker stopped (exit code ${code})`))));
    let reply: WorkerMessage;
    try {
      reply = await this.request({ type: 'open', bytes: this.bytes, ...(this.options.password !== undefined ? { password: this.options.password } : {}) }, this.openLimit);
    } catch (e) {
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
        this.waiter = null;
        reject(new TimeoutError(`no answer within ${limitMs / 1000} s`));
      }, limitMs);
      this.waiter = {
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m);
        },
        reject: (e) => {
          clearTimeout(timer);
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
      w.removeAllListeners();
      w.on('error', () => undefined);
      await w.terminate();
    }
  }
}

class TimeoutError extends Error {}

/** The worker runs the compiled worker.js; from TypeScript sources (tsx), the .ts file through tsx's loader. */
function spawnWorker(): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const url = new URL(fromSource ? './worker.ts' : './worker.js', import.meta.url);
  const resourceLimits = { maxOldGenerationSizeMb: WORKER_HEAP_LIMIT_MB };
  if (!fromSource) return new Worker(url, { resourceLimits });
  const boot = `import('tsx/esm/api').then((api) => { api.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(boot, { eval: true, resourceLimits });
}
