/**
 * Reading one input for the command line: a file, or standard input for `-`.
 * File-system errors become one clear line naming the file and the problem.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import type { InputFormat } from '../model/types.js';
import { detectFormat, MARKUP_SNIFF_WINDOW, maxInputBytes } from '../readers/index.js';
import { MAX_TEXT_BYTES } from '../readers/text/index.js';
import { looksBinary, utf16Encoding } from '../readers/text/decode.js';

/** What the command line calls standard input in messages and in the output's `source.name`. */
export const STDIN_NAME = '<stdin>';

/**
 * An input's name as messages show it: standard input as STDIN_NAME, and control characters
 * in a file name (a newline, which would split the error line in two; an escape sequence,
 * which would drive the terminal) written as `\n`, `\t`, `\r`, `\xNN`.
 */
export function shownName(file: string): string {
  if (file === '-') return STDIN_NAME;
  return file.replace(/[\x00-\x1f\x7f-\x9f]/g, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : c === '\r' ? '\\r' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
}

/** A problem reading an input, already phrased for the user (`FILE: problem`). */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'InputError';
  }
}

/** User-facing wording of the file-system error codes an input can hit. */
const READ_PROBLEMS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  ENOTDIR: 'no such file (a part of the path is not a folder)',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'file name too long',
  ERR_FS_FILE_TOO_LARGE: 'file too large to read (over 2 GiB)',
};

/**
 * Most bytes read from an input of unknown size (a pipe, a device, standard input) whose format
 * has no size limit of its own (PDF, images): the 2 GiB Node reads of one file
 * (`readFileSync` refuses larger regular files, ERR_FS_FILE_TOO_LARGE), so a pipe is held to
 * what a file is. Text and XML stop much earlier, at their readers' limits (`maxInputBytes`).
 */
export const MAX_STREAM_BYTES = 2 * 1024 * 1024 * 1024;

/**
 * Size of one read from a pipe or device: Linux's default pipe buffer (16 pages of 4 KiB), so a
 * read takes what a writer has put in at once, and MARKUP_SNIFF_WINDOW, so the format is known
 * after the first full read.
 */
const STREAM_CHUNK = 64 * 1024;

/**
 * Read one input file. A regular file's size is known: its head (MARKUP_SNIFF_WINDOW bytes)
 * is read first, the format detected from it, and a file larger than that format's limit is
 * refused before the rest is read (read whole, a 400 MB text file took 530 MB of memory only
 * to be refused as too large). Anything else (a FIFO, `<(cmd)`, a
 * device such as /dev/zero, a socket) may never end: it is read in chunks, and reading
 * stops with an InputError as soon as the bytes pass the limit of the format they are
 * in, so an endless input costs bounded time and memory.
 */
export function readInputFile(file: string, shown = shownName(file)): Uint8Array {
  let fd: number | null = null;
  try {
    fd = openSync(file, 'r');
    const stat = fstatSync(fd);
    if (stat.isFile() && stat.size > MARKUP_SNIFF_WINDOW) {
      const head = readHead(fd);
      const problem = sizeProblem(file, head, stat.size);
      if (problem === 'head only') return head;
      if (problem) throw new InputError(shown, problem);
    }
    if (stat.isFile() || stat.isDirectory()) return readFileSync(fd);
    const input = new BoundedInput(shown);
    const buf = Buffer.allocUnsafe(STREAM_CHUNK);
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0 || !input.add(buf.subarray(0, n))) return input.bytes();
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(shown, describeReadError(e));
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** The first MARKUP_SNIFF_WINDOW bytes of a regular file, read at offset 0 (the file position stays at the start). */
function readHead(fd: number): Uint8Array {
  const head = Buffer.alloc(MARKUP_SNIFF_WINDOW);
  let got = 0;
  while (got < head.length) {
    const n = readSync(fd, head, got, head.length - got, got);
    if (n === 0) break;
    got += n;
  }
  return head.subarray(0, got);
}

/**
 * Why a regular file of `size` bytes starting with `head` is refused before it is read: too large
 * for the format of its head (for text, the limit the text reader applies: doubled for UTF-16);
 * `head only` when the head alone is refused (markup that is neither ALTO nor hOCR: the pipeline
 * sees the same head and gives the same error); undefined to read it.
 */
function sizeProblem(file: string, head: Uint8Array, size: number): string | 'head only' | undefined {
  let format: InputFormat;
  try {
    format = detectFormat(file, head);
  } catch {
    return 'head only';
  }
  const utf16 = format === 'text' && utf16Encoding(head) !== undefined;
  if (binaryText(format, head)) return 'head only';
  const limit = format === 'text' && !utf16 ? MAX_TEXT_BYTES : maxInputBytes(format);
  if (limit === undefined || size <= limit) return undefined;
  return `the file is too large for ${FORMAT_NOUN[format]} (${mebibytes(size)}; the limit is ${mebibytes(limit)}${utf16 ? ' for UTF-16' : ''})`;
}

/**
 * Bytes that would be read as text but that the text reader refuses as binary from their head
 * alone (looksBinary samples the first 64 KiB, the head's size; UTF-16 is text): the rest need not
 * be read, and the error is "binary", not "too large for a text page".
 */
function binaryText(format: InputFormat, head: Uint8Array): boolean {
  return format === 'text' && utf16Encoding(head) === undefined && looksBinary(head);
}

/** How a size limit is said, per format. */
const FORMAT_NOUN: Readonly<Record<InputFormat, string>> = { text: 'a text page', alto: 'an ALTO file', hocr: 'an hOCR file', pdf: 'a PDF', image: 'an image' };

/**
 * The bytes of an input of unknown size, collected chunk by chunk. Once the first
 * MARKUP_SNIFF_WINDOW bytes are in, the format is known (format detection looks no further),
 * and with it the most bytes its reader accepts; past that the input is refused at once.
 */
export class BoundedInput {
  private readonly chunks: Buffer[] = [];
  private total = 0;
  private limit: { bytes: number; format: InputFormat } | null = null;

  /** `name` is the input as messages name it (`<stdin>` for standard input). */
  constructor(private readonly name: string) {}

  /** Take one chunk; false when reading can stop. Throws InputError past the format's limit. */
  add(chunk: Uint8Array): boolean {
    this.chunks.push(Buffer.from(chunk));
    this.total += chunk.length;
    if (this.limit === null && this.total >= MARKUP_SNIFF_WINDOW) {
      let format: InputFormat;
      try {
        format = detectFormat(this.name, this.bytes());
      } catch {
        // Refused from its head alone (markup that is neither ALTO nor hOCR): the pipeline
        // sees the same head and gives the same error, so the rest need not be read.
        return false;
      }
      // Binary bytes are refused from the head as well (`galley /dev/urandom` read 32 MiB to say "too large for a text page").
      if (binaryText(format, this.bytes())) return false;
      this.limit = { bytes: maxInputBytes(format) ?? MAX_STREAM_BYTES, format };
    }
    if (this.limit !== null && this.total > this.limit.bytes) {
      const { bytes, format } = this.limit;
      const rule = format === 'text' ? `the limit is ${mebibytes(MAX_TEXT_BYTES)}, ${mebibytes(bytes)} for UTF-16` : `the limit is ${mebibytes(bytes)}`;
      throw new InputError(this.name, `the input is too large for ${FORMAT_NOUN[format]} (reading stopped after ${mebibytes(bytes)}; ${rule})`);
    }
    return true;
  }

  bytes(): Uint8Array {
    if (this.chunks.length > 1) this.chunks.splice(0, this.chunks.length, Buffer.concat(this.chunks));
    return this.chunks[0] ?? new Uint8Array();
  }
}

function mebibytes(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
}

export function describeReadError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const known = err.code ? READ_PROBLEMS[err.code] : undefined;
  if (known) return known;
  return `cannot read${err.code ? ` (${err.code})` : ''}: ${err.message ?? String(e)}`;
}

/**
 * All of a readable stream (standard input), as bytes; reading stops with an InputError
 * once the bytes pass their format's limit (see BoundedInput), so `yes | galley -` ends.
 */
export async function readAll(stream: NodeJS.ReadableStream, name = STDIN_NAME): Promise<Uint8Array> {
  const input = new BoundedInput(name);
  for await (const chunk of stream) {
    if (!input.add(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)) break;
  }
  return input.bytes();
}
