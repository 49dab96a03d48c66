/** Made-up ALTO pages (pixel units) for the classify tests: word boxes from text, a body column. */

/** Twelve lines of running text: the body column a made-up page needs so that its body type is known. */
export const BODY_LINES = [
  'The storm came ashore late on Monday',
  'night and cut power to thousands of',
  'homes along the northern coast, the',
  'county said in a statement on Tuesday.',
  'Crews worked through the night to clear',
  'fallen trees from the main roads, and',
  'schools in three towns stayed closed.',
  'Forecasters expect more rain this week',
  'and have asked residents to stay away',
  'from the river banks until the water',
  'level falls again, the county added in',
  'its statement on the clean-up work.',
];

/** A line builder: each word a box `h` high and half as wide per letter, words 0.3 h apart. */
export function altoLineMaker(): (text: string, x: number, y: number, h: number) => string {
  let id = 0;
  return (text, x, y, h) => {
    let cx = x;
    const words = text.split(' ').map((w) => {
      const wd = w.length * h * 0.5;
      const s = `<String ID="s${id++}" HPOS="${cx}" VPOS="${y}" WIDTH="${wd}" HEIGHT="${h}" CONTENT="${w}"/>`;
      cx += wd + h * 0.3;
      return s;
    });
    return `<TextLine HPOS="${x}" VPOS="${y}" WIDTH="${cx - x}" HEIGHT="${h}">${words.join('<SP/>')}</TextLine>`;
  };
}

/** The ALTO document around the page's blocks. */
export function altoDocument(blocks: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Description><MeasurementUnit>pixel</MeasurementUnit></Description><Layout><Page WIDTH="1000" HEIGHT="1400"><PrintSpace>${blocks.join('')}</PrintSpace></Page></Layout></alto>`;
}
