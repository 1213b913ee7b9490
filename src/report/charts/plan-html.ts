/**
 * A capacity plan as one self-contained HTML page a decision-maker reads in a minute: the answer
 * in plain words, today's staffing beside the plan, the Pareto frontier chart (points coloured
 * by every target, short labels), and every candidate in a collapsed table with a column per
 * target KPI and the throughput.
 */
import { escapeHtml } from "../escape-html.js";
import { capacityFrontierChart } from "./capacity-frontier.js";
import { cell, headRow, scrollable } from "./html-tables.js";
import { inputsBlock } from "./inputs-block.js";
import { figure, htmlPage } from "./page.js";
import type { PlanReportInput, PlanReportRow } from "./plan-report-input.js";

function changesTable(input: PlanReportInput): string {
  if (input.changes.length === 0) return "";
  const known = input.changes.every((c) => c.today !== null);
  const rows = input.changes.map((c) => {
    const delta = c.today === null ? "" : c.plan - c.today;
    const deltaText =
      delta === "" ? "" : delta === 0 ? "no change" : delta > 0 ? `+${delta}` : `${delta}`;
    return `<tr>${cell(c.resource, "text")}${known ? cell(String(c.today)) : ""}${cell(String(c.plan))}${known ? cell(deltaText) : ""}</tr>`;
  });
  const head = known
    ? ["station (servers)", "today", "plan", "change"]
    : ["station (servers)", "plan"];
  return scrollable(
    `<table class="changes">\n<thead>${headRow(head)}</thead>\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table>`,
  );
}

function candidateRow(row: PlanReportRow): string {
  const marks = [row.chosen ? "plan" : "", row.today ? "today" : "", row.frontier ? "frontier" : ""]
    .filter((m) => m !== "")
    .join(", ");
  const classes = [row.chosen ? "chosen" : "", row.frontier ? "frontier" : ""].filter(
    (c) => c !== "",
  );
  const attr = classes.length > 0 ? ` class="${classes.join(" ")}"` : "";
  return [
    `<tr${attr} data-id="${escapeHtml(row.id)}" data-meets="${row.meetsTarget ? "yes" : "no"}">`,
    cell(row.id, "text"),
    ...row.levels.map((level) => cell(String(level))),
    cell(String(row.total)),
    ...row.values.map((value) => cell(value)),
    cell(row.meetsTarget ? "yes" : "no", `text ${row.meetsTarget ? "yes" : "no"}`),
    cell(row.bottleneck, "text"),
    cell(marks, "text"),
    "</tr>",
  ].join("");
}

/**
 * Renders the plan page. Deterministic: the same input gives the same bytes.
 * @example
 * const html = await planHtmlReport({
 *   title: "Identity-check lanes for 6,600 trucks a day",
 *   feasible: true,
 *   answer: ["Plan: lanes 12 (total 12; today 10, 2 more).", "Target: trucks cleared per day at least 6,600."],
 *   changes: [{ resource: "lanes", today: 10, plan: 12 }],
 *   statement: "Least plan found: lanes = 12 (total 12).",
 *   resources: ["lanes"],
 *   columns: ["Trucks cleared per day (trucks/day)"],
 *   kpiTitle: "Trucks cleared per day (trucks/day)",
 *   rows: [
 *     { id: "A", levels: [8], total: 8, values: ["6,150 ± 75"], meetsTarget: false,
 *       bottleneck: "lanes", frontier: true, chosen: false, today: false },
 *     { id: "B", levels: [12], total: 12, values: ["6,613 ± 62"], meetsTarget: true,
 *       bottleneck: "lanes", frontier: true, chosen: true, today: false },
 *   ],
 *   candidates: [
 *     { label: "A", total: 8, kpi: confidenceInterval([6120, 6180, 6150]), meetsTarget: false },
 *     { label: "B (plan)", total: 12, kpi: confidenceInterval([6590, 6640, 6610]), meetsTarget: true },
 *   ],
 *   target: { value: 6600, label: "target" },
 * });
 * html.includes("Plan: lanes 12"); // true
 */
export async function planHtmlReport(input: PlanReportInput): Promise<string> {
  const charted = input.candidates.filter(
    (c) => c.kpi.mean !== null && Number.isFinite(c.kpi.mean),
  );
  const chart =
    charted.length === 0
      ? null
      : await capacityFrontierChart(charted, input.target, {
          kpiTitle: input.kpiTitle,
          resourceTitle: "total servers",
          title: "Pareto frontier: fewest servers for each level of the KPI",
          idPrefix: "plan-frontier-",
        });
  const [answer, ...more] = input.answer;
  const head = headRow([
    "candidate",
    ...input.resources,
    "total",
    ...input.columns,
    "meets every target",
    "bottleneck",
    "shown as",
  ]);
  const frontierRows = input.rows.filter((r) => r.frontier || r.chosen || r.today);
  const todayShown = input.rows.some((r) => r.today);
  return htmlPage(input.title, [
    `<div class="answer${input.feasible ? "" : " infeasible"}" id="answer">`,
    `<p><strong>${escapeHtml(answer ?? "")}</strong></p>`,
    ...more.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    "</div>",
    ...(input.changes.length > 0 ? ["<h2>Today and the plan</h2>", changesTable(input)] : []),
    "<h2>The frontier</h2>",
    chart === null
      ? `<p class="context">${escapeHtml(`No candidate has a finite value of ${input.kpiTitle} to chart.`)}</p>`
      : figure(
          chart,
          `Only the Pareto frontier is drawn: each point is a candidate that no cheaper candidate beats on ${input.kpiTitle}, plus the chosen plan${todayShown ? " and today's staffing" : " (today's staffing was not among the candidates evaluated)"}. Green points meet every target, red ones miss at least one (the same verdict as the tables); the bar is the 95% confidence interval. Letters refer to the tables.`,
        ),
    scrollable(
      `<table class="frontier-table">\n<caption>Candidates on the chart</caption>\n<thead>${head}</thead>\n<tbody>\n${frontierRows.map((r) => candidateRow(r)).join("\n")}\n</tbody>\n</table>`,
    ),
    `<details class="all-candidates">\n<summary>${escapeHtml(`All ${input.rows.length} candidates evaluated (sorted by total servers, those meeting every target first)`)}</summary>`,
    scrollable(
      `<table class="candidates">\n<thead>${head}</thead>\n<tbody>\n${input.rows.map((r) => candidateRow(r)).join("\n")}\n</tbody>\n</table>`,
    ),
    "</details>",
    `<details class="statement">\n<summary>The planner's full statement</summary>\n<p>${escapeHtml(input.statement)}</p>\n</details>`,
    ...(input.inputs === undefined ? [] : [inputsBlock(input.inputs)]),
  ]);
}
