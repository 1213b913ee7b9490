/**
 * A KPI estimate in the JSON reports: its fields in a fixed order, numbers through the shared
 * guards (six significant digits, integers exact, NaN and ±Infinity as null).
 */
import type { KpiEstimate } from "../experiment/types.js";
import { type JsonValue, jsonNumber } from "./json-value.js";

/**
 * `{ n, mean, sd, halfWidth, lower, upper, level }` of an estimate.
 *
 * @example estimateJson({ n: 3, mean: 1 / 3, sd: null, halfWidth: null, lower: null, upper: null, level: 0.95 })
 * // { n: 3, mean: 0.333333, sd: null, halfWidth: null, lower: null, upper: null, level: 0.95 }
 */
export function estimateJson(est: KpiEstimate): Record<string, JsonValue> {
  return {
    n: est.n,
    mean: jsonNumber(est.mean),
    sd: jsonNumber(est.sd),
    halfWidth: jsonNumber(est.halfWidth),
    lower: jsonNumber(est.lower),
    upper: jsonNumber(est.upper),
    level: jsonNumber(est.level),
  };
}

/**
 * An estimate followed by its KPI's `label` and `unit`, as experiments label them.
 *
 * @example
 * const est = confidenceInterval([0.5, 0.7, 0.6]);
 * labelledEstimateJson({ ...est, label: "Mean wait", unit: "h" }).unit // "h"
 */
export function labelledEstimateJson(
  est: KpiEstimate & { readonly label: string; readonly unit: string },
): Record<string, JsonValue> {
  return { ...estimateJson(est), label: est.label, unit: est.unit };
}

/**
 * Estimates keyed by KPI key, in the record's key order, each with its label and unit.
 *
 * @example
 * const meanWait = { ...confidenceInterval([1 / 3, 2 / 3]), label: "Mean wait", unit: "h" };
 * labelledEstimatesJson({ meanWait }).meanWait;
 * // { label: "Mean wait", unit: "h", n: 2, mean: 0.5, sd: 0.235702, halfWidth: 2.1177, lower: -1.6177, upper: 2.6177, level: 0.95 }
 */
export function labelledEstimatesJson(
  kpis: Readonly<Record<string, KpiEstimate & { readonly label: string; readonly unit: string }>>,
): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const [key, est] of Object.entries(kpis)) out[key] = labelledEstimateJson(est);
  return out;
}
