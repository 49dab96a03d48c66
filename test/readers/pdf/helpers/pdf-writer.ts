/**
 * A tiny PDF writer for test fixtures made in the test setup: pages with text
 * in the standard 14 fonts at given positions, filled and stroked
 * rectangles, lines, small grey images, optional Flate compression, and the
 * standard security handler (RC4 40-bit, revision 2) with an owner and a
 * user password. Coordinates are given with the origin at the top-left of the
 * page (as Galley reports them) and converted to PDF user space here.
 *
 * Enough PDF to exercise the reader, nothing more: no font embedding
 * (standard fonts only), WinAnsi text, one content stream per page.
 */
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';

export type StandardFont =
  | 'Helvetica'
  | 'Helvetica-Bold'
  | 'Helvetica-Oblique'
  | 'Helvetica-BoldOblique'
  | 'Times-Roman'
  | 'Times-Bold'
  | 'Times-Italic'
  | 'Times-BoldItalic'
  | 'Courier';

export interface TextItem {
  type: 'text';
  font: StandardFont;
  size: number;
  /** Left edge of the first glyph and baseline, from the top-left of the page. */
  x: number;
  y: number;
  /** A string, or a TJ array: strings and numbers (thousandths of an em, negative moves right). */
  text: string | Array<string | number>;
  /** Character spacing (Tc) in unscaled text units: letter-spaced text. */
  charSpacing?: number;
  /** Text render mode (3 = invisible, as OCR layers). */
  render?: number;
  /** Turn the text this many degrees counter-clockwise about (x, y) (a skewed OCR line). */
  angle?: number;
  /** Mirror the text matrix's x axis (a, b negated), as Tesseract's PDF renderer writes right-to-left words. */
  mirror?: boolean;
}

export interface RectItem {
  type: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  /** Grey level 0 (black) .. 1 (white) for a fill; absent with `stroke` for an outline. */
  fill?: number;
  stroke?: number;
}

export interface LineItem {
  type: 'line';
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  width: number;
}

export interface ImageItem {
  type: 'image';
  x: number;
  y: number;
  w: number;
  h: number;
}

export type Item = TextItem | RectItem | LineItem | ImageItem;

export interface PageSpec {
  width: number;
  height: number;
  items: Item[];
  /** The page's /Rotate (the content is drawn unrotated, as given, and shown turned). */
  rotate?: 90 | 180 | 270;
}

export interface WriteOptions {
  compress?: boolean;
  /** Encrypt with the standard security handler (RC4 40-bit). */
  encrypt?: { owner: string; user: string };
}

const FONTS: readonly StandardFont[] = ['Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique', 'Helvetica-BoldOblique', 'Times-Roman', 'Times-Bold', 'Times-Italic', 'Times-BoldItalic', 'Courier'];

/** Build the PDF bytes. */
export function writePdf(pages: readonly PageSpec[], options: WriteOptions = {}): Uint8Array {
  const objects: Array<{ dict: string; stream?: Buffer } | null> = [null];
  const add = (dict: string, stream?: Buffer): number => {
    objects.push(stream ? { dict, stream } : { dict });
    return objects.length - 1;
  };
  const catalog = add('');
  const pagesObj = add('');
  // WinAnsi maps code 0xAD to `hyphen`; the ToUnicode map says it is a soft hyphen, as producers that emit one do.
  const cmap = Buffer.from(SOFT_HYPHEN_CMAP, 'latin1');
  const toUnicode = add(`<< /Length ${cmap.length} >>`, cmap);
  const fontObjs = FONTS.map((f) => add(`<< /Type /Font /Subtype /Type1 /BaseFont /${f} /Encoding /WinAnsiEncoding /ToUnicode ${toUnicode} 0 R >>`));
  const fontRes = FONTS.map((_, i) => `/F${i} ${fontObjs[i]} 0 R`).join(' ');
  // A 2×2 grey image, uncompressed.
  const image = add('<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>', Buffer.from([90, 120, 150, 180]));
  const kids: number[] = [];
  for (const page of pages) {
    const content = Buffer.from(pageContent(page), 'latin1');
    const stream = options.compress ? deflateSync(content) : content;
    const contents = add(`<< /Length ${stream.length}${options.compress ? ' /Filter /FlateDecode' : ''} >>`, stream);
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 ${page.width} ${page.height}]${page.rotate ? ` /Rotate ${page.rotate}` : ''} /Contents ${contents} 0 R /Resources << /Font << ${fontRes} >> /XObject << /Im0 ${image} 0 R >> >> >>`,
      ),
    );
  }
  objects[catalog] = { dict: `<< /Type /Catalog /Pages ${pagesObj} 0 R >>` };
  objects[pagesObj] = { dict: `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>` };

  const id = createHash('md5').update(`galley-test-${pages.length}-${JSON.stringify(options)}`).digest();
  let encryptRef = '';
  let key: Buffer | null = null;
  if (options.encrypt) {
    const enc = standardSecurity(options.encrypt.owner, options.encrypt.user, id);
    key = enc.key;
    const encObj = add(`<< /Filter /Standard /V 1 /R 2 /O <${enc.O.toString('hex')}> /U <${enc.U.toString('hex')}> /P ${PERMISSIONS} >>`);
    encryptRef = ` /Encrypt ${encObj} 0 R`;
  }

  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n', 'latin1')];
  let offset = chunks[0]!.length;
  const offsets: number[] = [0];
  for (let n = 1; n < objects.length; n++) {
    const o = objects[n]!;
    offsets[n] = offset;
    const isEncryptDict = options.encrypt && o.dict.startsWith('<< /Filter /Standard');
    const stream = o.stream && key && !isEncryptDict ? rc4(objectKey(key, n), o.stream) : o.stream;
    const parts: Buffer[] = [Buffer.from(`${n} 0 obj\n${o.dict}\n`, 'latin1')];
    if (stream) parts.push(Buffer.from('stream\n', 'latin1'), stream, Buffer.from('\nendstream\n', 'latin1'));
    parts.push(Buffer.from('endobj\n', 'latin1'));
    for (const p of parts) {
      chunks.push(p);
      offset += p.length;
    }
  }
  const xrefAt = offset;
  let xref = `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let n = 1; n < objects.length; n++) xref += `${String(offsets[n]).padStart(10, '0')} 00000 n \n`;
  xref += `trailer\n<< /Size ${objects.length} /Root ${catalog} 0 R${encryptRef} /ID [<${id.toString('hex')}> <${id.toString('hex')}>] >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  chunks.push(Buffer.from(xref, 'latin1'));
  return new Uint8Array(Buffer.concat(chunks));
}

const SOFT_HYPHEN_CMAP = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap
/CMapName /Galley-Test def /CMapType 2 def
1 begincodespacerange <00> <FF> endcodespacerange
1 beginbfchar <AD> <00AD> endbfchar
endcmap CMapName currentdict /CMap defineresource pop end end`;

function pageContent(page: PageSpec): string {
  const H = page.height;
  const ops: string[] = [];
  for (const item of page.items) {
    switch (item.type) {
      case 'text': {
        const f = FONTS.indexOf(item.font);
        const show = typeof item.text === 'string' ? `(${pdfString(item.text)}) Tj` : `[${item.text.map((t) => (typeof t === 'number' ? String(t) : `(${pdfString(t)})`)).join(' ')}] TJ`;
        const rad = ((item.angle ?? 0) * Math.PI) / 180;
        const [cos, sin] = [Math.cos(rad), Math.sin(rad)];
        const m = item.mirror ? -1 : 1;
        ops.push(`BT /F${f} ${item.size} Tf ${item.charSpacing ?? 0} Tc ${item.render ?? 0} Tr ${num(m * cos)} ${num(m * sin)} ${num(-sin)} ${num(cos)} ${num(item.x)} ${num(H - item.y)} Tm ${show} ET`);
        break;
      }
      case 'rect': {
        const paint = item.fill !== undefined ? `${num(item.fill)} g ${rect(item, H)} f` : `${num(item.stroke ?? 0)} G 1 w ${rect(item, H)} S`;
        ops.push(`q ${paint} Q`);
        break;
      }
      case 'line':
        ops.push(`q ${num(item.width)} w ${num(item.x0)} ${num(H - item.y0)} m ${num(item.x1)} ${num(H - item.y1)} l S Q`);
        break;
      case 'image':
        ops.push(`q ${num(item.w)} 0 0 ${num(item.h)} ${num(item.x)} ${num(H - item.y - item.h)} cm /Im0 Do Q`);
        break;
    }
  }
  return ops.join('\n');
}

function rect(r: { x: number; y: number; w: number; h: number }, H: number): string {
  return `${num(r.x)} ${num(H - r.y - r.h)} ${num(r.w)} ${num(r.h)} re`;
}

function num(v: number): string {
  return Number(v.toFixed(3)).toString();
}

/** A PDF literal string body in WinAnsi: parentheses and backslashes escaped, other bytes as octal. */
function pdfString(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = winAnsi(ch);
    if (ch === '(' || ch === ')' || ch === '\\') out += `\\${ch}`;
    else if (code >= 0x20 && code < 0x7f) out += String.fromCharCode(code);
    else out += `\\${code.toString(8).padStart(3, '0')}`;
  }
  return out;
}

/** WinAnsi codes for the non-Latin-1 characters tests use. */
const WIN_ANSI: Readonly<Record<string, number>> = { '\u2022': 0x95, '\u2014': 0x97, '\u2013': 0x96, '\u201c': 0x93, '\u201d': 0x94, '\u2018': 0x91, '\u2019': 0x92 };

function winAnsi(ch: string): number {
  const mapped = WIN_ANSI[ch];
  if (mapped !== undefined) return mapped;
  const code = ch.codePointAt(0)!;
  if (code > 0xff) throw new Error(`character ${ch} is not in WinAnsi`);
  return code;
}

// --- Standard security handler, revision 2 (PDF 1.7, 7.6.3, algorithms 1–4) ---

const PAD = Buffer.from('28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A', 'hex');
/** Permissions: print and copy allowed (bits 3 and 5), the rest denied. */
const PERMISSIONS = -44;

function padPassword(p: string): Buffer {
  return Buffer.concat([Buffer.from(p, 'latin1'), PAD]).subarray(0, 32);
}

function standardSecurity(owner: string, user: string, id: Buffer): { O: Buffer; U: Buffer; key: Buffer } {
  const ownerKey = createHash('md5').update(padPassword(owner || user)).digest().subarray(0, 5);
  const O = rc4(ownerKey, padPassword(user));
  const p = Buffer.alloc(4);
  p.writeInt32LE(PERMISSIONS);
  const key = createHash('md5').update(Buffer.concat([padPassword(user), O, p, id])).digest().subarray(0, 5);
  const U = rc4(key, PAD);
  return { O, U, key };
}

function objectKey(key: Buffer, n: number): Buffer {
  const extra = Buffer.from([n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, 0, 0]);
  return createHash('md5').update(Buffer.concat([key, extra])).digest().subarray(0, key.length + 5);
}

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  let i = 0;
  j = 0;
  for (let k = 0; k < data.length; k++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[k] = data[k]! ^ s[(s[i]! + s[j]!) & 0xff]!;
  }
  return out;
}
