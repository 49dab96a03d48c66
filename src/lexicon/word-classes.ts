/**
 * Word classes the dash rules (src/transforms/dashes) use as evidence. Built on
 * the closed-class and prefix lists of ./english.ts where they overlap, so that
 * each word list is written once.
 *
 * Sources: the closed-class words of English (articles, pronouns, auxiliaries,
 * conjunctions, prepositions; Quirk et al., "A Comprehensive Grammar of the
 * English Language", ch. 2–3), the hyphenated prefixes of Chicago Manual of
 * Style 7.89 (the hyphenation table), and the irregular verbs of that grammar's
 * appendix. None of it comes from the dev corpus: these are lists any English
 * text obeys. Every set holds lower-case forms.
 */

import { CLOSED_CLASS, HYPHENATED_PREFIXES } from './english.js';

function set(words: string): ReadonlySet<string> {
  return new Set(words.trim().split(/\s+/u));
}

/** The words of `base` not in `without`, then those of `plus`. */
function derived(base: ReadonlySet<string>, without: string, plus: string): ReadonlySet<string> {
  const drop = set(without);
  return new Set([...[...base].filter((w) => !drop.has(w)), ...set(plus)]);
}

/**
 * Closed-class words that (practically) never begin the second half of an
 * English compound, so `heroes-all`, `Moscow-he`, `Un-was` are a flattened dash
 * before the next phrase; with them a few common adverbs that never do either.
 * Left out on purpose, because compounds end in them: `be`/`been`/`have`/`will`/`can`/
 * `may`/`do` (`would-be`, `has-been`, `must-have`, `ill-will`, `trash-can`, `to-do`; see
 * MODALS), `am` (`8-am`), `only` (`women-only`), `plus` (`cost-plus`), `how`
 * (`know-how`), `too` (`me-too`), `one` (`no-one`, `number-one`), `earlier`/`later`
 * (`year-earlier levels`), and the particles below. A capitalised form counts too
 * (`States-This past week`), except `A` and `I` (`Triple-A`, `Phase-I`).
 */
export const DASH_STARTERS = derived(
  CLOSED_CLASS,
  // Left out: closed-class words that end compounds (above; `gold-mine`), and a few never
  // tried as dash evidence (standalone possessives, `whenever`, `wherever`, `than`).
  `mine yours hers ours theirs whenever wherever than am been have will can may might`,
  `
  us cannot whether until since as so such now also perhaps already then
  all both each every many most some any much twice
  despite including against during among amid with without within toward towards
  from into upon via of at for
  again never always often once soon very however therefore instead indeed just even
  either neither rather almost
  mainly mostly partly largely nearly merely simply hardly barely scarcely certainly surely
  probably possibly maybe especially usually
`,
);

/**
 * Modal verbs that also end compounds (`trash-can`, `ill-will`, `jerry-can`): a dash
 * starter only when the next word continues a verb phrase (see MODAL_FOLLOWERS).
 */
export const MODALS = set(`can will may might`);

/** Words that follow a modal in a verb phrase and never follow a noun `can`/`will` (`pay-can be put`). */
export const MODAL_FOLLOWERS = set(`be not have also never still only now then even well hardly easily`);

/**
 * Contractions of a dash starter or an auxiliary (`didn't`, `he's`, `it'll`, `they're`):
 * compounds never end in one.
 */
export const CONTRACTION = /^(?:\p{L}+n['’]t|(?:i|you|we|they|he|she|it|that|there|who|what|here)['’](?:s|re|ll|ve|d|m))$/iu;

/**
 * Particles and prepositions that often end a compound (`built-in`, `follow-up`,
 * `cut-off`, `how-to`, `lean-to`, `hands-on`, `stand-by`) but also often begin
 * the phrase after a flattened dash (`proper-in various places`, `threat-to frame`).
 * Weak evidence on their own.
 */
export const PARTICLES = set(`
  in on out up off to by over down back about around through away under along after
`);

/**
 * Closed-class words that never begin an English compound either: a hyphen right
 * after one (`Beach Otters and-rare for Denmark`) is a dash. Left out because they do
 * begin compounds: `now`/`then` (`now-defunct`, `then-President`), `as` (`as-yet`),
 * `all`, `he`/`she`/`it` (`he-man`, `it-girl`), `to` (`to-do`), `would`/`has` (`would-be`,
 * `has-been`), single letters.
 */
export const DASH_ENDERS = set(`
  the an and but or nor was were is are had could should did does
  because although whereas whether than its their his my our your
`);

/** Month names and their newspaper abbreviations (lower-case, without the full stop), for datelines. */
export const MONTHS = set(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
`);

/** Time-of-day suffixes: `08:30 am-7 pm` is a time range printed with a dash. */
export const TIME_SUFFIXES = set(`am pm a.m. p.m.`);

/**
 * Adverb endings that are never a compound's second half: `-ically`, `-ously`,
 * `-ively`, `-ently`, `-antly`, `-fully`, `-lessly`, `-ably`/`-ibly`, `-edly`, `-ingly`, `-ally`,
 * `-arly`, `-ily`
 * (`against-specifically`, `it-reportedly`). Short words with these shapes are
 * excluded by a minimum length (evidence/dash.ts).
 */
export const ADVERB_ENDING = /(?:ical|ous|ive|ent|ant|ful|less|ab|ib|ed|ing|al|ar|i)ly$/u;

/**
 * Words that commonly end a descriptive compound (`Warhol-like`, `year-old`,
 * `US-led`, `state-run`, `rule-based`): a hyphen before them is a compound.
 */
export const COMPOUND_HEADS = set(`
  like based related style type free wide old born owned run made led sized shaped
  friendly oriented minded speaking looking level scale term long year day hour week month
  centric specific proof ready wise worthy
`);

/**
 * Prefixes written with a hyphen (Chicago 7.89 and common newspaper style) and
 * first elements that are function words (`in-group`, `out-group`, `by-election`):
 * a hyphen after them is part of the word.
 */
export const BOUND_FIRST = derived(
  HYPHENATED_PREFIXES,
  // `great` is an adjective as often as a prefix (`great-the crowd` can be a flattened dash);
  // the combining forms below were never in this list and adding them is untested.
  `great pseudo socio euro afro sino`,
  `re bi tri micro macro de un so in out on off up down by after`,
);

/**
 * Irregular past tenses and participles (the common ones): with the regular
 * `-ed` forms, a verb form after the hyphen followed by a preposition
 * (`power-left for`, `Beijing-fought against`) is a verb, not a compound adjective.
 */
export const IRREGULAR_PAST = set(`
  fought left held built brought taken given known born won lost kept sent spent told found
  thought bought caught taught sold paid seen done gone written driven chosen grown shown drawn
  begun broken spoken stolen hidden beaten eaten fallen forgotten frozen ridden risen shaken
  sworn torn worn thrown blown flown felt meant met heard stood understood sat slept lent bent
  dealt fed fled sped bound ground wound hung struck stuck dug became came went made led ran
  began wrote drove chose grew drew broke spoke stole fell rose shook swore tore threw flew
  put set cut hit let shut spread cast cost hurt quit split
`);


/** Words that end a range after a year: `(2013-present)` is a range printed with a dash. */
export const RANGE_ENDS = set(`present today now date`);

/**
 * One romanised East Asian syllable (Korean Revised Romanisation and McCune–Reischauer,
 * Hanyu Pinyin, Cantonese Jyutping/Yale): optional initial consonant cluster, one to
 * three vowels, optional final n/ng/m/k/p/t/l/h. Given names are written as two such
 * syllables joined by a hyphen (`Jae-in`, `Seung-min`, `So-young`, `Ka-chun`, `Kwok-hung`).
 */
export const NAME_SYLLABLE =
  /^(?:[bcdfghjklmnpqrstvwxyz]|ch|kk|tt|pp|ss|jj|sh|zh|ts|kw|gw|hw|ng|ny)?(?:[aeiouy]{1,3}|w[aeio]{1,2})(?:ng|n|m|k|p|t|l|h)?$/u;
