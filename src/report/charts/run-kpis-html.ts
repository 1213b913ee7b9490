/**
 * The KPIs of one run as an HTML table (the page of `run --replications 1`): throughput, time
 * in system, backlog, losses, spoilage and the road queue — the figures the terminal prints.
 */
import type { GateRunResult } from "../../gate/results.js";
import { escapeHtml } from "../escape-html.js";
import { formatNumber } from "../format.js";
import { headlineKpiRows } from "../run-kpi-rows.js";
import { cell, headRow, scrollable } from "./html-tables.js";

/** [label, value, unit] rows of one run's KPIs, in reading order. */
export function runKpiRows(run: GateRunResult): Array<[string, string, string]> {
  const rows = headlineKpiRows(run);
  const lost: Array<[string, number]> = [
    ["Trucks turned away", run.trucks.turnedAway],
    ["Trucks that balked", run.trucks.balked],
    ["Trucks that gave up (reneged)", run.trucks.reneged],
  ];
  for (const [label, count] of lost) {
    if (count > 0) rows.splice(2, 0, [label, formatNumber(count, 0), "trucks"]);
  }
  if (run.trucks.initial > 0) {
    rows.splice(2, 0, [
      "Trucks present at the start",
      formatNumber(run.trucks.initial, 0),
      "trucks",
    ]);
  }
  return rows;
}

/** One run's KPIs as a table (no confidence intervals: there is one run). */
export function runKpiHtmlTable(run: GateRunResult): string {
  const rows = runKpiRows(run).map(
    ([label, value, unit]) => `<tr>${cell(label, "text")}${cell(value)}${cell(unit, "text")}</tr>`,
  );
  return scrollable(
    `<table class="kpis">\n<caption>${escapeHtml(`One run (replication ${run.replication}): no confidence intervals; run more replications for them`)}</caption>\n<thead>${headRow(["KPI", "value", "unit"])}</thead>\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table>`,
  );
}
