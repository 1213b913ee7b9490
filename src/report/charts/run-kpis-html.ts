/**
 * The KPIs of one run as an HTML table (the page of `run --replications 1`): throughput, time
 * in system, backlog, losses, spoilage and the road queue — the figures the terminal prints.
 */
import type { GateRunResult } from "../../gate/results.js";
import { escapeHtml } from "../escape-html.js";
import { formatNumber, formatShare } from "../format.js";
import { cell, headRow, scrollable } from "./html-tables.js";

/** [label, value, unit] rows of one run's KPIs, in reading order. */
export function runKpiRows(run: GateRunResult): Array<[string, string, string]> {
  const tis = run.timeInSystem;
  const rows: Array<[string, string, string]> = [
    ["Trucks arrived", formatNumber(run.trucks.arrived, 0), "trucks"],
    ["Trucks cleared", formatNumber(run.trucks.cleared, 0), "trucks"],
    ["Trucks cleared per day (mean)", formatNumber(run.throughput.meanClearedPerDay), "trucks/day"],
    [
      "Trucks cleared per day (best day)",
      formatNumber(run.throughput.maxClearedPerDay, 0),
      "trucks/day",
    ],
    ["Time in system, mean", formatNumber(tis.meanHours), "h"],
    ["Time in system, p50 (median)", formatNumber(tis.p50Hours), "h"],
    ["Time in system, p90", formatNumber(tis.p90Hours), "h"],
    ["Time in system, p99", formatNumber(tis.p99Hours), "h"],
    ["Time in system, max", formatNumber(tis.maxHours), "h"],
    ["Cleared within 24 h", formatShare(tis.shareWithin24h), "of cleared"],
    [
      `Cleared within target (${formatNumber(tis.targetHours)} h)`,
      formatShare(tis.shareWithinTarget),
      "of cleared",
    ],
    ["Backlog, largest", formatNumber(run.backlog.maxTrucks, 0), "trucks"],
    ["Backlog at end", formatNumber(run.backlog.atEndTrucks, 0), "trucks"],
    ["Backlog at end, days to clear", formatNumber(run.backlog.timeToClearAtEndDays), "days"],
    ["Spoiled perishables", formatNumber(run.trucks.spoiled, 0), "trucks"],
    [
      "Spoiled share of perishables",
      formatShare(run.trucks.spoiledShareOfPerishables),
      "of perishables",
    ],
    ["Road queue, mean", formatNumber(run.yard.meanRoadQueueTrucks), "trucks"],
    ["Road queue, longest", formatNumber(run.yard.maxRoadQueueTrucks, 0), "trucks"],
    ["Road queue, longest", formatNumber(run.yard.maxRoadQueueKm), "km"],
  ];
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
