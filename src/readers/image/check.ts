/**
 * A look at an image file's structure before it goes to OCR: a truncated or
 * corrupt file is refused with a message naming what is wrong (the OCR
 * engine would only say "Error attempting to read image"), and a page too
 * large to recognise in reasonable memory (a decompression bomb: a few
 * kilobytes declaring 100 000 × 100 000 pixels) is refused before it is
 * decoded. Formats: PNG (chunk walk and the checksums of critical chunks,
 * ISO/IEC 15948 §5), JPEG (markers up to
 * the first frame header, ITU T.81 Annex B), TIFF (header and first IFD,
 * TIFF 6.0 §2). Only the structure is checked, not the compressed data.
 */
import { crc32 } from 'node:zlib';
import { GalleyError } from '../../errors.js';

/** Largest page accepted, in pixels: a broadsheet page (15 × 23 in) scanned at 600 dpi is 124 Mpx; Tesseract needs about 10 bytes a pixel. */
export const MAX_IMAGE_PIXELS = 200_000_000;

export interface ImageInfo {
  format: 'png' | 'jpeg' | 'tiff';
  /** Pixel size when the header gives it (PNG IHDR, JPEG SOF, the first TIFF directory). */
  width?: number;
  height?: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Check an image's structure; throws a GalleyError naming the file and the problem. */
export function checkImage(bytes: Uint8Array, name: string): ImageInfo {
  const fail = (why: string): never => {
    throw new GalleyError('malformed', name, `the image could not be read: ${why}`);
  };
  if (bytes.length === 0) fail('the file is empty');
  let info: ImageInfo;
  if (PNG_SIGNATURE.every((b, i) => bytes[i] === b)) info = checkPng(bytes, fail);
  else if (bytes[0] === 0xff && bytes[1] === 0xd8) info = checkJpeg(bytes, fail);
  else if ((bytes[0] === 0x49 && bytes[1] === 0x49 && bytes[2] === 0x2a && bytes[3] === 0) || (bytes[0] === 0x4d && bytes[1] === 0x4d && bytes[2] === 0 && bytes[3] === 0x2a)) {
    info = checkTiff(bytes, fail);
  } else {
    return fail('not a PNG, JPEG or TIFF file (its first bytes are none of their signatures)');
  }
  if (info.width !== undefined && info.height !== undefined) {
    if (info.width === 0 || info.height === 0) fail(`the ${info.format.toUpperCase()} header declares an empty image (${info.width} × ${info.height} pixels)`);
    if (info.width * info.height > MAX_IMAGE_PIXELS) {
      fail(`the image is too large to recognise (${info.width} × ${info.height} pixels; the limit is ${MAX_IMAGE_PIXELS / 1e6} million)`);
    }
  }
  return info;
}

type Fail = (why: string) => never;

function u32(b: Uint8Array, i: number): number {
  return ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
}

/** PNG: signature, then chunks (length, type, data, CRC) from IHDR to IEND, each inside the file. */
function checkPng(b: Uint8Array, fail: Fail): ImageInfo {
  let i = 8;
  let width: number | undefined;
  let height: number | undefined;
  let sawData = false;
  let first = true;
  for (;;) {
    if (i + 8 > b.length) return fail(`the PNG file is truncated: it ends at byte ${b.length} without an IEND chunk`);
    const length = u32(b, i);
    const type = String.fromCharCode(b[i + 4]!, b[i + 5]!, b[i + 6]!, b[i + 7]!);
    if (!/^[A-Za-z]{4}$/.test(type)) return fail(`the PNG file is corrupt: no chunk type at byte ${i + 4}`);
    if (first && type !== 'IHDR') return fail(`the PNG file is corrupt: its first chunk is ${type}, not IHDR`);
    if (i + 12 + length > b.length) return fail(`the PNG file is truncated: its ${type} chunk at byte ${i} runs past the end of the file`);
    // Critical chunks (upper-case first letter) must be intact: the decoder refuses them otherwise.
    if (type[0]! <= 'Z' && crc32(b.subarray(i + 4, i + 8 + length)) !== u32(b, i + 8 + length)) {
      return fail(`the PNG file is corrupt: its ${type} chunk at byte ${i} fails its checksum (CRC)`);
    }
    if (type === 'IHDR') {
      width = u32(b, i + 8);
      height = u32(b, i + 12);
    }
    if (type === 'IDAT') sawData = true;
    if (type === 'IEND') break;
    first = false;
    i += 12 + length;
  }
  if (!sawData) return fail('the PNG file has no image data (no IDAT chunk)');
  return { format: 'png', ...(width !== undefined ? { width } : {}), ...(height !== undefined ? { height } : {}) };
}

/** Start-of-frame markers (SOF0–SOF15 but DHT, JPG and DAC): they carry the image size. */
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

/** JPEG: SOI, then marker segments up to the first frame header (its size), and an end-of-image marker somewhere after. */
function checkJpeg(b: Uint8Array, fail: Fail): ImageInfo {
  let i = 2;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return fail(`the JPEG file is corrupt: no marker at byte ${i}`);
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    const length = (b[i + 2]! << 8) | b[i + 3]!;
    if (length < 2 || i + 2 + length > b.length) return fail(`the JPEG file is truncated: a segment at byte ${i} runs past the end of the file`);
    if (SOF.has(marker)) {
      if (length < 7) return fail('the JPEG file is corrupt: its frame header is too short');
      const height = (b[i + 5]! << 8) | b[i + 6]!;
      const width = (b[i + 7]! << 8) | b[i + 8]!;
      if (!hasEoi(b, i + 2 + length)) return fail('the JPEG file is truncated: no end-of-image marker after its frame');
      return { format: 'jpeg', width, height };
    }
    if (marker === 0xd9 || marker === 0xda) break; // end of image or scan data before any frame header
    i += 2 + length;
  }
  return fail('the JPEG file is truncated or corrupt: no frame header (SOF)');
}

function hasEoi(b: Uint8Array, from: number): boolean {
  for (let k = b.length - 2; k >= from; k--) if (b[k] === 0xff && b[k + 1] === 0xd9) return true;
  return false;
}

/** TIFF: byte order, 42, and a first IFD whose entries lie inside the file. */
function checkTiff(b: Uint8Array, fail: Fail): ImageInfo {
  const le = b[0] === 0x49;
  const u16 = (i: number) => (le ? b[i]! | (b[i + 1]! << 8) : (b[i]! << 8) | b[i + 1]!);
  const u32t = (i: number) => (le ? (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0 : u32(b, i));
  if (b.length < 8) return fail('the TIFF file is truncated: no header');
  const ifd = u32t(4);
  if (ifd < 8 || ifd + 2 > b.length) return fail(`the TIFF file is truncated: its first directory (byte ${ifd}) is past the end of the file`);
  const entries = u16(ifd);
  if (entries === 0 || ifd + 2 + entries * 12 > b.length) return fail('the TIFF file is truncated: its first directory runs past the end of the file');
  // ImageWidth (256) and ImageLength (257), SHORT or LONG (TIFF 6.0 §8): a few bytes may declare a page of
  // billions of pixels that a compressed strip fills, so the size is checked as PNG's and JPEG's is.
  const info: ImageInfo = { format: 'tiff' };
  for (let e = ifd + 2; e < ifd + 2 + entries * 12; e += 12) {
    const tag = u16(e);
    if (tag !== 256 && tag !== 257) continue;
    const type = u16(e + 2);
    const value = type === 3 ? u16(e + 8) : type === 4 ? u32t(e + 8) : undefined;
    if (value === undefined) continue;
    if (tag === 256) info.width = value;
    else info.height = value;
  }
  return info;
}
