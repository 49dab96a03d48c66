/**
 * A subject pronoun ending a line (`… and Spanish. He`) is followed by its verb in lower case: a piece
 * starting with a capital is another text's. Real case: d2_003 pdfminer (CC BY-SA), lines 107–160: the
 * Otto Jespersen story's column breaks after `He`, a caption, another story's paragraph (`Elements of the
 * Zeitgeist…`), a jump line and a third story come between, then `entered the University of Copenhagen`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from '../../structure/helpers.js';

const PAGE = [
  "Otto Jespersen",
  "",
  "Nadia Okafor",
  "Travel Writer",
  "COPENHAGEN – Jens Otto Harry Jespersen or",
  "Otto Jespersen (Danish:; 16 July 1860 — 30",
  "April  1943)  was  a  Danish  linguist  who  spe-",
  "cialized  in  the  grammar  of  the  English  lan-",
  "guage.",
  "",
  "Early life",
  "Otto  Jespersen  was  born  in  Randers  in  Jut-",
  "land. He was inspired by the work of Danish",
  "philologist  Rasmus  Rask  as  a  boy,  and  with",
  "the  help  of  Rask’s  grammars  taught  himself",
  "some  Icelandic,  Italian,  and  Spanish.  He",
  "",
  "An undated handout photograph of Warhol Factory.",
  "PHOTO: FATIMA MENSAH",
  "",
  "Elements  of  the  Zeitgeist  were  also  play-",
  "fully recreated on USI’s opening night. In her",
  "opening  remarks  for  attendees,  Waters  poin-",
  "ted out those features to attendees, noting the",
  "touches of the Warhol Factory, or the studio",
  "where  he  worked,  that  were  present  around",
  "them.  She  pointed  to  the  refreshment  table",
  "with Campbell’s Soup served with “electric”",
  "Kool  Aid  and  tables  adorned  with  colorful",
  "gumball  “pills”.  The  music  in  the  back-",
  "ground  was  from  such  bands  as  The  Velvet",
  "Underground.",
  "",
  "Please turn to Page 4",
  "",
  "Port of Refuge Harbor at Neiafu",
  "",
  "FATIMA SILVA/EPA",
  "",
  "Vava’u is a group of more than 50 islands in",
  "Tonga,  about  150  miles  north  of  Tongatapu.",
  "They  are  either  raised  coral  limestone  or",
  "coral  atolls.  The  beautiful  harbour  opposite",
  "the main town of Neiafu (known as the Port",
  "of Refuge Harbour) is a common destination",
  "for  yachties  sailing  the  South  Paciﬁc.  The",
  "",
  "waters of the islands are known for their clar-",
  "ity, it being said that you can see the bottom",
  "at  40  metres.  The  area  attracts  many  hump-",
  "back  whales  between  June  and  November",
  "and  there  are  lots  of  companies  organising",
  "tours to see them. There are numerous places",
  "to stay to suit most budgets.",
];

test('a line ending on `He` does not go on into a piece starting with a capital', () => {
  const { out } = run(PAGE.join('\n'));
  const paragraphs = out.articles.flatMap((a) => a.blocks.map((b) => b.text));
  assert.ok(!paragraphs.some((p) => p.includes('He Elements')), paragraphs.filter((p) => p.includes('Elements')).join('\n'));
  assert.ok(paragraphs.some((p) => p.startsWith('Elements of the Zeitgeist')));
});
