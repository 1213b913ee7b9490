/**
 * A {@link ResourceMonitor}'s rows as tidy CSV (RFC 4180, like ./csv.ts): one header row, one
 * row per monitored state, CRLF line ends, names quoted when they hold a comma, a double quote,
 * CR or LF. Numbers are written exactly (shortest round-trip form, not rounded like the KPI
 * reports: times must keep their order) and an infinite capacity as `Inf`, which R and pandas
 * read as a number.
 */
import type { MonitorRow } from "../engine/monitor.js";
import { csvRow } from "./csv.js";

/** Header of {@link monitorCsv}. */
export const MONITOR_CSV_COLUMNS = ["time", "resource", "queue", "in_use", "capacity"] as const;

/** A number as written in the monitor CSV: exact, with ±Infinity as `Inf` / `-Inf`. */
function exact(value: number): string {
  if (value === Number.POSITIVE_INFINITY) return "Inf";
  if (value === Number.NEGATIVE_INFINITY) return "-Inf";
  return Number.isNaN(value) ? "" : String(value);
}

/**
 * The rows of a resource monitor as tidy CSV: `time,resource,queue,in_use,capacity`.
 *
 * @example
 * monitorCsv([{ time: 0, resource: "lane", queue: 0, inUse: 1, capacity: 2 }]);
 * // "time,resource,queue,in_use,capacity\r\n0,lane,0,1,2\r\n"
 */
export function monitorCsv(rows: readonly MonitorRow[]): string {
  const lines = [csvRow(MONITOR_CSV_COLUMNS)];
  for (const row of rows) {
    lines.push(
      csvRow([
        exact(row.time),
        row.resource,
        exact(row.queue),
        exact(row.inUse),
        exact(row.capacity),
      ]),
    );
  }
  return lines.join("");
}
