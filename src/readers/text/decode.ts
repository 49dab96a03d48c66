/**
 * Bytes → string for plain-text input: UTF-8 (with or without BOM) first;
 * anything that is not valid UTF-8 is detected with `chardet` and decoded
 * with `iconv-lite` (typically Windows-1252/Latin-1), with a warning.
 * Binary and empty input are refused with a clear error.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { GalleyError } from '../../errors.js';

export interface Decoded {
  text: string;
  encoding: string;
  /** Set when the input was not UTF-8 and had to be detected. */
  warning?: string;
}

/**
 * Share of control characters (other than tab, LF, CR, FF) above which input
 * is binary. Text layers have none; a few stray ones (0.5%) are tolerated.
 */
export const BINARY_CONTROL_SHARE = 0.005;

/** How many leading bytes to sample for the binary test. */
const BINARY_SAMPLE = 64 * 1024;

export function decodeText(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) throw new GalleyError('empty', file, 'the file is empty');
  const utf16 = utf16Encoding(bytes);
  if (utf16) return decodeUtf16(bytes, file, utf16);
  if (looksBinary(bytes)) throw new GalleyError('binary', file, 'the file is binary, not text (no reader for this format)');
  let text: string;
  let encoding = 'utf-8';
  let warning: string | undefined;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const mixed = decodeMixedUtf8(bytes);
    if (mixed) {
      ({ text } = mixed);
      warning = mixedUtf8Warning(mixed);
    } else {
      encoding = guessEncoding(bytes);
      text = iconv.decode(Buffer.from(bytes), encoding);
      warning = `not valid UTF-8; decoded as ${encoding} (detected)`;
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new GalleyError('empty', file, 'the file holds no text (only white space)');
  return { text, encoding, ...(warning ? { warning } : {}) };
}

/**
 * Share of the sampled UTF-16 code units whose high byte must be NUL (and whose
 * low byte must not) for BOM-less input to be read as UTF-16: Latin-script
 * text (the newspapers Galley reads) is mostly ASCII, so in UTF-16 nearly every
 * other byte is NUL, at the same parity; binary files put NULs anywhere. Nine
 * in ten leaves room for accented letters, curly quotes and dashes (high byte
 * 0x20 or 0x00 with a non-NUL low byte) and still refuses binary data.
 */
export const UTF16_NUL_PARITY_SHARE = 0.9;

export type Utf16 = 'utf-16le' | 'utf-16be';

/**
 * UTF-16 input: a byte-order mark (FF FE, FE FF — UTF-8 has none of these
 * bytes), or, without one, NUL bytes at one parity only (see
 * UTF16_NUL_PARITY_SHARE). Undefined for anything else.
 */
export function utf16Encoding(bytes: Uint8Array): Utf16 | undefined {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const n = Math.min(bytes.length, BINARY_SAMPLE) & ~1;
  if (n < 2) return undefined;
  let le = 0;
  let be = 0;
  for (let i = 0; i < n; i += 2) {
    const a = bytes[i]!;
    const b = bytes[i + 1]!;
    if (a !== 0 && b === 0) le++;
    else if (a === 0 && b !== 0) be++;
  }
  const units = n / 2;
  if (le >= units * UTF16_NUL_PARITY_SHARE) return 'utf-16le';
  if (be >= units * UTF16_NUL_PARITY_SHARE) return 'utf-16be';
  return undefined;
}

/** UTF-16 text: decoded (BOM dropped) with a warning; still refused when it holds control characters or no text. */
function decodeUtf16(bytes: Uint8Array, file: string, encoding: Utf16): Decoded {
  const bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  let text = new TextDecoder(encoding).decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (looksBinary(codeUnitBytes(text.slice(0, BINARY_SAMPLE)))) {
    throw new GalleyError('binary', file, 'the file is binary, not text (no reader for this format)');
  }
  if (text.trim() === '') throw new GalleyError('empty', file, 'the file holds no text (only white space)');
  const label = encoding === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE';
  return { text, encoding, warning: `not UTF-8; decoded as ${label} (${bom ? 'byte-order mark' : 'detected'})` };
}

/**
 * The decoded text's code units as bytes for looksBinary: a code unit over 0xFF
 * (any letter or punctuation past Latin-1) becomes a space. Taking the low byte
 * (`Buffer.from(text, 'latin1')`) turned the em dash U+2014 into the control byte
 * 0x14 and curly quotes U+2018–U+201D into 0x18–0x1D, and U+0100 `Ā` into NUL,
 * so UTF-16 newspaper text with dashes and quotes was refused as binary.
 */
function codeUnitBytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[i] = c > 0xff ? 0x20 : c;
  }
  return out;
}

/**
 * UTF-8 with a few stray bytes of another encoding (text layers pasted together from several
 * sources: a UTF-8 page with one Latin-1 `é`). Decoded whole as Windows-1252, every valid
 * UTF-8 character became mojibake (`—` → `â€”`). Evidence that a file is UTF-8: it holds valid
 * multi-byte UTF-8 sequences of plausible code points, MIXED_UTF8_EVIDENCE times as many as
 * stray bytes. In Windows-1252 text such a sequence is a capital `Â`–`ô` followed by a symbol
 * from 0x80–0xBF (`Ã©`), which real text almost never has, while its accented letters, followed
 * by a plain letter or space, are stray bytes. Then valid sequences are read as UTF-8 and each stray byte as Windows-1252.
 */
/** The warning for a file decodeMixedUtf8 read: how many stray bytes, where the first is. */
export function mixedUtf8Warning(mixed: { stray: number; firstLine: number }): string {
  return `not valid UTF-8 throughout: ${mixed.stray === 1 ? 'one byte' : `${mixed.stray} bytes`} that ${mixed.stray === 1 ? 'is' : 'are'} not (the first on line ${mixed.firstLine}) decoded as windows-1252, the rest as UTF-8`;
}

export function decodeMixedUtf8(bytes: Uint8Array): { text: string; stray: number; firstLine: number } | undefined {
  const strays: number[] = [];
  let valid = 0;
  for (let i = 0; i < bytes.length; ) {
    const n = utf8SequenceLength(bytes, i);
    if (n === 0) {
      strays.push(i);
      i++;
    } else {
      if (n > 1 && plausibleCodePoint(codePointAt(bytes, i, n))) valid++;
      i += n;
    }
  }
  if (valid === 0 || valid < MIXED_UTF8_EVIDENCE * strays.length) return undefined;
  const utf8 = new TextDecoder('utf-8');
  let text = '';
  let from = 0;
  for (const at of strays) {
    text += utf8.decode(bytes.subarray(from, at)) + iconv.decode(Buffer.from([bytes[at]!]), 'windows-1252');
    from = at + 1;
  }
  text += utf8.decode(bytes.subarray(from));
  let firstLine = 1;
  for (let i = 0; i < strays[0]!; i++) if (bytes[i] === 0x0a) firstLine++;
  return { text, stray: strays.length, firstLine };
}

/**
 * Valid UTF-8 sequences that must stand behind each stray byte for a file to be read as UTF-8
 * with strays. One valid sequence may be chance in Windows-1252 text (`CAFÉ’S`: `É’` is the valid
 * pair C9 92), and a page has one stray `café` as easily: at one to one such a page came out as
 * `CAFɒS`. Real mixed pages have many (every dash and quote of the UTF-8 part).
 */
export const MIXED_UTF8_EVIDENCE = 2;

/**
 * Code points a valid UTF-8 sequence is evidence of UTF-8 with: what text holds. Windows-1252 text
 * forms valid two-byte sequences by chance as a capital `Â`–`ß` followed by punctuation or a
 * symbol from 0x80–0xBF, decoding to C1 controls (`Â’`), IPA letters and spacing modifiers
 * (`É’` → `ɒ`) or rare scripts (`ß’` → NKo); those are no evidence. Latin, combining accents
 * (decomposed text), Greek, Cyrillic, Armenian, Hebrew and Arabic are, and so is every code
 * point of three or four bytes (general punctuation, currency, CJK…) outside private use.
 */
function plausibleCodePoint(cp: number): boolean {
  if (cp < 0x800) return (cp >= 0xa0 && cp <= 0x24f) || (cp >= 0x300 && cp <= 0x36f) || (cp >= 0x370 && cp <= 0x6ff);
  return !(cp >= 0xe000 && cp <= 0xf8ff) && !(cp >= 0xfff0 && cp <= 0xffff) && cp < 0xf0000;
}

/** The code point of the valid `n`-byte UTF-8 sequence at `i`. */
function codePointAt(b: Uint8Array, i: number, n: number): number {
  let cp = b[i]! & (n === 2 ? 0x1f : n === 3 ? 0x0f : 0x07);
  for (let k = 1; k < n; k++) cp = (cp << 6) | (b[i + k]! & 0x3f);
  return cp;
}

/** Length of the valid UTF-8 sequence at `i` (1–4), or 0 when the byte there starts none (RFC 3629 table). */
function utf8SequenceLength(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => i + k < b.length && b[i + k]! >= lo && b[i + k]! <= hi;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    const ok = c === 0xe0 ? cont(1, 0xa0) : c === 0xed ? cont(1, 0x80, 0x9f) : cont(1);
    return ok && cont(2) ? 3 : 0;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    const ok = c === 0xf0 ? cont(1, 0x90) : c === 0xf4 ? cont(1, 0x80, 0x8f) : cont(1);
    return ok && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/**
 * Windows-1252 is kept unless the detector's top guess is this many times more
 * confident. On short Western text chardet's statistics are weak (a 12-byte
 * line with curly quotes and `é` scores windows-1250 60 vs windows-1252 30),
 * and 1252 is by far the commonest legacy encoding of English text layers.
 */
export const WIN1252_PREFERENCE = 2;

function guessEncoding(bytes: Uint8Array): string {
  const candidates = chardet.analyse(bytes);
  const top = candidates[0];
  const w1252 = candidates.find((c) => /^(windows-1252|ISO-8859-1)$/i.test(c.name));
  if (!top) return 'windows-1252';
  // ISO-8859-1 is a subset of 1252 for printable text; 1252 also maps 0x80–0x9F (curly quotes, dashes).
  if (w1252 && w1252.confidence * WIN1252_PREFERENCE >= top.confidence) return 'windows-1252';
  const name = /^(ISO-8859-1|ASCII)$/i.test(top.name) ? 'windows-1252' : top.name.toLowerCase();
  return iconv.encodingExists(name) ? name : 'windows-1252';
}

/** NUL bytes, or more than BINARY_CONTROL_SHARE control bytes, in the first 64 KiB. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, BINARY_SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    // VT is a manual line break in word processors' text exports (./index.ts SOFT_LINE_ENDS), often many on a page
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return control > n * BINARY_CONTROL_SHARE;
}
