/**
 * The page's column measure, read off its lines' printed widths: most lines of a newspaper page are
 * full lines of its body columns, and a justified column's full lines all print at the column's
 * measure, so their widths pile up at one value, whatever else the page holds (headlines, captions,
 * paragraphs' last lines, and the lines that hold several columns side by side, which are rarer).
 */
import { printedWidth } from '../reflow/printed-width.js';

/** Widths are counted in bins this wide (printed-width units, thousandths of an em): a quarter em. */
export const MEASURE_BIN = 250;
/** Bins either side added to a bin's count: the pile of full lines spreads over about ±7 % (cut.ts FULL_LOW/FULL_HIGH). */
export const MEASURE_SMOOTH = 3;
/** Lines within this share of the peak are the peak's full lines (cut.ts FULL_LOW/FULL_HIGH: ±7 % and a bit). */
export const PEAK_SPREAD = 0.1;
/** Lines narrower than this share of the widest line are left out: labels, folios, lone words. */
export const MIN_MEASURE_LINE = 4000;

/** The printed width where most of the page's lines pile up; 0 when there are none. */
export function pageMeasure(widths: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const w of widths) {
    if (w < MIN_MEASURE_LINE) continue;
    const bin = Math.round(w / MEASURE_BIN);
    counts.set(bin, (counts.get(bin) ?? 0) + 1);
  }
  let bestBin = 0;
  let bestCount = 0;
  for (const bin of counts.keys()) {
    let n = 0;
    for (let d = -MEASURE_SMOOTH; d <= MEASURE_SMOOTH; d++) n += counts.get(bin + d) ?? 0;
    if (n > bestCount || (n === bestCount && bin < bestBin)) {
      bestCount = n;
      bestBin = bin;
    }
  }
  if (bestCount === 0) return 0;
  // The peak's own lines: their median is the measure (the bins only found where they pile up).
  const peak = bestBin * MEASURE_BIN;
  const near = widths.filter((w) => Math.abs(w - peak) <= PEAK_SPREAD * peak).sort((a, b) => a - b);
  return near[Math.floor(near.length / 2)]!;
}

export { printedWidth };
