/**
 * The `galley` command: a thin edge over the library.
 * Exit codes: 0 all inputs converted; 1 at least one input failed; 2 usage error.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { restore } from '../pipeline.js';
import { write, OUTPUT_FORMATS, type OutputFormat } from '../writers/index.js';
import { formatMessage } from '../model/messages.js';
import { GalleyError } from '../errors.js';
import { VERSION } from '../version.js';

export const EXIT = { OK: 0, FAILED: 1, USAGE: 2 } as const;

export async function main(argv: string[]): Promise<number> {
  const program = new Command()
    .name('galley')
    .description('Turn newspaper page text into clean, structured articles.')
    .version(VERSION)
    .argument('[files...]', 'input files (- for stdin)')
    .option('-f, --format <format>', `output format: ${OUTPUT_FORMATS.join('|')}`, 'markdown')
    .option('--explain', 'print every repair and decision, one per line (file:line:col rule message), to stderr')
    .option('--furniture', 'include page furniture in Markdown output')
    .option('-q, --quiet', 'print no warnings')
    .exitOverride();
  try {
    program.parse(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    throw e;
  }
  const opts = program.opts<{ format: string; explain?: boolean; furniture?: boolean; quiet?: boolean }>();
  if (!(OUTPUT_FORMATS as readonly string[]).includes(opts.format)) {
    process.stderr.write(`galley: unknown format '${opts.format}' (expected ${OUTPUT_FORMATS.join(', ')})\n`);
    return EXIT.USAGE;
  }
  const files = program.args.length ? program.args : [];
  if (files.length === 0) {
    program.outputHelp({ error: true });
    return EXIT.USAGE;
  }
  let failed = 0;
  for (const file of files) {
    try {
      const bytes = file === '-' ? readFileSync(0) : readFileSync(file);
      const doc = restore({ name: file, bytes });
      process.stdout.write(write(doc, opts.format as OutputFormat, { furniture: opts.furniture ?? false }));
      for (const m of doc.messages) {
        if (opts.explain || (m.severity !== 'info' && !opts.quiet)) process.stderr.write(`${formatMessage(file, m)}\n`);
      }
    } catch (e) {
      failed++;
      process.stderr.write(`galley: ${describe(e, file)}\n`);
    }
  }
  return failed ? EXIT.FAILED : EXIT.OK;
}

function describe(e: unknown, file: string): string {
  if (e instanceof GalleyError) return e.message;
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'ENOENT') return `${file}: no such file`;
  if (err.code === 'EISDIR') return `${file}: is a directory`;
  if (err.code === 'EACCES') return `${file}: permission denied`;
  return `${file}: ${err.message ?? String(e)}`;
}
