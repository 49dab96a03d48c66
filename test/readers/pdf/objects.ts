/** Shared by the PDF tests: a PDF file written by hand from its objects (numbered from 1, object 1 the catalog). */
export function pdfOfObjects(objects: readonly string[]): Uint8Array {
  return pdfOfParts(objects);
}

/** The same, with objects that hold binary data (a compressed stream's bytes). */
export function pdfOfParts(objects: readonly (string | Uint8Array)[]): Uint8Array {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((o, i) => {
    offsets.push(length);
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), typeof o === 'string' ? Buffer.from(o, 'utf8') : o, Buffer.from('\nendobj\n')]);
    parts.push(obj);
    length += obj.length;
  });
  const n = objects.length + 1;
  parts.push(Buffer.from(`xref\n0 ${n}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${n} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return new Uint8Array(Buffer.concat(parts));
}
