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
 * // ± is the half-width of the 95% CI of the mean; B − A is paired by replication (common random numbers).
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
      `± is the half-width of the ${levelLabel(level)} of the mean; B − A is paired by replication (common random numbers).`,
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
 * What common random numbers did to one KPI's variance of the differences, against independent
 * runs (`ratio` = Var(A) + Var(B) over Var(B − A)): "3.2× smaller", "1.7× larger" or "about the
 * same" (within 5%).
 *
 * @example
 * varianceChangeText(3.2); // "3.2× smaller"
 * varianceChangeText(0.6); // "1.7× larger"
 */
export function varianceChangeText(ratio: number): string {
  if (Math.abs(ratio - 1) < 0.05) return "about the same";
  return ratio > 1 ? `${ratio.toFixed(1)}× smaller` : `${(1 / ratio).toFixed(1)}× larger`;
}

/**
 * One line on what common random numbers did in a comparison: for the first three KPIs where it
 * exists, whether the variance of the differences came out smaller or larger than with
 * independent runs (Var(A) + Var(B) over Var(B − A)), and by how much; "" when none has it.
 *
 * @example
 * const manual = { ...preset("huu-nghi-manual-2019")!, horizonDays: 2 };
 * const smart = { ...preset("huu-nghi-smart-2024")!, horizonDays: 2 };
 * const summary = await comparePaired({
 *   model: gateModel, configA: manual, configB: smart, nameA: "manual", nameB: "smart",
 *   seed: "1", replications: 3, kpis: GATE_KPIS,
 * });
 * varianceReductionLine(summary.kpis);
 * // "Variance of the differences with common random numbers, against independent runs:
 * //  trucks cleared per day …, time in system, mean …, time in system, p90 ….\n"
 */
export function varianceReductionLine(kpis: readonly PairedKpi[]): string {
  const shown = kpis.filter((kpi) => kpi.varianceReduction !== null).slice(0, 3);
  if (shown.length === 0) return "";
  const parts = shown.map(
    (kpi) => `${kpi.label.toLowerCase()} ${varianceChangeText(kpi.varianceReduction!)}`,
  );
  const larger = shown.filter((kpi) => kpi.varianceReduction! < 0.95).length;
  const why =
    larger === 0
      ? ""
      : " Larger: on the same random numbers the two plans' results moved in opposite directions (negative correlation), so pairing did not help for that KPI.";
  return `Variance of the differences with common random numbers, against independent runs: ${parts.join(", ")}.${why}\n`;
}
