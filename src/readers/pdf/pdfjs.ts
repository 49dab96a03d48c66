/**
 * Loading pdf.js (pdfjs-dist 5, legacy build: the one that runs on Node 20)
 * inside the PDF worker thread, set up for text and geometry extraction only.
 * This module runs in ./worker.ts, never on the caller's thread, so the
 * global changes below stay inside that worker.
 *
 * Speed (measured on a 60-page PDF made of the dev corpus pages, operator
 * lists only): 5.4 s wall as pdf.js comes, 2.3–2.5 s with the first two fixes here.
 * - The legacy build's core-js polyfills replace `Array.prototype.push`,
 *   `JSON.parse` and `JSON.stringify` on Node 20 (a V8 length-check bug, and
 *   JSON source-text access); the native ones are put back once both pdf.js
 *   modules are loaded. pdf.js relies on neither corner case.
 * - pdf.js inflates Flate streams through `DecompressionStream`, which on
 *   Node runs each stream through the libuv thread pool (≈1 s of idle waiting
 *   on that file). A synchronous zlib-backed `DecompressionStream` is installed
 *   in this worker instead; on any zlib error it fails, and pdf.js then falls
 *   back to its own (tolerant) inflater, as it does when the native one fails.
 * - With `disableFontFace` (the Node default) pdf.js compiles an outline path
 *   for every glyph it meets, for canvas rendering we never do. A font-face
 *   stub (a `FontFace` that loads at once, and a document whose `fonts` set
 *   accepts it) lets pdf.js believe the fonts are installed, which skips the
 *   outlines: another 10–20 % (4.4–4.8 s → 3.8–3.9 s of CPU on that file).
 * - The synchronous `DecompressionStream` is a bare object with just what
 *   pdf.js calls (`getWriter().write/close`, `for await` over `readable`):
 *   Node's web streams machinery cost ≈ 6 ms a page (profile of the 30
 *   corpus PDFs read three times).
 * - pdf.js's API side and its "fake worker" side talk through a
 *   `LoopbackPort` that `structuredClone`s every message, fonts' file data
 *   and operator-list chunks included: ≈ 10 ms a page and much of the
 *   garbage. Both sides are in this one thread, so `structuredClone` is
 *   replaced here by inThreadClone: arrays and plain objects are copied
 *   (pdf.js empties an operator-list chunk's arrays right after sending
 *   them), anything else (typed arrays, buffers, class instances such as
 *   glyphs) is passed as is: nothing in this thread writes to them after
 *   sending. Of an operator-list chunk only the two arrays are copied, not
 *   the arguments inside them (isOperatorListChunk).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { brotliDecompressSync, inflateRawSync, inflateSync, gunzipSync } from 'node:zlib';

export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loaded: Promise<PdfJs> | null = null;

/** Import pdf.js once per worker. */
export function loadPdfJs(): Promise<PdfJs> {
  loaded ??= importPdfJs();
  return loaded;
}

async function importPdfJs(): Promise<PdfJs> {
  const nativePush = Array.prototype.push;
  const nativeParse = JSON.parse;
  const nativeStringify = JSON.stringify;
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // Load the worker module here so that pdf.js's in-thread "fake worker" finds
  // it already evaluated (and its polyfills already applied) before we restore.
  const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  Array.prototype.push = nativePush;
  JSON.parse = nativeParse;
  JSON.stringify = nativeStringify;
  (globalThis as { DecompressionStream?: unknown }).DecompressionStream = SyncDecompressionStream;
  (globalThis as { structuredClone?: unknown }).structuredClone = inThreadClone;
  (globalThis as { FontFace?: unknown }).FontFace = LoadedFontFace;
  return pdfjs;
}

/** A `FontFace` that is loaded as soon as it is made (nothing is ever drawn with it). */
class LoadedFontFace {
  readonly loaded: Promise<LoadedFontFace>;
  constructor(readonly family: string) {
    this.loaded = Promise.resolve(this);
  }
}

/** The document pdf.js's font loader adds font faces to: accepts and forgets them. */
const FONT_SINK = { fonts: { add: (): void => undefined, delete: (): void => undefined } };

/** Folders of data files shipped with pdfjs-dist: nothing is fetched from the network. */
function packageFolder(sub: string): string {
  const require = createRequire(import.meta.url);
  return `${join(dirname(require.resolve('pdfjs-dist/package.json')), sub)}/`;
}

/** `getDocument` options for extraction: no rendering, no fonts loaded for display, no images decoded. */
export function documentOptions(data: Uint8Array, password?: string): Record<string, unknown> {
  return {
    data,
    ...(password !== undefined ? { password } : {}),
    // Fonts are parsed for widths and Unicode only; nothing is rendered. "Installed" into FONT_SINK
    // (see above) so that pdf.js does not build glyph outlines for a canvas.
    disableFontFace: false,
    ownerDocument: FONT_SINK,
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
    // Images are never decoded: their placement is found from the operator
    // list (./operators.ts); decoding a 300 dpi scan costs pdf.js ≈2 s a page.
    maxImageSize: 0,
    standardFontDataUrl: packageFolder('standard_fonts'),
    cMapUrl: packageFolder('cmaps'),
    cMapPacked: true,
    wasmUrl: packageFolder('wasm'),
    iccUrl: packageFolder('iccs'),
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    disableAutoFetch: true,
    disableStream: true,
  };
}

type Inflate = (buffer: Buffer) => Buffer;

const INFLATERS: Readonly<Record<string, Inflate>> = {
  deflate: (b) => inflateSync(b),
  'deflate-raw': (b) => inflateRawSync(b),
  gzip: (b) => gunzipSync(b),
  brotli: (b) => brotliDecompressSync(b),
};

/**
 * A `DecompressionStream` as pdf.js uses it (`asyncGetBytesFromDecompressionStream`): the writer
 * collects the input, `close()` inflates it in one synchronous zlib call, and `readable` yields the
 * result once (or throws the zlib error: pdf.js then falls back to its own inflater).
 */
class SyncDecompressionStream {
  readonly readable: AsyncIterable<Uint8Array>;
  readonly writable: { getWriter(): { ready: Promise<void>; write(chunk: BufferSource): Promise<void>; close(): Promise<void> } };

  constructor(format: string) {
    const inflate = INFLATERS[format];
    if (!inflate) throw new TypeError(`Unsupported compression format: ${format}`);
    const chunks: Buffer[] = [];
    let settle: { resolve: (b: Uint8Array) => void; reject: (e: unknown) => void } | null = null;
    const result = new Promise<Uint8Array>((resolve, reject) => {
      settle = { resolve, reject };
    });
    const done = Promise.resolve();
    const writer = {
      ready: done,
      write(chunk: BufferSource): Promise<void> {
        chunks.push(toBuffer(chunk));
        return done;
      },
      close(): Promise<void> {
        try {
          const out = inflate(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
          settle!.resolve(new Uint8Array(out.buffer, out.byteOffset, out.byteLength));
        } catch (e) {
          settle!.reject(e);
        }
        return done;
      },
    };
    this.writable = { getWriter: () => writer };
    this.readable = {
      async *[Symbol.asyncIterator](): AsyncGenerator<Uint8Array> {
        yield await result;
      },
    };
  }
}

/**
 * `structuredClone` for messages that stay in this thread (see the header): arrays, plain objects,
 * Maps and Sets are copied (shared and cyclic references kept as such), everything else is shared.
 * `transfer` needs nothing: the receiver gets the very buffer.
 */
export function inThreadClone<T>(value: T): T {
  return copy(value, new Map()) as T;
}

function copy(value: unknown, seen: Map<object, unknown>): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const done = seen.get(value);
  if (done !== undefined) return done;
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length);
    seen.set(value, out);
    for (let i = 0; i < value.length; i++) out[i] = copy(value[i], seen);
    return out;
  }
  if (value instanceof Map) {
    const out = new Map();
    seen.set(value, out);
    for (const [k, v] of value) out.set(copy(k, seen), copy(v, seen));
    return out;
  }
  if (value instanceof Set) {
    const out = new Set();
    seen.set(value, out);
    for (const v of value) out.add(copy(v, seen));
    return out;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  if (isOperatorListChunk(value)) {
    const out = { ...value, fnArray: value.fnArray.slice(), argsArray: value.argsArray.slice() };
    seen.set(value, out);
    return out;
  }
  const out: Record<string, unknown> = {};
  seen.set(value, out);
  for (const k of Object.keys(value)) {
    const v = copy((value as Record<string, unknown>)[k], seen);
    if (k === '__proto__') Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
    else out[k] = v;
  }
  return out;
}

/**
 * A chunk of an operator list (`OperatorList.flush`, or a Type 3 glyph's list): pdf.js empties
 * its two arrays once sent, and never writes to the operators' arguments after that, so the two
 * arrays are copied and the arguments shared (a page's text shows, glyph arrays and all, were
 * copied one by one: ≈ 2 ms a page).
 */
function isOperatorListChunk(v: object): v is { fnArray: unknown[]; argsArray: unknown[] } {
  const c = v as { fnArray?: unknown; argsArray?: unknown };
  return Array.isArray(c.fnArray) && Array.isArray(c.argsArray);
}

function toBuffer(chunk: BufferSource): Buffer {
  if (ArrayBuffer.isView(chunk)) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(chunk);
}
