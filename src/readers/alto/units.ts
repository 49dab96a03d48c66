/**
 * ALTO MeasurementUnit → points per unit. ALTO keeps its own numbers (Galley
 * never rescales boxes); the factor lets later geometry rules compare lengths
 * with font sizes, which ALTO gives in points.
 * Source: ALTO schema, MeasurementUnit ("pixel", "mm10" = 1/10 mm, "inch1200" = 1/1200 inch).
 */
import type { PageUnit } from '../../model/types.js';

/** Points per unit for the fixed units; pixels depend on the scan resolution. */
export const POINTS_PER_UNIT: Readonly<Record<'mm10' | 'inch1200', number>> = {
  /** 1/10 mm = 72 / 254 pt. */
  mm10: 72 / 254,
  /** 1/1200 inch = 72 / 1200 pt. */
  inch1200: 72 / 1200,
};

export interface UnitInfo {
  unit: PageUnit;
  pointsPerUnit?: number;
  /** Set when the unit was not understood (then read as pixels). */
  warning?: string;
}

/** Interpret a MeasurementUnit value; `dpi` is the scan resolution when known (for pixels). */
export function altoUnit(value: string | undefined, dpi?: number): UnitInfo {
  const v = (value ?? 'pixel').trim();
  const pixels = (): UnitInfo => ({ unit: 'pixel', ...(dpi && dpi > 0 ? { pointsPerUnit: 72 / dpi } : {}) });
  if (v === 'mm10' || v === 'inch1200') return { unit: v, pointsPerUnit: POINTS_PER_UNIT[v] };
  if (v === 'pixel' || v === '') return pixels();
  return { ...pixels(), warning: `unknown MeasurementUnit '${v}'; coordinates read as pixels` };
}
