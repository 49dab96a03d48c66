/**
 * "Text in = text out": whatever the pipeline does to a page, every input word
 * ends up in the output (articles + furniture) or is accounted for by a
 * message (src/audit). Checked on every real corpus page, and with fast-check
 * on pages made from real corpus lines — shuffled, with blank lines, line-end
 * hyphens, dashes, CRLF/CR line ends, form feeds, no-break spaces and soft
 * hyphens injected, and now and then a line of random characters. On a failure the message names the pipeline step after
 * which the text stopped adding up (src/audit/stages.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { restore } from '../../src/pipeline.js';
import { accountFor, describeAccount, findTextLoss } from '../../src/audit/index.js';
import { sharedDir } from '../../bench/lib/paths.js';

const CORPORA = ['dev', 'dev2'].map((c) => join(sharedDir(), 'corpus', c)).filter((d) => existsSync(d));
const INPUTS = ['page.pdfminer.txt', 'page.raw.txt', 'page.txt'];
const skip = CORPORA.length ? false : 'needs ../shared/corpus';
/** Runs of the property (GALLEY_PROPERTY_RUNS to change; fast-check prints the seed of a failure to replay it). */
const RUNS = Number(process.env.GALLEY_PROPERTY_RUNS ?? 100);

function corpusFiles(): string[] {
  return CORPORA.flatMap((c) =>
    readdirSync(c)
      .sort()
      .flatMap((id) => INPUTS.map((f) => join(c, id, f)).filter((p) => existsSync(p))),
  );
}

/** Audit one input; on failure, say which step lost the text. */
function audit(name: string, text: string, pipeline: typeof restore = restore): string | null {
  const bytes = new TextEncoder().encode(text);
  const doc = pipeline({ name, bytes });
  const account = accountFor(doc, text);
  if (account.ok) return null;
  const found = findTextLoss({ name, bytes }, text);
  const where = found ? `after step "${found.step}" (${found.where})` : 'in the final output';
  return `${name}: text not accounted for ${where}: ${describeAccount(account)}`;
}

test('every corpus page: every input word is in the output or explained by a message', { skip }, () => {
  const failures = corpusFiles()
    .map((f) => audit(f, readFileSync(f, 'utf8')))
    .filter((x): x is string => x !== null);
  assert.deepEqual(failures, []);
});

// ---------------------------------------------------------------- generated pages

/** Real lines of the corpus pages that hold at least one letter or digit. */
function corpusLines(): string[] {
  const seen = new Set<string>();
  for (const f of corpusFiles()) {
    for (const l of readFileSync(f, 'utf8').split(/\r?\n|\f/)) if (/[\p{L}\p{N}]/u.test(l)) seen.add(l);
  }
  return [...seen];
}

/** Dashes as extractors print them: em, en, spaced or not, a flattened hyphen, a double hyphen. */
const DASH_FORMS = ['\u2014', ' \u2014 ', '\u2013', ' \u2013 ', ' - ', '--', '-'];
const LINE_ENDS = ['\n', '\r\n', '\r'];

interface LineSpec {
  line: number;
  /** Split a word of the line at a line end, with `-` or a soft hyphen. */
  hyphen: { word: number; at: number; soft: boolean } | null;
  /** Replace a space between two words by a dash form. */
  dash: { space: number; form: number } | null;
  /** Replace a space by a no-break space. */
  nbsp: number | null;
  /** A soft hyphen inside a word. */
  softInside: { word: number; at: number } | null;
  after: 'none' | 'blank' | 'blanks' | 'formfeed';
  /** A line of random characters (any script, symbols, combining marks) after this one. */
  noise: string | null;
}

/** Control characters are kept out of the noise: enough of them make the input binary, which is refused, not converted. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

const lineSpec = (poolSize: number): fc.Arbitrary<LineSpec> =>
  fc.record({
    line: fc.nat({ max: poolSize - 1 }),
    hyphen: fc.option(fc.record({ word: fc.nat(), at: fc.nat(), soft: fc.boolean() }), { freq: 2 }),
    dash: fc.option(fc.record({ space: fc.nat(), form: fc.nat({ max: DASH_FORMS.length - 1 }) }), { freq: 3 }),
    nbsp: fc.option(fc.nat(), { freq: 4 }),
    softInside: fc.option(fc.record({ word: fc.nat(), at: fc.nat() }), { freq: 6 }),
    after: fc.constantFrom<LineSpec['after']>('none', 'none', 'none', 'blank', 'blanks', 'formfeed'),
    noise: fc.option(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).map((x) => x.replace(CONTROL, '')),
      { freq: 12 },
    ),
  });

/** Positions of the spaces of `s` that sit between two non-space characters. */
function innerSpaces(s: string): number[] {
  const out: number[] = [];
  for (let i = 1; i < s.length - 1; i++) if (s[i] === ' ' && s[i - 1] !== ' ' && s[i + 1] !== ' ') out.push(i);
  return out;
}

/** Words of at least `min` letters, as [start, end) offsets. */
function letterWords(s: string, min: number): Array<[number, number]> {
  return [...s.matchAll(/\p{L}+/gu)].filter((m) => m[0].length >= min).map((m) => [m.index!, m.index! + m[0].length]);
}

/** Apply one line's edits; may return two lines (a hyphen break). */
function editLine(raw: string, spec: LineSpec): string[] {
  let s = raw;
  if (spec.softInside) {
    const words = letterWords(s, 4);
    const w = words[spec.softInside.word % Math.max(1, words.length)];
    if (w) {
      const at = w[0] + 1 + (spec.softInside.at % (w[1] - w[0] - 2));
      s = `${s.slice(0, at)}\u00ad${s.slice(at)}`;
    }
  }
  if (spec.dash) {
    const spaces = innerSpaces(s);
    const at = spaces[spec.dash.space % Math.max(1, spaces.length)];
    if (at !== undefined) s = `${s.slice(0, at)}${DASH_FORMS[spec.dash.form]}${s.slice(at + 1)}`;
  }
  if (spec.nbsp !== null) {
    const spaces = innerSpaces(s);
    const at = spaces[spec.nbsp % Math.max(1, spaces.length)];
    if (at !== undefined) s = `${s.slice(0, at)}\u00a0${s.slice(at + 1)}`;
  }
  if (spec.hyphen) {
    const words = letterWords(s, 5);
    const w = words[spec.hyphen.word % Math.max(1, words.length)];
    if (w) {
      const at = w[0] + 2 + (spec.hyphen.at % (w[1] - w[0] - 3));
      return [`${s.slice(0, at)}${spec.hyphen.soft ? '\u00ad' : '-'}`, s.slice(at)];
    }
  }
  return [s];
}

function buildPage(pool: readonly string[], specs: readonly LineSpec[], eol: string): string {
  let out = '';
  for (const spec of specs) {
    for (const l of editLine(pool[spec.line]!, spec)) out += l + eol;
    if (spec.noise) out += spec.noise + eol;
    if (spec.after === 'blank') out += eol;
    else if (spec.after === 'blanks') out += eol + eol;
    else if (spec.after === 'formfeed') out += '\f';
  }
  return out;
}

function textProperty(pool: readonly string[], pipeline: typeof restore = restore) {
  const page = fc.record({
    specs: fc.array(lineSpec(pool.length), { minLength: 1, maxLength: 40 }),
    eol: fc.constantFrom(...LINE_ENDS),
  });
  return fc.property(page, ({ specs, eol }) => {
    const problem = audit('generated.txt', buildPage(pool, specs, eol), pipeline);
    if (problem) throw new Error(problem);
  });
}

test('generated pages from real lines: no text lost or invented', { skip }, () => {
  fc.assert(textProperty(corpusLines()), { numRuns: RUNS });
});

/** A word made of letters only, bounded by spaces or the text's ends. */
const WHOLE_WORD = /(^|\s)\p{L}{3,}(?=\s|$)/u;

test('the property fails on a pipeline that loses a word (so it is not vacuous)', { skip }, () => {
  const lossy: typeof restore = (input, options) => {
    const doc = restore(input, options);
    // Drop one whole word of letters (cutting letters out of a longer token,
    // e.g. random noise, would make a new word rather than lose one).
    const first = doc.articles.flatMap((a) => a.blocks).find((b) => WHOLE_WORD.test(b.text));
    if (first) first.text = first.text.replace(WHOLE_WORD, '$1');
    return doc;
  };
  const result = fc.check(textProperty(corpusLines(), lossy), { numRuns: 20, endOnFailure: true, seed: 20261207 });
  assert.equal(result.failed, true);
  assert.match(String(result.errorInstance), /text not accounted for .*input word\(s\) missing from the output/);
});

test('the generator really injects what it claims (so the property is not vacuous)', { skip }, () => {
  const pool = ['The quick brown foxes jumped over lazy dogs'];
  const spec: LineSpec = {
    line: 0,
    hyphen: { word: 1, at: 0, soft: false },
    dash: { space: 0, form: 1 },
    nbsp: 1,
    softInside: { word: 0, at: 0 },
    after: 'formfeed',
    noise: null,
  };
  const text = buildPage(pool, [spec, { ...spec, hyphen: { word: 0, at: 1, soft: true }, after: 'blank' }], '\r\n');
  assert.match(text, /\u00ad/);
  assert.match(text, /\s\u2014\s/u);
  assert.match(text, /\u00a0/);
  assert.match(text, /-\r\n/);
  assert.match(text, /\u00ad\r\n/);
  assert.match(text, /\f/);
  assert.match(text, /\r\n\r\n/);
});
