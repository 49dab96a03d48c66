/**
 * The `galley` command: a thin edge over the library (see docs/cli.md).
 *   galley [options] FILE...          convert (Markdown to stdout by default)
 *   galley eval --truth <corpus folder | METS file> [...]
 *                                     score Galley on a corpus folder or on ALTO pages against their METS
 */
import { Command, CommanderError, Option } from 'commander';
import { runPipeline } from './pipeline.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../writers/index.js';
import { outputJsonSchema } from '../writers/json/schema.js';
import { VERSION } from '../version.js';
import { convertAll, type CliIO } from './convert.js';
import { DEFAULT_EVAL_INPUT, evalCommand } from './eval-command.js';
import { EVAL_EXIT_CODES_HELP, EXIT, EXIT_CODES_HELP, type ExitCode } from './exit-codes.js';
import { readAll } from './input.js';

export { EXIT } from './exit-codes.js';

/** The real process's streams and pipeline. */
export function processIO(): CliIO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: () => readAll(process.stdin),
    restore: runPipeline,
    cwd: process.cwd(),
    debug: process.env.GALLEY_DEBUG === '1',
  };
}

interface ConvertFlags {
  format: OutputFormat;
  out?: string;
  explain?: boolean;
  quiet?: boolean;
  furniture?: boolean;
  check?: boolean;
  schema?: boolean;
}

/** Run the command line `argv` (without node and script); resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<ExitCode> {
  let code: ExitCode = EXIT.OK;
  const program = new Command()
    .name('galley')
    .usage('[options] FILE...\n       galley eval --truth <corpus folder | METS file> [--input NAME] [--pages a,b] [--json]')
    .description('Turn newspaper page text into clean, structured articles.\nFILE may be - for standard input.')
    .version(VERSION, '-V, --version', 'print the version and exit')
    .helpOption('-h, --help', 'print this help and exit')
    .argument('[files...]')
    .addOption(new Option('-f, --format <format>', 'output format').choices(OUTPUT_FORMATS).default('markdown'))
    .option('-o, --out <dir>', 'write one file per input into DIR (atomically) instead of stdout')
    .option('--explain', 'print every repair and decision to stderr, one per line: FILE:LINE:COL  SEVERITY  TEXT  RULE')
    .option('--furniture', 'include page furniture (paper name, folio, ...) in Markdown output')
    .option('--check', 'fail an input whose output lost or invented text that no message explains')
    .option('-q, --quiet', 'print no warnings, no progress bar (errors are still printed)')
    .option('--schema', 'print the JSON Schema of the JSON output and exit')
    .addHelpText('after', `${EXIT_CODES_HELP}\n\nGALLEY_DEBUG=1 adds the stack trace to internal errors. See docs/cli.md.`)
    .showHelpAfterError('(galley --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      outputError: (s, write) => write(`galley: ${s.replace(/^error: /, '')}`),
    })
    .action(async (files: string[], flags: ConvertFlags) => {
      if (flags.schema) {
        io.stdout.write(`${JSON.stringify(outputJsonSchema(), null, 2)}\n`);
        return;
      }
      if (files.length === 0) {
        io.stderr.write('galley: no input files (give FILE..., or - for standard input)\n(galley --help for usage)\n');
        code = EXIT.USAGE;
        return;
      }
      code = await convertAll(files, {
        format: flags.format,
        ...(flags.out !== undefined ? { out: flags.out } : {}),
        explain: flags.explain ?? false,
        quiet: flags.quiet ?? false,
        furniture: flags.furniture ?? false,
        check: flags.check ?? false,
      }, io);
    });
  program
    .command('eval')
    .description('score Galley on a corpus folder (<page-id>/truth.json + inputs), or on ALTO pages against their METS articles, with the scorer\'s metrics')
    .requiredOption('--truth <path>', 'corpus folder holding <page-id>/truth.json; or a METS file, or a folder of METS files, with their ALTO pages')
    .option('--input <name>', 'input file of each page (corpus folders; METS truth runs on the ALTO files)', DEFAULT_EVAL_INPUT)
    .option('--pages <ids>', 'only these page ids (comma-separated)')
    .option('--json', 'print {pages, total, counts} as JSON instead of the table')
    .addHelpText('after', EVAL_EXIT_CODES_HELP)
    .action(async (flags: { truth: string; input: string; pages?: string; json?: boolean }) => {
      code = await evalCommand(
        { truth: flags.truth, input: flags.input, json: flags.json ?? false, ...(flags.pages ? { pages: flags.pages.split(',') } : {}) },
        io,
      );
    });
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    throw e;
  }
  return code;
}
