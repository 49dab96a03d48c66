/**
 * Diagnostic: every line-end hyphen site (split word or compound, as the
 * scorer finds them in page.raw.txt) that Galley got wrong on one input of a
 * corpus, with what Galley printed instead and a first classification.
 *
 *   node dist/bench/hyph-misses.js [--corpus DIR] [--input page.txt] [--pages a,b]
 *
 * Classes (from the input text alone, so they say where the loss happened):
 *   input-broken  the input still has `a-` at a line end (Galley had to join it)
 *   input-midline the input has `a-` inside a line: columns printed side by side
 *                 were cut so that the two halves do not meet
 *   input-joined  the input already has the joined form `ab` (extractor joined it)
 *   input-absent  neither `ab`, `a-b` nor `a-` is in the input as one token
 * followed by what Galley printed: `closed` (ab), `hyphen` (a-b), `lone` (a-),
 * `missing` (none of those, count short).
 */
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { restoreAsync } from '../src/pipeline.js';
import { writeJson } from '../src/writers/index.js';
import { toEvalDoc, articleTextParts } from '../src/eval/documents.js';
import { bagOf, countIn, tokens, norm } from '../src/eval/normalise.js';
import { hyphenSites, type HyphenSite } from '../src/eval/hyphens.js';
import { defaultCorpora } from './lib/paths.js';

function arg(name: string, dflt: string | undefined): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
}

const corpus = arg('--corpus', defaultCorpora()[0])!;
const input = arg('--input', 'page.txt')!;
const only = arg('--pages', undefined)?.split(',');

/** Where the pair a|b stands in the input text. */
function inputClass(text: string, a: string, b: string): string {
  const lines = text.split(/\r?\n/).map((l) => norm(l));
  const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const word = (s: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])${s}(?![\\p{L}\\p{N}])`, 'u');
  if (lines.some((l) => new RegExp(`(?<![\\p{L}\\p{N}])${esc(a)}-$`, 'u').test(l.trimEnd()))) return 'input-broken';
  if (lines.some((l) => word(`${esc(a)}-${esc(b)}`).test(l))) return 'input-hyphen';
  if (lines.some((l) => word(`${esc(a)}${esc(b)}`).test(l))) return 'input-joined';
  if (lines.some((l) => new RegExp(`(?<![\\p{L}\\p{N}])${esc(a)}-\\s`, 'u').test(l))) return 'input-midline';
  return 'input-absent';
}

/** Predicted tokens that look like a rendering of the site. */
function renderings(pred: Map<string, number>, a: string, b: string): string {
  const out: string[] = [];
  for (const [t, n] of pred) {
    if (t === a + b || t === `${a}-${b}` || t === `${a}-` || (t.startsWith(a) && t.endsWith(b) && t.length <= a.length + b.length + 2)) out.push(`${t}×${n}`);
  }
  return out.join(' ') || '(none)';
}

async function main(): Promise<void> {
  let nSplit = 0;
  let nCompound = 0;
  const classes = new Map<string, number>();
  for (const id of readdirSync(corpus).sort()) {
    if (only && !only.includes(id)) continue;
    const file = join(corpus, id, input);
    const rawFile = existsSync(join(corpus, id, 'page.raw.txt')) ? join(corpus, id, 'page.raw.txt') : join(corpus, id, 'page.txt');
    if (!existsSync(file) || !existsSync(join(corpus, id, 'truth.json'))) continue;
    const truth = toEvalDoc(JSON.parse(readFileSync(join(corpus, id, 'truth.json'), 'utf8')));
    const truthBag = bagOf(truth.articles.flatMap(articleTextParts).flatMap(tokens));
    const doc = await restoreAsync({ name: file, bytes: readFileSync(file) });
    const pred = toEvalDoc(JSON.parse(writeJson(doc)));
    const predBag = bagOf(pred.articles.flatMap(articleTextParts).flatMap(tokens));
    const sites = hyphenSites(readFileSync(rawFile, 'utf8'), truthBag);
    const text = readFileSync(file, 'utf8');
    const report = (kind: string, s: HyphenSite, nSites: number): void => {
      const want = countIn(truthBag, s.form);
      const have = countIn(predBag, s.form);
      const extraOther = countIn(predBag, s.other) - countIn(truthBag, s.other);
      const extraLone = countIn(predBag, `${s.a}-`) - countIn(truthBag, `${s.a}-`);
      if (have >= want && extraOther <= 0 && extraLone <= 0) return;
      const got = have < want ? (extraOther > 0 ? (kind === 'split' ? 'hyphen' : 'closed') : extraLone > 0 ? 'lone' : 'missing') : extraOther > 0 ? 'extra-other' : 'extra-lone';
      const cls = `${kind} ${inputClass(text, s.a, s.b)} → ${got}`;
      classes.set(cls, (classes.get(cls) ?? 0) + nSites);
      process.stdout.write(`${id}\t${kind}\t${s.form}\ttruth ${want} pred ${have}\t[${cls}]\t${renderings(predBag, s.a, s.b)}\n`);
    };
    const seen = new Set<string>();
    for (const [kind, list] of [['split', sites.split], ['compound', sites.compound]] as const) {
      nSplit += kind === 'split' ? list.length : 0;
      nCompound += kind === 'compound' ? list.length : 0;
      for (const s of list) {
        if (seen.has(kind + s.form)) continue;
        seen.add(kind + s.form);
        report(kind, s, list.filter((t) => t.form === s.form).length);
      }
    }
  }
  process.stdout.write(`\nsites: split ${nSplit}, compound ${nCompound}\nclasses (sites of the missed forms):\n`);
  for (const [c, n] of [...classes].sort((x, y) => y[1] - x[1])) process.stdout.write(`  ${String(n).padStart(4)}  ${c}\n`);
}

await main();
