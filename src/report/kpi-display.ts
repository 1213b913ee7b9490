/**
 * How a KPI's unit is shown to people: shares (unit "share", values in [0, 1]) are shown as
 * percentages; every other unit is shown as is. JSON and CSV keep the raw values.
 */
import type { KpiEstimate } from "../experiment/types.js";

/** The factor a value is multiplied by for display, and the unit shown. */
export interface DisplayUnit {
  readonly factor: number;
  readonly unit: string;
}

/**
 * The display unit of a KPI unit.
 *
 * @example
 * displayUnit("share");      // { factor: 100, unit: "%" }
 * displayUnit("trucks/day"); // { factor: 1, unit: "trucks/day" }
 */
export function displayUnit(unit: string): DisplayUnit {
  return unit === "share" ? { factor: 100, unit: "%" } : { factor: 1, unit };
}

/**
 * An estimate with every number multiplied by `factor` (the standard deviation by its absolute
 * value); nulls stay null.
 *
 * @example
 * const est = confidenceInterval([0.91, 0.93, 0.92]); // a share
 * scaleEstimate(est, 100).mean; // 92 (percent)
 */
export function scaleEstimate(est: KpiEstimate, factor: number): KpiEstimate {
  if (factor === 1) return est;
  const scale = (value: number | null) => (value === null ? null : value * factor);
  return {
    n: est.n,
    mean: scale(est.mean),
    sd: est.sd === null ? null : est.sd * Math.abs(factor),
    halfWidth: est.halfWidth === null ? null : est.halfWidth * Math.abs(factor),
    lower: scale(est.lower),
    upper: scale(est.upper),
    level: est.level,
  };
}

/**
 * A confidence level as a label ("95% CI").
 *
 * @example
 * levelLabel(0.95); // "95% CI"
 */
export function levelLabel(level: number | null | undefined): string {
  if (level === null || level === undefined || !Number.isFinite(level)) return "CI";
  return `${Number((level * 100).toFixed(1))}% CI`;
}
