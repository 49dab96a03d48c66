/**
 * `galley eval --truth DIR [--input NAME] [--json]`: run Galley in-process on
 * every `<page-id>/NAME` of a corpus folder that has a truth.json, and score
 * the predictions with src/eval (the scorer's metrics). A page Galley fails on
 * is reported and scored as a missing prediction (0), like the scorer does.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { GalleyDocument } from '../model/types.js';
import type { RestoreInput } from '../pipeline.js';
import { toOutput } from '../writers/json/index.js';
import { corpusPages, scoreCorpus, formatTable, toEvalDoc, type Prediction } from '../eval/index.js';
import { GalleyError } from '../errors.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import type { ErrStream } from './progress.js';

export interface EvalOptions {
  truth: string;
  input: string;
  json: boolean;
  /** Only these page ids. */
  pages?: string[];
}

export interface EvalIO {
  stdout: { write(s: string): unknown };
  stderr: ErrStream;
  restore(input: RestoreInput): GalleyDocument | Promise<GalleyDocument>;
}

/** Default input of each page: pdftotext's default output, as ../shared/bench/run-dev.sh. */
export const DEFAULT_EVAL_INPUT = 'page.txt';

export async function evalCommand(options: EvalOptions, io: EvalIO): Promise<ExitCode> {
  const dir = options.truth;
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    io.stderr.write(`galley eval: ${dir}: no such directory\n`);
    return EXIT.USAGE;
  }
  const all = corpusPages(dir).filter((id) => !options.pages || options.pages.includes(id));
  const ids = all.filter((id) => existsSync(join(dir, id, options.input)));
  if (ids.length === 0) {
    io.stderr.write(`galley eval: no <page-id>/truth.json with a ${options.input} under ${dir}\n`);
    return EXIT.USAGE;
  }
  const predictions = new Map<string, Prediction>();
  let failed = 0;
  for (const id of ids) {
    const file = join(dir, id, options.input);
    try {
      const doc = await io.restore({ name: file, bytes: readFileSync(file) });
      predictions.set(id, { kind: 'json', doc: toEvalDoc(toOutput(doc)) });
    } catch (e) {
      failed++;
      const why = e instanceof GalleyError ? e.message : `${file}: internal error: ${(e as Error).message}`;
      io.stderr.write(`galley eval: ${why} (scored as missing)\n`);
      predictions.set(id, { kind: 'missing', doc: { articles: [], furniture: [] } });
    }
  }
  const report = scoreCorpus(dir, ids, (id) => predictions.get(id)!);
  if (options.json) io.stdout.write(`${JSON.stringify(report, null, 1)}\n`);
  else io.stdout.write(`${formatTable(report.pages, report.total)}\n`);
  return failed ? EXIT.FAILED : EXIT.OK;
}
