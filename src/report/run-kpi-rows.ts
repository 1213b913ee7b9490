/**
 * The headline KPIs of one gate run as [label, value, unit] rows in reading order: shared by the
 * terminal table (run-table.ts) and the run page (charts/run-kpis-html.ts), so both print the
 * same figures with the same words.
 */
import type { GateRunResult } from "../gate/results.js";
import { formatNumber, formatShare } from "./format.js";

/** [label, value, unit] rows of one run's headline KPIs: throughput, time in system, backlog, spoilage, road queue. */
export function headlineKpiRows(run: GateRunResult): Array<[string, string, string]> {
  const tis = run.timeInSystem;
  return [
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
}
