/** Made-up ALTO pages for the reader tests: blocks of rows of word boxes (pixels). */
import { readAlto } from '../../../src/readers/alto/index.js';
import type { GalleyDocument } from '../../../src/model/types.js';

/** A word: its text and box. */
export type W = [text: string, x: number, y: number, w: number, h: number];
const HEAD = '<?xml version="1.0"?><alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout><Page ID="p1" WIDTH="2000" HEIGHT="3000"><PrintSpace>';
const TAIL = '</PrintSpace></Page></Layout></alto>';

/** A TextBlock of one TextLine per row. */
export const block = (id: string, rows: W[][]): string =>
  `<TextBlock ID="${id}">${rows
    .map((r, i) => `<TextLine ID="${id}_l${i}">${r.map(([t, x, y, w, h]) => `<String CONTENT="${t}" HPOS="${x}" VPOS="${y}" WIDTH="${w}" HEIGHT="${h}"/>`).join('')}</TextLine>`)
    .join('')}</TextBlock>`;

/** The page of these blocks, read by the ALTO reader. */
export const page = (...blocks: string[]): GalleyDocument => readAlto(new TextEncoder().encode(`${HEAD}${blocks.join('')}${TAIL}`), 'made.alto.xml');

/** A row of words of height h from x, each `w` wide, `space` apart. */
export const row = (words: string[], x: number, y: number, h: number, w: number, space = 8): W[] => words.map((t, i) => [t, x + i * (w + space), y, w, h]);
