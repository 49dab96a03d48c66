/**
 * One row per real phenomenon: input text → the dashes it must get and the
 * hyphens it must keep. Rows are named after where they came from: a dev
 * corpus page (CC BY-SA, quoted), dev2, or the example page (only the
 * compound or the two words around the hyphen are taken from it).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { repair } from './helpers.js';

interface Row {
  name: string;
  input: string;
  /** Substrings the output must contain. */
  has: string[];
  /** Substrings the output must not contain. */
  hasNot?: string[];
}

const ROWS: Row[] = [
  // ── rule 1: printed dashes, spaced ──────────────────────────────────────────
  { name: 'dev007 em dash closed up between years', input: '(Danish:; 16 July 1860—30 April 1943) was a Danish', has: ['1860 — 30 April'] },
  { name: 'dev003 spaced en dash (the reader maps it to an em dash)', input: 'Aberdeenshire, Scotland – 29 November', has: ['Scotland — 29 November'] },
  { name: 'dev015 em dash after a full stop', input: 'and the mainstream media laughs about it.—Rick Santorum', has: ['about it. — Rick Santorum'] },
  { name: 'dev011 em dash closed up between words', input: 'Increased friction—the ocean surface is', has: ['friction — the ocean'] },
  { name: 'seed-page shape: credit dash after a closing quote (invented)', input: 'our neighbours.”— AFP', has: ['neighbours.” — AFP'] },
  { name: 'dev015 line-end em dash keeps no trailing space', input: 'sensitive to ozone—in the case of wheat—\nor heat', has: ['ozone — in the case of wheat —\nor heat'] },
  { name: 'd2_003 dash already spaced is left alone', input: 'in 1887 — 1888, he traveled', has: ['in 1887 — 1888, he'] },

  // ── rule 2: spaced and double hyphens ──────────────────────────────────────
  { name: 'seed-page shape: spaced hyphen between words (invented)', input: 'against the new tax - a fight', has: ['tax — a fight'] },
  { name: 'dev001 spaced hyphen in a citation range', input: 'in the science research. [1 - 3] Sociolo-', has: ['[1 — 3]'] },
  { name: 'dev004 spaced hyphen in opening hours', input: 'Mon-Fri 08:30 am - 7 pm, Sat', has: ['am — 7 pm', 'Mon-Fri'] },
  { name: 'dev001 line starting with a spaced hyphen', input: 'record of the moment\n- a photo of a photo. Perhaps', has: ['\n— a photo'] },
  { name: 'dev001 line ending with a spaced hyphen', input: 'tion measure described above -\nwere asked the following', has: ['above —\nwere'] },
  { name: 'dev007 double hyphen before a name', input: 'COPENHAGEN, May 19 -- Jens Otto Harry Jespersen', has: ['May 19 — Jens'] },
  { name: 'dev019 hyphen then space is a suspended compound, not a dash', input: 'the 92,000 asylum claim- ‘legacy backlog’ by', has: ['claim- ‘legacy'] },
  { name: 'typewriter rule of many hyphens is left alone', input: 'above\n----------\nbelow', has: ['----------'] },

  // ── rule 3: flattened closed-up hyphens → dash ─────────────────────────────
  { name: 'dev018 paired flattened dashes (particle + article)', input: 'were located outside the city proper-in various locations throughout Attica-the entire urban area', has: ['proper — in various', 'Attica — the entire'] },
  { name: 'dev009 article after the hyphen', input: 'the Britney Spears story of the week-the entertainment stories.', has: ['week — the entertainment'] },
  { name: 'dev013 pair: preposition opener, infinitive closer', input: 'b) Refusing-despite every provocation and incentive and threat-to frame three guys who', has: ['Refusing — despite', 'threat — to frame'] },
  { name: 'dev019 article after the hyphen, compound kept next to it', input: 'We are run as a Hybrid Organization-a for-profit company focused on', has: ['Organization — a for-profit'] },
  { name: 'dev019 opening quote after the hyphen', input: 'two books which I still own today-“Scarne on Card Tricks” and', has: ['today — “Scarne'] },
  { name: 'dev009 opening bracket after the hyphen', input: 'we can improve in this section-[the] robotics section.', has: ['section — [the]'] },
  { name: 'dev005 year then `present`: a range', input: 'Boston Red Sox (2013-present)', has: ['(2013 — present)'] },
  { name: 'seed-page shape: pronoun after a place name (invented)', input: 'studio in Lisbon-she had never seen', has: ['Lisbon — she had'] },
  { name: 'seed-page shape: paired dashes, adverb then conjunction (invented)', input: 'as far apart as Perth and Bombay-now Mumbai-while Tom Lee', has: ['Bombay — now Mumbai — while Tom'] },
  { name: 'seed-page shape: plural before `as` (invented)', input: 'who built two careers-as touring musicians', has: ['careers — as touring'] },
  { name: 'seed-page shape: pair around an aside across a blank line (invented)', input: 'founder Ana Ruiz-mother of\n\nthe current director Eva Ruiz-was a keen sailor', has: ['Ruiz — mother of', 'Ruiz — was a'] },
  { name: 'seed-page shape: pair of verb forms, plural + participle then past tense (invented)', input: 'in 1961, as the rebels-armed by Paris\nand London-fought against the US-led coalition', has: ['rebels — armed by', 'London — fought against', 'US-led coalition'] },
  { name: 'seed-page shape: pair, `all` opener, past tense closer (invented)', input: 'young players-all members of the national squad, picked for a season of training and travel-left for Madrid', has: ['players — all members', 'travel — left for'] },
  { name: 'dev007 dateline dash, flattened (the truth keeps it apart from the paragraph)', input: 'PHOENIX, May 19-Phoenix is the capital of the state', has: ['May 19 — Phoenix is'] },
  { name: 'dev011 dateline with an agency, flattened', input: 'MANCHESTER, England (Reuters)-York is an ancient cathedral city', has: ['(Reuters) — York is'] },
  { name: 'Brown corpus: time range after `am`', input: 'open 08:30 am-7 pm daily', has: ['am — 7 pm'] },
  { name: 'Brown corpus: capitalised starter after a place (dateline style, dev008)', input: 'Evansville, Indiana, United States-This past week marked', has: ['States — This past'] },

  // ── rule 3: compounds kept ─────────────────────────────────────────────────
  { name: 'seed-page shape: Korean given names (invented sentence)', input: 'the mayor Moon Jae-in met the poet Lee Seung-min, and Kim So-young said', has: ['Jae-in', 'Seung-min,', 'So-young'] },
  { name: 'seed-page shape: compounds, abbreviation, prefix, language (invented)', input: 'against the US-led coalition, with inter-Korean trade at a standstill; a small Korean-language radio station', has: ['US-led', 'inter-Korean', 'Korean-language'] },
  { name: 'dev016 age compound', input: 'Ahmed Mohamed, a 14-year-old boy from Irving', has: ['14-year-old'] },
  { name: 'a day of the month before a compound is no dateline', input: 'born on May 19 as a 19-year-old and on June 5-6 again', has: ['19-year-old', '5-6'] },
  { name: 'Brown corpus: a date range across months', input: 'from Sept. 29-Oct. 8 in the city', has: ['29-Oct.'] },
  { name: 'dev001 in-group / out-group', input: 'in-group / out-group biases', has: ['in-group / out-group'] },
  { name: 'dev017 compound heads like/room', input: 'Warhol-like wig or don crazy hats in the Polaroid-room line', has: ['Warhol-like', 'Polaroid-room'] },
  { name: 'dev corpus compounds ending in particles', input: 'the built-in skip, the first walk-off hit, hands-on training, a quality how-to manual, a follow-up question', has: ['built-in', 'walk-off', 'hands-on', 'how-to', 'follow-up'] },
  { name: 'dev corpus chains', input: 'made-for-television films; went 4-for-5; the face-to-face interview; former editor-in-chief', has: ['made-for-television', '4-for-5', 'face-to-face', 'editor-in-chief'] },
  { name: 'dev/dev2 Cantonese and Arabic names', input: 'Shiu Ka-chun of the league and Leung Kwok-hung of LSD near the Masjid Al-Haram (Grand Mosque)', has: ['Ka-chun', 'Kwok-hung', 'Al-Haram'] },
  { name: 'dev corpus numbers', input: 'the winter of 1776-77; tel 1 201-224-7900; Store hours: Mon-Fri; a two-run homer', has: ['1776-77', '201-224-7900', 'Mon-Fri', 'two-run'] },
  { name: 'dev003 lower-case word before a capitalised one', input: 'in the Tsar’s service; his fellow-Scots Paul Menzies', has: ['fellow-Scots'] },
  { name: 'dev corpus participle compounds', input: 'Holt bats left-handed and throws; done, mean-spirited and not funny; beautiful hand-painted tiling', has: ['left-handed', 'mean-spirited', 'hand-painted'] },
  { name: 'Brown corpus: closed form is a word', input: 'a catch-all for everything and the over-all concept', has: ['catch-all', 'over-all'] },
  { name: 'Brown corpus: phrasal compounds', input: 'a hoped-for rise, an unheard-of thing, the agreed-upon terms', has: ['hoped-for', 'unheard-of', 'agreed-upon'] },
  { name: 'Brown corpus: idiom chains ending in a function word', input: 'a free-for-all and a know-it-all, as-it-were', has: ['free-for-all', 'know-it-all', 'as-it-were'] },
  { name: 'Brown corpus: modal `can` as a noun', input: 'a trash-can lid', has: ['trash-can'] },
  { name: 'URLs and e-mail addresses are not prose', input: 'see www.wikihow.com/Carbon-the page or mail jo-the@example.org', has: ['Carbon-the', 'jo-the@'] },
  { name: 'line-end hyphen is dehyphenation’s', input: 'the documen-\ntary and Kim So-\nyoung', has: ['documen-\n', 'So-\n'] },
];

for (const row of ROWS) {
  test(`dashes table: ${row.name}`, () => {
    const { text } = repair(row.input);
    for (const s of row.has) assert.ok(text.includes(s), `expected ${JSON.stringify(s)} in ${JSON.stringify(text)}`);
    for (const s of row.hasNot ?? []) assert.ok(!text.includes(s), `did not expect ${JSON.stringify(s)} in ${JSON.stringify(text)}`);
  });
}

test('dashes table: every row keeps its words (text in = text out)', () => {
  const words = (s: string): string[] => s.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  for (const row of ROWS) assert.deepEqual(words(repair(row.input).text), words(row.input), row.name);
});
