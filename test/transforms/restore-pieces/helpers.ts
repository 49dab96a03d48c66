/** Shared by the restore-pieces tests: an excerpt run through restore-pieces as a page of pdfminer's text boxes. */
import type { GalleyDocument } from '../../../src/model/types.js';
import { read } from '../../../src/pipeline.js';
import { createRestorePieces } from '../../../src/transforms/restore-pieces/index.js';

/**
 * The box after the excerpt: a box edge (a blank line and another box), as every pdfminer page has (a
 * layer of one block, pdftotext -raw, is left alone). Dropped from `lines`.
 */
export const NEXT_BOX = 'NEXT BOX';

/** The excerpt read as text, with NEXT_BOX after it, and restore-pieces run on it. */
export function restored(text: string): GalleyDocument {
  const doc = read('text', { name: 't.txt', bytes: new TextEncoder().encode(`${text}\n\n${NEXT_BOX}\n`) });
  createRestorePieces()(doc);
  return doc;
}

/** The document's lines in order, spaces collapsed, without NEXT_BOX. */
export const lines = (doc: GalleyDocument): string[] => doc.pages.flatMap((p) => p.blocks.flatMap((b) => b.lines.map((l) => l.text.trim().replace(/\s+/g, ' ')))).filter((l) => l !== NEXT_BOX);
