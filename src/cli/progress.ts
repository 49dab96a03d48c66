/**
 * The progress bar (cli-progress) shown on stderr during long batches, and
 * the one place that writes diagnostics to stderr while it is up: lines are
 * logged above the bar instead of breaking it.
 */
import cliProgress from 'cli-progress';

/** The bar appears only for more files than this ("more than a few"): short runs finish before it would help. */
export const PROGRESS_MIN_FILES = 5;

export interface ErrStream extends NodeJS.WritableStream {
  isTTY?: boolean;
}

/** Show the bar: stderr is a terminal, the batch is long, and the user did not ask for quiet. */
export function wantsProgress(stderr: ErrStream, files: number, quiet: boolean): boolean {
  return stderr.isTTY === true && files > PROGRESS_MIN_FILES && !quiet;
}

/** Writes diagnostic lines to stderr, above the progress bar when there is one. */
export interface Reporter {
  line(text: string): void;
  tick(file: string): void;
  finish(): void;
}

export function plainReporter(stderr: ErrStream): Reporter {
  return {
    line: (text) => void stderr.write(`${text}\n`),
    tick: () => {},
    finish: () => {},
  };
}

export function progressReporter(stderr: ErrStream, total: number): Reporter {
  const multi = new cliProgress.MultiBar(
    {
      stream: stderr,
      format: 'galley |{bar}| {value}/{total} files | {file}',
      clearOnComplete: true,
      // the cursor stays visible: an interrupted run (Ctrl-C) must not leave the terminal without one
      hideCursor: false,
      // cut the bar line at the terminal width (long file names would wrap it onto several lines);
      // `false` would switch the terminal's line wrapping off instead, and an interrupted run would leave it off
      linewrap: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const bar = multi.create(total, 0, { file: '' });
  let pending = false;
  return {
    line: (text) => {
      multi.log(`${text}\n`);
      pending = true;
    },
    tick: (file) => {
      bar.increment(1, { file });
      // flush logged lines now rather than at the next timer tick
      if (pending) {
        multi.update();
        pending = false;
      }
    },
    finish: () => {
      multi.update();
      multi.stop();
    },
  };
}
