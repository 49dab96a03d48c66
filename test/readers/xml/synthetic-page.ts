/**
 * Made-up OCR pages (pixel units) for the reader tests: the same page as ALTO
 * (TextBlock / TextLine / String, Illustration and GraphicalElement) and as hOCR
 * (ocr_par / ocr_line / ocrx_word, ocr_photo and ocr_separator), so a test runs
 * in a fresh clone, without the corpus, through both readers.
 */

/** A line: its text, box (x, y, width, height) and word confidence; words spread evenly over the box unless `words` gives each one's x and width. */
export interface SynLine {
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
  conf?: number;
  words?: Array<[x: number, w: number]>;
}
export type SynBlock = SynLine[];
export interface SynGraphic {
  kind: 'image' | 'rule';
  x: number;
  y: number;
  w: number;
  h: number;
}
export interface SynPage {
  width?: number;
  height?: number;
  graphics?: SynGraphic[];
  blocks: SynBlock[];
}

/** A line from a compact row: `L('text', x, y, w, h)`. */
export const L = (text: string, x: number, y: number, w: number, h: number, conf?: number): SynLine => ({ text, x, y, w, h, ...(conf !== undefined ? { conf } : {}) });
/** `n` lines of running text in one block, `step` apart. */
export const body = (n: number, x: number, y: number, w: number, h: number, step: number, text = 'the council met last evening and voted again'): SynBlock =>
  Array.from({ length: n }, (_, k) => L(`${text} ${k}`, x, y + k * step, w, h));

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/'/g, '&apos;');

function wordBoxes(l: SynLine): Array<{ text: string; x: number; w: number }> {
  const texts = l.text.split(' ');
  if (l.words) return texts.map((text, i) => ({ text, x: l.words![i]![0], w: l.words![i]![1] }));
  const step = Math.floor(l.w / texts.length);
  return texts.map((text, i) => ({ text, x: l.x + i * step, w: Math.max(1, step - 10) }));
}

function blockBox(b: SynBlock): { x0: number; y0: number; x1: number; y1: number } {
  return {
    x0: Math.min(...b.map((l) => l.x)),
    y0: Math.min(...b.map((l) => l.y)),
    x1: Math.max(...b.map((l) => l.x + l.w)),
    y1: Math.max(...b.map((l) => l.y + l.h)),
  };
}

export function altoOf(p: SynPage): string {
  const W = p.width ?? 2000;
  const H = p.height ?? 3000;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Description><MeasurementUnit>pixel</MeasurementUnit></Description>',
    `<Layout><Page ID="p" WIDTH="${W}" HEIGHT="${H}"><PrintSpace HPOS="0" VPOS="0" WIDTH="${W}" HEIGHT="${H}">`,
  ];
  (p.graphics ?? []).forEach((g, i) => {
    const tag = g.kind === 'image' ? 'Illustration' : 'GraphicalElement';
    out.push(`<${tag} ID="g${i}" HPOS="${g.x}" VPOS="${g.y}" WIDTH="${g.w}" HEIGHT="${g.h}"/>`);
  });
  p.blocks.forEach((b, bi) => {
    const bb = blockBox(b);
    out.push(`<TextBlock ID="b${bi}" HPOS="${bb.x0}" VPOS="${bb.y0}" WIDTH="${bb.x1 - bb.x0}" HEIGHT="${bb.y1 - bb.y0}">`);
    b.forEach((l, li) => {
      out.push(`<TextLine ID="b${bi}l${li}" HPOS="${l.x}" VPOS="${l.y}" WIDTH="${l.w}" HEIGHT="${l.h}">`);
      wordBoxes(l).forEach((w, wi) => {
        out.push(`<String ID="b${bi}l${li}w${wi}" HPOS="${w.x}" VPOS="${l.y}" WIDTH="${w.w}" HEIGHT="${l.h}" WC="${l.conf ?? 0.95}" CONTENT="${esc(w.text)}"/>`);
      });
      out.push('</TextLine>');
    });
    out.push('</TextBlock>');
  });
  out.push('</PrintSpace></Page></Layout></alto>');
  return out.join('\n');
}

export function hocrOf(p: SynPage): string {
  const W = p.width ?? 2000;
  const H = p.height ?? 3000;
  const bbox = (x0: number, y0: number, x1: number, y1: number): string => `bbox ${x0} ${y0} ${x1} ${y1}`;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta name="ocr-system" content="tesseract 5.3.0"/></head><body>',
    `<div class="ocr_page" id="page_1" title="${bbox(0, 0, W, H)}; ppageno 0">`,
  ];
  (p.graphics ?? []).forEach((g, i) => {
    out.push(`<div class="${g.kind === 'image' ? 'ocr_photo' : 'ocr_separator'}" id="g${i}" title="${bbox(g.x, g.y, g.x + g.w, g.y + g.h)}"></div>`);
  });
  p.blocks.forEach((b, bi) => {
    const bb = blockBox(b);
    out.push(`<div class="ocr_carea" id="block_${bi}" title="${bbox(bb.x0, bb.y0, bb.x1, bb.y1)}"><p class="ocr_par" id="par_${bi}" title="${bbox(bb.x0, bb.y0, bb.x1, bb.y1)}">`);
    b.forEach((l, li) => {
      out.push(`<span class="ocr_line" id="line_${bi}_${li}" title="${bbox(l.x, l.y, l.x + l.w, l.y + l.h)}; x_size ${l.h}">`);
      wordBoxes(l).forEach((w, wi) => {
        out.push(`<span class="ocrx_word" id="word_${bi}_${li}_${wi}" title="${bbox(w.x, l.y, w.x + w.w, l.y + l.h)}; x_wconf ${Math.round((l.conf ?? 0.95) * 100)}">${esc(w.text)}</span> `);
      });
      out.push('</span>');
    });
    out.push('</p></div>');
  });
  out.push('</div></body></html>');
  return out.join('\n');
}
