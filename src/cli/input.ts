/**
 * Reading one input for the command line: a file, or standard input for `-`.
 * File-system errors become one clear line naming the file and the problem.
 */
import { readFileSync } from 'node:fs';

/** What the command line calls standard input in messages and in the output's `source.name`. */
export const STDIN_NAME = '<stdin>';

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

export function readInputFile(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (e) {
    throw new InputError(file, describeReadError(e));
  }
}

export function describeReadError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const known = err.code ? READ_PROBLEMS[err.code] : undefined;
  if (known) return known;
  return `cannot read${err.code ? ` (${err.code})` : ''}: ${err.message ?? String(e)}`;
}

/** All of a readable stream (standard input), as bytes. */
export async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks);
}
