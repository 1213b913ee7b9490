/**
 * The capacity planner's answer in words, with its statistical confidence, e.g. "Least plan
 * found: servers = 4 (total 4). Wait ≤ 0.5 h holds at the upper bound of the 95% confidence
 * interval (0.412 h) over 20 replications. ..."
 */
import type {
  CapacityCandidate,
  CapacityResource,
  TargetCheck,
  TargetConfidence,
} from "./capacity-plan.js";
import type { LabelledKpiEstimate } from "./estimate.js";

/** What the statements need from the planner's options. */
export interface StatementContext {
  readonly resources: readonly CapacityResource[];
  readonly replications: number;
}

/** "servers = 4, desks = 2" */
export function describeLevels(
  levels: Record<string, number>,
  resources: readonly CapacityResource[],
) {
  return resources.map((r) => `${r.name} = ${levels[r.name]}`).join(", ");
}

/** Three significant digits, whole numbers from 1000 up. */
export function formatNumber(x: number): string {
  return Math.abs(x) >= 1000 ? String(Math.round(x)) : String(Number(x.toPrecision(3)));
}

/** A value in its unit; a share (unit "share", in [0, 1]) as a percentage, as the tables show it. */
function withUnit(x: number | null, unit: string): string {
  if (x === null) return "unavailable";
  if (unit === "share") return `${formatNumber(100 * x)}%`;
  return unit === "" ? formatNumber(x) : `${formatNumber(x)} ${unit}`;
}

/**
 * "Wait ≤ 0.5 h holds at the upper bound of the 95% confidence interval (0.412 h)": the KPI by its
 * label (its key when it has none), shares as percentages.
 */
export function describeCheck(
  check: TargetCheck,
  kpis: Record<string, LabelledKpiEstimate>,
  level: number,
): string {
  const unit = kpis[check.kpi]?.unit ?? "";
  const verdict = check.holds ? "holds" : "fails";
  const basis =
    check.basis === "mean"
      ? "for the mean estimate, with no confidence margin"
      : `at the ${check.basis} bound of the ${formatNumber(level * 100)}% confidence interval`;
  const label = kpis[check.kpi]?.label || check.kpi;
  return `${label} ${check.relation} ${withUnit(check.limit, unit)} ${verdict} ${basis} (${withUnit(check.value, unit)})`;
}

/**
 * Why no plan exists: the maximum levels already fail, and which conditions fail there.
 * @example
 * const model = { name: "toy", run: (config: { servers: number }) => ({ wait: 2 / config.servers }) };
 * const kpis = [{ key: "wait", label: "Wait", unit: "h", higherIsBetter: false,
 *   read: (result: { wait: number }) => result.wait }];
 * const resources = [{ name: "servers", min: 1, max: 2 }];
 * const plan = await planCapacity({ model, baseConfig: { servers: 1 }, resources, kpis,
 *   apply: (config, levels) => ({ ...config, servers: levels.servers! }),
 *   target: [{ kpi: "wait", atMost: 0.5 }], seed: "s", replications: 2 });
 * infeasibleStatement(plan.candidates[0]!, { resources, replications: 2 }, 0.95, "ci");
 * // "No plan within the ranges meets the target: at the maximum levels (servers = 2, total 2)
 * //  Wait ≤ 0.5 h fails at the upper bound of the 95% confidence interval (1 h) over 2 replications."
 */
export function infeasibleStatement(
  top: CapacityCandidate,
  options: StatementContext,
  level: number,
  confidence: TargetConfidence,
): string {
  const failed = top.checks.filter((c) => !c.holds).map((c) => describeCheck(c, top.kpis, level));
  const margin = confidence === "ci" ? "" : " (judged on means)";
  return (
    `No plan within the ranges meets the target${margin}: at the maximum levels ` +
    `(${describeLevels(top.levels, options.resources)}, total ${top.total}) ` +
    `${failed.join("; ")} over ${options.replications} replications.`
  );
}

/**
 * The minimal plan, the confidence with which each condition holds there, and how each
 * single-resource reduction (evaluated during the search) fails.
 * @example
 * const model = { name: "toy", run: (config: { servers: number }) => ({ wait: 2 / config.servers }) };
 * const kpis = [{ key: "wait", label: "Wait", unit: "h", higherIsBetter: false,
 *   read: (result: { wait: number }) => result.wait }];
 * const resources = [{ name: "servers", min: 1, max: 10 }];
 * const plan = await planCapacity({ model, baseConfig: { servers: 1 }, resources, kpis,
 *   apply: (config, levels) => ({ ...config, servers: levels.servers! }),
 *   target: [{ kpi: "wait", atMost: 0.5 }], seed: "s", replications: 2 });
 * const cache = new Map(plan.candidates.map((c) => [String(c.levels.servers), c]));
 * feasibleStatement(plan.best!, cache, { resources, replications: 2 }, 0.95, "ci");
 * // "Least plan found: servers = 4 (total 4). Wait ≤ 0.5 h holds at the upper bound of the 95%
 * //  confidence interval (0.5 h) over 2 replications. Lowering any one resource breaks it (with
 * //  servers = 3: Wait ≤ 0.5 h fails at the upper bound of the 95% confidence interval (0.667 h)).
 * //  Binary search over … candidates: the least level, assuming more never hurts."
 */
export function feasibleStatement(
  best: CapacityCandidate,
  cache: ReadonlyMap<string, CapacityCandidate>,
  options: StatementContext,
  level: number,
  confidence: TargetConfidence,
): string {
  const { resources } = options;
  const held = best.checks.map((c) => describeCheck(c, best.kpis, level)).join("; ");
  const neighbours: string[] = [];
  for (const r of resources) {
    if (best.levels[r.name]! <= r.min) continue;
    const lowered = { ...best.levels, [r.name]: best.levels[r.name]! - 1 };
    const n = cache.get(resources.map((x) => lowered[x.name]).join(","));
    if (n === undefined) continue;
    const failed = n.checks.filter((c) => !c.holds).map((c) => describeCheck(c, n.kpis, level));
    neighbours.push(`with ${r.name} = ${lowered[r.name]}: ${failed.join("; ")}`);
  }
  const atMin = resources.filter((r) => best.levels[r.name] === r.min).map((r) => r.name);
  const caveat =
    confidence === "mean"
      ? " Judged on means only: the true KPI may miss the target about half the time at the boundary."
      : "";
  return (
    `Least plan found: ${describeLevels(best.levels, resources)} (total ${best.total}). ` +
    `${held} over ${options.replications} replications.` +
    (neighbours.length > 0
      ? ` Lowering any one resource breaks it (${neighbours.join("; ")}).`
      : "") +
    (atMin.length > 0 ? ` At the minimum of its range: ${atMin.join(", ")}.` : "") +
    caveat +
    (resources.length === 1
      ? ` Binary search over ${cache.size} candidates: the least level, assuming more never hurts.`
      : ` Greedy search over ${cache.size} candidates: a minimal plan (no single resource can` +
        " be lowered), not necessarily the least total.")
  );
}
