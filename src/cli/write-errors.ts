/** User-facing wording of the file-system errors a write (an output file, the --out folder, stdout) can hit. */
const WRITE_PROBLEMS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large for the file system',
  EIO: 'input/output error',
  EISDIR: 'a folder of that name is in the way',
  ENOTDIR: 'not a directory',
  EEXIST: 'not a directory',
  // mkdir under a folder that exists can still fail with ENOENT on pseudo file systems (/proc)
  ENOENT: 'cannot create a folder there',
  ENAMETOOLONG: 'file name too long',
};

export function describeWriteError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const known = err.code ? WRITE_PROBLEMS[err.code] : undefined;
  if (known) return known;
  const message = err.message ?? String(e);
  // Node's messages already open with the code (`EXDEV: cross-device link not permitted, rename …`)
  return err.code && !message.startsWith(err.code) ? `${err.code}: ${message}` : message;
}
