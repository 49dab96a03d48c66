/**
 * HTML named character references accepted in HTML-flavoured hOCR (some
 * engines write `&nbsp;` or `&mdash;` rather than the character). Source:
 * the HTML 4.01 entity sets (https://www.w3.org/TR/html4/sgml/entities.html):
 * all of HTMLlat1 (U+00A0–U+00FF, in code-point order) and the typographic
 * part of HTMLspecial/HTMLsymbol. These are fixed strings: nothing is read
 * from a DTD, and no entity expands to another entity.
 */

/** HTMLlat1 names, U+00A0 (`nbsp`) to U+00FF (`yuml`), in code-point order. */
const LATIN1_NAMES = (
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr ' +
  'deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
  'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ' +
  'ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig ' +
  'agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml ' +
  'eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml'
).split(' ');

/** HTMLspecial and typographic HTMLsymbol names. */
const OTHER: Record<string, number> = {
  OElig: 0x152, oelig: 0x153, Scaron: 0x160, scaron: 0x161, Yuml: 0x178, fnof: 0x192, circ: 0x2c6, tilde: 0x2dc,
  ensp: 0x2002, emsp: 0x2003, thinsp: 0x2009, zwnj: 0x200c, zwj: 0x200d, lrm: 0x200e, rlm: 0x200f,
  ndash: 0x2013, mdash: 0x2014, lsquo: 0x2018, rsquo: 0x2019, sbquo: 0x201a, ldquo: 0x201c, rdquo: 0x201d,
  bdquo: 0x201e, dagger: 0x2020, Dagger: 0x2021, bull: 0x2022, hellip: 0x2026, permil: 0x2030, prime: 0x2032,
  Prime: 0x2033, lsaquo: 0x2039, rsaquo: 0x203a, euro: 0x20ac, trade: 0x2122, minus: 0x2212,
};

export const HTML_ENTITIES: Readonly<Record<string, string>> = Object.freeze({
  ...Object.fromEntries(LATIN1_NAMES.map((name, i) => [name, String.fromCodePoint(0xa0 + i)])),
  ...Object.fromEntries(Object.entries(OTHER).map(([name, cp]) => [name, String.fromCodePoint(cp)])),
});
