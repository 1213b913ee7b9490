/**
 * A capacity plan as one self-contained HTML page: the planner's statement, every candidate
 * with its KPI and bottleneck, and the frontier chart (resources against the KPI, CI bars).
 */
import type { CapacityPlan, CapacityTarget } from "../../experiment/capacity-plan.js";
import { escapeHtml } from "../escape-html.js";
import { MISSING } from "../format.js";
import { planEstimateText, planLevelsText } from "../plan-table.js";
import {
  capacityFrontierChart,
  type FrontierCandidate,
  type FrontierTarget,
} from "./capacity-frontier.js";
import { figure, htmlPage } from "./page.js";

/** One row of the candidates table. */
export interface PlanReportRow {
  /** e.g. "customs=15 inspection=18". */
  readonly levels: string;
  readonly total: number;
  /** The charted KPI, formatted (e.g. "6,512 ± 14"). */
  readonly kpi: string;
  readonly meetsTarget: boolean;
  readonly bottleneck: string;
}

/** What {@link planHtmlReport} needs. */
export interface PlanReportInput {
  readonly title: string;
  /** The planner's statement of the answer and its confidence. */
  readonly statement: string;
  readonly kpiTitle: string;
  readonly rows: readonly PlanReportRow[];
  readonly candidates: readonly FrontierCandidate[];
  readonly target?: FrontierTarget;
}

/** What {@link planReportInput} turns into a page's input. */
export interface PlanReportSource {
  readonly title: string;
  readonly plan: CapacityPlan;
  /** The condition charted on the frontier (usually the target's first). */
  readonly target: CapacityTarget;
  /** Label and unit of that condition's KPI. */
  readonly kpi: { readonly label: string; readonly unit: string };
}

/**
 * The page input of a capacity plan: one row per candidate with the charted KPI as in the
 * terminal table, the frontier points, and the charted condition's limit.
 *
 * @example
 * const html = await planHtmlReport(planReportInput({ title, plan, target: target[0]!, kpi }));
 */
export function planReportInput(source: PlanReportSource): PlanReportInput {
  const { plan, target } = source;
  const limit = target.atMost ?? target.atLeast;
  return {
    title: source.title,
    statement: plan.statement,
    kpiTitle: `${source.kpi.label} (${source.kpi.unit})`,
    rows: plan.candidates.map((c) => ({
      levels: planLevelsText(c.levels),
      total: c.total,
      kpi: planEstimateText(c.kpis[target.kpi]),
      meetsTarget: c.meetsTarget,
      bottleneck: c.bottleneck ?? MISSING,
    })),
    candidates: plan.candidates.flatMap((c) => {
      const kpi = c.kpis[target.kpi];
      return kpi === undefined ? [] : [{ label: planLevelsText(c.levels), total: c.total, kpi }];
    }),
    ...(limit === undefined
      ? {}
      : { target: { value: limit, higherIsBetter: target.atMost === undefined } }),
  };
}

/**
 * Renders the plan page. Deterministic: the same input gives the same bytes.
 * @example
 * const html = await planHtmlReport({ title, statement: plan.statement, kpiTitle, rows, candidates });
 */
export async function planHtmlReport(input: PlanReportInput): Promise<string> {
  const chart = await capacityFrontierChart(input.candidates, input.target, {
    kpiTitle: input.kpiTitle,
    idPrefix: "plan-frontier-",
  });
  const rows = input.rows.map(
    (row) =>
      `<tr><td>${escapeHtml(row.levels)}</td><td class="num">${row.total}</td><td class="num">${escapeHtml(row.kpi)}</td><td>${row.meetsTarget ? "yes" : "no"}</td><td>${escapeHtml(row.bottleneck)}</td></tr>`,
  );
  return htmlPage(input.title, [
    `<p class="headline">${escapeHtml(input.statement)}</p>`,
    "<h2>Candidates evaluated</h2>",
    "<table>",
    `<thead><tr><th>servers per station</th><th>total</th><th>${escapeHtml(input.kpiTitle)}</th><th>meets target</th><th>bottleneck</th></tr></thead>`,
    "<tbody>",
    ...rows,
    "</tbody>",
    "</table>",
    "<h2>Frontier</h2>",
    figure(
      chart,
      "Each point is a candidate plan: its total resources against the KPI, with the 95% confidence interval as a vertical bar.",
    ),
  ]);
}
