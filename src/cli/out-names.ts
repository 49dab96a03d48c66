/**
 * Output file names for `--out DIR`: one output per input, named so that
 * inputs with the same base name never overwrite each other.
 *
 * Rule (docs/cli.md, "Output names"):
 * 1. Each input's path relative to the common parent folder of all inputs is
 *    kept, with its last extension replaced by the format's
 *    (`corpus/dev001/page.txt` + `corpus/dev002/page.txt` → `dev001/page.md`, `dev002/page.md`).
 * 2. Inputs that would still share an output name (`a/page.txt` and
 *    `a/page.raw`), or whose output would be the input itself, keep their whole
 *    name and get the format's extension appended (`a/page.txt.md`, `a/page.raw.md`).
 * 3. Standard input (`-`) is written as `stdin` + extension.
 * 4. Should two inputs still meet (rare: `a/page.txt` kept whole next to an
 *    input named `a/page.txt.md`), the later one gets `~2`, `~3`… before the extension.
 * Names are compared ignoring case (case-insensitive file systems). The same
 * input named twice maps to the same output.
 */
import { dirname, extname, join, relative, resolve, sep } from 'node:path';

export const STDIN_ARG = '-';
export const STDIN_OUTPUT_BASE = 'stdin';

/** The folder that holds every given path (absolute). */
export function commonParent(absolutePaths: readonly string[]): string {
  const dirs = absolutePaths.map((p) => dirname(p).split(sep));
  let common = dirs[0] ?? [];
  for (const d of dirs.slice(1)) {
    let k = 0;
    while (k < common.length && k < d.length && common[k] === d[k]) k++;
    common = common.slice(0, k);
  }
  const joined = common.join(sep);
  return joined === '' ? sep : joined;
}

function replaceExtension(path: string, ext: string): string {
  const old = extname(path);
  return (old ? path.slice(0, -old.length) : path) + ext;
}

/**
 * Output paths (relative to the output folder), index for index with `inputs`.
 * `cwd` resolves relative inputs; `outDir` is used to spot an output that would overwrite its input.
 */
export function outputNames(inputs: readonly string[], ext: string, outDir: string, cwd = process.cwd()): string[] {
  const absolute = inputs.map((f) => (f === STDIN_ARG ? null : resolve(cwd, f)));
  const parent = commonParent(absolute.filter((p): p is string => p !== null));
  const rel = absolute.map((p) => (p === null ? null : relative(parent, p)));
  const first = rel.map((r) => (r === null ? STDIN_OUTPUT_BASE + ext : replaceExtension(r, ext)));
  // who claims each first-choice name (distinct inputs only)
  const claims = new Map<string, Set<string>>();
  first.forEach((name, i) => {
    const key = name.toLowerCase();
    const set = claims.get(key) ?? new Set<string>();
    set.add(absolute[i] ?? STDIN_ARG);
    claims.set(key, set);
  });
  const outAbs = resolve(cwd, outDir);
  const chosen = first.map((name, i) => {
    const self = absolute[i];
    const collides = claims.get(name.toLowerCase())!.size > 1;
    const overwritesInput = self !== null && resolve(outAbs, name) === self;
    if (self === null || (!collides && !overwritesInput)) return name;
    return rel[i]! + ext;
  });
  return disambiguate(chosen, absolute.map((p) => p ?? STDIN_ARG), ext);
}

/** Last resort: a name already taken by another input gets `~2`, `~3`… before its extension. */
function disambiguate(names: readonly string[], owners: readonly string[], ext: string): string[] {
  const owner = new Map<string, string>();
  const byInput = new Map<string, string>();
  return names.map((name, i) => {
    const who = owners[i]!;
    const again = byInput.get(who);
    if (again !== undefined) return again;
    let candidate = name;
    for (let n = 2; owner.has(candidate.toLowerCase()) && owner.get(candidate.toLowerCase()) !== who; n++) {
      candidate = name.slice(0, name.length - ext.length) + `~${n}` + ext;
    }
    owner.set(candidate.toLowerCase(), who);
    byInput.set(who, candidate);
    return candidate;
  });
}

/** Where output `name` goes inside `outDir`. */
export function outputPath(outDir: string, name: string): string {
  return join(outDir, name);
}
