/** Process entry of the `galley` command (bin/galley.js runs the compiled copy). */
import { main } from './main.js';
import { describeWriteError } from './write-errors.js';

// `galley … | head`: a closed stdout ends the run quietly, not with a stack trace.
// Any other failure (`> /dev/full`, a full disk) is one line and exit 1: the output is incomplete.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`galley: cannot write to standard output: ${describeWriteError(e)}\n`);
  process.exit(1);
});

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  // main catches per-file errors; anything here is a bug in the command itself
  process.stderr.write(`galley: internal error: ${(e as Error).message}\n`);
  if (process.env.GALLEY_DEBUG === '1') process.stderr.write(`${(e as Error).stack}\n`);
  process.exitCode = 1;
}
