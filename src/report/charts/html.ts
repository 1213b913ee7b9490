/**
 * A one-file HTML report of a manual-versus-smart comparison for people who never open a
 * terminal: a headline sentence, the comparison table, the charts inline as SVG, where trucks
 * wait in each plan, and how to read it all. Self-contained: inline CSS and SVG, no scripts, no
 * network. Every piece of text from the input is escaped.
 */
import type { ComparisonSummary, KpiEstimate } from "../../experiment/types.js";
import type { GateRunResult } from "../../gate/results.js";
import { escapeHtml } from "../escape-html.js";
import { estimateDecimals, formatEstimate, formatInterval, formatSigned } from "../format.js";
import { comparisonHeadline, type HeadlineOptions } from "../headline.js";
import { displayUnit, levelLabel, scaleEstimate } from "../kpi-display.js";
import { verdictOf, verdictText } from "../verdict.js";
import {
  type CapacityFrontierOptions,
  capacityFrontierChart,
  type FrontierCandidate,
  type FrontierTarget,
} from "./capacity-frontier.js";
import { clearedPerDayChart } from "./cleared-per-day.js";
import { cell, stationsHtmlTable } from "./html-tables.js";
import { HOW_TO_READ } from "./html-text.js";
import { figure, htmlPage } from "./page.js";
import { queueOverTimeChart } from "./queue-over-time.js";
import type { PlanRun } from "./series.js";
import { timeInSystemChart } from "./time-in-system.js";

/** Input of {@link htmlReport}. */
export interface HtmlReportInput {
  /** The page's title. */
  readonly title: string;
  /** The paired comparison the page reports. */
  readonly comparison: ComparisonSummary<GateRunResult>;
  /** A representative run of configuration A (named `comparison.nameA` in the charts). */
  readonly runsA: GateRunResult;
  /** A representative run of configuration B, ideally the same replication as `runsA`. */
  readonly runsB: GateRunResult;
  /** Paragraphs added under "Notes" (assumptions, data sources). */
  readonly notes?: readonly string[];
  /** A capacity search to chart as well. */
  readonly frontier?: {
    /** The candidates, as for {@link capacityFrontierChart}. */
    readonly candidates: readonly FrontierCandidate[];
    /** The target line. */
    readonly target?: number | FrontierTarget;
    /** Chart options. */
    readonly options?: CapacityFrontierOptions;
  };
  /** Which KPIs the headline reads. */
  readonly headline?: HeadlineOptions;
}

const VERDICT_CLASS = {
  "b-better": "favours-b",
  "a-better": "favours-a",
  "no-clear-difference": "tie",
  undetermined: "undetermined",
} as const;

function differenceText(est: KpiEstimate): [string, string] {
  if (est.mean === null) return ["—", "—"];
  const digits = estimateDecimals(est);
  return [formatSigned(est.mean, digits), formatInterval(est.lower, est.upper, digits)];
}

function comparisonHtmlTable(summary: ComparisonSummary<unknown>): string {
  const level = summary.kpis[0]?.difference.level ?? 0.95;
  const rows = summary.kpis.map((kpi) => {
    const shown = displayUnit(kpi.unit);
    const verdict = verdictOf(kpi);
    const [difference, interval] = differenceText(scaleEstimate(kpi.difference, shown.factor));
    return [
      "<tr>",
      cell(kpi.label, "text"),
      cell(shown.unit, "text"),
      cell(formatEstimate(scaleEstimate(kpi.a, shown.factor))),
      cell(formatEstimate(scaleEstimate(kpi.b, shown.factor))),
      cell(difference),
      cell(interval),
      cell(verdictText(verdict, summary.nameA, summary.nameB), `text ${VERDICT_CLASS[verdict]}`),
      "</tr>",
    ].join("");
  });
  const head = [
    "KPI",
    "unit",
    `A: ${summary.nameA}`,
    `B: ${summary.nameB}`,
    "B − A",
    levelLabel(level),
    "verdict",
  ]
    .map((h) => `<th scope="col">${escapeHtml(h)}</th>`)
    .join("");
  return `<table class="comparison">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table>`;
}

/**
 * Renders the whole report as one HTML document. Deterministic: the same input gives the same
 * bytes (no date is written; put one in `notes` if wanted).
 *
 * @example
 * const manual = { ...preset("huu-nghi-manual-2019")!, horizonDays: 2 };
 * const smart = { ...preset("huu-nghi-smart-2024")!, horizonDays: 2 };
 * const comparison = await comparePaired({
 *   model: gateModel, configA: manual, configB: smart, nameA: "manual", nameB: "smart",
 *   seed: "1", replications: 3, kpis: GATE_KPIS, keepResults: true,
 * });
 * const html = await htmlReport({
 *   title: "Huu Nghi: manual (2019) against smart gate (2024)",
 *   comparison,
 *   runsA: comparison.resultsA![0]!,
 *   runsB: comparison.resultsB![0]!,
 *   notes: ["Demand: the 2024 record of 3,300 trucks per day."],
 * });
 * html.startsWith("<!DOCTYPE html>"); // true
 */
export async function htmlReport(input: HtmlReportInput): Promise<string> {
  const { comparison: summary } = input;
  const series: PlanRun[] = [
    { name: summary.nameA, result: input.runsA },
    { name: summary.nameB, result: input.runsB },
  ];
  const figures = [
    figure(
      await clearedPerDayChart(series, { idPrefix: "report-cleared-" }),
      "Trucks cleared each day by each plan; grey columns are the trucks arriving that day. A line below the columns means the queue grows.",
    ),
    figure(
      await queueOverTimeChart(series, { idPrefix: "report-queue-" }),
      "Trucks waiting over time: solid lines on the road before the gate, dashed lines in the queues at the stations.",
    ),
    figure(
      await timeInSystemChart(series, { idPrefix: "report-time-" }),
      "Hours from arrival at the gate to exit: the average, the median truck, and the slowest 10% and 1%. The dashed line is the 24-hour corridor goal.",
    ),
  ];
  if (input.frontier !== undefined) {
    const { candidates, target, options } = input.frontier;
    figures.push(
      figure(
        await capacityFrontierChart(candidates, target, {
          ...options,
          idPrefix: "report-frontier-",
        }),
        "Each point is a candidate plan: its resources against the KPI, with the confidence interval as a vertical bar.",
      ),
    );
  }
  const runSubtitle = `Charts show one representative run of each plan (seed "${input.runsA.seed}", replication ${input.runsA.replication}); the table above averages all replications.`;
  const notes = input.notes ?? [];
  return htmlPage(input.title, [
    `<p class="headline">${escapeHtml(comparisonHeadline(summary, input.headline))}</p>`,
    `<p class="context">${escapeHtml(`A = ${summary.nameA}, B = ${summary.nameB}. Both plans were run ${summary.replications} times on the same simulated trucks (seed "${summary.seed}"), so the differences come from the gate, not from chance in the arrivals.`)}</p>`,
    "<h2>Results</h2>",
    comparisonHtmlTable(summary),
    "<h2>Charts</h2>",
    `<p class="context">${escapeHtml(runSubtitle)}</p>`,
    ...figures,
    "<h2>Where trucks wait</h2>",
    '<div class="stations-grid">',
    stationsHtmlTable(summary.nameA, input.runsA),
    stationsHtmlTable(summary.nameB, input.runsB),
    "</div>",
    "<h2>How to read this report</h2>",
    ...HOW_TO_READ.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    ...(notes.length > 0
      ? ["<h2>Notes</h2>", "<ul>", ...notes.map((note) => `<li>${escapeHtml(note)}</li>`), "</ul>"]
      : []),
  ]);
}
