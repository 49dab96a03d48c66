/**
 * `mkdir -p` without Node's `mkdirSync(dir, { recursive: true })`, which on
 * Node 20 loops forever when mkdir fails with ENOENT under a folder that exists
 * (a pseudo file system such as /proc, where nothing can be created): the
 * `--out /proc/x` run hung at full CPU. Here each missing folder is created
 * once, from the first existing ancestor down, and the first failure is thrown.
 */
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export function makeDirs(dir: string): void {
  const missing: string[] = [];
  let at = resolve(dir);
  for (;;) {
    try {
      statSync(at);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    missing.push(at);
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (let i = missing.length - 1; i >= 0; i--) {
    try {
      mkdirSync(missing[i]!);
    } catch (e) {
      // another process made it in the meantime
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}
