/** Bad input on the command line: one clear line naming the file and the problem, the documented exit code, no stack trace. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { commandArgs, galley, tempDir } from './harness.js';
import { describeWriteError } from '../../src/cli/write-errors.js';
import { BoundedInput, describeReadError, InputError, readAll, shownName } from '../../src/cli/input.js';
import { MARKUP_SNIFF_WINDOW } from '../../src/readers/index.js';
import { Readable } from 'node:stream';

const dir = tempDir();
writeFileSync(join(dir, 'empty.txt'), '');
writeFileSync(join(dir, 'blank.txt'), ' \n\n \n');
writeFileSync(join(dir, 'binary.dat'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
mkdirSync(join(dir, 'folder'));
// one line over MAX_TEXT_LINES (src/readers/text/index.ts)
writeFileSync(join(dir, 'lines.txt'), '-\n'.repeat(100_001));
// "café — au lait" in Windows-1252: é = 0xE9, em dash = 0x97
writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x97, 0x20, 0x61, 0x75, 0x20, 0x6c, 0x61, 0x69, 0x74, 0x0a]));

function assertNoStack(stderr: string): void {
  assert.doesNotMatch(stderr, /\n\s+at |Error:|node:internal/);
}

const cases: Array<[string, string, string]> = [
  ['missing file', 'nope.txt', 'galley: nope.txt: no such file\n'],
  ['directory', 'folder', 'galley: folder: is a directory\n'],
  ['binary', 'binary.dat', 'galley: binary.dat: the file is binary, not text (no reader for this format)\n'],
  ['empty', 'empty.txt', 'galley: empty.txt: the file is empty\n'],
  ['only white space', 'blank.txt', 'galley: blank.txt: the file holds no text (only white space)\n'],
  ['too many lines', 'lines.txt', 'galley: lines.txt: the file has too many lines for a text page (100,001; the limit is 100,000)\n'],
  ['path through a file', 'empty.txt/x', 'galley: empty.txt/x: no such file (a part of the path is not a folder)\n'],
];

for (const [what, file, message] of cases) {
  test(`${what}: exit 1 and "${message.trim()}"`, () => {
    const r = galley([file], { cwd: dir });
    assert.equal(r.stderr, message);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
  });
}

test('invalid UTF-8 is decoded with a warning naming the file, exit 0', () => {
  const r = galley(['latin1.txt', '--format', 'text'], { cwd: dir });
  assert.equal(r.code, 0);
  assert.equal(r.stderr, 'latin1.txt:p1  warning  not valid UTF-8; decoded as windows-1252 (detected)  reader/encoding\n');
  assert.match(r.stdout, /café — au lait/);
});

test('--quiet silences the encoding warning but not the exit code of a failure', () => {
  const ok = galley(['latin1.txt', '--quiet'], { cwd: dir });
  assert.equal(ok.code, 0);
  assert.equal(ok.stderr, '');
  const bad = galley(['nope.txt', '--quiet'], { cwd: dir });
  assert.equal(bad.code, 1);
  assert.equal(bad.stderr, 'galley: nope.txt: no such file\n');
});

test('unreadable file: permission denied', { skip: process.getuid?.() === 0 ? 'root reads every file' : false }, () => {
  const f = join(dir, 'locked.txt');
  writeFileSync(f, 'some text\n');
  chmodSync(f, 0o000);
  const r = galley(['locked.txt'], { cwd: dir });
  assert.equal(r.stderr, 'galley: locked.txt: permission denied\n');
  assert.equal(r.code, 1);
});

test('usage errors exit 2 with a hint, never a stack trace', () => {
  for (const args of [[], ['--bogus', 'x.txt'], ['--format', 'xml', 'x.txt']]) {
    const r = galley(args, { cwd: dir });
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, /^galley: .+\n\(galley --help for usage\)\n$/);
    assertNoStack(r.stderr);
  }
  assert.equal(galley([], { cwd: dir }).stderr, 'galley: no input files (give FILE..., or - for standard input)\n(galley --help for usage)\n');
  assert.equal(galley(['--bogus'], { cwd: dir }).stderr, "galley: unknown option '--bogus'\n(galley --help for usage)\n");
});

test('--out that is a file is a usage error', () => {
  writeFileSync(join(dir, 'afile'), 'x');
  writeFileSync(join(dir, 'good.txt'), 'Some words here.\n');
  const r = galley(['good.txt', '--out', 'afile'], { cwd: dir });
  assert.equal(r.code, 2);
  assert.equal(r.stderr, 'galley: --out afile: not a directory\n');
});

test('file-system error codes are worded for users (EACCES is tested here too: root can read any file)', () => {
  const err = (code: string, message = `${code}: x`) => Object.assign(new Error(message), { code });
  assert.equal(describeReadError(err('EACCES')), 'permission denied');
  assert.equal(describeReadError(err('EPERM')), 'permission denied');
  assert.equal(describeReadError(err('ELOOP')), 'too many levels of symbolic links');
  assert.equal(describeReadError(err('ERR_FS_FILE_TOO_LARGE')), 'file too large to read (over 2 GiB)');
  assert.equal(describeReadError(err('EIO', 'EIO: i/o error, read')), 'cannot read (EIO): EIO: i/o error, read');
});

test('a file that gives a warning per line: the first warnings, then how many more (exit 0)', () => {
  // A machine-made file of broken words, one per line: every line end is a weak-evidence repair.
  writeFileSync(join(dir, 'fragments.txt'), 'x-\n'.repeat(60));
  const r = galley(['fragments.txt', '--format', 'text'], { cwd: dir });
  assert.equal(r.code, 0);
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 21);
  // (the page-level warning that the lines are word stacks, reader/shredded-lines, sorts first)
  assert.ok(lines.slice(0, 20).every((l) => /^fragments\.txt:(?:\d+:\d+|p1)  warning  /.test(l)));
  // --explain lists every warning; the summary line counts those not shown.
  const all = galley(['fragments.txt', '--format', 'text', '--explain'], { cwd: dir });
  const total = all.stderr.split('\n').filter((l) => l.includes('  warning  ')).length;
  assert.ok(total > 20, String(total));
  assert.deepEqual(lines.slice(0, 20), all.stderr.split('\n').filter((l) => l.includes('  warning  ')).slice(0, 20));
  assert.equal(lines[20], `fragments.txt  warning  ${total - 20} more warnings not shown (--explain lists them all)  cli/warning-limit`);
});

test('--out where no folder can be made (/proc): exit 2 at once, not a hang (Node\'s recursive mkdir loops there)', { timeout: 30_000, skip: existsSync('/proc/self') ? false : 'no /proc' }, () => {
  writeFileSync(join(dir, 'good.txt'), 'Some words here.\n');
  const started = Date.now();
  const r = galley(['good.txt', '--out', '/proc/galley-test/out'], { cwd: dir });
  assert.equal(r.stderr, 'galley: --out /proc/galley-test/out: cannot create a folder there\n');
  assert.equal(r.code, 2);
  assert.ok(Date.now() - started < 20_000);
});

test('an output blocked by a folder of its name fails that input only; the others are written, no temporary file left', () => {
  const out = join(dir, 'blocked');
  mkdirSync(join(out, 'one.md'), { recursive: true });
  writeFileSync(join(dir, 'one.txt'), 'First page words.\n');
  writeFileSync(join(dir, 'two.txt'), 'Second page words.\n');
  const r = galley(['one.txt', 'two.txt', '--out', 'blocked'], { cwd: dir });
  assert.equal(r.stderr, `galley: one.txt: cannot write ${join('blocked', 'one.md')}: a folder of that name is in the way\n`);
  assert.equal(r.code, 1);
  assert.deepEqual(readdirSync(out).sort(), ['one.md', 'two.md']);
});

test('a full standard output (> /dev/full): one line, exit 1, no stack trace', { skip: existsSync('/dev/full') ? false : 'no /dev/full' }, () => {
  writeFileSync(join(dir, 'good.txt'), 'Some words here.\n');
  const full = openSync('/dev/full', 'w');
  try {
    const r = spawnSync(process.execPath, [...commandArgs(), 'good.txt'], { cwd: dir, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
    assert.equal(r.stderr, 'galley: cannot write to standard output: no space left on the device\n');
    assert.equal(r.status, 1);
  } finally {
    closeSync(full);
  }
});

test('write error codes are worded for users', () => {
  const err = (code: string, message = `${code}: x`) => Object.assign(new Error(message), { code });
  assert.equal(describeWriteError(err('EROFS')), 'read-only file system');
  assert.equal(describeWriteError(err('ENOSPC')), 'no space left on the device');
  assert.equal(describeWriteError(err('EACCES')), 'permission denied');
  assert.equal(describeWriteError(err('EXDEV', 'EXDEV: cross-device link')), 'EXDEV: cross-device link');
  assert.equal(describeWriteError(err('EXDEV', 'cross-device link')), 'EXDEV: cross-device link');
});

test('an endless device of binary bytes (/dev/zero, /dev/urandom) is refused as binary from its first 64 KiB: exit 1 at once, memory bounded', { timeout: 60_000, skip: existsSync('/dev/zero') ? false : 'no /dev/zero' }, () => {
  const started = Date.now();
  // before: read on without end (5 GB in 30 s); then read to 32 MiB and refused as "too large for a text page"
  for (const device of ['/dev/zero', '/dev/urandom']) {
    const r = galley([device], { cwd: dir });
    assert.equal(r.stderr, `galley: ${device}: the file is binary, not text (no reader for this format)\n`);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
  }
  // a large binary file, and binary bytes on standard input, alike
  writeFileSync(join(dir, 'big.bin'), Buffer.alloc(40 * 1024 * 1024, 1));
  assert.equal(galley(['big.bin'], { cwd: dir }).stderr, 'galley: big.bin: the file is binary, not text (no reader for this format)\n');
  assert.equal(galley(['-'], { cwd: dir, input: Buffer.alloc(3 * 1024 * 1024, 2) }).stderr, 'galley: <stdin>: the file is binary, not text (no reader for this format)\n');
  const r = galley(['/dev/zero'], { cwd: dir });
  assert.equal(r.code, 1);
  assert.equal(r.stdout, '');
  // before the fix it read on without end (5 GB in 30 s)
  assert.ok(Date.now() - started < 30_000);
});

test('endless standard input (yes | galley -) stops at the text limit, named <stdin>', async () => {
  const line = Buffer.from('endless line of words\n'.repeat(3000));
  let sent = 0;
  const endless = new Readable({
    read() {
      sent += line.length;
      this.push(line);
    },
  });
  await assert.rejects(readAll(endless), (e: unknown) => {
    assert.ok(e instanceof InputError);
    assert.equal(e.message, '<stdin>: the input is too large for a text page (reading stopped after 32.0 MiB; the limit is 16.0 MiB, 32.0 MiB for UTF-16)');
    return true;
  });
  assert.ok(sent < 40 * 1024 * 1024, String(sent));
});

test('a stream refused by its head alone (markup that is neither ALTO nor hOCR) is not read further; a short one is read whole', async () => {
  const head = Buffer.from(`<html><body>${'x'.repeat(MARKUP_SNIFF_WINDOW)}`);
  const input = new BoundedInput('page.html');
  assert.equal(input.add(head), false);
  const short = await readAll(Readable.from([Buffer.from('A short page '), Buffer.from('of text.\n')]));
  assert.equal(Buffer.from(short).toString(), 'A short page of text.\n');
});

test('a FIFO (galley <(cmd)) is read to its end like a file', { skip: process.platform === 'win32' ? 'no FIFOs' : false }, () => {
  const fifo = join(dir, 'pipe.txt');
  assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
  const r = spawnSync('sh', ['-c', `printf 'Words that came through a pipe.\\n' > ${fifo} & exec "$0" "$@"`, process.execPath, ...commandArgs(), fifo, '--format', 'text'], { encoding: 'utf8', timeout: 30_000 });
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, 'Words that came through a pipe.\n');
  assert.equal(r.status, 0);
});

test('control characters in a file name (a newline, a terminal escape) are shown escaped: one line per error, nothing sent to the terminal', { skip: process.platform === 'win32' ? 'no such names' : false }, () => {
  const name = 'evil\x1b[2J\nfake: line.txt';
  writeFileSync(join(dir, name), '');
  const r = galley([name], { cwd: dir });
  assert.equal(r.stderr, 'galley: evil\\x1b[2J\\nfake: line.txt: the file is empty\n');
  assert.equal(r.code, 1);
  assert.equal(shownName('-'), '<stdin>');
  assert.equal(shownName('tab\there\r\x9b.txt'), 'tab\\there\\r\\x9b.txt');
});

test('a regular file past its format\'s limit is refused from its size, before the rest is read', async () => {
  const { readInputFile } = await import('../../src/cli/input.js');
  const { truncateSync } = await import('node:fs');
  // Sparse files: 400 MiB on disk in name only. Read whole, the text one took 530 MB of memory only to be refused.
  // (its head is text: a head of NUL bytes is refused as binary, from the head alone)
  const text = join(dir, 'sparse.txt');
  writeFileSync(text, 'Hello world\n'.repeat(6000));
  truncateSync(text, 400 * 1024 * 1024);
  assert.throws(() => readInputFile(text, 'sparse.txt'), (e: unknown) => {
    assert.ok(e instanceof InputError);
    assert.equal(e.message, 'sparse.txt: the file is too large for a text page (400.0 MiB; the limit is 16.0 MiB)');
    return true;
  });
  const alto = join(dir, 'sparse.xml');
  writeFileSync(alto, '<?xml version="1.0"?>\n<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Layout>\n');
  truncateSync(alto, 300 * 1024 * 1024);
  assert.throws(() => readInputFile(alto, 'sparse.xml'), { message: 'sparse.xml: the file is too large for an ALTO file (300.0 MiB; the limit is 200.0 MiB)' });
  // and from the command line, the same line
  const r = galley([text], { cwd: dir });
  assert.equal(r.stderr, `galley: ${text}: the file is too large for a text page (400.0 MiB; the limit is 16.0 MiB)\n`);
  assert.equal(r.code, 1);
});
