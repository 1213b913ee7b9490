/**
 * HTML tables shared by the report pages: a table cell, a scrolling wrapper, and where trucks
 * wait in one run — on the road before the gate, in the yard, and at each station (trucks
 * waiting, the wait per truck, how busy the servers were while open).
 */
import type { GateRunResult } from "../../gate/results.js";
import { escapeHtml } from "../escape-html.js";
import { formatNumber, formatShare, MISSING } from "../format.js";

/** One `<td>` with escaped text and an optional class. */
export function cell(text: string, className?: string): string {
  const attr = className === undefined ? "" : ` class="${className}"`;
  return `<td${attr}>${escapeHtml(text)}</td>`;
}

/** `html` (a table) inside a container that scrolls sideways on a narrow screen. */
export function scrollable(html: string): string {
  return `<div class="table-scroll">\n${html}\n</div>`;
}

/** A header row of escaped column names. */
export function headRow(names: readonly string[]): string {
  return `<tr>${names.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join("")}</tr>`;
}

const minutes = (value: number | null) => formatNumber(value, value === null ? 0 : 1);
const trucks = (value: number | null) => formatNumber(value, value === null ? 0 : 1);

/**
 * Where trucks wait in `run`, captioned `name`: the road before the gate, the yard, then each
 * station; the station with the longest mean wait is marked as the bottleneck.
 */
export function stationsHtmlTable(name: string, run: GateRunResult): string {
  const { yard } = run;
  const road = run.segments.meanMinutes.road;
  const longest = Math.max(
    road ?? 0,
    ...run.stations.map((s) => s.meanWaitMinutes ?? Number.NEGATIVE_INFINITY),
  );
  const mark = (wait: number | null) =>
    wait !== null && wait > 0 && wait === longest ? " ◀ longest wait" : "";
  const rows = [
    `<tr class="place-road">${cell(`on the road, before the gate${mark(road)}`, "text")}${cell(trucks(yard.meanRoadQueueTrucks))}${cell(formatNumber(yard.maxRoadQueueTrucks, 0))}${cell(minutes(road))}${cell(MISSING)}${cell(MISSING)}</tr>`,
    `<tr class="place-yard">${cell(`in the yard (every truck inside${yard.slots === null ? "" : `, ${formatNumber(yard.slots, 0)} places`})`, "text")}${cell(trucks(yard.meanOccupancyTrucks))}${cell(formatNumber(yard.maxOccupancyTrucks, 0))}${cell(MISSING)}${cell(MISSING)}${cell(yard.slots === null || yard.meanOccupancyTrucks === null ? MISSING : `${formatShare(yard.meanOccupancyTrucks / yard.slots)} full`)}</tr>`,
    ...run.stations.map(
      (s) =>
        `<tr class="place-station">${cell(`${s.id}${mark(s.meanWaitMinutes)}`, "text")}${cell(trucks(s.meanQueueTrucks))}${cell(formatNumber(s.maxQueueTrucks, 0))}${cell(minutes(s.meanWaitMinutes))}${cell(minutes(s.p90WaitMinutes))}${cell(formatShare(s.utilisation))}</tr>`,
    ),
  ];
  const head = headRow([
    "where",
    "trucks waiting, mean",
    "trucks waiting, most",
    "wait per truck, mean (min)",
    "wait per truck, p90 (min)",
    "busy while open",
  ]);
  return scrollable(
    `<table class="stations">\n<caption>${escapeHtml(name)}</caption>\n<thead>${head}</thead>\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table>`,
  );
}

/** The sentence under the "where trucks wait" tables: what "busy while open" measures. */
export function busyNote(run: GateRunResult): string {
  const drain =
    run.drainDays > 0
      ? ` It covers the whole run, the ${formatNumber(run.drainDays, 0)} drain days after arrivals stop included, when stations fall idle once the queue is cleared: a station that was full while trucks kept coming can read well under 100%.`
      : "";
  return `“Busy while open” is the servers' busy time over the server time available while the station is open (its staffed hours and servers), not over 24 hours.${drain} The yard holds every truck inside the gate area, queued or being served; trucks wait on the road when it is full.`;
}
