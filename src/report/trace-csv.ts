/**
 * The gate trace as tidy CSV: one row per entry (time, event, truck, station, line length,
 * servers), empty fields where an entry has no value, RFC 4180 line ends.
 */
import type { GateTraceEntry } from "../gate/trace.js";
import { CSV_EOL, csvField } from "./csv.js";

/** The header row of the trace CSV (with its line end). */
export function traceCsvHeader(): string {
  return `time_seconds,event,truck_id,station_id,queue_length,servers${CSV_EOL}`;
}

/**
 * One trace entry as a CSV row (with its line end).
 *
 * @example traceCsvRow({ timeSeconds: 60, event: "finish", truckId: 0, stationId: "check", queueLength: 1, servers: 1 })
 * // "60,finish,0,check,1,1\r\n"
 */
export function traceCsvRow(entry: GateTraceEntry): string {
  return `${csvField(entry.timeSeconds)},${entry.event},${csvField(entry.truckId)},${csvField(entry.stationId)},${csvField(entry.queueLength)},${csvField(entry.servers)}${CSV_EOL}`;
}
