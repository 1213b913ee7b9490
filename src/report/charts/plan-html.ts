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
  /** Sum of the levels. */
  readonly total: number;
  /** The charted KPI, formatted (e.g. "6,512 ± 14"). */
  readonly kpi: string;
  /** Whether the candidate meets the whole target. */
  readonly meetsTarget: boolean;
  /** The candidate's most utilised station or resource ("—" when unknown). */
  readonly bottleneck: string;
}

/** What {@link planHtmlReport} needs. */
export interface PlanReportInput {
  /** The page's title. */
  readonly title: string;
  /** The planner's statement of the answer and its confidence. */
  readonly statement: string;
  /** Title of the charted KPI, with its unit, e.g. "Trucks cleared per day (trucks/day)". */
  readonly kpiTitle: string;
  /** One row per candidate, in evaluation order. */
  readonly rows: readonly PlanReportRow[];
  /** The frontier chart's points. */
  readonly candidates: readonly FrontierCandidate[];
  /** The charted condition's limit. */
  readonly target?: FrontierTarget;
}

/** What {@link planReportInput} turns into a page's input. */
export interface PlanReportSource {
  /** The page's title. */
  readonly title: string;
  /** The planner's answer. */
  readonly plan: CapacityPlan;
  /** The condition charted on the frontier (usually the target's first). */
  readonly target: CapacityTarget;
  /** Label and unit of that condition's KPI. */
  readonly kpi: {
    /** The KPI's label. */
    readonly label: string;
    /** The KPI's unit. */
    readonly unit: string;
  };
}

/**
 * The page input of a capacity plan: one row per candidate with the charted KPI as in the
 * terminal table, the frontier points, and the charted condition's limit.
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
 * const input = planReportInput({
 *   title: "Servers for a wait of at most 0.5 h", plan, target: target[0]!, kpi: wait,
 * });
 * input.rows.map((row) => row.levels); // […]
 * const html = await planHtmlReport(input);
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
 * const html = await planHtmlReport({
 *   title: "Identity-check lanes for 6,600 trucks a day",
 *   statement: "Least plan found: 12 lanes.",
 *   kpiTitle: "Trucks cleared per day",
 *   rows: [
 *     { levels: "lanes=12", total: 12, kpi: "6,613 ± 62", meetsTarget: true, bottleneck: "lanes" },
 *     { levels: "lanes=8", total: 8, kpi: "6,150 ± 75", meetsTarget: false, bottleneck: "lanes" },
 *   ],
 *   candidates: [
 *     { label: "12 lanes", total: 12, kpi: confidenceInterval([6590, 6640, 6610]) },
 *     { label: "8 lanes", total: 8, kpi: confidenceInterval([6120, 6180, 6150]) },
 *   ],
 *   target: { value: 6600, label: "target" },
 * });
 * html.includes("Least plan found: 12 lanes."); // true
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
