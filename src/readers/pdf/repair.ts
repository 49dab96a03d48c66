/**
 * Last resort for a PDF whose end is missing (a cut-off download): pdf.js
 * rebuilds a damaged cross-reference table by scanning the file for objects,
 * but it still needs a trailer (or an xref stream) naming the document
 * catalog, and both sit at the end of the file. If the catalog is a plain
 * object somewhere in what is left, a minimal trailer pointing at it is
 * appended, and pdf.js can then read every page whose objects survived.
 * Catalogs packed in object streams (pdfTeX, PDF 1.5+) cannot be found this
 * way; poppler cannot read those either.
 */

/** How far past `N G obj` the catalog's `/Type /Catalog` may appear (bytes). */
export const CATALOG_DICT_REACH = 4096;

/** The bytes with a trailer naming the catalog appended, or null when no catalog object is found. */
export function appendTrailer(bytes: Uint8Array): Uint8Array | null {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const ref = findCatalog(text);
  if (!ref) return null;
  // Close an object (and its stream) that the cut left open, so that the trailer is read as one.
  const openStream = text.lastIndexOf('stream') > text.lastIndexOf('endstream') + 3;
  const openObject = /\bobj\b(?![\s\S]*\bendobj\b)/.test(text.slice(-CATALOG_DICT_REACH * 16));
  const close = `${openStream ? '\nendstream' : ''}${openObject || openStream ? '\nendobj' : ''}`;
  const tail = Buffer.from(`${close}\ntrailer\n<< /Root ${ref} >>\n%%EOF\n`, 'latin1');
  const out = new Uint8Array(bytes.length + tail.length);
  out.set(bytes, 0);
  out.set(tail, bytes.length);
  return out;
}

/** `N G R` of the last plain object whose dictionary says `/Type /Catalog`. */
export function findCatalog(text: string): string | null {
  const typeCatalog = /\/Type\s*\/Catalog\b/g;
  let found: string | null = null;
  let m: RegExpExecArray | null;
  while ((m = typeCatalog.exec(text)) !== null) {
    const from = Math.max(0, m.index - CATALOG_DICT_REACH);
    const before = text.slice(from, m.index);
    const objs = [...before.matchAll(/(\d+)\s+(\d+)\s+obj\b/g)];
    const last = objs[objs.length - 1];
    if (!last) continue;
    // The catalog must be inside that object: no `endobj` between.
    if (before.slice(last.index! + last[0].length).includes('endobj')) continue;
    found = `${last[1]} ${last[2]} R`;
  }
  return found;
}
