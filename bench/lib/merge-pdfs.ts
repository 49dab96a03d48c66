/**
 * Merge PDFs into one with pdf.js's own page extraction (pdfjs-dist 5:
 * `PDFDocumentProxy.extractPages`), for multi-page test documents made from
 * single-page corpus PDFs. For the bench's 200-page memory row and the tests' multi-page documents: loads pdf.js in the calling process.
 */
export async function mergePdfs(files: readonly Uint8Array[]): Promise<Uint8Array> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const [first, ...rest] = files;
  if (!first) throw new Error('nothing to merge');
  const doc = await pdfjs.getDocument({ data: first.slice(), verbosity: 0, isEvalSupported: false }).promise;
  try {
    const out = await doc.extractPages([{ document: null }, ...rest.map((bytes) => ({ document: bytes.slice() }))]);
    if (!out) throw new Error('pdf.js could not merge the files');
    return new Uint8Array(out);
  } finally {
    await doc.destroy();
  }
}
