/**
 * The PDF worker thread: opens one document with pdf.js (worker-less inside
 * this thread) and answers page requests one at a time with raw pages
 * (glyphs and graphic boxes, see ./protocol.ts). Each page's resources are
 * released (`page.cleanup()`) before the answer is sent, and pdf.js's
 * document-wide caches (parsed fonts above all) once the fonts loaded since
 * they were last emptied pass the number the host gives (`maxCachedFonts`,
 * host.ts MAX_CACHED_FONTS). Running pdf.js here
 * keeps its global polyfills off the caller's thread and lets the host stop a
 * page that takes too long by ending this thread.
 */
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { documentOptions, loadPdfJs, type PdfJs } from './pdfjs.js';
import { interpret } from './operators.js';
import type { PdfJsFontLike } from './fonts.js';
import type { HostMessage, OpenFailure, RawPage, WorkerMessage } from './protocol.js';

type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

const port = parentPort;
if (!port) throw new Error('readers/pdf/worker.ts must run in a worker thread');

let pdfjs: PdfJs | null = null;
let doc: PdfDocument | null = null;
/** The fonts (pdf.js's loaded names) pages have used since pdf.js's caches were last emptied, and how many it may hold. */
const fontsLoaded = new Set<string>();
let maxCachedFonts = Infinity;

const send = (m: WorkerMessage, transfer: ArrayBuffer[] = []): void => port.postMessage(m, transfer);

port.on('message', (m: HostMessage) => {
  void handle(m);
});

async function handle(m: HostMessage): Promise<void> {
  switch (m.type) {
    case 'open':
      fontsLoaded.clear();
      maxCachedFonts = m.maxCachedFonts;
      return open(m.bytes, m.password);
    case 'page':
      return page(m.number);
    case 'close':
      await doc?.destroy().catch(() => undefined);
      doc = null;
      send({ type: 'closed' });
      return;
  }
}

async function open(bytes: Uint8Array, password?: string): Promise<void> {
  try {
    pdfjs ??= await loadPdfJs();
    doc = await pdfjs.getDocument(documentOptions(bytes, password)).promise;
    const meta = await doc.getMetadata().catch(() => null);
    const info = (meta?.info ?? {}) as { EncryptFilterName?: string | null };
    send({ type: 'opened', pages: doc.numPages, encrypted: Boolean(info.EncryptFilterName) });
  } catch (e) {
    send({ type: 'open-failed', failure: openFailure(e), message: errorText(e) });
  }
}

/** pdf.js's exception names and password codes (1 = a password is needed, 2 = the one given is wrong). */
function openFailure(e: unknown): OpenFailure {
  const err = e as { name?: string; code?: number };
  if (err?.name === 'PasswordException') return err.code === 2 ? 'incorrect-password' : 'password';
  if (err?.name === 'InvalidPDFException' || err?.name === 'FormatError') return 'invalid';
  return 'other';
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

async function page(number: number): Promise<void> {
  if (!doc || !pdfjs) {
    send({ type: 'page-failed', number, message: 'the document is not open' });
    return;
  }
  let proxy: Awaited<ReturnType<PdfDocument['getPage']>> | null = null;
  try {
    proxy = await doc.getPage(number);
    const viewport = proxy.getViewport({ scale: 1 });
    const ops = await proxy.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
    const objs = proxy.commonObjs;
    const result = interpret(pdfjs.OPS as unknown as Record<string, number>, {
      fnArray: ops.fnArray,
      argsArray: ops.argsArray,
      viewport: viewport.transform,
      width: viewport.width,
      height: viewport.height,
      font: (name) => {
        fontsLoaded.add(name);
        return objs.has(name) ? (objs.get(name) as PdfJsFontLike) : null;
      },
    });
    const raw: RawPage = { number, width: viewport.width, height: viewport.height, ...result };
    proxy.cleanup();
    proxy = null;
    const cachesEmptied = await emptyCaches(doc);
    const heap = getHeapStatistics();
    // Parsed fonts and streams live in ArrayBuffers: external memory counts as much as the heap.
    send({ type: 'page', page: raw, heapUsed: heap.used_heap_size + heap.external_memory, cachesEmptied }, [raw.glyphs.data.buffer as ArrayBuffer, raw.glyphs.ends.buffer as ArrayBuffer]);
  } catch (e) {
    send({ type: 'page-failed', number, message: errorText(e) });
  } finally {
    proxy?.cleanup();
  }
}

/**
 * `page.cleanup()` frees a page's operator list, not what pdf.js keeps for the whole document:
 * every font it has parsed (its font cache, and the API side's `commonObjs`), colour spaces,
 * CMaps. Once the pages read have used more than `maxCachedFonts` fonts since the last time,
 * `doc.cleanup()` empties those caches (before the answer is sent: no page is in flight). Fonts a
 * later page shares are parsed again; output does not change. True when the caches were emptied.
 * Should pdf.js refuse (it does while a page renders, which never happens here), the host's
 * WORKER_RECYCLE_HEAP_MB still bounds the memory.
 */
async function emptyCaches(d: PdfDocument): Promise<boolean> {
  if (fontsLoaded.size <= maxCachedFonts) return false;
  fontsLoaded.clear();
  try {
    await d.cleanup();
    return true;
  } catch {
    return false;
  }
}
