/**
 * A deck set across columns whose wide line stops on a comma goes on into its last line, however short:
 * the change of measure there is no new run. Real case: dev007 raw (CC BY-SA): the Otto Jespersen story's
 * headline, its deck over two columns, then the dateline and the column's text (lines 100–134).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from '../../structure/helpers.js';

const PAGE = [
  "We weren’t going to touch on her dress, or who she was dating.",
  "Just the fact that those were the lead stories for so many days, in",
  "everything from US Weekly to Time Magazine.",
  "Sean Mills: I think it’s important we have an original take on those",
  "things. I think it’s similar to what Colbert said to Terry Gross. We",
  "don’t want to just traffic in the same 24 hour news cycle. There’s",
  "a 24 hour comedy news cycle that exists on all the late night talk",
  "shows. The Onion has a different creative process where we are",
  "not trying to hit everything in the 24 hours and on the same notes.",
  "We want an original take. If we choose to do something on J-Lo,",
  "it’s going to be something like that, something less obvious.",
  "David Shankbone: When you are going through the headlines, is",
  "it just you guys sitting around trying to crack each other up?",
  "Chet Clem: It’s the least amount of fun possible. Nah, I’m kidding.",
  "It’s actually more businesslike than you’d imagine. It’s very much",
  "like you are trying to make the room laugh, but the room has been",
  "a sort of captive audience for many many years now, so it takes a",
  "lot to make the room laugh.",
  "Otto Jespersen",
  "Otto Jespersen was an early 20th Century Danish linguist teaching in Copenhagen, who specialized in the",
  "grammar of the English language and authored several influential books such as “Language: Its Nature,",
  "Development and Origin” (1922).",
  "COPENHAGEN, May 19 -- Jens Otto Harry Jespersen or Otto",
  "Jespersen (Danish:; 16 July 1860—30 April 1943) was a Danish",
  "linguist who specialized in the grammar of the English language.",
  "EARLY LIFE",
  "Otto Jespersen was born in Randers in Jutland. He was inspired",
  "by the work of Danish philologist Rasmus Rask as a boy, and",
  "with the help of Rask’s grammars taught himself some Icelandic,",
  "Italian, and Spanish. He entered the University of Copenhagen",
  "in 1877 when he was 17, initially studying law but not for-",
  "getting his language studies. In 1881 he shifted his focus com-",
  "pletely to languages, and in 1887 earned his master’s degree in",
  "French, with English and Latin as his secondary languages. He",
  "supported himself during his studies through part-time work as",
];

test('a wide deck’s last line after a comma stays with it; the headline and deck head the story', () => {
  const { out } = run(PAGE.join('\n'));
  const a = out.articles.find((x) => x.headline === 'Otto Jespersen');
  assert.ok(a, JSON.stringify(out.articles.map((x) => x.headline)));
  assert.equal(a.deck, 'Otto Jespersen was an early 20th Century Danish linguist teaching in Copenhagen, who specialized in the grammar of the English language and authored several influential books such as “Language: Its Nature, Development and Origin” (1922).');
  assert.equal(a.dateline, 'COPENHAGEN, May 19');
});
