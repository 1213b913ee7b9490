/**
 * Which configuration a paired comparison favours on one KPI, read off the confidence interval
 * of B − A and the KPI's direction. A planner's one-word summary of a table row.
 */
import type { PairedKpi } from "../experiment/types.js";

/**
 * - `"b-better"` / `"a-better"`: the interval of B − A excludes 0 and points that way;
 * - `"no-clear-difference"`: the interval contains 0;
 * - `"undetermined"`: no interval (fewer than 2 replications, or a KPI that did not exist).
 */
export type Verdict = "b-better" | "a-better" | "no-clear-difference" | "undetermined";

/**
 * The verdict on one KPI of a paired comparison.
 *
 * @example
 * verdictOf({ higherIsBetter: true, difference: { lower: 12, upper: 30 } } as PairedKpi); // "b-better"
 * verdictOf({ higherIsBetter: false, difference: { lower: 12, upper: 30 } } as PairedKpi); // "a-better"
 */
export function verdictOf(kpi: Pick<PairedKpi, "higherIsBetter" | "difference">): Verdict {
  const { lower, upper } = kpi.difference;
  if (lower === null || upper === null || !Number.isFinite(lower) || !Number.isFinite(upper)) {
    return "undetermined";
  }
  if (lower > 0) return kpi.higherIsBetter ? "b-better" : "a-better";
  if (upper < 0) return kpi.higherIsBetter ? "a-better" : "b-better";
  return "no-clear-difference";
}

/**
 * A short human phrase for a verdict, naming the configurations.
 *
 * @example
 * verdictText("b-better", "manual", "smart"); // "smart better"
 */
export function verdictText(verdict: Verdict, nameA: string, nameB: string): string {
  switch (verdict) {
    case "b-better":
      return `${nameB} better`;
    case "a-better":
      return `${nameA} better`;
    case "no-clear-difference":
      return "no clear difference";
    case "undetermined":
      return "—";
    default: {
      const unknown: never = verdict;
      return unknown;
    }
  }
}
