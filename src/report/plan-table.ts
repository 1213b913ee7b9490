/**
 * A capacity plan for terminals: every candidate the search evaluated, fewest servers first, with
 * one column per station's servers, the target KPIs by label (mean ± confidence half-width in
 * the KPI's display unit, shares as percentages, as in every other table), whether it meets the
 * target and its bottleneck; the planner's statement under the table and the answer in one line.
 */
import type { CapacityPlan } from "../experiment/capacity-plan.js";
import type { KpiEstimate } from "../experiment/types.js";
import { MISSING } from "./format.js";
import { formatKpiEstimate, formatKpiValue, kpiHeader, levelLabel } from "./kpi-display.js";
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
 * A target KPI of a candidate as "mean ± half-width" in its display unit (shares as
 * percentages), as every table shows estimates; "—" when the mean does not exist (null, NaN,
 * ±Infinity), the mean alone without a finite half-width. An estimate without a unit is shown
 * as is.
 *
 * @example
 * planEstimateText({ n: 6, mean: 0.1867, sd: 0.0117, halfWidth: 0.0123, lower: 0.1744,
 *   upper: 0.199, level: 0.95, unit: "h" }); // "0.187 ± 0.012"
 */
export function planEstimateText(
  estimate: (KpiEstimate & { readonly unit?: string }) | undefined,
): string {
  return formatKpiEstimate(estimate, estimate?.unit ?? "");
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
  /** The terminal's columns: a wider table is printed compactly (see textTable). */
  readonly width?: number | undefined;
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
 * // Capacity plan for toy: Wait ≤ 0.5 h
 * // servers  total       Wait (h)  meets target  bottleneck
 * // -------  -----  -------------  ------------  ----------
 * //       3      3  0.667 ± 0.000  no            —
 * //       4      4  0.500 ± 0.000  yes           —
 * //       5      5  0.400 ± 0.000  yes           —
 * //      10     10  0.200 ± 0.000  yes           —
 * // Servers per station; ± is the half-width of the 95% CI of the mean.
 * // Least plan found: servers = 4 (total 4). Wait ≤ 0.5 h holds … assuming more never hurts.
 * // Evaluated 4 candidates × 2 replications (listed by total servers).
 * // Least plan found: servers 4 (total 4).
 */
export function planTable(input: PlanTableInput): string {
  const { plan } = input;
  const first = plan.candidates[0];
  const resources = first === undefined ? [] : Object.keys(first.levels);
  const label = (key: string) => first?.kpis[key]?.label || key;
  const unit = (key: string) => first?.kpis[key]?.unit ?? "";
  const target =
    first === undefined || first.checks.length === 0
      ? input.targetText
      : first.checks
          .map((c) => `${label(c.kpi)} ${c.relation} ${formatKpiValue(c.limit, unit(c.kpi))}`)
          .join(", ");
  // Fewest servers first: the table reads from the leanest candidate up.
  const candidates = [...plan.candidates].sort((a, b) => a.total - b.total);
  const table = textTable({
    title: `Capacity plan for ${input.scenario}: ${target}`,
    columns: [
      ...resources.map((id) => ({ header: id, align: "right" as const, compactHeader: id })),
      { header: "total", align: "right" },
      ...input.kpiKeys.map((key) => ({
        header: kpiHeader(label(key), unit(key)),
        align: "right" as const,
      })),
      { header: "meets target" },
      { header: "bottleneck" },
    ],
    rows: candidates.map((candidate) => [
      ...resources.map((id) => String(candidate.levels[id] ?? MISSING)),
      String(candidate.total),
      ...input.kpiKeys.map((key) => planEstimateText(candidate.kpis[key])),
      candidate.meetsTarget ? "yes" : "no",
      candidate.bottleneck ?? MISSING,
    ]),
    footer: [
      `Servers per station; ± is the half-width of the ${levelLabel(first?.kpis[input.kpiKeys[0] ?? ""]?.level)} of the mean.`,
      plan.statement,
      plan.search === undefined
        ? `Evaluated ${plan.evaluated} candidates × ${input.replications} replications (listed by total servers).`
        : `Evaluated ${plan.evaluated} candidates, ${plan.search.replications} replications in all (at most ${input.replications} each; listed by total servers).`,
    ],
    width: input.width,
  });
  const answer =
    plan.best === null
      ? "No plan within the searched ranges meets the target."
      : `Least plan found: ${Object.entries(plan.best.levels)
          .map(([id, n]) => `${id} ${n}`)
          .join(", ")} (total ${plan.best.total}).`;
  return `${table}${answer}\n`;
}
