/**
 * Datelines in forms the corpus pages do not print: a dateline with its dash alone on its line (a long
 * place name fills a narrow column's first line, set in bold as many papers do: `ROTTERDAM,
 * Netherlands —` ⏎ `The port…`), and Reuters' place, region and date before the agency (patterns.test.ts
 * has the pattern rows). Plain text, and a PDF page written in the test setup.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { restore, restoreAsync } from '../../src/pipeline.js';
import { toOutput } from '../../src/writers/json/index.js';
import { writePdf, type Item, type StandardFont } from '../readers/pdf/helpers/pdf-writer.js';

const BODY = [
  'The port authority said on Tuesday that it would deepen the main',
  'channel by two metres over the next four years, allowing the largest',
  'container ships to reach the inner docks at any state of the tide.',
  'Work on the first stretch is due to start in the autumn, it said.',
];

test('text: a dateline and its dash alone, the story going on after a blank line, is the story\'s dateline', () => {
  const text = `Port to deepen its main channel\n\nBy Jonas Berg\n\nROTTERDAM, Netherlands —\n\n${BODY.join('\n')}\n\n${BODY.join('\n')}\n`;
  const out = toOutput(restore({ name: 'dateline.txt', bytes: new TextEncoder().encode(text) }));
  assert.equal(out.articles.length, 1);
  const a = out.articles[0]!;
  assert.equal(a.dateline, 'ROTTERDAM, Netherlands');
  assert.ok(a.blocks[0]!.text.startsWith('The port authority'), a.blocks[0]!.text);
  assert.ok(!a.blocks.some((b) => b.type === 'subhead'), JSON.stringify(a.blocks));
});

test('PDF: a bold dateline filling the first line of a narrow column is the dateline, not a subhead', async () => {
  const t = (font: StandardFont, size: number, y: number, text: string): Item => ({ type: 'text', font, size, x: 40, y, text });
  let y = 100;
  const items: Item[] = [t('Times-Bold', 20, 70, 'Port to deepen its main channel'), t('Times-Bold', 9, (y += 12), 'By JONAS BERG'), t('Times-Bold', 9, (y += 16), 'ROTTERDAM, Netherlands —')];
  for (const line of [...BODY, ...BODY]) items.push(t('Times-Roman', 9, (y += 11), line));
  const out = toOutput(await restoreAsync({ name: 'dateline.pdf', bytes: writePdf([{ width: 400, height: 400, items }]) }));
  assert.equal(out.articles.length, 1);
  const a = out.articles[0]!;
  assert.equal(a.dateline, 'ROTTERDAM, Netherlands');
  assert.ok(!a.blocks.some((b) => b.type === 'subhead'), JSON.stringify(a.blocks));
});
