/**
 * Table tests for the structure patterns (src/transforms/classify/patterns.ts):
 * one row per form seen on the dev pages (CC BY-SA) or named in the issue, and
 * the look-alikes each pattern must not take.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BYLINE,
  BYLINE_TITLE,
  CAPTION_CUE,
  CREDIT_ABOVE,
  creditTail,
  DATE_LINE,
  DATELINE,
  FOLIO,
  FOLIO_SECTION,
  JUMP,
  parseByline,
  PERSON_LINE,
  SIGNOFF_DASH,
  SIGNOFF_PAREN,
  WEB,
} from '../../src/transforms/classify/patterns.js';

test('byline: By NAME, BY NAME, several names, a title after a comma, a bar or a slash', () => {
  const rows: Array<[string, string | null, string | null]> = [
    ['By Samuel Lindqvist', 'Samuel Lindqvist', null],
    ['BY LUCAS NAKAMURA', 'LUCAS NAKAMURA', null],
    ['BY OMAR HADDAD AND YUSUF REYES', 'OMAR HADDAD AND YUSUF REYES', null],
    ['By James Lindqvist and Omar Reyes', 'James Lindqvist and Omar Reyes', null],
    ['By Hiroshi Fischer, Culture Reporter', 'Hiroshi Fischer', 'Culture Reporter'],
    ['BY PRIYA OKAFOR | Culture Reporter', 'PRIYA OKAFOR', 'Culture Reporter'],
    ['BY LUCAS O’BRIEN', 'LUCAS O’BRIEN', null],
    ['By Daniel Reyes, Special to The Granite State Register', 'Daniel Reyes', 'Special to The Granite State Register'],
    // d2_010 page.alto.xml: OCR read the bar as a slash (and US papers print `NAME / TITLE`).
    ['By Daniel Tanaka / Special Correspondent', 'Daniel Tanaka', 'Special Correspondent'],
  ];
  for (const [line, name, title] of rows) {
    const m = parseByline(line);
    assert.ok(m, line);
    assert.equal(m.names, name, line);
    assert.equal(m.title, title, line);
  }
});

test('byline: travel subheads and running text are not bylines', () => {
  for (const line of ['By car', 'By bus or jitney', 'BY PLANE', 'By 1965, Fillmore had come to acknowledge', 'by the work of Danish philologist']) {
    assert.equal(BYLINE.test(line), false, line);
  }
});

test('byline without By: a name over a job title', () => {
  assert.ok(PERSON_LINE.test('Ingrid Abbasi'));
  for (const t of ['Special Correspondent', 'Staff Writer', 'Science Editor', 'Senior Correspondent', 'Travel Writer', 'Culture Reporter']) {
    assert.ok(BYLINE_TITLE.test(t), t);
  }
  for (const t of ['Understand', 'Early life', 'Editorial Manager Chet Clem and President']) assert.equal(BYLINE_TITLE.test(t), false, t);
});

test('dateline at the head of a first paragraph, up to its dash', () => {
  const rows: Array<[string, string]> = [
    ['PHOENIX, May 19 — Phoenix is the capital of the state of Ari-', 'PHOENIX, May 19'],
    ['Boston, April 18 — Pittsburgh Pi-', 'Boston, April 18'],
    ['COPENHAGEN, May 19 -- Jens Otto Harry Jespersen or Otto', 'COPENHAGEN, May 19'],
    ['NEW YORK, July 17 (AFP)—Jared Tristan Pada-', 'NEW YORK, July 17 (AFP)'],
    ['KYOTO, May 18 -- Charles J. Fillmore (Au-', 'KYOTO, May 18'],
    ['NAIROBI, Kenya (AP) — The', 'NAIROBI, Kenya (AP)'],
    ['HELSINKI (Reuters)— Finland', 'HELSINKI (Reuters)'],
    ['SEOUL, Nov 27 — The', 'SEOUL, Nov 27'],
    ['NEW YORK — Fort Lee is bordered by', 'NEW YORK'],
    ['New York, Aug 5 — Fort Lee', 'New York, Aug 5'],
    // a region and a date both (Reuters' style)
    ['HARTFORD, Conn., May 4 (Reuters) - State lawmakers', 'HARTFORD, Conn., May 4 (Reuters)'],
    ['Hartford, Conn., May 4 (Reuters) — State lawmakers', 'Hartford, Conn., May 4 (Reuters)'],
    ['ROTTERDAM, Netherlands, March 3 — The port', 'ROTTERDAM, Netherlands, March 3'],
  ];
  for (const [line, dateline] of rows) {
    const m = DATELINE.exec(line);
    assert.ok(m, line);
    assert.equal(m[1], dateline, line);
  }
});

test('dateline: sentences with a dash are not datelines', () => {
  for (const line of [
    'Moscow — the capital of Russia',
    'Ana Ruiz’s daughter and successor Eva Ruiz-mother of',
    'Wave 1 race - rather than,',
    'Chet Clem: No, not necessarily.',
  ]) {
    assert.equal(DATELINE.test(line), false, line);
  }
});

test('sign-off at the end of a last paragraph', () => {
  const rows: Array<[string, RegExp, string]> = [
    ['leave our neighbours.”— AFP', SIGNOFF_DASH, 'AFP'],
    ['male). — AFP', SIGNOFF_DASH, 'AFP'],
    ['mathematician.— Bloomberg', SIGNOFF_DASH, 'Bloomberg'],
    ['— Xinhua', SIGNOFF_DASH, 'Xinhua'],
    ['a broken love affair. [7] (Agencies)', SIGNOFF_PAREN, 'Agencies'],
    ['(Bloomberg)', SIGNOFF_PAREN, 'Bloomberg'],
  ];
  for (const [line, re, agency] of rows) assert.equal(re.exec(line)?.[1], agency, line);
  for (const line of ['a record that saw the Dutch prime minister', 'known as the “Lisbon 4”, the band', 'the US-led coalition']) {
    assert.equal(SIGNOFF_DASH.test(line) || SIGNOFF_PAREN.test(line), false, line);
  }
});

test('photo credit at the end of a caption', () => {
  const rows: Array<[string, string]> = [
    ['at the 12 lap event. — AFP photos', 'AFP photos'],
    ['Kevin Allton in a file photo. (AFP)', 'AFP'],
    ['Holt with the Boston Red Sox (Reuters)', 'Reuters'],
    ['The skyline of Chicago is seen in this file photo. — EPA photo', 'EPA photo'],
    ['File picture of Los Angeles. PHOTO: FATIMA ADEYEMI', 'PHOTO: FATIMA ADEYEMI'],
    ['Government. Photo by Omar Petrov', 'Photo by Omar Petrov'],
    ['Nobel Peace Prize is seen in this undated image. Photo: AP', 'Photo: AP'],
    ['Xinhua photo', 'Xinhua photo'],
    ['SAMUEL ADEYEMI/AP', 'SAMUEL ADEYEMI/AP'],
    ['GRACE LARSEN / THE LAKESIDE SENTINEL', 'GRACE LARSEN / THE LAKESIDE SENTINEL'],
    // US papers' forms (AP style, a photographer and an agency in title case, a freelance's credit)
    ['Students arrive at Riverside High School before the first bell on Monday. (AP Photo/Matt Rourke)', 'AP Photo/Matt Rourke'],
    ['A utility crew repairs a downed power line. Justin Sullivan/Getty Images', 'Justin Sullivan/Getty Images'],
    ['Justin Sullivan/Getty Images', 'Justin Sullivan/Getty Images'],
    ['examines a fragment of the map under a lamp. Hilary Swift for The Harbor Gazette', 'Hilary Swift for The Harbor Gazette'],
    ['Mary Ann Smith for the Guardian', 'Mary Ann Smith for the Guardian'],
  ];
  for (const [text, credit] of rows) assert.equal(creditTail(text)?.credit, credit, text);
});

test('photo credit: title-case look-alikes in running text are no credit', () => {
  for (const text of [
    'The McCutchan Art Center / Pace Galleries', // dev008: an institution, a spaced slash, a line of body text
    'the crowd cheered Tom Jones/Getty Images', // inside a sentence
    'Riverside High School for The Arts', // a school's name
    'She voted for The Greens',
  ]) {
    assert.equal(creditTail(text), null, text);
    assert.equal(CREDIT_ABOVE.test(text), false, text);
  }
  assert.ok(CREDIT_ABOVE.test('Justin Sullivan/Getty Images'));
});

test('photo credit: a dash and a name is a dateline or a sentence, not a credit', () => {
  for (const text of ['New York, Aug 5 — Fort Lee', 'rebels-armed by Paris and London', 'the Warhol Factory', 'players — all members of the national squad']) {
    assert.equal(creditTail(text), null, text);
  }
});

test('caption phrases', () => {
  for (const text of [
    'American Indian in a file photo.',
    'Navarro College is seen in this undated image.',
    'A photograph related to Pacific Islander, provided to the newspaper.',
    'File picture of Saudi Arabia.',
    'An undated handout photograph of Little Red Light House.',
    'Ana Ruiz (center) and Tom Lee (right) lift the cup',
    'Choe Kuk In in a scene from',
  ]) {
    assert.ok(CAPTION_CUE.test(text), text);
  }
  for (const text of ['Holt graduated in 2006 from Stephenville High School in Texas.', 'Wikinews provides additional video, audio and photographs']) {
    assert.equal(CAPTION_CUE.test(text), false, text);
  }
});

test('jump lines', () => {
  for (const text of ['Continued on Page 6', 'See MICROSOFT, Page A7', 'From Page 1', 'Please turn to Page 12', 'THE continued on Page 15', 'Continued from Page A1', 'FROM PAGE ONE', 'See CORON, Page A10']) {
    assert.ok(JUMP.test(text), text);
  }
  for (const text of ['From May to September there are southeasterly', 'See the pictures.']) assert.equal(JUMP.test(text), false, text);
});

test('running head and foot', () => {
  for (const text of ['Tuesday, February 21, 2017', 'TUESDAY, 5 MAY 2009', 'The Meridian Times | SATURDAY, 18 MAY 2019 24', '24 17 July 2020 The Harbourview Examiner']) {
    assert.ok(DATE_LINE.test(text), text);
  }
  // The Evening Star's masthead date as Chronicling America's OCR gives it: the whole line is the date.
  assert.equal(DATE_LINE.exec('MONDAY,OCTOBER 2, 1865')?.[0], 'MONDAY,OCTOBER 2, 1865');
  assert.equal(DATE_LINE.exec('MONDAYOCTOBER 2, 1865')?.[0], 'OCTOBER 2, 1865');
  for (const text of ['18', 'A3', 'B7']) assert.ok(FOLIO.test(text), text);
  for (const text of ['29 LIVES', '33 People']) assert.ok(FOLIO_SECTION.test(text), text);
  for (const text of ['harbourdailypost.example', 'Read more online at portellisdailynews.example', 'Follow us: harbourviewexaminer']) {
    assert.ok(WEB.test(text), text);
  }
  assert.equal(FOLIO.test('1971. [1] Fillmore'), false);
});

test('a social handle is a web word; an OCR `@` for Ø or O before a colon is not (d2_002 ALTO `Sydfynske @hav: Walk`)', () => {
  for (const text of ['Follow @harbourview on Twitter', 'Twitter: @paper_news']) assert.ok(WEB.test(text), text);
  for (const text of ['Sydfynske @hav: Walk', 'Sydfynske @hav: Get in']) assert.equal(WEB.test(text), false, text);
});

test('OCR noise in a `Photo: NAME` credit: a speck read as an opening quote, a full stop read as a comma (d2_009, d2_003 ALTO)', () => {
  assert.equal(creditTail('File picture of Alter Fort Lee Community Center. Photo by ‘Amara Mensah')?.credit, 'Photo by ‘Amara Mensah');
  assert.equal(creditTail('PHOTO: FATIMA MENSAH,')?.index, 0);
  // Only after the photo word: a quote mark before a bare name is a quotation's start, not a credit.
  assert.equal(creditTail('He said ‘Amara Mensah'), null);
});

test('`NAME photo` is no credit when a sentence ends before the photo word (d2_010 ALTO `Home Office. Photo` ⏎ `by Nadia Mensah`)', () => {
  assert.equal(creditTail('2022. Image: Home Office. Photo'), null);
  assert.equal(creditTail('Ana Ruiz. Photo'), null);
  // An initial is a name's part: still a credit.
  assert.equal(creditTail('Omar J. photo')?.credit, 'Omar J. photo');
  assert.equal(creditTail('Home Office photo')?.credit, 'Home Office photo');
});
