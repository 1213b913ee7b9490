/// <reference lib="dom" />
/**
 * The results: the KPI table with 95% confidence intervals, the report layer's charts (SVG made
 * in the worker), the Time Release Study breakdown, the paired comparison and the plan.
 */

import { el, svgFigure } from "./dom.js";
import type { Answer } from "./engine-client.js";

type RunReply = Extract<Answer, { type: "run" }>;
type CompareReply = Extract<Answer, { type: "compare" }>;
type PlanReply = Extract<Answer, { type: "plan" }>;

function table(
  caption: string,
  head: readonly string[],
  rows: readonly HTMLElement[],
  attributes = {},
): HTMLElement {
  return el(
    "div",
    { class: "table-scroll" },
    el(
      "table",
      attributes,
      el("caption", {}, caption),
      el("thead", {}, el("tr", {}, ...head.map((h) => el("th", { scope: "col" }, h)))),
      el("tbody", {}, ...rows),
    ),
  );
}

/** The run's KPI table, charts and breakdown. */
export function runView(reply: RunReply, replications: number): HTMLElement {
  const rows = reply.rows.map((row) =>
    el(
      "tr",
      { "data-kpi": row.key, "data-mean": row.mean === null ? "null" : String(row.mean) },
      el("th", { scope: "row" }, row.label),
      el("td", {}, row.unit),
      el("td", { class: "num" }, row.estimate),
      el("td", { class: "num" }, row.interval),
    ),
  );
  const segments = reply.charts.segments.map((s) =>
    el(
      "tr",
      {},
      el("th", { scope: "row" }, s.segment),
      el("td", { class: "num" }, s.minutes === null ? "—" : s.minutes.toFixed(1)),
    ),
  );
  const note =
    replications === 1
      ? "One run; the charts show it."
      : `${replications} replications; the table gives means with 95% confidence intervals, the charts show replication 0.`;
  return el(
    "section",
    { id: "run-result", "aria-labelledby": "run-title" },
    el("h2", { id: "run-title" }, "Results"),
    el("p", { class: "hint" }, note),
    ...reply.warnings.map((w) => el("p", { class: "warning", role: "note" }, `Warning: ${w}`)),
    table("Key performance indicators", ["KPI", "unit", "mean ± half-width", "95% CI"], rows, {
      id: "kpi-table",
    }),
    svgFigure(
      reply.charts.clearedPerDay,
      "Trucks cleared each day; grey columns are the trucks arriving that day (the demand).",
      { id: "chart-cleared", "data-series": JSON.stringify(reply.charts.series) },
    ),
    svgFigure(
      reply.charts.queueOverTime,
      "Trucks waiting over time: on the road before the gate, and at the stations.",
      { id: "chart-queue" },
    ),
    svgFigure(
      reply.charts.timeInSystem,
      "Hours from arrival at the gate to exit: mean, median, the slowest 10% and 1%.",
      { id: "chart-time" },
    ),
    table("Time Release Study: mean minutes per segment", ["segment", "minutes"], segments, {
      id: "trs-table",
    }),
  );
}

/** The paired comparison: B − A with its confidence interval, as `gatesim compare` prints it. */
export function compareView(reply: CompareReply, nameA: string, nameB: string): HTMLElement {
  const rows = reply.rows.map((row) =>
    el(
      "tr",
      {
        "data-kpi": row.key,
        "data-difference": row.differenceMean === null ? "null" : String(row.differenceMean),
      },
      el("th", { scope: "row" }, row.label),
      el("td", {}, row.unit),
      el("td", { class: "num" }, row.a),
      el("td", { class: "num" }, row.b),
      el("td", { class: "num" }, row.difference),
      el("td", { class: "num" }, row.interval),
      el("td", {}, row.verdict),
    ),
  );
  return el(
    "section",
    { id: "compare-result", "aria-labelledby": "compare-title" },
    el("h2", { id: "compare-title" }, "Comparison on common random numbers"),
    el(
      "p",
      { class: "hint" },
      `A = ${nameA} (the pinned baseline), B = ${nameB} (the form); both see the same simulated trucks.`,
    ),
    table(
      "B − A, paired replications",
      ["KPI", "unit", "A", "B", "B − A", "95% CI", "verdict"],
      rows,
      {
        id: "compare-table",
      },
    ),
    svgFigure(reply.chart, "Trucks cleared each day by both variants on the same arrivals.", {
      id: "chart-compare",
    }),
    el("details", {}, el("summary", {}, "As gatesim compare prints it"), el("pre", {}, reply.text)),
  );
}

/** The capacity plan's statement and candidates. */
export function planView(reply: PlanReply): HTMLElement {
  return el(
    "section",
    { id: "plan-result", "aria-labelledby": "plan-title" },
    el("h2", { id: "plan-title" }, "Capacity plan"),
    el("p", { class: "headline" }, reply.statement),
    svgFigure(
      reply.chart,
      "Each candidate's total servers against the target KPI (95% CI bars); the line is the target.",
      { id: "chart-frontier" },
    ),
    el(
      "details",
      {},
      el("summary", {}, "Every candidate, as gatesim plan prints it"),
      el("pre", {}, reply.text),
    ),
  );
}
