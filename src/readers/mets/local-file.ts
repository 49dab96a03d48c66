/**
 * Checks on the files a METS issue is made of (the METS file, the ALTO pages
 * it points at) before they are read. The path comes from the user
 * (`--truth`) or from the METS file itself, so it may name anything: a folder
 * (was `internal error: EISDIR`), a device (`/dev/zero` was read until memory
 * ran out), a FIFO no one writes to (read forever), a file too large for the
 * XML reader. Each is refused from its `stat`, before a byte is read.
 */
import { statSync } from 'node:fs';
import { MAX_XML_BYTES } from '../xml/decode.js';

/** The reason a path could not be read, in words, from a system error (a sentence that follows the path); undefined for other errors. */
export function errnoReason(e: unknown): string | undefined {
  switch ((e as NodeJS.ErrnoException | undefined)?.code) {
    case 'ENOENT':
      return 'does not exist';
    case 'ENOTDIR':
      return 'does not exist (a part of the path is not a folder)';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read (permission denied)';
    case 'ELOOP':
      return 'cannot be read (a loop of symbolic links)';
    case 'ENAMETOOLONG':
      return 'cannot be read (the name is too long)';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ERR_INVALID_ARG_VALUE': // a NUL character (`%00` in a METS href): no file system path holds one
      return 'cannot be read (the name holds a NUL character)';
    default:
      return undefined;
  }
}

/**
 * Why the XML file at `path` cannot be read, as a sentence that follows the
 * path (`does not exist`, `is a folder, not a file`…); undefined when it is a
 * regular file of at most MAX_XML_BYTES.
 */
export function xmlFileProblem(path: string): string | undefined {
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    const why = errnoReason(e);
    if (why === undefined) throw e;
    return why;
  }
  if (st.isDirectory()) return 'is a folder, not a file';
  if (!st.isFile()) return 'is not a regular file (a device, a pipe or a socket), so it is not read';
  if (st.size > MAX_XML_BYTES) return `is too large to read as XML (${(st.size / 2 ** 20).toFixed(1)} MiB; the limit is ${(MAX_XML_BYTES / 2 ** 20).toFixed(1)} MiB)`;
  return undefined;
}
