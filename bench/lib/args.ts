/** Command-line options of the bench scripts: `--help` prints the usage; an unknown option is a usage error (exit 2), not a stack trace. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The parsed values, or the exit code to return (0 after `--help`, 2 after a bad option). */
export function parseOptions<T extends Options>(
  name: string,
  usage: string,
  options: T,
  args: string[] = process.argv.slice(2),
): { values: ReturnType<typeof parseArgs<{ options: T; args: string[] }>>['values'] } | { exit: number } {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${usage}\n`);
    return { exit: 0 };
  }
  try {
    return { values: parseArgs({ options, args }).values };
  } catch (e) {
    process.stderr.write(`${name}: ${(e as Error).message}\n${usage}\n`);
    return { exit: 2 };
  }
}
