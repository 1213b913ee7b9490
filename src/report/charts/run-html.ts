/**
 * One scenario as a self-contained HTML page: a headline, the KPIs (with confidence intervals
 * when there are replications), the day-by-day charts of a representative run and where trucks
 * wait. The single-plan sibling of the comparison report.
 */
import type { KpiEstimate } from "../../experiment/types.js";
import type { GateRunResult } from "../../gate/results.js";
import { escapeHtml } from "../escape-html.js";
import { estimateDecimals, formatEstimate, formatInterval, formatNumber } from "../format.js";
import { displayUnit, levelLabel, scaleEstimate } from "../kpi-display.js";
import { clearedPerDayChart } from "./cleared-per-day.js";
import { cell, stationsHtmlTable } from "./html-tables.js";
import { figure, htmlPage } from "./page.js";
import { queueOverTimeChart } from "./queue-over-time.js";
import type { PlanRun } from "./series.js";
import { timeInSystemChart } from "./time-in-system.js";

/** What {@link runHtmlReport} needs. */
export interface RunReportInput {
  /** The page's title. */
  readonly title: string;
  /** The scenario's name, used in the legends. */
  readonly scenario: string;
  /** The run charted (with replications, ideally replication 0). */
  readonly run: GateRunResult;
  /** KPI estimates over the replications (as `replicate` returns them); omit for one run. */
  readonly kpis?: Readonly<
    Record<
      string,
      KpiEstimate & {
        /** The KPI's label. */
        readonly label: string;
        /** The KPI's unit. */
        readonly unit: string;
      }
    >
  >;
  /** Number of replications behind `kpis`. */
  readonly replications?: number;
  /** Paragraphs added under "Notes" (assumptions, data sources). */
  readonly notes?: readonly string[];
}

function headline(run: GateRunResult, kpis: RunReportInput["kpis"]): string {
  const cleared = kpis?.meanClearedPerDay?.mean ?? run.throughput.meanClearedPerDay;
  const mean = kpis?.meanTimeInSystemHours?.mean ?? run.timeInSystem.meanHours;
  const p90 = kpis?.p90TimeInSystemHours?.mean ?? run.timeInSystem.p90Hours;
  const parts = [`clears ${formatNumber(cleared, 0)} trucks a day`];
  if (mean !== null)
    parts.push(`a truck spends ${formatNumber(mean, mean < 10 ? 2 : 1)} h on average`);
  if (p90 !== null)
    parts.push(`the slowest 10% more than ${formatNumber(p90, p90 < 10 ? 2 : 1)} h`);
  return `${run.scenario} ${parts.join("; ")}.`;
}

function kpiTable(kpis: NonNullable<RunReportInput["kpis"]>): string {
  const entries = Object.values(kpis);
  const level = entries[0]?.level ?? 0.95;
  const rows = entries.map((kpi) => {
    const shown = displayUnit(kpi.unit);
    const scaled = scaleEstimate(kpi, shown.factor);
    const interval = formatInterval(scaled.lower, scaled.upper, estimateDecimals(scaled));
    return `<tr>${cell(kpi.label, "text")}${cell(shown.unit, "text")}${cell(formatEstimate(scaled))}${cell(interval)}</tr>`;
  });
  const head = ["KPI", "unit", "mean ± half-width", levelLabel(level)]
    .map((h) => `<th scope="col">${escapeHtml(h)}</th>`)
    .join("");
  return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table>`;
}

/**
 * Renders the page. Deterministic: the same input gives the same bytes.
 * @example
 * const smart = { ...preset("huu-nghi-smart-2024")!, horizonDays: 2 };
 * const summary = await replicate({
 *   model: gateModel, config: smart, seed: "1", replications: 3, kpis: GATE_KPIS, keepResults: true,
 * });
 * const html = await runHtmlReport({ title: "Smart gate, 2024", scenario: "huu-nghi-smart-2024",
 *   run: summary.results![0]!, kpis: summary.kpis, replications: summary.replications });
 * html.startsWith("<!DOCTYPE html>"); // true
 */
export async function runHtmlReport(input: RunReportInput): Promise<string> {
  const { run } = input;
  const series: PlanRun[] = [{ name: input.scenario, result: run }];
  const context =
    input.kpis === undefined
      ? `One run of ${run.horizonDays} days${run.drainDays > 0 ? ` plus ${run.drainDays} drain days` : ""} (seed "${run.seed}", replication ${run.replication}).`
      : `${input.replications ?? "Several"} replications of ${run.horizonDays} days (seed "${run.seed}"); the table averages them, the charts show replication ${run.replication}.`;
  const notes = input.notes ?? [];
  return htmlPage(input.title, [
    `<p class="headline">${escapeHtml(headline(run, input.kpis))}</p>`,
    `<p class="context">${escapeHtml(context)}</p>`,
    ...(input.kpis === undefined ? [] : ["<h2>Results</h2>", kpiTable(input.kpis)]),
    "<h2>Charts</h2>",
    figure(
      await clearedPerDayChart(series, { idPrefix: "run-cleared-" }),
      "Trucks cleared each day; grey columns are the trucks arriving that day. A line below the columns means the queue grows.",
    ),
    figure(
      await queueOverTimeChart(series, { idPrefix: "run-queue-" }),
      "Trucks waiting over time: the solid line on the road before the gate, dashed lines in the queues at the stations.",
    ),
    figure(
      await timeInSystemChart(series, { idPrefix: "run-time-" }),
      "Hours from arrival at the gate to exit: the average, the median truck, and the slowest 10% and 1%. The dashed line is the 24-hour corridor goal.",
    ),
    "<h2>Where trucks wait</h2>",
    stationsHtmlTable(input.scenario, run),
    ...(notes.length > 0
      ? ["<h2>Notes</h2>", "<ul>", ...notes.map((note) => `<li>${escapeHtml(note)}</li>`), "</ul>"]
      : []),
  ]);
}
