/**
 * hOCR `title` properties: `bbox 10 20 110 40; x_wconf 93; image "p;1.png"`.
 * Properties are separated by `;` outside double quotes; each is a name and
 * its values separated by white space. (hOCR spec 1.2, "Properties".)
 */
import type { Box, Font } from '../../model/types.js';

export type TitleProps = Map<string, string[]>;

export function parseTitle(title: string | undefined): TitleProps {
  const props: TitleProps = new Map();
  if (!title) return props;
  let current = '';
  let quoted = false;
  const flush = (): void => {
    const parts = current.match(/"[^"]*"|\S+/g) ?? [];
    current = '';
    const [name, ...values] = parts;
    if (name) props.set(name, values.map((v) => (v.startsWith('"') && v.endsWith('"') && v.length >= 2 ? v.slice(1, -1) : v)));
  };
  for (const ch of title) {
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) flush();
    else current += ch;
  }
  flush();
  return props;
}

/** First value of a numeric property, or undefined. */
export function numberProp(props: TitleProps, name: string): number | undefined {
  const v = props.get(name)?.[0];
  if (v === undefined) return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

/** `bbox x0 y0 x1 y1` (corners, pixels, origin top-left); undefined when absent or not four numbers. */
export function bboxProp(props: TitleProps): Box | undefined {
  const v = props.get('bbox');
  if (!v || v.length < 4) return undefined;
  const [x0, y0, x1, y1] = v.slice(0, 4).map(Number) as [number, number, number, number];
  if (![x0, y0, x1, y1].every(Number.isFinite) || x1 < x0 || y1 < y0) return undefined;
  return { x0, y0, x1, y1 };
}

export function boxAndId(props: TitleProps, id: string | undefined): { box?: Box; id?: string } {
  const box = bboxProp(props);
  return { ...(box ? { box } : {}), ...(id ? { id } : {}) };
}

/** Line/word font from hOCR properties: x_size (pixels), x_fsize (points), x_font (name). */
export function fontOf(props: TitleProps): Font | undefined {
  const font: Font = {};
  const size = numberProp(props, 'x_size');
  const points = numberProp(props, 'x_fsize');
  const name = props.get('x_font')?.join(' ');
  if (size !== undefined && size > 0) font.size = size;
  if (points !== undefined && points > 0) font.points = points;
  if (name) font.name = name;
  return Object.keys(font).length > 0 ? font : undefined;
}
