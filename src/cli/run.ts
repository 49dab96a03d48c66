/** Process entry of the `galley` command (bin/galley.js runs the compiled copy). */
import { main } from './main.js';

// `galley … | head`: a closed stdout ends the run quietly, not with a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  // main catches per-file errors; anything here is a bug in the command itself
  process.stderr.write(`galley: internal error: ${(e as Error).message}\n`);
  if (process.env.GALLEY_DEBUG === '1') process.stderr.write(`${(e as Error).stack}\n`);
  process.exitCode = 1;
}
