/**
 * Exit codes of `galley` (also in `galley --help` and docs/cli.md):
 * 0 every input converted; 1 at least one input failed (read, conversion,
 * write or --check) — the others are still converted; 2 usage error (bad
 * option, no input, unusable --out folder, eval without pages).
 */
export const EXIT = { OK: 0, FAILED: 1, USAGE: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export const EXIT_CODES_HELP = `
Exit codes:
  0  every input converted
  1  at least one input failed (it is named on stderr; the others are still converted)
  2  usage error (unknown option or format, no input, unusable --out folder)`;

export const EVAL_EXIT_CODES_HELP = `
Exit codes:
  0  every page converted and scored
  1  Galley failed on at least one page (named on stderr, scored as a missing prediction)
  2  usage error (no such folder, no page with a truth.json and the input)`;
