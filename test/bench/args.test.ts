/** The bench scripts answer --help and refuse unknown options with a usage line and exit 2 (no stack trace). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../../bench/lib/paths.js';

const ROOT = packageRoot();
const compiled = fileURLToPath(import.meta.url).includes(`${sep}dist${sep}`);

function script(name: 'speed' | 'eval' | 'pdf-memory', args: string[]): { code: number | null; stdout: string; stderr: string } {
  const start = compiled ? [join(ROOT, 'dist', 'bench', `${name}.js`)] : ['--import', import.meta.resolve('tsx'), join(ROOT, 'bench', `${name}.ts`)];
  const r = spawnSync(process.execPath, [...start, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

for (const name of ['speed', 'eval', 'pdf-memory'] as const) {
  test(`bench/${name}: --help prints the usage, exit 0`, () => {
    const r = script(name, ['--help']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, new RegExp(`^usage: node dist/bench/${name}\\.js `));
    assert.equal(r.stderr, '');
  });

  test(`bench/${name}: an unknown option is a usage error, exit 2`, () => {
    const r = script(name, ['--bogus']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Unknown option '--bogus'/);
    assert.match(r.stderr, /\nusage: /);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  });
}
