/**
 * Topical continuity: when several headlines are printed one after another
 * (stories side by side, whose heads an extractor read first) and their bodies
 * follow as one run, each body item goes to the story it shares most words
 * with. The run is labelled with a Viterbi pass: each item's score for a story
 * is the weight of the words it shares with the story's profile (headline,
 * deck, and the items given to the story so far), rarer words on the page
 * weighing more, names more again; changing story between neighbours costs a
 * fixed amount (stories run in long stretches); every story gets at least one
 * item. Three rounds, each with the profiles of the round before.
 *
 * A story's text opens with its dateline (`CHICAGO, July 5 (Reuters) — By 1965, …`): on any paper the
 * dateline is printed once, at the head of the story's first paragraph. A paragraph of the run that opens
 * with one (or comes right after one) therefore starts its story's share: no item before it in the run is
 * that story's (`opens`). Kept from the second round on: the first reads the heads alone, too little to
 * place a story's share whose first paragraphs do not repeat its headline's words (dev005 page.txt: a
 * player's honours list under a dateline, below another story's lead), and made to start a story there
 * it gives that story the wrong share; the profiles of the first round place the stories, the datelines
 * then fix where each share starts.
 */
import { WordScan } from '../../text/words.js';
import { lowerCase } from '../../text/ascii.js';
import { opensWithDateline } from '../classify/patterns.js';

/** Cost of switching story between two neighbouring items (in shared-word weight units). */
export const SWITCH_COST = 2.5;
/** A capitalised word (a name) counts this much more than a common word. */
export const NAME_FACTOR = 1.5;
/** Labelling rounds (profiles rebuilt from the previous round's labels). */
export const ROUNDS = 3;
/** Heads labelled at once at most (2^k states); larger groups keep their printed order. */
export const MAX_HEADS = 5;

/** A word: a letter or digit, then letters, digits, apostrophes and hyphens (read by ../../text/words.ts WordScan). */
export const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
/** Function words carry no topic. */
const STOP = new Set(
  (
    'the a an and or but of in on at to for with by from as into over after before is are was were be been being has have had ' +
    'this that these those it its his her their our your he she they we you i who which what when where while during about than ' +
    'then there here not no more most some such also only other new one two first said says will would can could may might should ' +
    'all any each many much very up out so if do does did just like over'
  ).split(' '),
);

/** A content word has at least this many characters (in lower case): shorter words carry no topic. */
const MIN_CONTENT_CHARS = 3;

/** Content words of a text, case-folded, with whether any occurrence was capitalised. */
export function contentWords(text: string): Map<string, boolean> {
  const out = new Map<string, boolean>();
  // One pass of the word scan (../../text/words.ts: the words of the pattern TOKEN, no match objects).
  const scan = new WordScan(text);
  while (scan.next()) {
    // A word of one or two ASCII characters is left out before it is cut out: its lower case is as short
    // (only a character beyond ASCII may lengthen in lower case, `İ`), and every word under three is.
    if (scan.end - scan.start < MIN_CONTENT_CHARS && text.charCodeAt(scan.start) < 0x80 && text.charCodeAt(scan.end - 1) < 0x80) continue;
    let w = text.slice(scan.start, scan.end);
    const n = w.length;
    // A possessive 's (straight or curly apostrophe) is not part of the name.
    if (n >= 2 && w.charCodeAt(n - 1) === 0x73 && (w.charCodeAt(n - 2) === 0x27 || w.charCodeAt(n - 2) === 0x2019)) w = w.slice(0, n - 2);
    const lw = lowerCase(w);
    if (lw.length < MIN_CONTENT_CHARS || STOP.has(lw)) continue;
    const c = w.charCodeAt(0);
    const cap = c < 0x80 ? c >= 0x41 && c <= 0x5a : w[0] !== w[0]!.toLowerCase();
    const had = out.get(lw);
    if (had === undefined || (cap && !had)) out.set(lw, (had ?? false) || cap);
  }
  return out;
}

/**
 * Does a paragraph open its story's text: the item right before it is a dateline (`before`, its kind), or
 * it opens with one (classify/patterns.ts DATELINE: `CHICAGO, July 5 (Reuters) — …`)? A dateline is printed
 * once, at the head of its story's first paragraph, on any paper.
 */
export function opensStory(before: string | undefined, text: string): boolean {
  return before === 'dateline' || opensWithDateline(text);
}

/**
 * Label `items` (texts in printed order) with one of `heads` (each a head text: headline, deck…).
 * Returns the head index of each item. `wordsOf(n)`, when given, is `contentWords(items[n])` read from
 * where the caller keeps it (the map is only read). `opens`: the items that open their story's text
 * (`opensStory`), each the first of its story's items.
 */
export function labelByTopic(items: readonly string[], heads: readonly string[], wordsOf?: (n: number) => Map<string, boolean>, opens: ReadonlySet<number> = new Set()): number[] {
  const k = heads.length;
  if (k <= 1 || k > MAX_HEADS || items.length === 0) return items.map(() => 0);
  const itemWords = wordsOf ? items.map((_, n) => wordsOf(n)) : items.map(contentWords);
  const headWords = heads.map(contentWords);
  // Inverse document frequency over the run's items and heads.
  const df = new Map<string, number>();
  const docs = [...itemWords, ...headWords];
  for (const d of docs) for (const w of d.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const n = docs.length;
  const weight = (w: string, cap: boolean): number => Math.log(1 + n / (df.get(w) ?? 1)) * (cap ? NAME_FACTOR : 1);
  // Words as numbers (one per distinct word of the run), each item's with its weight, worked out once: the
  // rounds below add the same weights in the same order as looking each word up by name would.
  const ids = new Map<string, number>();
  for (const w of df.keys()) ids.set(w, ids.size);
  const itemIds = itemWords.map((m) => Int32Array.from(m.keys(), (w) => ids.get(w)!));
  const itemWeights = itemWords.map((m) => Float64Array.from(m, ([w, cap]) => weight(w, cap)));
  const norms = itemWords.map((m) => Math.sqrt(Math.max(1, m.size)));
  let labels: number[] = items.map(() => 0);
  for (let round = 0; round < ROUNDS; round++) {
    // Profiles: for each story, how many of its items (and its head) hold each word.
    const profiles = headWords.map((h) => {
      const m = new Int32Array(ids.size);
      for (const w of h.keys()) m[ids.get(w)!] = 1;
      return m;
    });
    if (round > 0) {
      labels.forEach((l, i) => {
        const p = profiles[l]!;
        for (const id of itemIds[i]!) p[id]!++;
      });
    }
    const prev = labels;
    const score = (i: number, s: number): number => {
      let total = 0;
      // Leave the item itself out of its own story's profile.
      const own = round > 0 && prev[i] === s ? 1 : 0;
      const p = profiles[s]!;
      const wordIds = itemIds[i]!;
      const weights = itemWeights[i]!;
      for (let x = 0; x < wordIds.length; x++) if (p[wordIds[x]!]! - own > 0) total += weights[x]!;
      return total / norms[i]!;
    };
    // Emissions once per round (the labelling asks for each many times).
    const table = items.map((_, i) => headWords.map((__, st) => score(i, st)));
    labels = viterbi(items.length, k, (i, st) => table[i]![st]!, round > 0 ? opens : NONE);
  }
  return labels;
}

/** No openings (the first round, and the fallback). */
const NONE: ReadonlySet<number> = new Set();

/**
 * Best labelling with switch costs, every label used at least once when there are enough items; an item of
 * `opens` starts its label (no item before it has that label). When the openings cannot all be kept (more
 * of them than labels), the labelling is made without them.
 */
function viterbi(n: number, k: number, score: (i: number, s: number) => number, opens: ReadonlySet<number>): number[] {
  const kept = opens.size > 0 ? viterbiWith(n, k, score, opens) : null;
  return kept ?? viterbiWith(n, k, score, NONE)!;
}

/** The labelling of `viterbi` that keeps every opening, or null when none does. */
function viterbiWith(n: number, k: number, score: (i: number, s: number) => number, opens: ReadonlySet<number>): number[] | null {
  const full = (1 << k) - 1;
  const needAll = n >= k;
  const states = k * (1 << k);
  let best = new Float64Array(states).fill(-Infinity);
  const back: Int32Array[] = [];
  for (let s = 0; s < k; s++) best[s * (1 << k) + (1 << s)] = score(0, s);
  back.push(new Int32Array(states).fill(-1));
  for (let i = 1; i < n; i++) {
    const next = new Float64Array(states).fill(-Infinity);
    const from = new Int32Array(states).fill(-1);
    const opening = opens.has(i);
    for (let st = 0; st < states; st++) {
      const v = best[st]!;
      if (v === -Infinity) continue;
      const s = Math.floor(st / (1 << k));
      const mask = st % (1 << k);
      for (let t = 0; t < k; t++) {
        if (opening && mask & (1 << t)) continue;
        const m2 = mask | (1 << t);
        const nt = t * (1 << k) + m2;
        const val = v + score(i, t) - (t === s ? 0 : SWITCH_COST);
        if (val > next[nt]!) {
          next[nt] = val;
          from[nt] = st;
        }
      }
    }
    best = next;
    back.push(from);
  }
  let end = -1;
  let endVal = -Infinity;
  for (let st = 0; st < states; st++) {
    const mask = st % (1 << k);
    if (needAll && mask !== full) continue;
    if (best[st]! > endVal) {
      endVal = best[st]!;
      end = st;
    }
  }
  if (end < 0) return null;
  const labels = new Array<number>(n).fill(0);
  let st = end;
  for (let i = n - 1; i >= 0 && st >= 0; i--) {
    labels[i] = Math.floor(st / (1 << k));
    st = back[i]![st]!;
  }
  return labels;
}

/**
 * The heads (indices into `heads`) whose body is in a run of `count` paragraphs: those that share at least one
 * content word with a paragraph of it. A story's text names what its headline names (its subject, its people and
 * places); a head none of whose words any paragraph of the run repeats may have its body elsewhere (./lead.ts).
 * A head with no content word (a byline alone) tells nothing and counts as in the run.
 */
export function headsInRun(heads: readonly string[], count: number, wordsOf: (n: number) => Map<string, boolean>): number[] {
  const headWords = heads.map(contentWords);
  const found = headWords.map((h) => h.size === 0);
  for (let n = 0; n < count; n++) {
    const w = wordsOf(n);
    headWords.forEach((h, k) => {
      if (!found[k]) for (const x of h.keys()) if (w.has(x)) found[k] = true;
    });
  }
  return heads.map((_, k) => k).filter((k) => found[k]);
}
