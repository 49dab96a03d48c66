/**
 * Scanned page images (PNG, JPEG, TIFF) through OCR: tesseract.js (Apache-2.0)
 * with the English model from the `@tesseract.js-data/eng` package — nothing is
 * downloaded at run time (the model folder is passed as `langPath`, and the
 * cache is off so nothing is written either). Tesseract's hOCR output is read
 * by the hOCR reader, so images land in the same page model as hOCR files.
 * Loaded only when an image is given (dynamic import from ../index.ts).
 */
import { createRequire } from 'node:module';
import { GalleyError } from '../../errors.js';
import type { GalleyDocument } from '../../model/types.js';
import { readHocr } from '../hocr/index.js';

const require = createRequire(import.meta.url);

export interface ImageReaderOptions {
  /** Called with OCR progress, 0..1, while a page is recognised. */
  onProgress?: (fraction: number, status: string) => void;
}

/** OCR one page image into the page model. */
export async function readImage(bytes: Uint8Array, name: string, options: ImageReaderOptions = {}): Promise<GalleyDocument> {
  const { createWorker } = (await import('tesseract.js')) as typeof import('tesseract.js');
  const eng = require('@tesseract.js-data/eng') as { langPath: string; gzip: boolean };
  let worker: Awaited<ReturnType<typeof createWorker>> | undefined;
  try {
    worker = await createWorker('eng', 1, {
      langPath: eng.langPath,
      gzip: eng.gzip,
      cacheMethod: 'none',
      logger: (m: { status: string; progress: number }) => options.onProgress?.(m.progress, m.status),
      errorHandler: () => {},
    });
    const { data } = await worker.recognize(Buffer.from(bytes), {}, { hocr: true, text: false, blocks: false });
    if (!data.hocr) throw new GalleyError('malformed', name, 'OCR produced no output');
    const doc = readHocr(new TextEncoder().encode(data.hocr), name);
    doc.format = 'image';
    doc.messages.unshift({
      rule: 'reader/ocr',
      severity: 'info',
      text: 'text recognised by Tesseract (tesseract.js, English model); OCR errors are possible',
      source: { page: 1 },
    });
    return doc;
  } catch (e) {
    if (e instanceof GalleyError) throw e;
    throw new GalleyError('malformed', name, `the image could not be read: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    await worker?.terminate();
  }
}
