/**
 * Errors Galley reports to users. Each has a stable code (used for exit codes
 * and tests) and names the file and the problem.
 */
export const ERROR_CODES = {
  /** The file does not exist or cannot be opened. */
  ENOENT: 'not-found',
  /** The path is a directory. */
  EISDIR: 'is-directory',
  /** The input is empty or holds only white space. */
  EMPTY: 'empty',
  /** The input is binary (not text, and not a format Galley reads). */
  BINARY: 'binary',
  /** The input is in a format Galley recognises but cannot read (yet). */
  UNSUPPORTED: 'unsupported',
  /** The input is over one of the readers' size limits (bytes, lines), which keep memory bounded. */
  TOO_LARGE: 'too-large',
  /** The input is malformed (XML error, truncated PDF...). */
  MALFORMED: 'malformed',
  /** A usage error on the command line. */
  USAGE: 'usage',
} as const;
export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

export class GalleyError extends Error {
  readonly code: ErrorCode;
  readonly file: string;

  constructor(code: ErrorCode, file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'GalleyError';
    this.code = code;
    this.file = file;
  }
}
