/**
 * How a KPI's unit is shown to people: shares (unit "share", values in [0, 1]) are shown as
 * percentages; every other unit is shown as is. JSON and CSV keep the raw values.
 */
import type { KpiEstimate } from "../experiment/types.js";
import { estimateDecimals, formatEstimate, formatInterval } from "./format.js";

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

/**
 * A KPI's column header: its label and the unit it is shown in.
 *
 * @example kpiHeader("Cleared within 24 h", "share"); // "Cleared within 24 h (%)"
 */
export function kpiHeader(label: string, unit: string): string {
  const shown = displayUnit(unit).unit;
  return shown === "" ? label : `${label} (${shown})`;
}

/**
 * An estimate as people read it in every table: in the KPI's display unit (shares as
 * percentages), "mean ± half-width" with the half-width's two significant digits.
 *
 * @example
 * formatKpiEstimate({ n: 5, mean: 0.9123, sd: 0.01, halfWidth: 0.0124, lower: 0.8999,
 *   upper: 0.9247, level: 0.95 }, "share"); // "91.2 ± 1.2"
 */
export function formatKpiEstimate(est: KpiEstimate | null | undefined, unit: string): string {
  if (est === null || est === undefined) return formatEstimate(est);
  return formatEstimate(scaleEstimate(est, displayUnit(unit).factor));
}

/**
 * A confidence interval in the KPI's display unit, with the decimals of its estimate.
 *
 * @example
 * formatKpiInterval({ n: 5, mean: 0.9123, sd: 0.01, halfWidth: 0.0124, lower: 0.8999,
 *   upper: 0.9247, level: 0.95 }, "share"); // "[90.0, 92.5]"
 */
export function formatKpiInterval(est: KpiEstimate, unit: string): string {
  const scaled = scaleEstimate(est, displayUnit(unit).factor);
  return formatInterval(scaled.lower, scaled.upper, estimateDecimals(scaled));
}

/**
 * A limit or a single value with its display unit, as given (up to six significant digits):
 * "≤ 6 h", "≥ 99%".
 *
 * @example
 * formatKpiValue(0.99, "share"); // "99%"
 * formatKpiValue(6, "h");        // "6 h"
 */
export function formatKpiValue(value: number, unit: string): string {
  const shown = displayUnit(unit);
  const text = String(Number((value * shown.factor).toPrecision(6)));
  if (shown.unit === "%") return `${text}%`;
  return shown.unit === "" ? text : `${text} ${shown.unit}`;
}
