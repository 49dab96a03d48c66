/**
 * Input kinds the speed benchmark can time. Each kind names the corpus files
 * it reads (one page each); adding PDF, ALTO or hOCR later is one more entry.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface InputKind {
  /** Shown in the table. */
  name: string;
  /** File names inside each `<page-id>/` folder of a corpus. */
  files: readonly string[];
  /** Batch size for this kind when smaller than --pages (PDF and OCR pages are slower to read). */
  pages?: number;
  /**
   * Also time read + restore + structure without the JSON writer (the figure issue 3's speed
   * target is stated in), as a row of its own beside the full pipeline's.
   */
  withoutWriter?: boolean;
  /**
   * Also time read + the restore steps alone (no structure, no writer: the figure issue 2's speed
   * target is stated in), in turn with the rows above. Only with `withoutWriter`.
   */
  restoreAlone?: boolean;
}

export const INPUT_KINDS: readonly InputKind[] = [
  { name: 'text', files: ['page.pdfminer.txt', 'page.raw.txt', 'page.txt'], withoutWriter: true, restoreAlone: true },
  { name: 'alto', files: ['page.alto.xml'], pages: 200 },
  { name: 'hocr', files: ['page.hocr'], pages: 200 },
  // PDF: every corpus PDF (30) twice, so that the ratio to pdftotext is not one pass's noise.
  { name: 'pdf', files: ['page.pdf'], pages: 60 },
];

/** Every existing file of `kind` in the given corpora, page folders in order. */
export function filesOf(kind: InputKind, corpora: readonly string[]): string[] {
  const out: string[] = [];
  for (const corpus of corpora) {
    for (const id of readdirSync(corpus).sort()) {
      for (const f of kind.files) {
        const p = join(corpus, id, f);
        if (existsSync(p)) out.push(p);
      }
    }
  }
  return out;
}

/** `files` repeated (in order) until the batch holds at least `pages` entries. */
export function batchOf(files: readonly string[], pages: number): string[] {
  if (files.length === 0) return [];
  const out: string[] = [];
  while (out.length < pages) out.push(...files);
  return out;
}
