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
import { trsBreakdown } from "../trs.js";
import { clearedPerDayCaption, clearedPerDayChart } from "./cleared-per-day.js";
import { busyNote, cell, scrollable, stationsHtmlTable } from "./html-tables.js";
import { inputsBlock, knownInputsBlock, type ReportInputs } from "./inputs-block.js";
import { figure, htmlPage } from "./page.js";
import { queueOverTimeChart } from "./queue-over-time.js";
import { runKpiHtmlTable } from "./run-kpis-html.js";
import type { PlanRun } from "./series.js";
import { timeInSystemChart } from "./time-in-system.js";
import { trsSection } from "./trs-chart.js";

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
  /** Every run of the replications (the TRS breakdown averages them); default `[run]`. */
  readonly runs?: readonly GateRunResult[];
  /** What the page was made from (scenario with digest, seed, version, date), stated on it. */
  readonly inputs?: ReportInputs;
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
  return scrollable(
    `<table class="kpis">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table>`,
  );
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
  const replications = input.kpis === undefined ? 1 : (input.replications ?? 1);
  const oneRun =
    replications > 1 ? ` (one run of ${replications}: replication ${run.replication})` : "";
  const context =
    input.kpis === undefined
      ? `One run of ${run.horizonDays} days${run.drainDays > 0 ? ` plus ${run.drainDays} drain days` : ""} (seed "${run.seed}", replication ${run.replication}).`
      : `${replications} replications of ${run.horizonDays} days (seed "${run.seed}"); the table averages them with confidence intervals, the charts show one run (replication ${run.replication}), not an average.`;
  const notes = input.notes ?? [];
  return htmlPage(input.title, [
    `<p class="headline">${escapeHtml(headline(run, input.kpis))}</p>`,
    `<p class="context">${escapeHtml(context)}</p>`,
    "<h2>Results</h2>",
    input.kpis === undefined ? runKpiHtmlTable(run) : kpiTable(input.kpis),
    await trsSection([trsBreakdown(input.scenario, input.runs ?? [run])], "run-trs-"),
    "<h2>Charts</h2>",
    figure(
      await clearedPerDayChart(series, {
        idPrefix: "run-cleared-",
        title: `Trucks cleared per day${oneRun}`,
      }),
      clearedPerDayCaption(series),
    ),
    figure(
      await queueOverTimeChart(series, {
        idPrefix: "run-queue-",
        title: `Trucks waiting over time${oneRun}`,
      }),
      "Trucks waiting over time: the solid line on the road before the gate, the dashed line in the queues at the stations.",
    ),
    figure(
      await timeInSystemChart(series, {
        idPrefix: "run-time-",
        title: `Time in system, hours${oneRun}`,
      }),
      "Hours from arrival at the gate to exit: the average, the median truck, and the slowest 10% and 1%. The axis is scaled to the bars; the 24-hour corridor goal is a dashed line, or named at the top when it lies above the axis.",
    ),
    "<h2>Where trucks wait</h2>",
    replications > 1
      ? `<p class="context">${escapeHtml(`In one run (replication ${run.replication}), not an average.`)}</p>`
      : "",
    stationsHtmlTable(input.scenario, run),
    `<p class="context">${escapeHtml(busyNote(run))}</p>`,
    input.inputs === undefined
      ? knownInputsBlock([input.scenario], run.seed, replications)
      : inputsBlock(input.inputs),
    ...(notes.length > 0
      ? ["<h2>Notes</h2>", "<ul>", ...notes.map((note) => `<li>${escapeHtml(note)}</li>`), "</ul>"]
      : []),
  ]);
}
