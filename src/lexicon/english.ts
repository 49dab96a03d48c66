/**
 * Small closed lists of English words that the lexicon packages cannot give:
 * the closed-class words that never start the second half of a hyphenated
 * compound, and the first elements that English writes with a hyphen.
 *
 * Sources: the closed classes are the standard ones of English grammar
 * (personal/relative pronouns, articles and demonstratives, coordinating and
 * subordinating conjunctions, auxiliaries; Quirk et al., "A Comprehensive
 * Grammar of the English Language", ch. 2.35ff). Prepositions and adverb
 * particles are left out on purpose: they do end compounds (`stand-in`,
 * `run-up`, `by-election`). The hyphenated prefixes follow The Chicago Manual of
 * Style (17th ed.) 7.89, "Hyphenation guide for compounds", and the AP
 * Stylebook's prefix entries.
 */

/**
 * Closed-class words: a line-end `x-` followed by one of these is a flattened
 * dash (`Moscow-` / `he didn't`), never a compound (no English compound has
 * `-he`, `-was`, `-which` as its second element).
 */
export const CLOSED_CLASS: ReadonlySet<string> = new Set([
  // personal pronouns and possessives
  'i', 'me', 'my', 'mine', 'you', 'your', 'yours', 'he', 'him', 'his', 'she', 'her', 'hers', 'it', 'its',
  'we', 'our', 'ours', 'they', 'them', 'their', 'theirs',
  // relative / interrogative pronouns and demonstratives
  'who', 'whom', 'whose', 'which', 'what', 'that', 'this', 'these', 'those',
  // articles
  'the', 'a', 'an',
  // conjunctions
  'and', 'but', 'or', 'nor', 'yet', 'because', 'although', 'though', 'while', 'whereas', 'if', 'unless',
  'when', 'whenever', 'where', 'wherever', 'than',
  // auxiliaries and copula
  'is', 'are', 'was', 'were', 'am', 'been', 'being', 'has', 'have', 'had', 'does', 'did',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must',
  // negation and existential there
  'not', 'there',
]);

/**
 * First elements written with a hyphen before a word (`self-reported`,
 * `pan-democrats`, `well-known`, `ex-wife`, `co-founder`, `inter-Korean`).
 * Evidence for a kept hyphen only where the closed-up form is not a known word
 * (`selfish`, `cooperate`, `postwar` are words and are joined).
 */
export const HYPHENATED_PREFIXES: ReadonlySet<string> = new Set([
  'self', 'ex', 'all', 'well', 'ill', 'half', 'quasi', 'pseudo', 'non', 'anti', 'pro', 'pan', 'post', 'pre',
  'neo', 'co', 'inter', 'intra', 'mid', 'multi', 'cross', 'semi', 'ultra', 'vice', 'great', 'counter',
  'socio', 'euro', 'afro', 'sino', 'mini', 'mega', 'super', 'sub', 'trans', 'extra', 'hyper', 'over', 'under',
]);

/**
 * Prefixes that end in a vowel: before a word starting with the same vowel,
 * English keeps the hyphen (`re-enact`, `pre-empt`, `anti-inflammatory`,
 * `co-owner`, `de-emphasise`; Chicago 7.89 "re", AP "pre-").
 */
export const VOWEL_FINAL_PREFIXES: ReadonlySet<string> = new Set([
  're', 'pre', 'de', 'co', 'anti', 'semi', 'multi', 'ultra', 'intra', 'extra', 'micro', 'macro', 'mini',
  'neo', 'proto', 'pseudo', 'quasi', 'socio', 'bio', 'geo', 'euro', 'mega', 'infra', 'supra',
]);

/**
 * Number words that form compounds (`three-nation`, `billion-year`, `twenty-five`,
 * `half-hour`, `double-edged`): the first element of a compound, or the number a
 * following compound counts (`14-year-old`). One list for dehyphenation and the dash rules.
 */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty',
  'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million', 'billion',
  'trillion', 'first', 'second', 'third', 'fourth', 'fifth', 'half', 'single', 'double', 'triple',
]);
