/**
 * HTML tables shared by the report pages: a table cell, and where trucks wait in one run (each
 * station's mean and p90 wait, how busy it is, its longest queue).
 */
import type { GateRunResult } from "../../gate/results.js";
import { escapeHtml } from "../escape-html.js";
import { formatNumber, formatShare } from "../format.js";

/** One `<td>` with escaped text and an optional class. */
export function cell(text: string, className?: string): string {
  const attr = className === undefined ? "" : ` class="${className}"`;
  return `<td${attr}>${escapeHtml(text)}</td>`;
}

/** The stations of `run` as a table captioned `name`. */
export function stationsHtmlTable(name: string, run: GateRunResult): string {
  const rows = run.stations.map(
    (s) =>
      `<tr>${cell(s.id, "text")}${cell(formatNumber(s.meanWaitMinutes, s.meanWaitMinutes === null ? 0 : 1))}${cell(formatNumber(s.p90WaitMinutes, s.p90WaitMinutes === null ? 0 : 1))}${cell(formatShare(s.utilisation))}${cell(formatNumber(s.maxQueueTrucks, 0))}</tr>`,
  );
  const head = ["station", "mean wait (min)", "p90 wait (min)", "busy", "longest queue (trucks)"]
    .map((h) => `<th scope="col">${escapeHtml(h)}</th>`)
    .join("");
  return `<table class="stations">\n<caption>${escapeHtml(name)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table>`;
}
