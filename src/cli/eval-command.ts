/**
 * `galley eval --truth <corpus folder | METS file> [--input NAME] [--json]`: run Galley in-process on
 * every `<page-id>/NAME` of a corpus folder that has a truth.json, and score
 * the predictions with src/eval (the scorer's metrics). A page Galley fails on
 * is reported and scored as a missing prediction (0), like the scorer does.
 *
 * `--truth` may instead name a METS file, or a folder holding METS files with
 * their ALTO pages (and no `<page-id>/truth.json`): the articles of the METS
 * logical structure map are the truth, and Galley runs on each ALTO page file
 * (`--input` is not used). See docs/metrics.md.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { GalleyDocument } from '../model/types.js';
import type { RestoreInput } from '../pipeline.js';
import { toOutput } from '../writers/json/index.js';
import { corpusPages, scoreCorpus, formatTable, toEvalDoc, metsFilesIn, metsTruthPages, scoreTruths, type EvalReport, type Prediction } from '../eval/index.js';
import { GalleyError } from '../errors.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { InputError, readInputFile, shownName } from './input.js';
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
  if (!existsSync(dir)) {
    io.stderr.write(`galley eval: ${dir}: no such file or directory\n`);
    return EXIT.USAGE;
  }
  const isDir = statSync(dir).isDirectory();
  const corpus = isDir ? corpusPages(dir) : [];
  if (!isDir || corpus.length === 0) {
    const mets = isDir ? metsFilesIn(dir) : [dir];
    if (mets.length > 0) return evalMets(mets, options, io);
  }
  const all = corpus.filter((id) => !options.pages || options.pages.includes(id));
  const ids = all.filter((id) => existsSync(join(dir, id, options.input)));
  if (ids.length === 0) {
    io.stderr.write(`galley eval: no <page-id>/truth.json with a ${options.input} under ${dir}, and no METS file\n`);
    return EXIT.USAGE;
  }
  const run = await predict(ids.map((id) => ({ id, file: join(dir, id, options.input) })), io);
  let report: EvalReport;
  try {
    report = scoreCorpus(dir, ids, (id) => run.predictions.get(id)!);
  } catch (e) {
    if (!(e instanceof GalleyError)) throw e;
    io.stderr.write(`galley eval: ${shownName(e.message)}\n`);
    return EXIT.FAILED;
  }
  return finish(report, run.failed, options, io);
}

/** METS files (one, or those of a folder) with their ALTO pages as truth. */
async function evalMets(metsFiles: string[], options: EvalOptions, io: EvalIO): Promise<ExitCode> {
  let pages;
  try {
    pages = metsTruthPages(metsFiles).filter((p) => !options.pages || options.pages.includes(p.id));
  } catch (e) {
    if (!(e instanceof GalleyError)) throw e;
    io.stderr.write(`galley eval: ${shownName(e.message)}\n`);
    return EXIT.USAGE;
  }
  for (const note of new Set(pages.flatMap((p) => p.notes))) io.stderr.write(`galley eval: note: ${shownName(note)}\n`);
  if (pages.length === 0) {
    io.stderr.write(`galley eval: ${metsFiles.join(', ')}: the METS logical structure map points at no ALTO page that exists\n`);
    return EXIT.USAGE;
  }
  // A page of the issue without text (a full-page picture or advertisement: ALTO with no String) is
  // refused by the ALTO reader as it should be for a file given alone, but here the collection itself
  // lists it among the pages: Galley's answer for it is "no text", scored, not a failure.
  const run = await predict(pages, io, true);
  const report = scoreTruths(pages, (id) => run.predictions.get(id)!);
  return finish(report, run.failed, options, io);
}

/**
 * Galley on each page's input, in-process; a failure is reported and scored as missing. With
 * `emptyIsAnswer`, a page refused for having no text (GalleyError 'empty') is scored as an empty
 * output and noted, not counted as a failure.
 */
async function predict(pages: ReadonlyArray<{ id: string; file: string }>, io: EvalIO, emptyIsAnswer = false): Promise<{ predictions: Map<string, Prediction>; failed: number }> {
  const predictions = new Map<string, Prediction>();
  let failed = 0;
  for (const { id, file } of pages) {
    try {
      // read as the command reads its inputs: a folder, a device or an endless pipe is an error, not a hang
      const doc = await io.restore({ name: file, bytes: readInputFile(file) });
      predictions.set(id, { kind: 'json', doc: toEvalDoc(toOutput(doc)) });
    } catch (e) {
      if (emptyIsAnswer && e instanceof GalleyError && e.code === 'empty') {
        io.stderr.write(`galley eval: note: ${shownName(e.message)} (scored as an empty page)\n`);
        predictions.set(id, { kind: 'json', doc: { articles: [], furniture: [] } });
        continue;
      }
      failed++;
      const why = e instanceof GalleyError || e instanceof InputError ? e.message : `${file}: internal error: ${(e as Error).message}`;
      io.stderr.write(`galley eval: ${shownName(why)} (scored as missing)\n`);
      predictions.set(id, { kind: 'missing', doc: { articles: [], furniture: [] } });
    }
  }
  return { predictions, failed };
}

function finish(report: EvalReport, failed: number, options: EvalOptions, io: EvalIO): ExitCode {
  if (options.json) io.stdout.write(`${JSON.stringify(report, null, 1)}\n`);
  else io.stdout.write(`${formatTable(report.pages, report.total)}\n`);
  return failed ? EXIT.FAILED : EXIT.OK;
}
