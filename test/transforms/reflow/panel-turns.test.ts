/**
 * A panel interview (several speakers answering once each) and a line pdfminer boxed apart from its
 * paragraph (src/transforms/reflow/boundaries.ts repeatedLabels PANEL_LABELS; index.ts strayHead). Real
 * case: d2_009 page.pdfminer.txt lines 32–75 (Wikinews, CC BY 2.5): the answer's first line `As it moves
 * over land, it is cut off from` is boxed alone after the next answers, right before `Titley: Yes…`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from '../../structure/helpers.js';
import { repeatedLabels } from '../../../src/transforms/reflow/boundaries.js';

const PAGE = [
  'Snow: Yes, it will loose strength stead-',
  'ily as more and more of this swirling sys-',
  'tem moves from being over ocean to being',
  'over land. This occurs for two reasons:',
  '',
  'the  source  of  energy  driving  the  storm',
  '[which  is]  the  evaporation  of  water  from',
  'the warm sea surface;',
  '',
  'Increased  friction  –  the  ocean  surface',
  'is  much,  much  smoother  than  the  land',
  'surface.',
  '',
  'Saravanan:  Tropical  cyclones  are  sus-',
  'tained  by  a  form  of  energy  called  latent',
  'heat, which is released by moisture evap-',
  'orated  from  the  ocean  that  condenses  to',
  'form  rain.  As  tropical  cyclones  make',
  'landfall, this energy source is cut-oﬀ and',
  'they  rapidly  lose  strength  as  they  move',
  'over land.',
  '',
  'Zhang:  Yes,  the  Cyclone  is  almost  cer-',
  'tain  to  lose  strength  as  it  surges  over',
  'land.  Cyclones  gather  their  strength',
  'through scraping moisture and heat from',
  'warm  ocean  water  that  it  is  not  the  case',
  'over  land.  In  the  mean  time,  much',
  'stronger friction over land quickly',
  'reduces their strength.',
  '',
  'As it moves over land, it is cut oﬀ from',
  '',
  'Titley:  Yes.  All  tropical  cyclones  lose',
  '',
  'strength  once  they  make  landfall.  How-',
  'ever,  they  can  remain  dangerous  storms',
  'due  to  very  heavy  rains  and  subsequent',
  'landslides, and river ﬂooding.',
];

test('labels opening lines of running text, three or more, are a panel’s turns; a heading on a colon is not', () => {
  const labels = repeatedLabels(PAGE);
  for (const l of ['Snow', 'Saravanan', 'Zhang', 'Titley']) assert.ok(labels.has(l), l);
  assert.equal(repeatedLabels(['Fort Lee: See', 'Chet Clem: We do everything backwards', 'David Shankbone: So you don’t have writers']).has('Fort Lee'), false);
  assert.equal(repeatedLabels(['Snow: Yes, it will loose', 'Zhang: Yes, the Cyclone is']).size, 0, 'two speakers once each are no panel');
});

test('a line boxed apart goes on into its paragraph, not into the next turn, and joins it where the paragraph is printed (d2_009)', () => {
  const { out } = run(PAGE.join('\n'), 'page.pdfminer.txt');
  const paragraphs = out.articles.flatMap((a) => a.blocks.map((b) => b.text));
  const at = paragraphs.findIndex((p) => p.startsWith('As it moves over land, it is cut off from the source of energy'));
  assert.ok(at >= 0, paragraphs.join('\n\n'));
  assert.ok(paragraphs[at - 1]!.startsWith('Snow: Yes'), 'in place, under the question it answers');
  assert.ok(paragraphs[at + 1]!.startsWith('Increased friction'));
  assert.ok(paragraphs.some((p) => p.startsWith('Titley: Yes. All tropical cyclones lose strength')));
});
