/**
 * Where the benchmarks find things: the package root (found from this file,
 * whether run from bench/ with tsx or compiled into dist/bench/), and the
 * shared folder beside the clone (../shared: corpus and scorer).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE_NAME = 'galley-news';

/** The folder holding Galley's package.json. */
export function packageRoot(from = dirname(fileURLToPath(import.meta.url))): string {
  let dir = resolve(from);
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === PACKAGE_NAME) return dir;
      } catch {
        // not ours; keep looking
      }
    }
    const up = dirname(dir);
    if (up === dir) throw new Error(`cannot find the ${PACKAGE_NAME} package root above ${from}`);
    dir = up;
  }
}

/** ../shared beside the clone (SHARED overrides). */
export function sharedDir(): string {
  return process.env.SHARED ? resolve(process.env.SHARED) : join(packageRoot(), '..', 'shared');
}

/** The dev corpora that exist: ../shared/corpus/dev and dev2. */
export function defaultCorpora(): string[] {
  return ['dev', 'dev2'].map((c) => join(sharedDir(), 'corpus', c)).filter((d) => existsSync(d));
}

/** The reference scorer. */
export function scorerPath(): string {
  return join(sharedDir(), 'bench', 'score.mjs');
}
