/**
 * Line-end hyphenation metrics: hyphen_acc (words split across lines),
 * compound_acc and false joins (real compounds broken at their hyphen).
 * Sites are found in the raw extraction (`page.raw.txt`, every typeset line
 * break kept); see ../shared/bench/README.md, "hyphen_acc".
 */
import { type Bag, countIn, DASH, tokens } from './normalise.js';

/** How many lines past a line-end hyphen to look for the next non-empty line. */
const LOOKAHEAD_LINES = 3;

/** A line-end hyphen site: `a-` at a line end, `b` first token of the next line. */
export interface HyphenSite {
  a: string;
  b: string;
  /** The truth form: `ab` for a split word, `a-b` for a compound. */
  form: string;
  /** The wrong form: `a-b` for a split word, `ab` for a compound. */
  other: string;
}

export interface HyphenSites {
  split: HyphenSite[];
  compound: HyphenSite[];
}

export interface HyphenCounts {
  /** Split-word sites, and how many came out right. */
  n: number;
  correct: number;
  /** Compound sites, and how many kept their hyphen. */
  cn: number;
  cOk: number;
  falseJoins: number;
}

/** Find the sites of a raw page: a site is a split word when `ab` is a truth token and `a-b` is not; a compound when `a-b` is. */
export function hyphenSites(rawText: string, truth: Bag): HyphenSites {
  const lines = rawText.split(/\r?\n/);
  const sites: HyphenSites = { split: [], compound: [] };
  lines.forEach((rawLine, i) => {
    const m = /(?<!\S)(\S+)-$/.exec(rawLine.trimEnd());
    if (!m) return;
    const next = nextFirstToken(lines, i);
    if (next === null) return;
    const ta = tokens(`${m[1]}-`);
    const tb = tokens(next);
    const a = (ta[ta.length - 1] ?? '').replace(/-$/, '');
    const b = tb[0] ?? '';
    if (!a || !b || a === DASH || b === DASH) return;
    const joined = a + b;
    const hyphenated = `${a}-${b}`;
    if (countIn(truth, hyphenated) > 0) sites.compound.push({ a, b, form: hyphenated, other: joined });
    else if (countIn(truth, joined) > 0) sites.split.push({ a, b, form: joined, other: hyphenated });
  });
  return sites;
}

function nextFirstToken(lines: readonly string[], i: number): string | null {
  for (let k = i + 1; k <= Math.min(lines.length - 1, i + LOOKAHEAD_LINES); k++) {
    const t = lines[k]!.trim();
    if (t) return t.split(/\s+/)[0]!;
  }
  return null;
}

/** Sites of one form (a distinct word), with the distinct first halves it was split after. */
interface FormGroup {
  form: string;
  sites: HyphenSite[];
  halves: string[];
  wrong: number;
}

function groupByForm(list: readonly HyphenSite[]): FormGroup[] {
  const groups = new Map<string, FormGroup>();
  for (const s of list) {
    const g = groups.get(s.form) ?? { form: s.form, sites: [], halves: [], wrong: 0 };
    g.sites.push(s);
    if (!g.halves.includes(s.a)) g.halves.push(s.a);
    groups.set(s.form, g);
  }
  return [...groups.values()];
}

/**
 * Pool of the prediction's extra lone halves `x-` (beyond the truth's), one
 * pool per `x`, so each extra half is charged to at most one site.
 */
class LoneHalves {
  private readonly left = new Map<string, number>();

  constructor(sites: readonly HyphenSite[], excess: (k: string) => number) {
    for (const s of sites) if (!this.left.has(s.a)) this.left.set(s.a, excess(`${s.a}-`));
  }

  /** Take up to `max` extra halves `a-`; returns how many were taken. */
  take(a: string, max: number): number {
    const have = this.left.get(a) ?? 0;
    const k = Math.max(0, Math.min(have, max));
    this.left.set(a, have - k);
    return k;
  }
}

/**
 * Score the sites, count-aware per distinct word. A split word is wrong when
 * its joined form is missing or a broken form (`a-b`, or a lone `a-`) is extra;
 * lone halves are charged first to missing words, then to compounds left
 * broken, then to split words otherwise complete.
 */
export function scoreHyphens(sites: HyphenSites, truth: Bag, pred: Bag): HyphenCounts {
  const excess = (k: string): number => Math.max(0, countIn(pred, k) - countIn(truth, k));
  const pool = new LoneHalves([...sites.split, ...sites.compound], excess);
  const words = groupByForm(sites.split);
  for (const w of words) {
    const n = w.sites.length;
    const neverSplit = countIn(truth, w.form) - n;
    const missing = n - Math.max(0, Math.min(n, countIn(pred, w.form) - neverSplit));
    let broken = 0;
    for (const a of w.halves) broken += excess(w.sites.find((s) => s.a === a)!.other);
    w.wrong = Math.min(n, Math.max(missing, broken));
    // lone halves that a missing word already explains
    let explained = missing - broken;
    for (const a of w.halves) explained -= pool.take(a, explained);
  }
  let cOk = 0;
  let falseJoins = 0;
  for (const c of groupByForm(sites.compound)) {
    const n = c.sites.length;
    const neverSplit = countIn(truth, c.form) - n;
    cOk += Math.max(0, Math.min(n, countIn(pred, c.form) - neverSplit));
    const first = c.sites[0]!;
    const joined = Math.min(n, excess(first.other));
    falseJoins += joined + pool.take(first.a, n - joined);
  }
  // lone halves still unexplained: a split word left broken although its joined form is there too
  let correct = 0;
  for (const w of words) {
    const n = w.sites.length;
    for (const a of w.halves) w.wrong += pool.take(a, n - w.wrong);
    correct += n - w.wrong;
  }
  return { n: sites.split.length, correct, cn: sites.compound.length, cOk, falseJoins };
}
