/**
 * A parameter sweep as one self-contained HTML page: what was varied, the table of KPIs at every
 * point (mean ± confidence half-width), and one chart per KPI against the first parameter.
 */
import type { KpiEstimate } from "../../experiment/types.js";
import { escapeHtml } from "../escape-html.js";
import { formatEstimate } from "../format.js";
import { displayUnit, scaleEstimate } from "../kpi-display.js";
import { scrollable } from "./html-tables.js";
import { inputsBlock, type ReportInputs } from "./inputs-block.js";
import { figure, htmlPage } from "./page.js";
import { type SweepChartPoint, sweepChart } from "./sweep-chart.js";

/** A KPI to show: its key in the rows, label and unit. */
export interface SweepReportKpi {
  /** The KPI's key in the rows' `kpis`. */
  readonly key: string;
  /** The KPI's label. */
  readonly label: string;
  /** The KPI's unit ("share" is shown as %). */
  readonly unit: string;
}

/** One grid point and its KPI estimates (as `sweep` returns them). */
export interface SweepReportRow {
  /** The grid point: a value per parameter path. */
  readonly point: Readonly<Record<string, unknown>>;
  /** The KPI estimates at the point, by KPI key. */
  readonly kpis: Readonly<Record<string, KpiEstimate>>;
}

/** What {@link sweepHtmlReport} needs. */
export interface SweepReportInput {
  /** The page's title. */
  readonly title: string;
  /** A sentence under the title (scenario, replications, seed). */
  readonly summary: string;
  /** The varied parameters in grid order; the first is the charts' x axis. */
  readonly parameters: readonly string[];
  /** One row per grid point, in grid order. */
  readonly rows: readonly SweepReportRow[];
  /** KPIs in the table and charted, in order. */
  readonly kpis: readonly SweepReportKpi[];
  /** What the page was made from (the base scenario with its digest, seed, version, date). */
  readonly inputs?: ReportInputs;
}

const pointText = (value: unknown) => (typeof value === "number" ? value : String(value));

/**
 * Renders the sweep page. Deterministic: the same input gives the same bytes.
 * @example
 * const smart = { ...preset("huu-nghi-smart-2024")!, horizonDays: 2 };
 * const rows = await sweep({
 *   model: gateModel, baseConfig: smart, grid: { "stations.customs.servers": [8, 10] },
 *   apply: (scenario, point) =>
 *     withParameter(scenario, "stations.customs.servers", point["stations.customs.servers"]),
 *   seed: "1", replications: 3, kpis: GATE_KPIS,
 * });
 * const html = await sweepHtmlReport({
 *   title: "Customs officers at the smart gate",
 *   summary: "Two days, 3 replications per point, seed 1.",
 *   parameters: ["stations.customs.servers"],
 *   rows,
 *   kpis: [{ key: "meanClearedPerDay", label: "Trucks cleared per day", unit: "trucks/day" }],
 * });
 * html.startsWith("<!DOCTYPE html>"); // true
 */
export async function sweepHtmlReport(input: SweepReportInput): Promise<string> {
  const [first, ...others] = input.parameters;
  const charts: string[] = [];
  for (const [index, kpi] of input.kpis.entries()) {
    const shown = displayUnit(kpi.unit);
    const points: SweepChartPoint[] = input.rows.flatMap((row) => {
      const estimate = row.kpis[kpi.key];
      if (estimate === undefined || first === undefined) return [];
      return [
        {
          x: pointText(row.point[first]),
          series: others.map((p) => `${p}=${String(row.point[p])}`).join(", "),
          kpi: scaleEstimate(estimate, shown.factor),
        },
      ];
    });
    const title = `${kpi.label} (${shown.unit})`;
    const svg = await sweepChart(points, {
      title,
      xTitle: first ?? "parameter",
      kpiTitle: title,
      idPrefix: `sweep-${index}-`,
    });
    charts.push(
      figure(
        svg,
        `${kpi.label} at each value of ${first ?? "the parameter"}: the mean over the replications, with its confidence interval as a vertical bar${others.length > 0 ? "; one line per combination of the other parameters" : ""}.`,
      ),
    );
  }
  const header = [
    ...input.parameters.map((p) => `<th>${escapeHtml(p)}</th>`),
    ...input.kpis.map((k) => `<th>${escapeHtml(`${k.label} (${displayUnit(k.unit).unit})`)}</th>`),
  ].join("");
  const rows = input.rows.map((row) => {
    const cells = [
      ...input.parameters.map((p) => `<td class="num">${escapeHtml(String(row.point[p]))}</td>`),
      ...input.kpis.map((k) => {
        const estimate = row.kpis[k.key];
        const scaled =
          estimate === undefined ? null : scaleEstimate(estimate, displayUnit(k.unit).factor);
        return `<td class="num">${escapeHtml(formatEstimate(scaled))}</td>`;
      }),
    ];
    return `<tr>${cells.join("")}</tr>`;
  });
  return htmlPage(input.title, [
    `<p class="headline">${escapeHtml(input.summary)}</p>`,
    "<h2>Every point</h2>",
    scrollable(
      [
        "<table>",
        `<thead><tr>${header}</tr></thead>`,
        "<tbody>",
        ...rows,
        "</tbody>",
        "</table>",
      ].join("\n"),
    ),
    "<h2>Charts</h2>",
    ...charts,
    ...(input.inputs === undefined ? [] : [inputsBlock(input.inputs)]),
  ]);
}
