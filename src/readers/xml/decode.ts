/**
 * Bytes → string for XML input (ALTO, hOCR): size limit first, then the
 * encoding from the byte-order mark or the XML declaration (XML 1.0 §4.3.3,
 * Appendix F), UTF-8 by default. A file that claims UTF-8 but is not is
 * decoded as Windows-1252 with a warning rather than refused: historic OCR
 * exports are seen to mislabel Latin-1 files, and the text is still wanted.
 */
import { decodeMixedUtf8, mixedUtf8Warning, utf16Encoding } from '../text/decode.js';
import iconv from 'iconv-lite';
import { GalleyError } from '../../errors.js';

/**
 * Largest XML file Galley reads: 200 MiB. A one-page ALTO file of a dense
 * broadsheet at 400 dpi is 2–10 MB, a multi-page file of a whole issue well
 * under 100 MB; anything larger is refused before it is decoded or parsed.
 */
export const MAX_XML_BYTES = 200 * 1024 * 1024;

export interface DecodedXml {
  text: string;
  encoding: string;
  /** Set when the bytes did not match the declared encoding and had to be decoded otherwise. */
  warning?: string;
}

/** The encoding named in the XML declaration, if any (looked for in the first bytes, read as Latin-1). */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 256)).toString('latin1');
  const m = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z][\w.:-]*)["']/.exec(head);
  return m?.[1]?.toLowerCase();
}

export function decodeXml(bytes: Uint8Array, file: string, maxBytes = MAX_XML_BYTES): DecodedXml {
  if (bytes.length > maxBytes) {
    throw new GalleyError(
      'malformed',
      file,
      `the file is too large to read as XML (${formatSize(bytes.length)}; the limit is ${formatSize(maxBytes)})`,
    );
  }
  if (bytes.length === 0) throw new GalleyError('empty', file, 'the file is empty');
  let text: string;
  let encoding = 'utf-8';
  let warning: string | undefined;
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xff && b1 === 0xfe) {
    encoding = 'utf-16le';
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (b0 === 0xfe && b1 === 0xff) {
    encoding = 'utf-16be';
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  } else if (utf16Encoding(bytes)) {
    // UTF-16 without a byte-order mark (XML 1.0 Appendix F: `<?` as 3C 00 3F 00 or 00 3C 00 3F; NUL
    // bytes at every other byte): read as UTF-8 it failed at its first NUL ("disallowed character").
    encoding = utf16Encoding(bytes)!;
    text = new TextDecoder(encoding).decode(bytes.subarray(0, bytes.length & ~1));
  } else {
    const declared = declaredEncoding(bytes);
    if (declared && !/^utf-?8$/.test(declared) && !/^(us-)?ascii$/.test(declared) && iconv.encodingExists(declared)) {
      encoding = declared;
      text = iconv.decode(Buffer.from(bytes), declared);
    } else {
      if (declared && !/^utf-?8$/.test(declared) && !/^(us-)?ascii$/.test(declared)) {
        warning = `unknown encoding '${declared}' in the XML declaration; read as UTF-8`;
      }
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        // UTF-8 with a few stray bytes of another encoding keeps its UTF-8, as a text layer does
        // (../text/decode.ts decodeMixedUtf8): decoded whole as Windows-1252, every dash and quote
        // of the UTF-8 became mojibake (`—` → `â€”`).
        const mixed = decodeMixedUtf8(bytes);
        if (mixed) {
          text = mixed.text;
          warning = mixedUtf8Warning(mixed);
        } else {
          encoding = 'windows-1252';
          text = iconv.decode(Buffer.from(bytes), encoding);
          warning = 'not valid UTF-8 although the XML declaration says so (or says nothing); decoded as windows-1252';
        }
      }
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new GalleyError('empty', file, 'the file holds no text (only white space)');
  return { text, encoding, ...(warning ? { warning } : {}) };
}

function formatSize(n: number): string {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MiB` : `${n} bytes`;
}
