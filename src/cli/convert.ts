/**
 * The conversion command: every input read, restored and written, each one
 * on its own — a bad file or an unexpected exception is reported for that
 * file and the batch goes on.
 */
import { statSync } from 'node:fs';
import type { GalleyDocument } from '../model/types.js';
import type { RestoreInput } from '../pipeline.js';
import { GalleyError } from '../errors.js';
import { EXTENSIONS, write, type OutputFormat } from '../writers/index.js';
import { accountFor, describeAccount } from '../audit/index.js';
import { writeFileAtomic } from './atomic-write.js';
import { makeDirs } from './make-dirs.js';
import { describeWriteError } from './write-errors.js';
import { explainLines, warningLines } from './explain.js';
import { InputError, readInputFile, shownName } from './input.js';
import { outputNames, outputPath, STDIN_ARG } from './out-names.js';
import { plainReporter, progressReporter, wantsProgress, type ErrStream, type Reporter } from './progress.js';
import { EXIT, type ExitCode } from './exit-codes.js';

export interface ConvertOptions {
  format: OutputFormat;
  /** Output folder; stdout when absent. */
  out?: string;
  explain: boolean;
  quiet: boolean;
  furniture: boolean;
  /** Check that every input word is in the output or explained by a message (src/audit). */
  check: boolean;
}

/** What the command needs from the process; tests replace parts of it. */
export interface CliIO {
  stdout: { write(s: string): unknown };
  stderr: ErrStream;
  readStdin(): Promise<Uint8Array>;
  restore(input: RestoreInput): GalleyDocument | Promise<GalleyDocument>;
  cwd: string;
  /** Print stack traces of internal errors (GALLEY_DEBUG=1). */
  debug: boolean;
}

/** The outcome of one input: its output text, or the line saying why it failed, plus its diagnostics. */
interface Converted {
  output: string | null;
  diagnostics: string[];
  failure: string | null;
}

export async function convertAll(files: readonly string[], options: ConvertOptions, given: CliIO): Promise<ExitCode> {
  // Standard input can be read once: a second `-` converts the same bytes (it read nothing and was "empty").
  let stdin: Promise<Uint8Array> | null = null;
  const io: CliIO = { ...given, readStdin: () => (stdin ??= given.readStdin()) };
  if (options.out !== undefined) {
    const problem = prepareOutDir(options.out);
    if (problem) {
      io.stderr.write(`galley: --out ${shownName(options.out)}: ${problem}\n`);
      return EXIT.USAGE;
    }
  }
  const ext = EXTENSIONS[options.format];
  const names = options.out !== undefined ? outputNames(files, ext, options.out, io.cwd) : null;
  const reporter: Reporter = wantsProgress(io.stderr, files.length, options.quiet)
    ? progressReporter(io.stderr, files.length)
    : plainReporter(io.stderr);
  let failed = 0;
  try {
    for (let i = 0; i < files.length; i++) {
      const file = files[i]!;
      const shown = shownName(file);
      const result = await convertOne(file, options, io);
      for (const d of result.diagnostics) reporter.line(d);
      if (result.output !== null) {
        const problem = emit(result.output, i, files.length, shown, options, names, io);
        if (problem) result.failure = problem;
      }
      if (result.failure) {
        failed++;
        reporter.line(`galley: ${result.failure}`);
      }
      reporter.tick(shown);
      // let the progress bar's timer run between files
      await new Promise((r) => setImmediate(r));
    }
  } finally {
    reporter.finish();
  }
  if (files.length > 1 && !options.quiet && io.stderr.isTTY) {
    io.stderr.write(`galley: ${files.length - failed} of ${files.length} files converted${failed ? `, ${failed} failed` : ''}\n`);
  }
  return failed ? EXIT.FAILED : EXIT.OK;
}

/** Create the output folder; a reason when it cannot be used. */
function prepareOutDir(dir: string): string | null {
  try {
    makeDirs(dir);
    if (!statSync(dir).isDirectory()) return 'not a directory';
    return null;
  } catch (e) {
    return describeWriteError(e);
  }
}

/** Read, restore, write and check one input. Never throws. */
export async function convertOne(file: string, options: ConvertOptions, io: CliIO): Promise<Converted> {
  const shown = shownName(file);
  const fail = (failure: string): Converted => ({ output: null, diagnostics: [], failure });
  let bytes: Uint8Array;
  try {
    bytes = file === STDIN_ARG ? await io.readStdin() : readInputFile(file, shown);
  } catch (e) {
    if (e instanceof InputError) return fail(e.message);
    return fail(`${shown}: cannot read: ${(e as Error).message}`);
  }
  let doc: GalleyDocument;
  let output: string;
  let diagnostics: string[];
  try {
    doc = await io.restore({ name: shown, bytes });
    output = write(doc, options.format, { furniture: options.furniture });
    diagnostics = options.explain ? explainLines(shown, doc) : options.quiet ? [] : warningLines(shown, doc);
  } catch (e) {
    if (e instanceof GalleyError) return fail(e.message);
    return fail(internalError(shown, e, io.debug));
  }
  let failure: string | null = null;
  if (options.check) {
    try {
      // A text input is checked against its decoded bytes; ALTO, hOCR, PDF and images against the text their reader found (not the markup).
      const account = accountFor(doc, doc.format === 'text' ? bytes : undefined);
      if (!account.ok) failure = `${shown}: check failed: ${describeAccount(account)}`;
    } catch (e) {
      failure = internalError(shown, e, io.debug);
    }
  }
  return { output, diagnostics, failure };
}

/**
 * V8's error when a string passes its length limit (2^29 characters, about 512 MB on 64-bit
 * builds), as building a very large document's output does: said as what it means.
 */
const STRING_TOO_LONG = 'Invalid string length';

function internalError(file: string, e: unknown, debug: boolean): string {
  const err = e instanceof Error ? e : new Error(String(e));
  if (err instanceof RangeError && err.message === STRING_TOO_LONG) {
    return `${file}: the output is too large to build (over the 512 MB a JavaScript string can hold)`;
  }
  const detail = debug && err.stack ? `\n${err.stack}` : '';
  return `${file}: internal error: ${err.message}${detail}`;
}

/** Write one output to stdout or, atomically, into the output folder. A reason on failure. */
function emit(
  output: string,
  index: number,
  count: number,
  shown: string,
  options: ConvertOptions,
  names: readonly string[] | null,
  io: CliIO,
): string | null {
  if (names !== null && options.out !== undefined) {
    const target = outputPath(options.out, names[index]!);
    try {
      writeFileAtomic(target, output);
      return null;
    } catch (e) {
      return `${shown}: cannot write ${shownName(target)}: ${describeWriteError(e)}`;
    }
  }
  io.stdout.write(count > 1 ? stdoutSection(output, shown, options.format) : output);
  return null;
}

/**
 * Several inputs on stdout: JSON as JSON Lines (one compact document per line),
 * Markdown with a `# FILE` heading per input, text with a `==> FILE <==` line.
 */
export function stdoutSection(output: string, file: string, format: OutputFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(JSON.parse(output))}\n`;
    case 'markdown':
      return `# ${file}\n\n${output}\n`;
    case 'text':
      return `==> ${file} <==\n${output}\n`;
  }
}
