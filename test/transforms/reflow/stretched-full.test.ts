/**
 * A stretched (wide-gapped) last line says a paragraph goes on only when it is full (pieces.ts
 * STRETCHED_FULL_RATIO): justification stretches a line to the measure. Real page: d2_007 page.pdfminer.txt
 * (CC BY-SA), whose agency item is set in a narrow box where pdfminer writes every gap wide, the item's
 * last line too (`cause  of  which  is  unknown.`, 29 characters against 34): read as a justified line, the
 * paragraph was carried on into another story's piece (`nitaries  wanted  to  meet …`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { restore } from '../../../src/pipeline.js';
import { toOutput } from '../../../src/writers/json/index.js';
import { sharedFile } from '../../structure/helpers.js';

test('a short stretched last line ends its paragraph (d2_007 pdfminer, the Xinhua item)', (t) => {
  const path = sharedFile('corpus', 'dev2', 'd2_007', 'page.pdfminer.txt');
  if (!path) return t.skip('corpus not present');
  const out = toOutput(restore({ name: path, bytes: readFileSync(path) }));
  const paragraphs = (out.articles ?? []).flatMap((a) => a.blocks.map((b) => b.text));
  const item = paragraphs.find((p) => p.startsWith('Last week, at least 76 people were killed'));
  assert.ok(item, paragraphs.join('\n'));
  assert.ok(item.endsWith('the cause of which is unknown.'), item);
});

