/**
 * A capacity plan for terminals: every candidate the search evaluated with its levels, the
 * target KPIs (mean ± confidence half-width, in the KPI's unit), whether it meets the target and
 * its bottleneck; the planner's statement under the table and the answer in one line.
 */
import type { CapacityPlan } from "../experiment/capacity-plan.js";
import type { KpiEstimate } from "../experiment/types.js";
import { MISSING } from "./format.js";
import { textTable } from "./text-table.js";

/**
 * Resource levels as "id=n id=n", in the plan's resource order.
 *
 * @example planLevelsText({ customs: 15, inspection: 18 }); // "customs=15 inspection=18"
 */
export function planLevelsText(levels: Readonly<Record<string, number>>): string {
  return Object.entries(levels)
    .map(([id, n]) => `${id}=${n}`)
    .join(" ");
}

/**
 * A target KPI of a candidate as "mean ± half-width" with two decimals, in the KPI's own unit
 * (shares as fractions); "—" when the mean does not exist (null, NaN, ±Infinity), the mean
 * alone without a finite half-width.
 *
 * @example
 * planEstimateText({ n: 6, mean: 0.1867, sd: 0.0117, halfWidth: 0.0123, lower: 0.1744,
 *   upper: 0.199, level: 0.95 }); // "0.19 ± 0.01"
 */
export function planEstimateText(estimate: KpiEstimate | undefined): string {
  const mean = estimate?.mean;
  if (mean === null || mean === undefined || !Number.isFinite(mean)) return MISSING;
  const halfWidth = estimate?.halfWidth;
  return halfWidth === null || halfWidth === undefined || !Number.isFinite(halfWidth)
    ? mean.toFixed(2)
    : `${mean.toFixed(2)} ± ${halfWidth.toFixed(2)}`;
}

/**
 * What {@link planTable} shows.
 *
 * @inline
 */
export interface PlanTableInput {
  /** The planned scenario's name. */
  readonly scenario: string;
  /** The target as the user wrote it, e.g. "p90TimeInSystemHours<=6,meanClearedPerDay>=6600". */
  readonly targetText: string;
  /** Keys of the KPIs in the target, one column each, in order. */
  readonly kpiKeys: readonly string[];
  /** Replications per candidate. */
  readonly replications: number;
  readonly plan: CapacityPlan;
}

/**
 * The plan as a table, then a line with the least plan found (or that none meets the target).
 *
 * @example
 * const model = { name: "toy", run: (config: { servers: number }) => ({ wait: 2 / config.servers }) };
 * const wait = { key: "wait", label: "Wait", unit: "h", higherIsBetter: false,
 *   read: (result: { wait: number }) => result.wait };
 * const target = [{ kpi: "wait", atMost: 0.5 }];
 * const plan = await planCapacity({
 *   model, baseConfig: { servers: 1 }, resources: [{ name: "servers", min: 1, max: 10 }],
 *   apply: (config, levels) => ({ ...config, servers: levels.servers! }),
 *   target, seed: "plan", replications: 2, kpis: [wait],
 * });
 * console.log(planTable({ scenario: "toy", targetText: "wait<=0.5", kpiKeys: ["wait"],
 *   replications: 2, plan }));
 * // prints:
 * // Capacity plan for toy: wait<=0.5
 * // candidate (servers per station)  total         wait  meets  bottleneck
 * // -------------------------------  -----  -----------  -----  ----------
 * // servers=10                          10  0.20 ± 0.00    yes  —
 * // servers=5                            5  0.40 ± 0.00    yes  —
 * // servers=3                            3  0.67 ± 0.00     no  —
 * // servers=4                            4  0.50 ± 0.00    yes  —
 * // Least plan found: servers = 4 (total 4). wait ≤ 0.5 h holds … assuming more never hurts.
 * // Evaluated 4 candidates × 2 replications.
 * // Least plan found: servers 4 (total 4).
 */
export function planTable(input: PlanTableInput): string {
  const { plan } = input;
  const table = textTable({
    title: `Capacity plan for ${input.scenario}: ${input.targetText}`,
    columns: [
      { header: "candidate (servers per station)" },
      { header: "total", align: "right" },
      ...input.kpiKeys.map((key) => ({ header: key, align: "right" as const })),
      { header: "meets", align: "right" },
      { header: "bottleneck" },
    ],
    rows: plan.candidates.map((candidate) => [
      planLevelsText(candidate.levels),
      String(candidate.total),
      ...input.kpiKeys.map((key) => planEstimateText(candidate.kpis[key])),
      candidate.meetsTarget ? "yes" : "no",
      candidate.bottleneck ?? MISSING,
    ]),
    footer: [
      plan.statement,
      plan.search === undefined
        ? `Evaluated ${plan.evaluated} candidates × ${input.replications} replications.`
        : `Evaluated ${plan.evaluated} candidates, ${plan.search.replications} replications in all (at most ${input.replications} each).`,
    ],
  });
  const answer =
    plan.best === null
      ? "No plan within the searched ranges meets the target."
      : `Least plan found: ${Object.entries(plan.best.levels)
          .map(([id, n]) => `${id} ${n}`)
          .join(", ")} (total ${plan.best.total}).`;
  return `${table}${answer}\n`;
}
