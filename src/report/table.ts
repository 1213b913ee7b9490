/**
 * Plain-text tables of experiment summaries for terminals: a paired comparison of two
 * configurations (the planner's main output) and the replications of one configuration.
 * Shares are shown as percentages; missing values as "—".
 */
import type {
  ComparisonSummary,
  KpiEstimate,
  PairedKpi,
  ReplicationSummary,
} from "../experiment/types.js";
import {
  estimateDecimals,
  formatEstimate,
  formatInterval,
  formatNumber,
  formatSigned,
} from "./format.js";
import { displayUnit, levelLabel, scaleEstimate } from "./kpi-display.js";
import { type TableWidthOptions, textTable } from "./text-table.js";
import { verdictOf, verdictText } from "./verdict.js";

function differenceCells(est: KpiEstimate): [string, string] {
  if (est.mean === null) return ["—", "—"];
  const decimals = estimateDecimals(est);
  return [formatSigned(est.mean, decimals), formatInterval(est.lower, est.upper, decimals)];
}

function plural(n: number, word: string): string {
  return `${formatNumber(n, 0)} ${word}${n === 1 ? "" : "s"}`;
}

/**
 * A readable table of a paired comparison: one row per KPI with the mean ± half-width of A and
 * of B, the paired difference B − A with its confidence interval, and which configuration the
 * interval favours. With `options.width` narrower than the table (an 80-column terminal), each
 * KPI is a block of lines instead.
 *
 * @example
 * const manual = { ...preset("huu-nghi-manual-2019")!, horizonDays: 2 };
 * const smart = { ...preset("huu-nghi-smart-2024")!, horizonDays: 2 };
 * const summary = await comparePaired({
 *   model: gateModel, configA: manual, configB: smart, nameA: "manual", nameB: "smart",
 *   seed: "1", replications: 3, kpis: GATE_KPIS,
 * });
 * console.log(comparisonTable(summary));
 * // prints:
 * // Comparison: A = manual, B = smart (3 paired replications, seed "1")
 * // KPI … unit … A: manual … B: smart … B − A … 95% CI … verdict
 * // ---…
 * // Trucks cleared per day  …  trucks/day  …  smart better
 * // Time in system, mean  …  smart better
 * // …
 * // ± is the half-width of the 95% CI of the mean; B − A is paired by replication (same arrivals).
 */
export function comparisonTable(
  summary: ComparisonSummary<unknown>,
  options: TableWidthOptions = {},
): string {
  const level = summary.kpis[0]?.difference.level ?? 0.95;
  const rows = summary.kpis.map((kpi) => {
    const shown = displayUnit(kpi.unit);
    const [difference, interval] = differenceCells(scaleEstimate(kpi.difference, shown.factor));
    return [
      kpi.label,
      shown.unit,
      formatEstimate(scaleEstimate(kpi.a, shown.factor)),
      formatEstimate(scaleEstimate(kpi.b, shown.factor)),
      difference,
      interval,
      verdictText(verdictOf(kpi), summary.nameA, summary.nameB),
    ];
  });
  return textTable({
    title: `Comparison: A = ${summary.nameA}, B = ${summary.nameB} (${plural(summary.replications, "paired replication")}, seed "${summary.seed}")`,
    columns: [
      { header: "KPI" },
      { header: "unit" },
      { header: `A: ${summary.nameA}`, align: "right", compactHeader: "A" },
      { header: `B: ${summary.nameB}`, align: "right", compactHeader: "B" },
      { header: "B − A", align: "right" },
      { header: levelLabel(level) },
      { header: "verdict" },
    ],
    rows,
    width: options.width,
    footer: [
      `± is the half-width of the ${levelLabel(level)} of the mean; B − A is paired by replication (same arrivals).`,
    ],
  });
}

/**
 * A table of one configuration's replications: per KPI the number of values, mean ± half-width,
 * confidence interval and standard deviation.
 *
 * @example
 * const smart = { ...preset("huu-nghi-smart-2024")!, horizonDays: 2 };
 * const summary = await replicate({
 *   model: gateModel, config: smart, seed: "1", replications: 3, kpis: GATE_KPIS,
 * });
 * console.log(replicationTable(summary));
 * // prints:
 * // Replications: 3, seed "1"
 * // KPI … unit … n … mean ± half-width … 95% CI … sd
 * // ---…
 * // Trucks cleared per day  …  trucks/day  3  …
 * // …
 */
export function replicationTable(
  summary: ReplicationSummary<unknown>,
  options: TableWidthOptions = {},
): string {
  const entries = Object.entries(summary.kpis);
  const level = entries[0]?.[1].level ?? 0.95;
  const rows = entries.map(([key, kpi]) => {
    const shown = displayUnit(kpi.unit);
    const est = scaleEstimate(kpi, shown.factor);
    const decimals = estimateDecimals(est);
    return [
      kpi.label === "" ? key : kpi.label,
      shown.unit,
      formatNumber(est.n, 0),
      formatEstimate(est),
      formatInterval(est.lower, est.upper, decimals),
      formatNumber(est.sd, decimals),
    ];
  });
  const stopped = summary.stoppedBecause === undefined ? "" : `, ${summary.stoppedBecause}`;
  return textTable({
    title: `Replications: ${formatNumber(summary.replications, 0)}, seed "${summary.seed}"${stopped}`,
    columns: [
      { header: "KPI" },
      { header: "unit" },
      { header: "n", align: "right" },
      { header: "mean ± half-width", align: "right" },
      { header: levelLabel(level) },
      { header: "sd", align: "right" },
    ],
    rows,
    width: options.width,
  });
}

/**
 * One line on what common random numbers bought in a comparison: Var(A) + Var(B) over
 * Var(B − A) for the first three KPIs where it exists; "" when none has it.
 *
 * @example
 * const manual = { ...preset("huu-nghi-manual-2019")!, horizonDays: 2 };
 * const smart = { ...preset("huu-nghi-smart-2024")!, horizonDays: 2 };
 * const summary = await comparePaired({
 *   model: gateModel, configA: manual, configB: smart, nameA: "manual", nameB: "smart",
 *   seed: "1", replications: 3, kpis: GATE_KPIS,
 * });
 * varianceReductionLine(summary.kpis);
 * // "Variance of the differences vs independent runs, reduced by common random numbers:
 * //  trucks cleared per day ×…, time in system, mean ×…, time in system, p90 ×….\n"
 */
export function varianceReductionLine(kpis: readonly PairedKpi[]): string {
  const parts = kpis
    .filter((kpi) => kpi.varianceReduction !== null)
    .slice(0, 3)
    .map((kpi) => `${kpi.label.toLowerCase()} ×${kpi.varianceReduction!.toFixed(1)}`);
  return parts.length === 0
    ? ""
    : `Variance of the differences vs independent runs, reduced by common random numbers: ${parts.join(", ")}.\n`;
}
