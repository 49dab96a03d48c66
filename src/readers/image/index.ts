/**
 * Scanned page images (PNG, JPEG, TIFF) through OCR: tesseract.js (Apache-2.0)
 * with the English model from the `@tesseract.js-data/eng` package — nothing is
 * downloaded at run time (the model folder is passed as `langPath`, and the
 * cache is off so nothing is written either). Tesseract's hOCR output is read
 * by the hOCR reader, so images land in the same page model as hOCR files.
 * Loaded only when an image is given (dynamic import from ../index.ts). The
 * file's structure is checked first (./check.ts): a truncated or corrupt file,
 * or one too large to recognise, is a GalleyError naming the file and what is
 * wrong, before any OCR starts.
 */
import { createRequire } from 'node:module';
import { GalleyError } from '../../errors.js';
import type { GalleyDocument } from '../../model/types.js';
import { readHocr } from '../hocr/index.js';
import { checkImage } from './check.js';

const require = createRequire(import.meta.url);

export interface ImageReaderOptions {
  /** Called with OCR progress, 0..1, while a page is recognised. */
  onProgress?: (fraction: number, status: string) => void;
}

/** OCR one page image into the page model. */
export async function readImage(bytes: Uint8Array, name: string, options: ImageReaderOptions = {}): Promise<GalleyDocument> {
  checkImage(bytes, name);
  const { createWorker, PSM } = (await import('tesseract.js')) as typeof import('tesseract.js');
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
    // The Tesseract API's default page segmentation is one uniform block of text (PSM 6), which reads
    // a newspaper's lines straight across its columns; the tesseract command line uses automatic
    // layout analysis (PSM 3, PSM.AUTO), which finds the columns. With PSM 6 the dev pages lost every
    // paragraph (para_f1 .05 on dev001/dev007/dev015); with PSM 3 they score as the command
    // line's own ALTO/hOCR do (.86). Tesseract's diagnostics ("Estimating resolution as 425") go to
    // its debug file, not to the user's terminal.
    await worker.setParameters({ tessedit_pageseg_mode: PSM.AUTO, debug_file: '/dev/null' });
    const { data } = await worker.recognize(Buffer.from(bytes), {}, { hocr: true, text: false, blocks: false });
    if (!data.hocr) throw new GalleyError('malformed', name, 'OCR produced no output');
    let doc: GalleyDocument;
    try {
      doc = readHocr(new TextEncoder().encode(data.hocr), name);
    } catch (e) {
      // the hOCR reader's "no ocrx_word…" is Tesseract's output, not the user's file: say what it means for an image
      if (e instanceof GalleyError && e.code === 'empty') {
        throw new GalleyError('empty', name, 'OCR found no text in the image: a blank page, a photograph, or a scan too faint or too small to read');
      }
      throw e;
    }
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
    const why = (e instanceof Error ? e.message : String(e)).replace(/^(?:Error:\s*)+/u, '');
    throw new GalleyError('malformed', name, `the image could not be read: ${why}`);
  } finally {
    await worker?.terminate();
  }
}
