/** Shared by the advert tests: running text around an advert, and the adverts a page gives. */
import { restore } from '../../../src/pipeline.js';
import { squash } from '../../structure/helpers.js';

/** Three full lines of running text (d2_001, CC BY-SA) to set an advert among. */
export const BODY = [
  'The turnout of this election was the highest in the history of Legislative Council elections in Hong',
  'Kong, and it was the first major election in the city since the protests of the previous year. The',
  'election elects 70 members of the Legislative Council and was watched closely by observers abroad.',
].join('\n');

/** The adverts of a page of `text` read as `name` (the extractor's layer), each as one squashed text. */
export function adverts(text: string, name = 'page.pdfminer.txt'): string[] {
  const doc = restore({ name, bytes: new TextEncoder().encode(text) });
  return doc.pages.flatMap((p) => p.blocks.filter((b) => b.kind === 'advert').map((b) => squash(b.lines.map((l) => l.text).join(' '))));
}
