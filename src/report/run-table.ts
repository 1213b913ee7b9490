/**
 * A plain-text summary of one gate run: throughput, time in system, backlog, spoilage and road
 * queue, then one row per station (wait, utilisation, queue).
 */
import type { GateRunResult } from "../gate/results.js";
import { formatNumber, formatShare } from "./format.js";
import { headlineKpiRows } from "./run-kpi-rows.js";
import { type TableWidthOptions, textTable } from "./text-table.js";

const minutes = (value: number | null) => formatNumber(value, value === null ? 0 : 1);

/**
 * The summary table and the stations table of one run, separated by a blank line.
 *
 * @example
 * const result = runGate({ ...preset("huu-nghi-smart-2024")!, horizonDays: 2 }, { seed: "1" });
 * console.log(runTable(result));
 * // prints:
 * // Run: scenario "huu-nghi-smart-2024", seed "1", replication 0, 2 days + 0 drain days
 * // KPI  …  unit
 * // ---…
 * // Trucks arrived  …  trucks
 * // …
 * // Stations
 * // station  …  down (h)
 * // …
 */
export function runTable(result: GateRunResult, options: TableWidthOptions = {}): string {
  const summaryRows: string[][] = headlineKpiRows(result);
  summaryRows.splice(2, 0, ...planningRows(result));
  const summary = textTable({
    title: `Run: scenario "${result.scenario}", seed "${result.seed}", replication ${result.replication}, ${formatNumber(result.horizonDays)} days + ${formatNumber(result.drainDays)} drain days${result.warmupDays > 0 ? ` (KPIs from day ${formatNumber(result.warmupDays)}: warm-up left out)` : ""}`,
    columns: [{ header: "KPI" }, { header: "value", align: "right" }, { header: "unit" }],
    rows: summaryRows,
    width: options.width,
  });
  const stations = textTable({
    title: "Stations",
    columns: [
      { header: "station" },
      { header: "kind" },
      { header: "served", align: "right" },
      { header: "wait mean (min)", align: "right" },
      { header: "wait p90 (min)", align: "right" },
      { header: "utilisation", align: "right" },
      { header: "servers", align: "right" },
      { header: "queue mean", align: "right" },
      { header: "queue max", align: "right" },
      { header: "down (h)", align: "right" },
    ],
    rows: result.stations.map((station) => [
      station.id,
      station.kind,
      formatNumber(station.served, 0),
      minutes(station.meanWaitMinutes),
      minutes(station.p90WaitMinutes),
      formatShare(station.utilisation),
      formatNumber(station.meanServers),
      formatNumber(station.meanQueueTrucks),
      formatNumber(station.maxQueueTrucks, 0),
      formatNumber(station.downHours),
    ]),
    width: options.width,
  });
  return `${summary}\n${stations}`;
}

/**
 * Rows for the planning questions, shown only when the run uses them: trucks present at the
 * start (and their own time in system), trucks lost, and the day the backlog is gone.
 */
function planningRows(result: GateRunResult): string[][] {
  const rows: string[][] = [];
  const { trucks, cohorts, backlog } = result;
  if (cohorts.initial !== null) {
    rows.push(["Trucks present at the start", formatNumber(trucks.initial, 0), "trucks"]);
    rows.push([
      "Time in system of those, mean",
      formatNumber(cohorts.initial.timeInSystem.meanHours),
      "h",
    ]);
    rows.push([
      "Time in system of new arrivals, mean",
      formatNumber(cohorts.arrivals.timeInSystem.meanHours),
      "h",
    ]);
  }
  for (const [label, count] of [
    ["Trucks turned away", trucks.turnedAway],
    ["Trucks that balked", trucks.balked],
    ["Trucks that gave up (reneged)", trucks.reneged],
  ] as const) {
    if (count > 0) rows.push([label, formatNumber(count, 0), "trucks"]);
  }
  if (cohorts.initial !== null || backlog.targetTrucks > 0) {
    rows.push([
      `Backlog at or below ${formatNumber(backlog.targetTrucks, 0)} trucks from day`,
      backlog.clearFromDay === null ? "not in the run" : formatNumber(backlog.clearFromDay, 0),
      "day",
    ]);
  }
  return rows;
}
