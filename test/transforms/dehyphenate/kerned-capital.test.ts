/**
 * A capital the extractor set apart from the rest of its word (rules/kerned-capital.ts). Excerpts of
 * pdftotext -raw pages of the dev2 corpus (CC BY-SA): d2_002, d2_003, d2_010; and dev011's `I`, which
 * stays a word.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { restore } from '../../../src/pipeline.js';
import { writeText } from '../../../src/writers/index.js';
import { splitWord } from '../../../src/transforms/dehyphenate/rules/kerned-capital.js';
import { Vocabulary } from '../../../src/lexicon/vocabulary.js';

function run(text: string): { out: string; all: string; joins: string[] } {
  const doc = restore({ name: 'page.raw.txt', bytes: Buffer.from(text) });
  return {
    out: writeText(doc).replace(/\s+/gu, ' ').trim(),
    // Furniture too (a running head is no story text).
    all: doc.pages.flatMap((p) => p.blocks.flatMap((b) => b.lines.map((l) => l.text))).join(' '),
    joins: doc.messages.filter((m) => m.rule === 'dehyphenate/kerned-capital').map((m) => `${m.before} → ${m.after}`),
  };
}

test('a capital left at a line end moves down to the rest of its word (d2_003 raw)', () => {
  const r = run('Lauren Graham in the series Gilmore Girls as well as the films New Y\nork Minute and House of Wax, where he played a student.\n');
  assert.deepEqual(r.joins, ['Y⏎ork → York']);
  assert.match(r.out, /the films New York Minute and House of Wax/u);
});

test('a rest printed as a line of its own goes up to its capital (d2_003 raw)', () => {
  const r = run('auditioned for the role, but gave it up\nin order to film a pilot titled Y\noung\nMacGyver which was never picked up. [8]\n');
  assert.deepEqual(r.joins, ['Y⏎oung → Young']);
  assert.match(r.out, /a pilot titled Young MacGyver which was never picked up/u);
});

test('a capital printed as a line of its own goes down to its rest (d2_002 raw)', () => {
  const r = run('the story, as opposed to The New\nY\nork Times, which writes the is-\nsue and then has a headline editor\n');
  assert.deepEqual(r.joins, ['Y⏎ork → York']);
  assert.match(r.out, /as opposed to The New York Times, which writes the issue and then/u);
});

test('a capital and its rest apart inside a line are joined (d2_010 raw running head)', () => {
  const r = run('The Highland Observer N ation 3 September 2017 | B8\n');
  assert.deepEqual(r.joins, ['N ation → Nation']);
  assert.match(r.all, /Observer Nation 3 September/u);
});

test('a capital that is a word, or whose next word is one, stays apart (dev011 raw, and X ray)', () => {
  const r = run('Some of the damage to the storm is purely from the cyber space. I\nheard that they would come back to the X ray room later that day.\n');
  assert.deepEqual(r.joins, []);
  assert.match(r.out, /cyber space\. I heard that they/u);
  assert.match(r.out, /the X ray room/u);
});

test('small capitals split after their full-size initial are joined where the run is no word (dev001 page.txt)', () => {
  const r = run('R EASON FOR DISCRIMINATION .\nAll respondents who indicated they were discriminated against were asked.\n\nR ESPONDENT RACE .\nT HE M ERIDIAN T IMES\n');
  assert.deepEqual(r.joins, ['R EASON → REASON', 'R ESPONDENT → RESPONDENT', 'M ERIDIAN → MERIDIAN', 'T IMES → TIMES']);
  assert.match(r.all, /REASON FOR DISCRIMINATION/u);
  // `T HE`: its run is a word (`he`), so the lexicon cannot tell it from a lone `T` and stays apart.
  assert.match(r.all, /T HE MERIDIAN TIMES/u);
});

test('a lone capital before a capitalised word stays apart (A NEW, I AM)', () => {
  const r = run('A NEW ERA FOR THE CITY\nI AM NOT LEAVING, SAYS THE MAYOR\n');
  assert.deepEqual(r.joins, []);
});

test('splitWord: the rest is no word and the whole is one (of the language or of the document)', () => {
  const empty = new Vocabulary();
  assert.equal(splitWord('Y', 'ork', empty), true);
  assert.equal(splitWord('I', 'heard', empty), false); // `heard` is a word
  assert.equal(splitWord('T', 'o', empty), false); // too short to tell
  assert.equal(splitWord('Q', 'zzx', empty), false); // `Qzzx` is no word
  const doc = new Vocabulary();
  doc.addText('Kovalchuk said. Kovalchuk left.');
  assert.equal(splitWord('K', 'ovalchuk', empty), false);
  assert.equal(splitWord('K', 'ovalchuk', doc), true); // the document writes the name whole
});
