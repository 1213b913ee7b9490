/**
 * One corridor run as text, JSON and an HTML page: a row per gate (trucks sent, diverted in and
 * out, cleared, time in system, trucks lost, backlog at the end) and the corridor's totals.
 */
import type { CorridorRunResult } from "../corridor/results.js";
import { escapeHtml } from "./escape-html.js";
import { formatNumber } from "./format.js";
import { runJson } from "./json-run.js";
import { type JsonMeta, jsonNumber, jsonSafe, jsonText } from "./json-value.js";
import { textTable } from "./text-table.js";

/** The version of the `--json` document of one corridor run. */
const CORRIDOR_RUN_FORMAT = "gatesim.corridor-run/1";

const HEADERS = [
  "gate",
  "sent",
  "diverted in",
  "diverted out",
  "cleared",
  "cleared/day",
  "mean (h)",
  "p90 (h)",
  "lost",
  "backlog at end",
] as const;

/** The rows of the per-gate table, then the corridor's row. */
function rows(result: CorridorRunResult): string[][] {
  const hours = (value: number | null) => formatNumber(value, value === null ? 0 : 1);
  const gates = result.gates.map((gate) => {
    const r = gate.result;
    return [
      gate.id,
      formatNumber(gate.routedTrucks, 0),
      formatNumber(gate.divertedInTrucks, 0),
      formatNumber(gate.divertedOutTrucks, 0),
      formatNumber(r.trucks.cleared, 0),
      formatNumber(r.throughput.meanClearedPerDay),
      hours(r.timeInSystem.meanHours),
      hours(r.timeInSystem.p90Hours),
      formatNumber(r.trucks.turnedAway + r.trucks.balked + r.trucks.reneged, 0),
      formatNumber(r.backlog.atEndTrucks, 0),
    ];
  });
  const t = result.totals;
  return [
    ...gates,
    [
      "corridor",
      formatNumber(t.arrived, 0),
      "",
      formatNumber(t.diverted, 0),
      formatNumber(t.cleared, 0),
      formatNumber(t.meanClearedPerDay),
      hours(t.meanTimeInSystemHours),
      hours(t.p90TimeInSystemHours),
      formatNumber(t.lost, 0),
      formatNumber(t.inSystemAtEnd + t.enRouteAtEnd, 0),
    ],
  ];
}

/** The lines under the table: what the corridor row counts. */
function notes(result: CorridorRunResult): string[] {
  const t = result.totals;
  return [
    `Corridor row: trucks of the demand (each once); time from arrival in the corridor to exit (slot waits and diversion drives included); lost = refused with no gate left, or reneged; backlog = ${formatNumber(t.inSystemAtEnd, 0)} at the gates + ${formatNumber(t.enRouteAtEnd, 0)} on the way.`,
    ...result.gates.flatMap((gate) =>
      gate.result.warnings.map((w) => `Warning (${gate.id}): ${w.message}`),
    ),
  ];
}

/**
 * The per-gate table of one corridor run, with the corridor's row and notes.
 * @example
 * const result = runCorridor(corridorPreset("lang-son-corridor")!, { seed: "1" });
 * corridorRunTable(result).split("\n")[0]; // 'Corridor "lang-son-corridor", routing shortest-expected-wait, seed "1", replication 0, 14 days'
 */
export function corridorRunTable(result: CorridorRunResult): string {
  return textTable({
    title: `Corridor "${result.corridor}", routing ${result.routing}, seed "${result.seed}", replication ${result.replication}, ${result.horizonDays} days`,
    columns: HEADERS.map((header, i) => ({ header, align: i === 0 ? "left" : "right" })),
    rows: rows(result),
    footer: notes(result),
  });
}

/** The `gatesim.corridor-run/1` document: the totals and each gate's `gatesim.run/2` body. */
export function corridorRunJson(result: CorridorRunResult, meta: JsonMeta = {}): string {
  return jsonText({
    format: CORRIDOR_RUN_FORMAT,
    meta: jsonSafe(meta, true),
    corridor: result.corridor,
    seed: result.seed,
    replication: result.replication,
    routing: result.routing,
    horizonDays: jsonNumber(result.horizonDays),
    totals: jsonSafe(result.totals),
    gates: result.gates.map((gate) => ({
      id: gate.id,
      routedTrucks: gate.routedTrucks,
      divertedInTrucks: gate.divertedInTrucks,
      divertedOutTrucks: gate.divertedOutTrucks,
      run: JSON.parse(runJson(gate.result, {}, { includeQueueOverTime: false })).run,
    })),
  });
}

/**
 * Options of {@link corridorHtmlReport}.
 *
 * @inline
 */
export interface CorridorHtmlOptions {
  /** The page's title (default: "Corridor <name>"). */
  readonly title?: string;
  /** More runs shown after the first, each under its heading (e.g. plan B of a comparison). */
  readonly more?: readonly { readonly heading: string; readonly result: CorridorRunResult }[];
  /** Preformatted sections at the end (e.g. a comparison table), each under its heading. */
  readonly appendix?: readonly { readonly heading: string; readonly text: string }[];
}

/** The per-gate table of one run, its description and its notes, as HTML. */
function runSection(result: CorridorRunResult): string {
  const cell = (tag: string, text: string, i: number) =>
    `<${tag}${i === 0 ? "" : ' class="n"'}>${escapeHtml(text)}</${tag}>`;
  const head = `<tr>${HEADERS.map((h, i) => cell("th", h, i)).join("")}</tr>`;
  const body = rows(result)
    .map((row) => `<tr>${row.map((text, i) => cell("td", text, i)).join("")}</tr>`)
    .join("\n");
  const lines = notes(result).map((line) => `<p>${escapeHtml(line)}</p>`);
  return [
    `<p>Corridor "${escapeHtml(result.corridor)}", routing ${escapeHtml(result.routing)}, seed "${escapeHtml(result.seed)}", replication ${result.replication}, ${result.horizonDays} days.</p>`,
    `<table>\n${head}\n${body}\n</table>`,
    ...lines,
  ].join("\n");
}

/**
 * A self-contained HTML page of a corridor run: a row per gate and the corridor's row, with the
 * notes; optionally more runs and preformatted sections.
 */
export function corridorHtmlReport(
  result: CorridorRunResult,
  options: CorridorHtmlOptions = {},
): string {
  const title = options.title ?? `Corridor ${result.corridor}`;
  const more = (options.more ?? []).map(
    (other) => `<h2>${escapeHtml(other.heading)}</h2>\n${runSection(other.result)}`,
  );
  const appendix = (options.appendix ?? []).map(
    (section) => `<h2>${escapeHtml(section.heading)}</h2>\n<pre>${escapeHtml(section.text)}</pre>`,
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2em}table{border-collapse:collapse}td,th{padding:.3em .8em;border-bottom:1px solid #ddd}.n{text-align:right}tr:last-child td{font-weight:bold}</style>
</head><body>
<h1>${escapeHtml(title)}</h1>
${[runSection(result), ...more, ...appendix].join("\n")}
</body></html>
`;
}
