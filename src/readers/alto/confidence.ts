/**
 * ALTO WC (word confidence, 0..1) → Word.confidence. Values outside 0..1 or
 * not numbers are left out rather than guessed.
 *
 * Tesseract's ALTO renderer writes `WC="0.` followed by its integer
 * confidence 0..100 (tesseract src/api/altorenderer.cpp, AddBoxToAlto:
 * `alto_str << " WC=\"0." << wc`), so confidence 9 comes out as "0.9" and 100
 * as "0.100". Seen in the dev corpus (a word at x_wconf 9 in the hOCR of the
 * same run has WC="0.9" in the ALTO). For files whose softwareName names
 * Tesseract, the digits after "0." are read as that integer.
 */
import { num } from '../xml/geometry.js';

/** Does the file come from Tesseract's ALTO renderer? */
export function isTesseract(software: readonly string[]): boolean {
  return software.some((s) => /tesseract/i.test(s));
}

const TESSERACT_WC = /^0\.(\d{1,3})$/;

export function altoConfidence(wc: string | undefined, tesseract: boolean): number | undefined {
  if (wc === undefined) return undefined;
  if (tesseract) {
    const m = TESSERACT_WC.exec(wc.trim());
    if (m) {
      const n = Number(m[1]) / 100;
      return n <= 1 ? n : undefined;
    }
  }
  const n = num(wc);
  return n !== undefined && n >= 0 && n <= 1 ? n : undefined;
}
