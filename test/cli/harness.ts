/**
 * Running the `galley` command in tests. The compiled tests (dist/test, run by
 * `npm test`) spawn the compiled command (bin/galley.js → dist/src/cli/run.js);
 * the TypeScript tests (run with `node --import tsx --test`) spawn the source
 * (src/cli/run.ts through tsx). Either way the command under test is built
 * from the same tree as the test.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Writable } from 'node:stream';
import { packageRoot } from '../../bench/lib/paths.js';
import type { CliIO } from '../../src/cli/convert.js';
import { restore } from '../../src/pipeline.js';

export const ROOT = packageRoot();
const compiled = fileURLToPath(import.meta.url).includes(`${sep}dist${sep}`);

/** The node arguments that start the command (before the command's own arguments). */
export function commandArgs(): string[] {
  if (compiled) return [join(ROOT, 'bin', 'galley.js')];
  return ['--import', import.meta.resolve('tsx'), join(ROOT, 'src', 'cli', 'run.ts')];
}

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function galley(args: readonly string[], options: { cwd?: string; input?: string | Uint8Array; env?: NodeJS.ProcessEnv } = {}): Ran {
  const r = spawnSync(process.execPath, [...commandArgs(), ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(prefix = 'galley-cli-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A writable stream that keeps what is written; `isTTY` as asked. */
export class Capture extends Writable {
  text = '';
  isTTY: boolean;
  columns = 100;

  constructor(isTTY = false) {
    super();
    this.isTTY = isTTY;
  }

  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

/** In-process IO for `main`/`convertAll`, with a replaceable pipeline. */
export function fakeIO(overrides: Partial<CliIO> & { stdinText?: string; tty?: boolean } = {}): CliIO & { out: Capture; err: Capture } {
  const out = new Capture();
  const err = new Capture(overrides.tty ?? false);
  return {
    stdout: out,
    stderr: err,
    readStdin: async () => new TextEncoder().encode(overrides.stdinText ?? ''),
    restore: (input) => restore(input),
    cwd: overrides.cwd ?? ROOT,
    debug: false,
    ...overrides,
    out,
    err,
  };
}
