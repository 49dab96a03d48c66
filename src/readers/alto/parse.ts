/**
 * ALTO XML → a raw, ALTO-shaped tree (pages of blocks of lines of strings,
 * styles, graphics), read in one streaming pass with the safe parser of
 * ../xml/parse.ts. Elements are matched on local names, so ALTO v1–v4 (whatever
 * their namespace or prefix) read alike. Nothing is interpreted here; build.ts
 * turns the raw tree into Galley's page model.
 */
import type { Box, Graphic } from '../../model/types.js';
import { GalleyError } from '../../errors.js';
import { parseXml, type XmlElement } from '../xml/parse.js';
import { pageCounter, wordCounter } from '../xml/limits.js';
import { boxFromSize, num } from '../xml/geometry.js';

export interface AltoTextStyle {
  id: string;
  family?: string;
  /** FONTSIZE, in points (ALTO schema: "the font size, in points (1/72 of an inch)"). */
  size?: number;
  /** FONTSTYLE tokens: bold, italics, subscript, superscript, smallCaps, underline. */
  styles: string[];
}

export interface AltoString {
  content: string;
  id?: string;
  box?: Box;
  /** WC as written (see confidence.ts for how it is read). */
  wc?: string;
  /** STYLE attribute tokens (ALTO v2+: font style given on the String itself). */
  styles: string[];
  styleRefs: string[];
  subsType?: string;
  subsContent?: string;
}

export interface AltoLine {
  id?: string;
  box?: Box;
  styleRefs: string[];
  strings: AltoString[];
  hyphen?: { glyph: string; box?: Box };
}

export interface AltoBlock {
  type: 'text';
  id?: string;
  box?: Box;
  styleRefs: string[];
  lines: AltoLine[];
}

export interface AltoGraphic {
  type: 'graphic';
  kind: Graphic['kind'];
  box: Box;
  id?: string;
}

export interface AltoPage {
  id?: string;
  width?: number;
  height?: number;
  /** Text blocks and graphics in file order. */
  items: Array<AltoBlock | AltoGraphic>;
}

export interface AltoRaw {
  /** MeasurementUnit as written (pixel, mm10, inch1200); absent means pixel (ALTO default). */
  unit?: string;
  /** softwareName of the OCR processing steps, as written (to recognise producers with known quirks). */
  software: string[];
  /** String elements with CONTENT found outside a TextLine of a TextBlock of a Page (invalid ALTO): not read, but counted. */
  strayStrings: number;
  styles: Map<string, AltoTextStyle>;
  pages: AltoPage[];
}

/**
 * A GraphicalElement whose short side is under this share of its long side
 * is a rule (a column or story separator); a squarer one is a frame or
 * ornament. Tesseract writes its separators 1 px wide and hundreds of px
 * long (ratio < 0.01); box borders and ornaments are far squarer.
 */
export const RULE_MAX_ASPECT = 0.05;

/** ComposedBlock TYPE values (ALTO gives no closed list) that mean a picture. */
const PICTURE_TYPE = /illustration|image|picture|photo|figure|graphic/i;

function tokens(value: string | undefined): string[] {
  return value ? value.split(/\s+/).filter((t) => t !== '') : [];
}

function altoBox(a: Record<string, string>): Box | undefined {
  return boxFromSize(num(a.HPOS), num(a.VPOS), num(a.WIDTH), num(a.HEIGHT));
}

export function ruleOrFrame(box: Box): Graphic['kind'] {
  const w = box.x1 - box.x0;
  const h = box.y1 - box.y0;
  return Math.min(w, h) < RULE_MAX_ASPECT * Math.max(w, h) ? 'rule' : 'frame';
}

/** Thrown when the root element is not `alto` (so a folder reader can skip METS and other XML). */
export class NotAltoError extends GalleyError {
  readonly root: string;
  constructor(file: string, root: string) {
    super('malformed', file, `not an ALTO file: the root element is <${root}>, not <alto>`);
    this.root = root;
  }
}

export function parseAlto(text: string, file: string): AltoRaw {
  const raw: AltoRaw = { styles: new Map(), pages: [], software: [], strayStrings: 0 };
  const countWord = wordCounter(file);
  const countPage = pageCounter(file);
  let depth = 0;
  let page: AltoPage | undefined;
  let block: AltoBlock | undefined;
  let line: AltoLine | undefined;
  let unitText: string | undefined;
  let softwareText: string | undefined;
  // Open ComposedBlocks: picture-typed ones become a graphic unless an Illustration inside already is one.
  const composed: Array<{ picture: boolean; box?: Box; id?: string; hasIllustration: boolean }> = [];

  const open = (el: XmlElement): void => {
    depth++;
    const a = el.attrs;
    if (depth === 1) {
      if (el.name !== 'alto') throw new NotAltoError(file, el.name);
      return;
    }
    switch (el.name) {
      case 'MeasurementUnit':
        unitText = '';
        break;
      case 'softwareName':
        softwareText = '';
        break;
      case 'TextStyle': {
        if (!a.ID) break;
        const style: AltoTextStyle = { id: a.ID, styles: tokens(a.FONTSTYLE) };
        if (a.FONTFAMILY) style.family = a.FONTFAMILY;
        const size = num(a.FONTSIZE);
        if (size !== undefined && size > 0) style.size = size;
        raw.styles.set(a.ID, style);
        break;
      }
      case 'Page':
        countPage();
        page = { items: [] };
        if (a.ID) page.id = a.ID;
        {
          const w = num(a.WIDTH);
          const h = num(a.HEIGHT);
          if (w !== undefined && w > 0) page.width = w;
          if (h !== undefined && h > 0) page.height = h;
        }
        raw.pages.push(page);
        break;
      case 'TextBlock':
        if (!page) break;
        block = { type: 'text', styleRefs: tokens(a.STYLEREFS), lines: [] };
        if (a.ID) block.id = a.ID;
        setBox(block, altoBox(a));
        page.items.push(block);
        break;
      case 'TextLine':
        if (!block) break;
        line = { styleRefs: tokens(a.STYLEREFS), strings: [] };
        if (a.ID) line.id = a.ID;
        setBox(line, altoBox(a));
        block.lines.push(line);
        break;
      case 'String': {
        if (a.CONTENT === undefined) break;
        if (!line) {
          if (a.CONTENT.trim() !== '') raw.strayStrings++;
          break;
        }
        const s: AltoString = { content: a.CONTENT, styles: tokens(a.STYLE), styleRefs: tokens(a.STYLEREFS) };
        if (a.ID) s.id = a.ID;
        setBox(s, altoBox(a));
        if (a.WC !== undefined) s.wc = a.WC;
        if (a.SUBS_TYPE) s.subsType = a.SUBS_TYPE;
        if (a.SUBS_CONTENT) s.subsContent = a.SUBS_CONTENT;
        countWord();
        line.strings.push(s);
        break;
      }
      case 'HYP':
        if (!line) break;
        line.hyphen = { glyph: a.CONTENT ?? '-' };
        // HYP often has no HEIGHT (it is optional): a zero-height box still places the glyph.
        setBox(line.hyphen, boxFromSize(num(a.HPOS), num(a.VPOS), num(a.WIDTH), num(a.HEIGHT) ?? 0));
        break;
      case 'Illustration': {
        for (const c of composed) c.hasIllustration = true;
        const box = altoBox(a);
        if (page && box) page.items.push(graphic('image', box, a.ID));
        break;
      }
      case 'GraphicalElement': {
        const box = altoBox(a);
        if (page && box) page.items.push(graphic(ruleOrFrame(box), box, a.ID));
        break;
      }
      case 'ComposedBlock': {
        const c: (typeof composed)[number] = { picture: PICTURE_TYPE.test(a.TYPE ?? ''), hasIllustration: false };
        setBox(c, altoBox(a));
        if (a.ID) c.id = a.ID;
        composed.push(c);
        break;
      }
    }
  };

  const close = (name: string): void => {
    depth--;
    switch (name) {
      case 'MeasurementUnit':
        if (unitText !== undefined) raw.unit = unitText.trim();
        unitText = undefined;
        break;
      case 'softwareName':
        if (softwareText !== undefined && softwareText.trim() !== '') raw.software.push(softwareText.trim());
        softwareText = undefined;
        break;
      case 'Page':
        page = undefined;
        break;
      case 'TextBlock':
        block = undefined;
        break;
      case 'TextLine':
        line = undefined;
        break;
      case 'ComposedBlock': {
        const c = composed.pop();
        if (c?.picture && !c.hasIllustration && c.box && page) page.items.push(graphic('image', c.box, c.id));
        break;
      }
    }
  };

  parseXml(text, file, {
    open,
    close,
    text(t) {
      if (unitText !== undefined) unitText += t;
      if (softwareText !== undefined) softwareText += t;
    },
  });
  if (raw.pages.length === 0) throw new GalleyError('malformed', file, 'the ALTO file has no <Page> element');
  return raw;
}

function graphic(kind: Graphic['kind'], box: Box, id: string | undefined): AltoGraphic {
  return { type: 'graphic', kind, box, ...(id ? { id } : {}) };
}

function setBox(target: { box?: Box }, box: Box | undefined): void {
  if (box) target.box = box;
}
