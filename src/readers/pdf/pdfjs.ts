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
 * A `DecompressionStream` that collects its input and inflates it in one
 * synchronous zlib call when the writer closes. Same formats and the same
 * stream interface as the web one.
 */
class SyncDecompressionStream {
  readonly readable: ReadableStream<Uint8Array>;
  readonly writable: WritableStream<BufferSource>;

  constructor(format: string) {
    const inflate = INFLATERS[format];
    if (!inflate) throw new TypeError(`Unsupported compression format: ${format}`);
    const chunks: Buffer[] = [];
    const stream = new TransformStream<BufferSource, Uint8Array>({
      transform(chunk) {
        chunks.push(toBuffer(chunk));
      },
      flush(controller) {
        controller.enqueue(new Uint8Array(inflate(Buffer.concat(chunks))));
      },
    });
    this.readable = stream.readable;
    this.writable = stream.writable;
  }
}

function toBuffer(chunk: BufferSource): Buffer {
  if (ArrayBuffer.isView(chunk)) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(chunk);
}
