/**
 * Text patterns for page structure, compiled once. Each pattern says what it
 * matches, what it must not match, and rests on newspaper conventions that hold
 * on any paper (wire-agency names, byline and dateline forms, caption phrasing),
 * never on words of a particular page. The table tests in
 * test/structure/patterns.test.ts hold one row per real case.
 */

/** Wire and photo agencies (general knowledge of the trade; the credit tests also accept an unknown 2–5 letter acronym). */
export const AGENCIES = [
  'Agence France-Presse',
  'Associated Press',
  'Getty Images',
  'Agencies',
  'Agency',
  'Anadolu',
  'Bernama',
  'Bloomberg',
  'Interfax',
  'Kyodo',
  'Reuters',
  'Sputnik',
  'Xinhua',
  'Yonhap',
  'Wires',
  'AFP',
  'AAP',
  'ANI',
  'ANSA',
  'AP',
  'DPA',
  'dpa',
  'EFE',
  'EPA',
  'IANS',
  'PA',
  'PTI',
  'TASS',
  'UPI',
] as const;

const AGENCY_ALT = [...AGENCIES].sort((a, b) => b.length - a.length).map(escapeRe).join('|');
/** An agency name: a known one, or an all-capitals acronym of 2–5 letters. */
const AGENCY = `(?:${AGENCY_ALT}|\\p{Lu}{2,5})`;
/** Dashes as printed before a sign-off or credit: em/en dash, one or two hyphens. */
const DASH = '(?:\u2014|\u2013|-{1,2})';
/** A capitalised name word (`Lindqvist`, `O’Brien`, `Jae-in`, `J.`) or an all-caps one. */
const NAME_WORD = "\\p{Lu}[\\p{L}'’.\\-]*";
/** Name particles printed in lower case inside names. */
const PARTICLE = '(?:de|van|von|der|den|da|di|del|della|le|la|du|bin|ibn|al|el)';
/** A personal name: 2–4 words (a single word is too often a subhead such as `BY PLANE`). */
const PERSON = `${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)?${NAME_WORD}){1,3}`;
/** One or more names joined by `and`, `&` or commas. */
const PEOPLE = `${PERSON}(?:\\s*(?:,|\\s(?:and|AND|&))\\s*${PERSON})*`;

/**
 * Byline: `By NAME`, `BY NAME`, several names, and an optional title after a comma, `|`, `/` or dash
 * (`By Jane Doe, Staff Writer`, `BY JANE DOE | Special Correspondent`; many US papers print
 * `By Jane Doe / Staff Writer`, and OCR reads a thin `|` as `/`: d2_010 page.alto.xml). Group 1: the names; group 2: the title.
 * Not: `By car`, `By bus or jitney` (lower-case words), `BY PLANE` (one word).
 */
export const BYLINE = new RegExp(`^\\s*(?:By|BY)\\s+(${PEOPLE})\\s*(?:(?:,|\\||\\/|${DASH})\\s*(\\S.*?))?\\s*$`, 'u');

/** Job titles printed with a byline (alone on the line under a name, or after it). */
export const BYLINE_TITLE = new RegExp(
  '^(?:(?:Senior|Chief|Special|Staff|Foreign|Political|Diplomatic|Science|Culture|Cultural|Travel|Sports?|Business|Health|Education|Arts|Food|Local|City|Music|Film|Fashion|Environment|Technology|Economics|Legal|Crime|Court|Investigative|Deputy|Associate|Contributing|Managing|Executive|Features?|News)\\s+){0,2}' +
    '(?:Correspondent|Reporter|Writer|Editor|Columnist|Photographer|Contributor|Critic|Analyst|Bureau Chief)s?$' +
    '|^Special to (?:the )?\\p{Lu}.*$',
  'u',
);

/** The role a byline's job title ends on. */
const ROLE = '(?:Correspondent|Reporter|Writer|Editor|Columnist|Photographer|Contributor|Critic|Analyst|Bureau Chief)s?';
/**
 * A job title of one to three capitalised words before a role (`Transportation Reporter`, `Metro
 * Editor`, `White House Correspondent`): papers name beats BYLINE_TITLE's list cannot hold. Read as a
 * title only beside a byline (on its line after a comma, or on the line under it): alone, `The Ghost
 * Writer` is a heading.
 */
export const ROLE_TITLE = new RegExp(`^(?:\\p{Lu}[\\p{L}.'’&-]*\\s+){1,3}${ROLE}$`, 'u');
/** A byline without `By`: names, a comma, and the rest (a job title, checked by nameTitleByline). */
const NAMES_COMMA = new RegExp(`^\\s*(${PEOPLE})\\s*,\\s*(\\S.*?)\\s*$`, 'u');

/**
 * A byline printed without `By`, the names followed by a comma and a job title (`GRACE PARK, Education
 * Writer`, `DANIEL OKORO, Staff Writer`: AP and many US papers set bylines so). The job title is the
 * evidence (BYLINE_TITLE or ROLE_TITLE): a name and a comma alone open many sentences.
 */
export function nameTitleByline(text: string): { names: string; title: string } | null {
  if (text.indexOf(',') === -1) return null;
  const m = NAMES_COMMA.exec(text);
  if (!m) return null;
  const title = m[2]!;
  return BYLINE_TITLE.test(title) || ROLE_TITLE.test(title) ? { names: m[1]!.trim(), title } : null;
}

/** The names and the title of a byline line, or null. A comma-part that is a job title is the title (`By Jane Doe, Staff Writer`). */
export function parseByline(text: string): { names: string; title: string | null } | null {
  const m = BYLINE.exec(text);
  if (!m) return nameTitleByline(text);
  let names = m[1]!.trim();
  let title = m[2]?.trim() || null;
  const comma = names.lastIndexOf(',');
  if (comma > 0) {
    const tail = names.slice(comma + 1).trim();
    if (BYLINE_TITLE.test(tail)) {
      title = title ? `${tail}, ${title}` : tail;
      names = names.slice(0, comma).trim();
    }
  }
  return { names, title };
}

/** A bare personal name on its own line (a byline without `By`, when a title line follows). */
export const PERSON_LINE = new RegExp(`^\\s*(${PEOPLE})\\s*$`, 'u');

/**
 * Dateline at the head of a first paragraph, up to its dash:
 * `PHOENIX, May 19 —`, `Boston, April 18 —`, `NAIROBI, Kenya (AP) —`, `HELSINKI (Reuters)—`,
 * `NEW YORK, July 17 (AFP)—`, `COPENHAGEN --`, a region and a date both (`HARTFORD, Conn., May 4
 * (Reuters) -`, Reuters' style). Group 1: the dateline without the dash.
 * The place is in capitals, or in title case followed by a date or an agency (a title-case word
 * and a dash alone is too often a sentence: `Moscow — the capital`).
 */
const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const CAPS_PLACE = "\\p{Lu}[\\p{Lu}.'’\\-]+(?:\\s+\\p{Lu}[\\p{Lu}.'’\\-]+){0,3}";
const TITLE_PLACE = "\\p{Lu}[\\p{Ll}.'’\\-]+(?:\\s+\\p{Lu}[\\p{Ll}.'’\\-]+){0,2}";
const DATE_PART = `${MONTH}\\s+\\d{1,2}`;
const REGION = "\\p{Lu}[\\p{L}.'’\\-]+(?:\\s+\\p{Lu}[\\p{L}.'’\\-]+){0,2}";
const AGENCY_PAREN = `\\(${AGENCY}\\)`;
/** A dateline's place with its region, date and agency, as DATELINE and DATELINE_ALONE both read it. */
const DATELINE_PLACE =
  `${CAPS_PLACE}(?:,\\s*${REGION})?(?:,\\s*${DATE_PART})?(?:\\s*${AGENCY_PAREN})?` +
  `|${TITLE_PLACE}(?:(?:,\\s*${REGION})?,\\s*${DATE_PART}(?:\\s*${AGENCY_PAREN})?|(?:,\\s*${REGION})?\\s*${AGENCY_PAREN})`;
export const DATELINE = new RegExp(`^\\s*(${DATELINE_PLACE})\\s*${DASH}\\s*`, 'u');

/** A dateline alone on its line, its dash opening the next line (`MOSCOW (Reuters)` ⏎ `— Patrick Leopold…`). */
export const DATELINE_ALONE = new RegExp(`^\\s*(${DATELINE_PLACE})\\s*$`, 'u');
/** A line opening with a dash, or an agency and a dash (the rest of a dateline broken before them: `(Reuters) — Coron is…`). */
export const DASH_START = new RegExp(`^\\s*(?:${AGENCY_PAREN}\\s*)?${DASH}\\s*\\S`, 'u');

/**
 * A place (and date, agency) alone on a line whose dash opens the next line: a dateline broken before
 * its dash (`MOSCOW (Reuters)` ⏎ `— Patrick…`). Asked by edges.ts's reading, rules/02-dateline.ts and
 * the caption rules that look for a story's start.
 */
export function datelineBeforeDash(line: string, next: string): boolean {
  // (The next line's dash first: anchored, it fails on the first character of nearly every line;
  // mayStartWithDash gives that answer without the pattern.)
  return mayStartWithDash(next) && DASH_START.test(next) && DATELINE_ALONE.test(line);
}

/**
 * Could DASH_START match: is the first character after white space a bracket (its agency's) or a dash?
 * An ASCII character other than these cannot open the pattern after `^\s*` (the ASCII white space
 * `\s` knows is tab to carriage return and the space); any other character is left to the pattern
 * (the long dashes, and the white space beyond ASCII).
 */
function mayStartWithDash(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    return c >= 128 || c === 40 || c === 45;
  }
  return false;
}

/** Does the text hold one of the dashes DASH matches (`—`, `–`, `-`)? A pattern that needs DASH cannot match a text without one. */
export function holdsDash(text: string): boolean {
  return text.includes('-') || text.includes('\u2014') || text.includes('\u2013');
}

/** `DATELINE.exec(text)`; a text without a dash (holdsDash) is answered without the pattern, which ends on its place's dash. */
export function datelineIn(text: string): RegExpExecArray | null {
  return holdsDash(text) ? DATELINE.exec(text) : null;
}

/** `DATELINE.test(text)` (datelineIn). */
export function opensWithDateline(text: string): boolean {
  return holdsDash(text) && DATELINE.test(text);
}

/** `SIGNOFF_DASH.exec(text)`; a text without a dash (holdsDash) is answered without the pattern, which needs its dash. */
export function signoffDashIn(text: string): RegExpExecArray | null {
  return holdsDash(text) ? SIGNOFF_DASH.exec(text) : null;
}

/**
 * `SIGNOFF_PAREN.exec(text)`: the pattern ends on `)` and white space, so a text whose last character
 * other than ASCII white space is an ASCII character other than `)` is answered without it (a character
 * beyond ASCII may be white space `\s` knows: the pattern decides).
 */
export function signoffParenIn(text: string): RegExpExecArray | null {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    return c === 41 || c >= 128 ? SIGNOFF_PAREN.exec(text) : null;
  }
  return null;
}

/** Does the text end on an agency's sign-off, after a dash or in brackets (SIGNOFF_DASH, SIGNOFF_PAREN)? */
export function endsOnSignoff(text: string): boolean {
  return signoffDashIn(text) !== null || signoffParenIn(text) !== null;
}

/** Sign-off at the very end of a story's last paragraph: `… friends.”— AFP`, `male). — AFP`, `-- Xinhua`. Group 1: the agency. */
export const SIGNOFF_DASH = new RegExp(`(?:^|\\s|(?<=[.!?…"”’)\\]]))${DASH}\\s*(${AGENCY})\\s*$`, 'u');
/** A line that is only an agency name (the second line of a sign-off broken after its dash). */
export const AGENCY_LINE = new RegExp(`^(?:${AGENCY_ALT})$`, 'u');
/** Sign-off in brackets at the end of the last paragraph or alone: `… affair. [7] (Agencies)`, `(Bloomberg)`. Group 1: the agency. */
export const SIGNOFF_PAREN = new RegExp(`(?:^|\\s)\\((${AGENCY_ALT})\\)\\s*$`, 'u');

/** Words that turn an agency into a photo credit: `AFP photos`, `Reuters photo`. */
const PHOTO_WORD = '(?:photos?|Photos?|PHOTOS?|pictures?|images?|Images?)';
/** Sources of the agency and photo-word patterns, for patterns built elsewhere. */
export const AGENCY_SOURCE = AGENCY;
export const PHOTO_WORD_SOURCE = PHOTO_WORD;

/**
 * OCR noise around a credit's name: a speck read as an opening quote mark (`Photo by ‘Amara Mensah`,
 * d2_009 ALTO) and a full stop read as a comma (`PHOTO: FATIMA MENSAH,`, d2_003 ALTO). Only in the
 * `Photo: NAME` form, whose lead word makes it a credit whatever the marks; the scorer and readers
 * ignore the marks, so the credit is kept as printed.
 */
const OCR_QUOTE = "[‘'“\"]";
/**
 * `NAME photo` is a credit only when no sentence ends before the photo word: `… Image: Home Office.
 * Photo` ⏎ `by Nadia Mensah` (d2_010 ALTO) is a sentence and the start of the next credit, not a
 * credit `Home Office. Photo`. An initial (`J. Photo`) is one letter and a full stop: still a name.
 */
const NO_SENTENCE_END = '(?<!\\p{L}{2}\\.)';

/**
 * A photographer in title case before a slash (`Justin Sullivan/Getty Images`): a name of 2–4 words
 * that is no phrase opening with an article, set against the slash as AP and US papers print it. Within
 * running text a title-case phrase and a spaced slash are text (`The McCutchan Art Center / Pace
 * Galleries`, dev008), so the spaced form is read in capitals only.
 */
const SLASH_PERSON = `(?!(?:The|A|An)\\s)${PERSON}/`;
/**
 * A freelance photographer's credit, `NAME for The Paper` (`Hilary Swift for The New York Times`): a name of
 * two or three words, none an institution's noun (`Riverside High School for The Arts` is a name of a
 * school), then `for` and the paper with its article.
 */
const INSTITUTION = '(?:School|College|University|Academy|Institute|Center|Centre|Museum|Hospital|Church|Society|Association|Foundation|Department|Club|Council|Committee|Party|Fund|Hall|House|Library|Gallery|Galleries|Company|Group|Office)';
const FOR_PAPER = `(?!(?:\\S+\\s+){0,2}${INSTITUTION}\\b)${NAME_WORD}(?:\\s+${NAME_WORD}){1,2}\\s+for\\s+(?:The|the)\\s+`;
/** A paper or agency named after a photographer's slash or `for`: one to five capitalised words (`Getty Images`, `The New York Times`). */
const ORG = "\\p{Lu}[\\p{L}'’.&\\-]*(?:\\s+\\p{Lu}[\\p{L}'’.&\\-]*){0,4}";

/** A freelance's credit alone (`Hilary Swift for The New York Times`): only ever a photo's credit. */
export const FREELANCE_CREDIT = new RegExp(`^\\s*${FOR_PAPER}${ORG}\\s*$`, 'u');

/**
 * A photo credit at the end of a caption (or alone on a line). Group 1 of each: the credit as
 * printed without the dash or brackets. In order of trust:
 * - `— AFP photos`, `— Reuters photo`, `— AP photo` (after a dash: an agency, or a name with a photo word;
 *   a dash and a bare name is a dateline's or a sentence's end, `New York, Aug 5 — Fort Lee`);
 * - `(AFP)`, `(Xinhua)`;
 * - `Photo: Maria Okafor`, `PHOTO: FATIMA ADEYEMI`, `Photo by Omar Petrov`, `Photo: AP`;
 * - `HIROSHI CASTILLO / THE WESTBROOK CLARION`, `SAMUEL ADEYEMI/AP` (photographer / paper or agency, in capitals);
 * - `(AP Photo/Matt Rourke)` (AP's style: the agency, `Photo`, a slash and the photographer, in brackets);
 * - `Justin Sullivan/Getty Images` (photographer against the slash and agency, in title case, after a
 *   sentence end or alone: within a sentence a name and a slash are text; SLASH_PERSON);
 * - `Hilary Swift for The New York Times` (a freelance's credit, after a sentence end or alone; FOR_PAPER).
 */
export const CREDIT_TAIL: readonly RegExp[] = [
  new RegExp(`(?:^|\\s|(?<=[.!?…"”’)\\]]))${DASH}\\s*(${AGENCY}(?:\\s+${PHOTO_WORD})?|${PERSON}\\s+${PHOTO_WORD})\\s*$`, 'u'),
  new RegExp(`(?:^|\\s|(?<=[.!?…"”’]))\\((${AGENCY}|${PERSON})\\)\\s*$`, 'u'),
  new RegExp(`(?:^|\\s)((?:Photo|PHOTO|Picture|PICTURE|Photograph)(?:\\s*:|\\s+by|\\s+BY)\\s*${OCR_QUOTE}?(?:${AGENCY}|${PERSON}),?)\\s*$`, 'u'),
  new RegExp(`(?:^|\\s)((?:${AGENCY}|${PERSON})${NO_SENTENCE_END}\\s+${PHOTO_WORD})\\s*$`, 'u'),
  new RegExp(`(?:^|\\s)(\\p{Lu}[\\p{Lu}'’.\\-]+(?:\\s+\\p{Lu}[\\p{Lu}'’.\\-]+){1,3}\\s*/\\s*\\p{Lu}[\\p{Lu}'’.\\-]*(?:\\s+\\p{Lu}[\\p{Lu}'’.\\-]*){0,4})\\s*$`, 'u'),
  new RegExp(`(?:^|\\s|(?<=[.!?…"”’]))\\((${AGENCY}(?:\\s+${PHOTO_WORD})?\\s*/\\s*${PERSON})\\)\\s*$`, 'u'),
  new RegExp(`(?:^|(?<=[.!?…"”’)\\]]\\s))(${SLASH_PERSON}${ORG})\\s*$`, 'u'),
  new RegExp(`(?:^|(?<=[.!?…"”’)\\]]\\s))(${FOR_PAPER}${ORG})\\s*$`, 'u'),
];

/** A credit is found in the last this-many characters of a text (the longest forms are a name and a paper). */
export const MAX_CREDIT_CHARS = 64;
/** Cheap test before the credit patterns: the tail must hold a dash, a bracket, a slash or a photo word. */
const CREDIT_HINT = /[\u2014\u2013)/]|(?:^|\s)-{1,2}\s*\S|\S--|photo|picture|image|\sfor\s/iu;
/**
 * Cheaper still, before CREDIT_HINT: a character it needs (a dash, a hyphen, a bracket, a slash)
 * or a photo word with its letters in either case (no other character folds to these letters, so
 * this is what the case-insensitive hint can match, without its Unicode case folding).
 */
const CREDIT_HINT_CHARS = /[\u2014\u2013)/-]|[Pp][Hh][Oo][Tt][Oo]|[Pp][Ii][Cc][Tt][Uu][Rr][Ee]|[Ii][Mm][Aa][Gg][Ee]|\s[Ff][Oo][Rr]\s/;

export interface CreditMatch {
  /** Where the credit (with its dash or bracket) starts in the text. */
  index: number;
  /** The whole match, dash or brackets included. */
  printed: string;
  /** The credit as printed without dash or brackets. */
  credit: string;
}

/** The photo credit ending `text`, if any (checks only the tail, so it stays cheap on long lines). */
export function creditTail(text: string): CreditMatch | null {
  const trimmed = text.trimEnd();
  let from = Math.max(0, trimmed.length - MAX_CREDIT_CHARS);
  if (from > 0) {
    const sp = trimmed.indexOf(' ', from);
    if (sp < 0) return null;
    from = sp;
  }
  const tail = trimmed.slice(from);
  if (!CREDIT_HINT_CHARS.test(tail) || !CREDIT_HINT.test(tail)) return null;
  const last = tail.charCodeAt(tail.length - 1);
  for (let k = 0; k < CREDIT_TAIL.length; k++) {
    if (!mayEndCredit(k, tail, last)) continue;
    const m = CREDIT_TAIL[k]!.exec(tail);
    if (!m) continue;
    const lead = m[0].length - m[0].trimStart().length;
    return { index: from + m.index + lead, printed: m[0].trim(), credit: m[1]!.trim() };
  }
  return null;
}

/**
 * What CREDIT_TAIL[k] needs of a tail (trimmed, so its last character is the pattern's last): a
 * test that fails only where the pattern cannot match, so the end-anchored patterns (tried from
 * every position) run only on tails that may end in their form. `last` is the tail's last code.
 */
function mayEndCredit(k: number, tail: string, last: number): boolean {
  const letter = last >= 128 || (last >= 65 && last <= 90) || (last >= 97 && last <= 122);
  switch (k) {
    // A dash, then an agency or a photo word: ends in a letter.
    case 0:
      return letter && (tail.includes('-') || tail.includes('\u2014') || tail.includes('\u2013'));
    // In brackets: ends in `)`.
    case 1:
      return last === 41;
    // `Photo:`/`Picture by` and a name or an agency, maybe a comma: ends in a letter or a name's mark.
    case 2:
      return (letter || NAME_END.has(last) || last === 44) && (tail.includes('Photo') || tail.includes('PHOTO') || tail.includes('Picture') || tail.includes('PICTURE'));
    // Ends in a photo word (`photo`, `Photos`, `PHOTO`, `picture`, `images`): its last letter.
    case 3:
      return last === 111 || last === 79 || last === 115 || last === 83 || last === 101;
    // `NAME / PAPER`, `Name/Paper`: a slash, and ends in a capital or a name's mark.
    case 4:
    case 6:
      return (letter || NAME_END.has(last)) && tail.includes('/');
    // `(AP Photo/NAME)`: ends in `)`, holds a slash.
    case 5:
      return last === 41 && tail.includes('/');
    // `NAME for The Paper`.
    case 7:
      return (letter || NAME_END.has(last)) && tail.includes(' for ');
    default:
      return true;
  }
}
/** Marks a name word may end in besides a letter (NAME_WORD: `'’.-`). */
const NAME_END = new Set([39, 0x2019, 46, 45]);

/**
 * A photographer's credit printed between the photo and its caption: `NAME / PAPER`, `NAME/AGENCY` in
 * capitals, or a name against the slash and an agency in title case (`Justin Sullivan/Getty Images`, the
 * US papers' style; SLASH_PERSON).
 */
export const CREDIT_ABOVE = new RegExp(
  `^(?:\\p{Lu}[\\p{Lu}'’.\\-]+(?:\\s+\\p{Lu}[\\p{Lu}'’.\\-]+){1,3}\\s*/\\s*\\p{Lu}[\\p{Lu}'’.\\-]*(?:\\s+\\p{Lu}[\\p{Lu}'’.\\-]*){0,4}|${SLASH_PERSON}${ORG})$`,
  'u',
);

/** Phrases that describe a photo: position cues, archive cues, `is seen in this image`, `in a scene from`. */
const CAPTION_PHRASES = [
  '\\((?:left|right|center|centre|top|bottom|above|below|second left|second right|L|R|C)\\)',
  '\\bin (?:a|this) (?:file|handout|undated) (?:photo|picture|image|photograph)\\b',
  '\\b(?:is|are) (?:seen|pictured|shown)\\b',
  '\\bin this (?:undated |file |handout )?(?:photo|picture|image|photograph)\\b',
  '\\b(?:File|Archive|Handout) (?:photo|picture|image|photograph)s? of\\b',
  '\\bfile (?:photo|picture)\\b',
  '\\bin a scene from\\b',
  '\\b(?:A|An) (?:undated )?(?:handout )?(?:photo|photograph|picture|image)(?: related to| of)\\b',
  '\\bprovided (?:to|by) the newspaper\\b',
  '\\b(?:handout|undated) (?:photo|photograph|picture|image)\\b',
  '\\bposes? for (?:a )?(?:photo|picture|portrait)s?\\b',
];
/** A caption phrase (each marks one caption: two on either side of a sentence end are two captions). */
export const CAPTION_PHRASE = new RegExp(CAPTION_PHRASES.join('|'), 'u');
/** Caption phrases, and the image-source note some captions carry (`Image: NAME`). */
export const CAPTION_CUE = new RegExp([...CAPTION_PHRASES, '\\b(?:image|Image|IMAGE)[:;] '].join('|'), 'u');
/**
 * Words one of the caption phrases holds: a cheap test before the phrases themselves. Every phrase of
 * CAPTION_CUE holds one, in any case (`(left)`: `(left`, `(center)`: `(cent`, `(L)`: `L)`; `pictured`:
 * `pictur`; `pose for`: `pose`; `provided to the newspaper`; `in a scene from`; the others a photo word),
 * so a text without one holds no cue (test/structure/pattern-prefilter.test.ts).
 */
export const CAPTION_HINT = /photo|image|pictur|seen|shown|scene|handout|newspaper|file|poses?\b|\((?:left|right|cent|top|bottom|above|below|second|[LRC]\))|Image[:;]/iu;

/** `CAPTION_CUE.exec(text)`, the patterns asked only of a text with a hint (CAPTION_HINT). */
export function captionCueIn(text: string): RegExpExecArray | null {
  return CAPTION_HINT.test(text) ? CAPTION_CUE.exec(text) : null;
}

/** A list item set one per line closes on a bracket or a year (`All-Star (2015)`, `on June 16, 2015`). */
export const ITEM_CLOSE = /(?:\)|, \d{4})$/u;

/** `ITEM_CLOSE.test(text)`: the pattern's last character, `)` or a digit, is read first. */
export function closesOnItemMark(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return (c === 41 || (c >= 48 && c <= 57)) && ITEM_CLOSE.test(text);
}

/** Jump lines: `Continued on Page 6`, `See MICROSOFT, Page A7`, `From Page 1`, `Please turn to Page 12`, `THE continued on Page 15`. */
export const JUMP = /^\s*(?:(?:\p{Lu}[\p{L}'’-]*\s+)?(?:continued|Continued|CONTINUED)\s+(?:on|from)\s+(?:page|Page|PAGE)\s*[A-Z]?\d{1,3}|(?:Please\s+)?(?:turn|Turn|TURN)\s+to\s+(?:page|Page|PAGE)\s*[A-Z]?\d{1,3}|(?:See|SEE)\s+[\p{Lu}][\p{Lu}\p{N}'’ -]*,?\s+(?:page|Page|PAGE)\s*[A-Z]?\d{1,3}|(?:From|FROM|Continued from)\s+(?:page|Page|PAGE)\s+(?:[A-Z]?\d{1,3}|One|ONE|one))\.?\s*$/u;

/**
 * `JUMP.test(text)`: every form names the page (`page`, `Page` or `PAGE`, no case folding), so a text
 * without `age` or `AGE` is answered without the pattern (asked of every short unit and standalone line).
 */
export function isJumpLine(text: string): boolean {
  return (text.includes('age') || text.includes('AGE')) && JUMP.test(text);
}

/** Weekday and month names, for date lines in page furniture. */
const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
const MONTH_FULL = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/**
 * A printed date: `Tuesday, February 21, 2017`, `TUESDAY, 5 MAY 2009`, `17 July 2020`, `July 3, 2010`,
 * and `MONDAY,OCTOBER 2, 1865` as OCR of 19th-century mastheads gives it (no space after the comma;
 * a weekday glued to the month with no comma is not taken).
 */
export const DATE_LINE = new RegExp(
  `(?:${WEEKDAY}(?:,\\s*|\\s+))?(?:${MONTH_FULL}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH_FULL},?\\s+\\d{4})`,
  'iu',
);
/** Page number: `18`, `A3`, `B7`, `Page 4`. */
export const FOLIO = /^(?:page\s+)?[A-Z]?\d{1,3}$/iu;
/** Page number with the section name, as running heads print them: `29 LIVES`, `33 People`, `NEWS 12`. */
export const FOLIO_SECTION = /^(?:[A-Z]?\d{1,3}\s+\p{Lu}[\p{L}&'’ ]{1,24}|\p{Lu}[\p{L}&'’ ]{1,24}\s+[A-Z]?\d{1,3})$/u;
/**
 * Web address or social handle in a footer: `x.example`, `www.x.com`, `Follow us: x`, `Read more online at x.example`,
 * `@paper`. A handle is never followed by a colon: OCR engines read a capital Ø or O as `@`, and `Sydfynske @hav: Walk`
 * is a headline (a label before a colon is a heading's or a speaker's form, not a handle's).
 * (A domain is matched from the start of its run of word characters and hyphens only, the lookbehind: tried at
 * every word boundary inside a long run `a-a-a-…`, the pattern took seconds on one line; same matches.)
 */
export const WEB = /(?:\bwww\.|\b(?<=(?:^|[^\w-])-*)[\w-]+\.(?:example|com|org|net|news|co\.uk|co|uk|de|fr|in|au|ca|info)\b|\bFollow us\b|\bRead more online\b|@\w{3,}(?![\w:]))/iu;
/** WEB's alternatives that need neither a full stop nor an `@` (the same words, the same flags). */
const WEB_WORDS = /\bFollow us\b|\bRead more online\b/iu;

/**
 * `WEB.test(text)`. An address needs its full stop and a handle its `@` (no character folds to
 * either): a text without them is asked only for WEB's words (WEB_WORDS). The domain alternative,
 * tried at every word boundary, cost about a microsecond a line (split's running heads, advert
 * titles, page furniture).
 */
export function holdsWeb(text: string): boolean {
  if (!text.includes('.') && !text.includes('@')) return WEB_WORDS.test(text);
  return WEB.test(text);
}

/** Sentence-final punctuation, optionally followed by closing quotes or brackets. */
export const SENTENCE_END = /[.!?…]["'”’)\]]*$/u;
/** SENTENCE_END's marks and closers by character code (endsOnSentenceMark). */
const SENTENCE_END_MARKS = new Set([...'.!?…'].map((c) => c.charCodeAt(0)));
const SENTENCE_END_CLOSERS = new Set([...`"'”’)]`].map((c) => c.charCodeAt(0)));

/**
 * `SENTENCE_END.test(text)`, read from the text's end: the closers at the end passed over, is the
 * character before them a sentence mark? (The marks and the closers share no character, so a match
 * can only start right before the closers the text ends with.) The pattern tried every position of
 * every line it was asked about.
 */
export function endsOnSentenceMark(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && SENTENCE_END_CLOSERS.has(text.charCodeAt(i))) i--;
  return i >= 0 && SENTENCE_END_MARKS.has(text.charCodeAt(i));
}
/** A line ending in a letter and a hyphen: a word broken at the line end (or a compound). */
export const HYPHEN_END = /\p{L}-$/u;
/** Speaker label opening an interview paragraph: `Chet Clem:`, `Wikinews:`, `David Shankbone:`. */
export const SPEAKER = /^\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}:\s/u;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
