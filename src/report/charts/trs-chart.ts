/**
 * The Time Release Study breakdown as a chart and a table: one stacked bar per plan, each
 * segment (road, identity, declaration, inspection, quarantine, release, exit) its own colour,
 * in hours when the longest bar passes three hours, in minutes below.
 */
import { escapeHtml } from "../escape-html.js";
import { formatNumber } from "../format.js";
import { type TrsBreakdown, trsSegments } from "../trs.js";
import { cell } from "./html-tables.js";
import { renderVegaLiteSvg } from "./render.js";
import { type ChartOptions, frame } from "./theme.js";

/** One colour per segment, in segment order (road in grey: it is waiting, not clearance). */
export const TRS_COLOURS = [
  "#8c8c8c",
  "#E69F00",
  "#56B4E9",
  "#009E73",
  "#F0E442",
  "#0072B2",
  "#D55E00",
] as const;

function total(plan: TrsBreakdown): number {
  return Object.values(plan.minutes).reduce<number>((sum, m) => sum + (m ?? 0), 0);
}

/** Hours when the longest total is over 180 minutes, else minutes. */
export function trsUnit(plans: readonly TrsBreakdown[]): { unit: "h" | "min"; factor: number } {
  const longest = Math.max(0, ...plans.map(total));
  return longest > 180 ? { unit: "h", factor: 1 / 60 } : { unit: "min", factor: 1 };
}

/**
 * An SVG chart with one horizontal stacked bar per plan: where a cleared truck's time goes.
 *
 * @example
 * const run = runGate({ ...preset("huu-nghi-smart-2024")!, horizonDays: 2 }, { seed: "1" });
 * const svg = await trsChart([trsBreakdown("smart", [run])]);
 * svg.startsWith("<svg"); // true
 */
export async function trsChart(
  plans: readonly TrsBreakdown[],
  options: ChartOptions = {},
): Promise<string> {
  const { unit, factor } = trsUnit(plans);
  const segments = trsSegments();
  const values = plans.flatMap((p) =>
    segments.flatMap(([key, label], order) => {
      const minutes = p.minutes[key];
      return minutes === null || minutes <= 0
        ? []
        : [{ plan: p.plan, segment: label, order, value: minutes * factor }];
    }),
  );
  // The legend lists only the segments drawn (a gate without a road queue has no road bar).
  const drawn = segments
    .map(([, label], i) => [label, TRS_COLOURS[i]!] as const)
    .filter(([label]) => values.some((v) => v.segment === label));
  const base = frame(options, "Where a cleared truck's time goes (Time Release Study)");
  return renderVegaLiteSvg(
    {
      ...base,
      height: options.height ?? Math.max(60, 46 * plans.length),
      data: { values },
      mark: { type: "bar" },
      encoding: {
        y: {
          field: "plan",
          type: "nominal",
          title: null,
          sort: plans.map((p) => p.plan),
          axis: { labelLimit: 300 },
        },
        x: {
          field: "value",
          type: "quantitative",
          title: unit === "h" ? "hours per cleared truck" : "minutes per cleared truck",
          stack: "zero",
        },
        color: {
          field: "segment",
          type: "nominal",
          title: null,
          scale: { domain: drawn.map(([label]) => label), range: drawn.map(([, c]) => c) },
        },
        order: { field: "order", type: "quantitative" },
      },
    },
    options.idPrefix ?? "trs-",
  );
}

/** The breakdown as an HTML table: one row per segment, one column per plan, and the total. */
export function trsHtmlTable(plans: readonly TrsBreakdown[]): string {
  const { unit, factor } = trsUnit(plans);
  const value = (minutes: number | null) =>
    formatNumber(minutes === null ? null : minutes * factor, minutes === null ? 0 : 1);
  const head = ["segment", ...plans.map((p) => `${p.plan} (${unit})`)]
    .map((h) => `<th scope="col">${escapeHtml(h)}</th>`)
    .join("");
  const rows = trsSegments().map(
    ([key, label]) =>
      `<tr>${cell(label, "text")}${plans.map((p) => cell(value(p.minutes[key]))).join("")}</tr>`,
  );
  rows.push(`<tr>${cell("total", "text")}${plans.map((p) => cell(value(total(p)))).join("")}</tr>`);
  return `<div class="table-scroll">\n<table class="trs">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table>\n</div>`;
}

/** The TRS section of a page: its heading, the chart, the caption and the table. */
export async function trsSection(
  plans: readonly TrsBreakdown[],
  idPrefix: string,
): Promise<string> {
  const runs = plans[0]?.runs ?? 0;
  const over =
    runs > 1 ? `averaged over the ${runs} replications of each plan` : "from one run of each plan";
  const svg = await trsChart(plans, { idPrefix });
  return [
    '<section class="trs-section" id="trs">',
    "<h2>Time Release Study: where a truck's time goes</h2>",
    `<figure>\n${svg}\n<figcaption>${escapeHtml(`Mean time a cleared truck spends in each step, ${over}. “On the road” is the wait before entering the gate area (the yard was full); the other segments include the queue at each step.`)}</figcaption>\n</figure>`,
    trsHtmlTable(plans),
    "</section>",
  ].join("\n");
}
