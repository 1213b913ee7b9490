/**
 * The per-truck CSV (`gatesim run --trucks-csv`): one row per cleared truck with its Time Release
 * Study segments, in the CSV conventions of ./csv.ts.
 */
import type { Segment } from "../gate/encoding.js";
import type { TruckRecord } from "../gate/results.js";
import { CSV_EOL, csvField, csvRow } from "./csv.js";

/**
 * Time Release Study segments in the order of `SEGMENTS` in src/gate/truck.ts (repeated here
 * because the report layer may import only types from gate; a test pins the two together).
 */
export const TRUCK_CSV_SEGMENTS = [
  "road",
  "identity",
  "declaration",
  "inspection",
  "quarantine",
  "release",
  "exit",
] as const satisfies readonly Segment[];

/** Fails to compile when a segment is added to the gate layer but not to the list above. */
type MissingSegment = Exclude<Segment, (typeof TRUCK_CSV_SEGMENTS)[number]>;
const allSegmentsListed: [MissingSegment] extends [never] ? true : never = true;

/** Columns of the per-truck CSV. */
export const TRUCK_CSV_COLUMNS: readonly string[] = [
  "id",
  "direction",
  "cargo_class",
  "channel",
  "arrival_seconds",
  "exit_seconds",
  "time_in_system_seconds",
  "spoiled",
  ...TRUCK_CSV_SEGMENTS.map((segment) => `segment_${segment}_seconds`),
];

/**
 * The header row of the per-truck (Time Release Study) CSV, with its CRLF; write it once, then
 * one {@link truckRecordCsvRow} per truck.
 *
 * @example
 * truckRecordsCsvHeader();
 * // "id,direction,cargo_class,channel,arrival_seconds,exit_seconds,time_in_system_seconds,spoiled,
 * // segment_road_seconds,…,segment_exit_seconds\r\n"
 */
export function truckRecordsCsvHeader(): string {
  return allSegmentsListed ? csvRow(TRUCK_CSV_COLUMNS) : "";
}

/**
 * One per-truck CSV row (with its CRLF) in the columns of {@link truckRecordsCsvHeader}; times
 * in seconds since the start of the run (six significant digits, never coarser than 1 s).
 *
 * @example
 * const rows: string[] = [];
 * runGate({ ...preset("huu-nghi-smart-2024")!, horizonDays: 1 }, {
 *   seed: "1",
 *   onTruck: (record) => rows.push(truckRecordCsvRow(record)),
 * });
 * rows[0]; // "0,…\r\n"
 */
export function truckRecordCsvRow(record: TruckRecord): string {
  // perf: one string built field by field, no intermediate arrays (bench: scenarios,
  // smart-doubled year with records streamed to CSV).
  let row = `${csvField(record.id)},${csvField(record.direction)},${csvField(record.cargoClass)},${csvField(record.channel)},${csvField(record.arrivalSeconds)},${csvField(record.exitSeconds)},${csvField(record.timeInSystemSeconds)},${record.spoiled ? "true" : "false"}`;
  const segments = record.segmentSeconds;
  for (const segment of TRUCK_CSV_SEGMENTS) row += `,${csvField(segments[segment])}`;
  return row + CSV_EOL;
}
