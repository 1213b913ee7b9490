/**
 * How one candidate of a capacity plan is judged: each target condition against the mean or
 * the confidence interval's pessimistic bound, and, for the smart search, sequential
 * replications that stop as soon as every condition is decided (its whole interval on one side
 * of the limit) or the cap is reached.
 */
import type {
  CapacityTarget,
  SequentialCandidates,
  TargetCheck,
  TargetConfidence,
} from "./capacity-plan-types.js";
import type { LabelledKpiEstimate } from "./estimate.js";

/**
 * The verdicts of one target entry (one per bound given).
 * @example
 * const kpis = { wait: { n: 4, mean: 1, sd: 0.2, halfWidth: 0.3, lower: 0.7, upper: 1.3,
 *   level: 0.95, label: "Wait", unit: "h" } };
 * checkTarget({ kpi: "wait", atMost: 1.5 }, kpis, "ci")[0]!.holds; // true (1.3 <= 1.5)
 */
export function checkTarget(
  target: CapacityTarget,
  kpis: Record<string, LabelledKpiEstimate>,
  confidence: TargetConfidence,
): TargetCheck[] {
  const e = kpis[target.kpi]!;
  const checks: TargetCheck[] = [];
  if (target.atMost !== undefined) {
    const value = confidence === "ci" ? e.upper : e.mean;
    const basis = confidence === "ci" ? "upper" : "mean";
    const holds = value !== null && value <= target.atMost;
    checks.push({ kpi: target.kpi, relation: "≤", limit: target.atMost, basis, value, holds });
  }
  if (target.atLeast !== undefined) {
    const value = confidence === "ci" ? e.lower : e.mean;
    const basis = confidence === "ci" ? "lower" : "mean";
    const holds = value !== null && value >= target.atLeast;
    checks.push({ kpi: target.kpi, relation: "≥", limit: target.atLeast, basis, value, holds });
  }
  return checks;
}

/**
 * Whether the conditions are decided: every one holds at its pessimistic bound, or one fails
 * even at its optimistic bound (then more replications cannot save the candidate).
 * @example
 * const kpis = { wait: { n: 4, mean: 2, sd: 0.2, halfWidth: 0.3, lower: 1.7, upper: 2.3,
 *   level: 0.95, label: "Wait", unit: "h" } };
 * targetDecided([{ kpi: "wait", atMost: 1.5 }], kpis); // true (1.7 > 1.5: fails for sure)
 * targetDecided([{ kpi: "wait", atMost: 2 }], kpis); // false (1.7 <= 2 < 2.3: straddles)
 */
export function targetDecided(
  target: readonly CapacityTarget[],
  kpis: Record<string, LabelledKpiEstimate>,
): boolean {
  let allHold = true;
  for (const t of target) {
    const e = kpis[t.kpi]!;
    if (e.lower === null || e.upper === null) return false;
    if (t.atMost !== undefined) {
      if (e.lower > t.atMost) return true;
      if (e.upper > t.atMost) allHold = false;
    }
    if (t.atLeast !== undefined) {
      if (e.upper < t.atLeast) return true;
      if (e.lower < t.atLeast) allHold = false;
    }
  }
  return allHold;
}

/** The sequential rule with its defaults filled in, capped by `max`. */
export interface SequentialRule {
  /** Replications before the first look. */
  readonly initial: number;
  /** Replications added per look. */
  readonly batch: number;
  /** Most replications per candidate. */
  readonly max: number;
}

/**
 * Fills in the defaults of the sequential rule: 4 replications first (fewer when the cap is
 * lower), then 3 per look, at most `cap`.
 * @example sequentialRule({}, 10); // { initial: 4, batch: 3, max: 10 }
 */
export function sequentialRule(rule: SequentialCandidates, cap: number): SequentialRule {
  const max = rule.max ?? cap;
  return { initial: Math.min(rule.initial ?? 4, max), batch: rule.batch ?? 3, max };
}

/**
 * The replication counts at which a candidate is looked at: initial, initial + batch, … up to
 * and including the cap.
 * @example lookCounts({ initial: 4, batch: 3, max: 10 }); // [4, 7, 10]
 */
export function lookCounts(rule: SequentialRule): number[] {
  const looks: number[] = [];
  for (let n = rule.initial; n < rule.max; n += rule.batch) looks.push(n);
  looks.push(rule.max);
  return looks;
}

/**
 * The confidence level of each look so that the plan's statement holds with `overall`
 * confidence (Bonferroni): the error 1 − overall is split over the `claims` verdicts the
 * statement rests on and over every look at each of them.
 * @example perLookLevel(0.95, 8, 3); // 0.997917 (1 − 0.05 / 24)
 */
export function perLookLevel(overall: number, claims: number, looks: number): number {
  return 1 - (1 - overall) / (claims * looks);
}
