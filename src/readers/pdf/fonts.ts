/**
 * What a PDF font says about itself: its PostScript name (without the subset
 * prefix) and whether it is bold, italic or small caps. pdf.js's own `bold` /
 * `italic` flags come from the font descriptor's Flags and are rarely set
 * (pdflatex and Chromium leave them unset), so the name decides, as in
 * pdftotext and pdfminer: PostScript names carry the weight and style
 * (`NimbusSanL-Bold`, `URWBookmanL-DemiBold`, `Caladea-Italic`, `TimesNewRomanPS-BoldItalicMT`).
 */
import type { RawFont } from './protocol.js';

/** Weights we print as bold: semibold and heavier. `Medium`, `Book`, `Light` are not bold. */
const BOLD_NAME = /bold|black|heavy|demi|semibd|extrab|ultrab|(?:^|[-_,])(?:bd|blk|hv|sb)(?:$|[-_,])/i;
/** TeX's Computer Modern names: CMBX10, CMB10, CMBXTI10, CMSSBX10 are bold. */
const TEX_BOLD = /^CM(?:SS)?B(?:X)?/;
/** Slanted styles. `It`/`I` as a final style suffix (`Minion-It`, `Arial,I`... ) count too. */
const ITALIC_NAME = /italic|oblique|slanted|kursiv|ital(?:$|[-_,A-Z])/i;
/** Italic as a short style suffix, case-sensitive: `Minion-It`, `Arial,I`, `GaramondIt`, `Foo-Obl`. */
const ITALIC_SUFFIX = /(?:^|[-_,])(?:It|I|Obl)$|[a-z]It$/;
/** Computer Modern italics and slanted: CMTI10, CMSL10, CMBXTI10, CMSSI10, CMMI10. */
const TEX_ITALIC = /^CM(?:BX)?(?:TI|SL|MI|SSI|SSBXO)/;
/** Small-caps fonts: `-SC`, `SmallCaps`, `Caps` suffixes (TeX `…SC`, OpenType `…SC` / `…Caps`). */
const SMALL_CAPS_NAME = /smallcaps|smcp|caps\d*(?:-|$)/i;
/** Small caps as a case-sensitive suffix or TeX name: `Minion-SC`, `PalatinoSC`, `CMCSC10`. */
const SMALL_CAPS_SUFFIX = /^CMCSC|(?:[-_]|[a-z])SC$/;

/** Ascent/descent used when the font gives none or nonsense (em). */
export const DEFAULT_ASCENT = 0.8;
export const DEFAULT_DESCENT = -0.2;

/** The font object pdf.js keeps in `page.commonObjs` (a FontFaceObject), as far as we read it. */
export interface PdfJsFontLike {
  name?: string;
  loadedName?: string;
  bold?: boolean;
  black?: boolean;
  italic?: boolean;
  ascent?: number;
  descent?: number;
  fontMatrix?: number[];
  isType3Font?: boolean;
  vertical?: boolean;
}

/** Strip a subset prefix: `QFEQMU+NimbusSanL-Bold` → `NimbusSanL-Bold`. */
export function baseFontName(name: string): string {
  return name.replace(/^[A-Z]{6}\+/, '');
}

export function describeFont(font: PdfJsFontLike | null, fallbackName: string): RawFont {
  const name = baseFontName(font?.name || fallbackName);
  const ascent = sane(font?.ascent, 0.5, 1.3) ?? DEFAULT_ASCENT;
  const descent = sane(font?.descent, -0.5, 0) ?? DEFAULT_DESCENT;
  return {
    name,
    bold: Boolean(font?.bold || font?.black) || BOLD_NAME.test(name) || TEX_BOLD.test(name),
    italic: Boolean(font?.italic) || ITALIC_NAME.test(name) || ITALIC_SUFFIX.test(name) || TEX_ITALIC.test(name),
    smallCaps: SMALL_CAPS_NAME.test(name) || SMALL_CAPS_SUFFIX.test(name),
    ascent,
    descent,
  };
}

function sane(value: number | undefined, min: number, max: number): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max && value !== 0 ? value : null;
}
