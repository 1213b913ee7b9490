/**
 * A one-file HTML report of a manual-versus-smart comparison for people who never open a
 * terminal: a headline sentence, the comparison table, the charts inline as SVG, where trucks
 * wait in each plan, and how to read it all. Self-contained: inline CSS and SVG, no scripts, no
 * network. Every piece of text from the input is escaped.
 */
import type { ComparisonSummary, KpiEstimate } from "../../experiment/types.js";
import type { GateRunResult } from "../../gate/results.js";
import { escapeHtml } from "../escape-html.js";
import {
  estimateDecimals,
  formatEstimate,
  formatInterval,
  formatNumber,
  formatSigned,
} from "../format.js";
import { comparisonHeadline, type HeadlineOptions } from "../headline.js";
import { displayUnit, levelLabel, scaleEstimate } from "../kpi-display.js";
import { varianceChangeText } from "../table.js";
import { trsBreakdown } from "../trs.js";
import { verdictOf, verdictText } from "../verdict.js";
import {
  type CapacityFrontierOptions,
  capacityFrontierChart,
  type FrontierCandidate,
  type FrontierTarget,
} from "./capacity-frontier.js";
import { clearedPerDayCaption, clearedPerDayChart } from "./cleared-per-day.js";
import { busyNote, cell, scrollable, stationsHtmlTable } from "./html-tables.js";
import { howToRead } from "./html-text.js";
import { inputsBlock, knownInputsBlock, type ReportInputs } from "./inputs-block.js";
import { figure, htmlPage } from "./page.js";
import { queueOverTimeChart } from "./queue-over-time.js";
import type { PlanRun } from "./series.js";
import { timeInSystemChart } from "./time-in-system.js";
import { trsSection } from "./trs-chart.js";

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
  /** What the page was made from (scenarios with digests, seed, version, date), stated on it. */
  readonly inputs?: ReportInputs;
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
  return scrollable(
    `<table class="comparison">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table>`,
  );
}

/** The same trucks day by day in every pair of runs kept (common random numbers, same demand). */
export function sameTrucks(
  runsA: readonly GateRunResult[],
  runsB: readonly GateRunResult[],
): boolean {
  if (runsA.length === 0 || runsA.length !== runsB.length) return false;
  return runsA.every((a, i) => {
    const b = runsB[i]!;
    const x = a.throughput.arrivedPerDay;
    const y = b.throughput.arrivedPerDay;
    return (
      a.replication === b.replication &&
      a.trucks.arrived === b.trucks.arrived &&
      x.length === y.length &&
      x.every((n, d) => n === y[d])
    );
  });
}

/** The sentence under the headline: what was compared, and whether on the same trucks. */
function contextSentence(summary: ComparisonSummary<GateRunResult>, same: boolean): string {
  const runsA = summary.resultsA ?? [];
  const runsB = summary.resultsB ?? [];
  const perDay = (runs: readonly GateRunResult[]) => {
    const days = runs.reduce((n, r) => n + r.horizonDays, 0);
    return days > 0 ? runs.reduce((n, r) => n + r.trucks.arrived, 0) / days : null;
  };
  const head = `A = ${summary.nameA}, B = ${summary.nameB}, ${summary.replications} replications each (seed "${summary.seed}").`;
  if (same) {
    return `${head} Both plans saw exactly the same simulated trucks (common random numbers, the same arrivals day by day in every replication), so the differences come from the gate, not from chance in the arrivals.`;
  }
  const a = perDay(runsA);
  const b = perDay(runsB);
  const demand =
    a !== null && b !== null
      ? ` (about ${formatNumber(a, 0)} trucks/day arrived at A, ${formatNumber(b, 0)} at B)`
      : "";
  return `${head} The plans draw from the same random streams (common random numbers), but their arriving trucks differ${demand}, so the differences mix the gate and the demand.`;
}

/** One sentence on what common random numbers did to each KPI's variance. */
function varianceSentence(summary: ComparisonSummary<unknown>): string {
  const parts = summary.kpis
    .filter((kpi) => kpi.varianceReduction !== null && Number.isFinite(kpi.varianceReduction))
    .map((kpi) => `${kpi.label.toLowerCase()} ${varianceChangeText(kpi.varianceReduction!)}`);
  if (parts.length === 0) return "";
  return `Variance of the paired differences against independent runs: ${parts.join("; ")}. “Larger” means pairing the runs did not help for that KPI (the plans' results moved in opposite directions on the same random numbers).`;
}

/**
 * Renders the whole report as one HTML document. Deterministic: the same input gives the same
 * bytes (the date shown is the one in `inputs`; no clock is read).
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
  const runsA = summary.resultsA ?? [input.runsA];
  const runsB = summary.resultsB ?? [input.runsB];
  const same = sameTrucks(runsA, runsB);
  const oneRun = `one run of ${summary.replications}: replication ${input.runsA.replication}`;
  const figures = [
    figure(
      await clearedPerDayChart(series, {
        idPrefix: "report-cleared-",
        title: `Trucks cleared per day (${oneRun})`,
      }),
      clearedPerDayCaption(series),
    ),
    figure(
      await queueOverTimeChart(series, {
        idPrefix: "report-queue-",
        title: `Trucks waiting over time (${oneRun})`,
      }),
      "Trucks waiting over time: solid lines on the road before the gate, dashed lines in the queues at the stations.",
    ),
    figure(
      await timeInSystemChart(series, {
        idPrefix: "report-time-",
        title: `Time in system, hours (${oneRun})`,
      }),
      "Hours from arrival at the gate to exit in that one run: the average, the median truck, and the slowest 10% and 1%. The axis is scaled to the bars; the 24-hour corridor goal is a dashed line, or named at the top when it lies above the axis. The table above gives the averages over all replications with confidence intervals.",
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
  const runSubtitle = `The charts below show one run of each plan (seed "${input.runsA.seed}", replication ${input.runsA.replication} of the ${summary.replications}), not averages; the table above averages all ${summary.replications} replications.`;
  const notes = input.notes ?? [];
  const variance = varianceSentence(summary);
  return htmlPage(input.title, [
    `<p class="headline">${escapeHtml(comparisonHeadline(summary, input.headline))}</p>`,
    `<p class="context">${escapeHtml(contextSentence({ ...summary, resultsA: runsA, resultsB: runsB }, same))}</p>`,
    "<h2>Results</h2>",
    comparisonHtmlTable(summary),
    ...(variance === "" ? [] : [`<p class="context">${escapeHtml(variance)}</p>`]),
    await trsSection(
      [trsBreakdown(summary.nameA, runsA), trsBreakdown(summary.nameB, runsB)],
      "report-trs-",
    ),
    "<h2>Charts</h2>",
    `<p class="context">${escapeHtml(runSubtitle)}</p>`,
    ...figures,
    "<h2>Where trucks wait</h2>",
    `<p class="context">${escapeHtml(`In one run of each plan (replication ${input.runsA.replication}), not averages.`)}</p>`,
    '<div class="stations-grid">',
    stationsHtmlTable(summary.nameA, input.runsA),
    stationsHtmlTable(summary.nameB, input.runsB),
    "</div>",
    `<p class="context">${escapeHtml(busyNote(input.runsA))}</p>`,
    input.inputs === undefined
      ? knownInputsBlock([summary.nameA, summary.nameB], summary.seed, summary.replications)
      : inputsBlock(input.inputs),
    "<h2>How to read this report</h2>",
    ...howToRead({ sameTrucks: same, replications: summary.replications }).map(
      (paragraph) => `<p>${escapeHtml(paragraph)}</p>`,
    ),
    ...(notes.length > 0
      ? ["<h2>Notes</h2>", "<ul>", ...notes.map((note) => `<li>${escapeHtml(note)}</li>`), "</ul>"]
      : []),
  ]);
}
